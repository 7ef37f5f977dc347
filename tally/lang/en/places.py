"""English words around place names: what tells tally.geo that a word is a place, and which sense.

Words are written in lower case; tally.geo compares them with the report's words case-folded.
"""

from __future__ import annotations

#: Names are capitalised in English, so a lower-case word is not taken for one.
CASED = True

#: Words next to a name that say which kind of place it is. Each maps to a sense that
#: tally.geo.matching turns into an order of levels: "region" (a governorate's or district's
#: countryside), "governorate", "district", "subdistrict", "city", "community", "neighbourhood".
#: CUES_AFTER follow the name ("Idleb countryside"), CUES_BEFORE precede it, with "of" between
#: ("the city of Homs") or without ("rural Damascus").
CUES_AFTER: dict[str, str] = {
    "countryside": "region",
    "countrysides": "region",
    "suburbs": "region",
    "outskirts": "region",
    "province": "governorate",
    "governorate": "governorate",
    "governate": "governorate",
    "district": "district",
    "region": "district",
    "subdistrict": "subdistrict",
    "nahiya": "subdistrict",
    "nahiyah": "subdistrict",
    "city": "city",
    "town": "community",
    "village": "community",
    "farms": "community",
    "neighbourhood": "neighbourhood",
    "neighborhood": "neighbourhood",
    "quarter": "neighbourhood",
}
#: Two-word cues after the name ("Al-Bab sub-district" is split at the hyphen).
CUES_AFTER_PAIRS: dict[tuple[str, str], str] = {("sub", "district"): "subdistrict"}

CUES_BEFORE: dict[str, str] = {
    "countryside": "region",
    "outskirts": "region",
    "suburbs": "region",
    "rural": "region",
    "province": "governorate",
    "governorate": "governorate",
    "district": "district",
    "subdistrict": "subdistrict",
    "city": "city",
    "town": "community",
    "towns": "community",
    "village": "community",
    "villages": "community",
    "neighbourhood": "neighbourhood",
    "neighborhood": "neighbourhood",
    "neighbourhoods": "neighbourhood",
    "neighborhoods": "neighbourhood",
    "quarter": "neighbourhood",
}
#: Cues before the name that need no "of" ("rural Damascus"); the others take one ("city of").
CUES_BEFORE_WITHOUT_OF = frozenset({"rural"})

#: Compass words that may stand before a name or a cue ("eastern Deir ez-Zor", "Idlib's
#: southern countryside"); they become part of the mention, not of the sense.
DIRECTIONS_BEFORE = DIRECTIONS_AFTER = frozenset(
    {
        "eastern",
        "western",
        "northern",
        "southern",
        "northeastern",
        "northwestern",
        "southeastern",
        "southwestern",
        "north",
        "south",
        "east",
        "west",
        "central",
    }
)

#: The possessive left as a word of its own when "Idlib's" is split.
POSSESSIVE = "s"

#: Words before a name that make a place reading likely ("shelling in Has", "near Tal Rifaat").
CONTEXT_BEFORE = frozenset(
    {
        "in",
        "near",
        "at",
        "around",
        "outside",
        "inside",
        "into",
        "toward",
        "towards",
        "between",
        "across",
        "from",
        "to",
        "on",
        "via",
        "nearby",
        "targeted",
        "shelled",
        "bombed",
        "struck",
        "hit",
        "stormed",
        "captured",
        "entered",
    }
)
#: Words before "of" that make the "of" a place context ("east of Has", "the edge of Tal").
OF_HEADS = frozenset(
    {
        "east",
        "west",
        "north",
        "south",
        "northeast",
        "northwest",
        "southeast",
        "southwest",
        "outskirts",
        "edge",
        "edges",
        "vicinity",
        "outside",
        "parts",
        "area",
        "areas",
        "people",
        "residents",
        "centre",
        "center",
        "entrance",
        "heart",
        "farmlands",
        "farms",
        "town",
        "city",
        "village",
        "villages",
        "towns",
        "countryside",
    }
)
#: Words that join names in a list ("Kansafra, Has and Kafr Nabl").
LIST_JOINERS = frozenset({"and", "or", "&"})
#: The word that joins a cue to its name ("the city of Homs").
OF = "of"

#: Words after a name that can still be capitalised without making the name part of a longer
#: proper noun ("Saraqeb Hospital", "Has Bakery").
FACILITY_WORDS = frozenset(
    {
        "hospital",
        "clinic",
        "school",
        "schools",
        "mosque",
        "church",
        "market",
        "bakery",
        "camp",
        "checkpoint",
        "prison",
        "airport",
        "airbase",
        "base",
        "dam",
        "bridge",
        "road",
        "highway",
        "square",
        "plain",
        "plains",
        "front",
        "axis",
        "fronts",
        "council",
        "university",
        "station",
        "crossing",
        "roundabout",
        "mountain",
        "mountains",
        "hills",
        "hill",
        "valley",
        "river",
        "lake",
        "desert",
        "area",
        "the",
    }
)

#: Short, common English words that can stand capitalised before a name at the start of a
#: sentence or title ("In Kansafra, ..."), so a capitalised word before a name only marks a longer
#: proper noun when it is not one of these.
FUNCTION_WORDS = frozenset(
    {
        "a",
        "about",
        "after",
        "again",
        "against",
        "also",
        "an",
        "and",
        "as",
        "at",
        "before",
        "between",
        "both",
        "but",
        "by",
        "during",
        "each",
        "for",
        "from",
        "in",
        "inside",
        "into",
        "its",
        "meanwhile",
        "near",
        "of",
        "on",
        "or",
        "outside",
        "over",
        "since",
        "so",
        "that",
        "the",
        "their",
        "then",
        "these",
        "this",
        "those",
        "through",
        "to",
        "toward",
        "towards",
        "under",
        "until",
        "when",
        "where",
        "while",
        "with",
        "within",
        "yesterday",
        "today",
        "tonight",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "breaking",
        "update",
        "urgent",
        "syria",
        "syrian",
    }
)

#: Names of places that are also the names of places abroad (reports cover the whole region),
#: organisations and titles, or generic words of Arabic place names used alone ("Tal", "Wadi"):
#: they are taken as a place only with a cue ("the village of Khan", "Bab town"). Written with an
#: article in the report ("Al-Bab") a name is not held to this.
AMBIGUOUS_NAMES = frozenset(
    {
        # places abroad
        "abyan",
        "aden",
        "amara",
        "amman",
        "anbar",
        "ankara",
        "baalbek",
        "babil",
        "baghdad",
        "bali",
        "basel",
        "basra",
        "bayda",
        "beirut",
        "cairo",
        "dhale",
        "diyala",
        "doha",
        "dohuk",
        "dubai",
        "erbil",
        "fallujah",
        "gaza",
        "gaziantep",
        "granada",
        "haditha",
        "hatay",
        "hebron",
        "hermel",
        "hilla",
        "hodeidah",
        "istanbul",
        "jabaliya",
        "jabaliyah",
        "jawf",
        "jenin",
        "jerusalem",
        "karbala",
        "kilis",
        "kirkuk",
        "kuwait",
        "lahj",
        "mardin",
        "marib",
        "mashhad",
        "mecca",
        "medina",
        "mosul",
        "nablus",
        "najaf",
        "najran",
        "nasiriyah",
        "nassriya",
        "nineveh",
        "qaim",
        "qatar",
        "qom",
        "rafah",
        "ramadi",
        "riyadh",
        "saada",
        "sadah",
        "sahara",
        "samarra",
        "sanaa",
        "shabwa",
        "sidon",
        "sinjar",
        "sulaymaniyah",
        "taiz",
        "tehran",
        "tikrit",
        "tripoli",
        "turin",
        "tyre",
        "urfa",
        "zakho",
        # organisations, titles, political words
        "army",
        "baath",
        "center",
        "central",
        "centre",
        "city",
        "city centre",
        "free",
        "industrial",
        "jihad",
        "sham",
        "sultan",
        # generic words of place names, alone
        "abu",
        "ayn",
        "bab",
        "bayt",
        "bir",
        "burj",
        "dayr",
        "hosh",
        "jabal",
        "jisr",
        "kafr",
        "karm",
        "khan",
        "khirba",
        "marj",
        "mazraa",
        "qasr",
        "ras",
        "rasm",
        "sahl",
        "tal",
        "um",
        "wadi",
        # parts of composite names that are words of their own
        "big",
        "east",
        "eastern",
        "kilo",
        "little",
        "lower",
        "middle",
        "new",
        "north",
        "northern",
        "old",
        "south",
        "southern",
        "upper",
        "west",
        "western",
    }
)

#: English words that are, once spelling is normalised, also the name of a Syrian place ("Some" /
#: Somaah, "Hole" / Hole, "Harem" / Harim). Such a name is taken as a place when a context word or
#: cue stands with it, or when it is capitalised where a sentence does not begin. Made by comparing
#: an English word list with the gazetteer's one-word names; regenerate when the gazetteer changes.
COMMON_WORDS = frozenset(
    """
    abbé abed able addle adman ale all ani are attire awed badder bade bait bake bale bales ballet
    banes bani bare bared barred base baste bath bathe bay bile bill bonnie brad braise brat brim
    buddy butte dale dame east fake fare fares foe grandad granddad hale hammed hammer hare harem
    harsh has haze hit hole hoorah hot hour hurrah industrial innate is jabber jib jihad jobber
    karma kazoo khan kilo kinda kite madrasa madrasah madrassa male mall man mare maria maze mil
    milk mill mine mufti name nine ore rabble raffia rattle ray rime sad safe sake salaam sale sane
    saree sari seen sera sere shale shame share sharia shariah shark sheen sheer shill shin shirr
    shore sin small snide some sour souse southern sure sweetie tale tall tame tare tariff tel tell
    till time tine tire tiro tote trout tub tuba tube tureen wadi walleye ware wash waste west
    """.split()
)

#: Given names and name parts (Arabic names in English letters, and a few English ones) that are
#: also names of villages ("Ali", "Adam", "Abu Ali"). A name made only of these needs a cue
#: ("the village of Ali"), because reports name so many people.
PERSON_NAMES = frozenset(
    {
        "abbas",
        "abdu",
        "abdallah",
        "abdullah",
        "abu",
        "ada",
        "adam",
        "ahmad",
        "ahmed",
        "ali",
        "alia",
        "alma",
        "amer",
        "amin",
        "amina",
        "amira",
        "asem",
        "assad",
        "aziz",
        "bakr",
        "bashar",
        "basel",
        "bin",
        "dana",
        "fares",
        "faraj",
        "fatima",
        "hadi",
        "haj",
        "haji",
        "hajj",
        "hamad",
        "hamdan",
        "hamid",
        "hamza",
        "hasan",
        "hassan",
        "hiba",
        "hussein",
        "husayn",
        "ibn",
        "ibrahim",
        "issa",
        "jamal",
        "jamel",
        "jamil",
        "jana",
        "jarrah",
        "karim",
        "khaled",
        "khalid",
        "khalil",
        "mahdi",
        "mahmoud",
        "mohammad",
        "mohammed",
        "muhammad",
        "musa",
        "mustafa",
        "nada",
        "nina",
        "omar",
        "rama",
        "rami",
        "salam",
        "sami",
        "sara",
        "saleh",
        "salem",
        "salim",
        "sheikh",
        "um",
        "umm",
        "walid",
        "yasin",
        "yousef",
        "youssef",
        "yusuf",
        "zara",
        "zeinab",
    }
)

#: Words in a source name that say what kind of unit it is ("Idlib Governorate", "Nahiyat
#: Markaz al Hasakah"): such a spelling is not kept as an alias, since the cues above cover it.
LEVEL_WORDS = frozenset(
    {"governorate", "province", "district", "subdistrict", "nahiyat", "nahiyah", "mintaqat"}
)
