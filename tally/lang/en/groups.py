"""English nouns for victims, mapped to tally's victim groups.

A noun maps to (group, sex_or_age): group is "civilians" or "combatants" or None when the word
alone does not say (people, persons, men); the second item refines it: "child", "woman", "man".
Plural and singular are both listed; a singular after "a"/"an" counts one.
"""

_CIVILIAN_NOUNS = [
    "civilian",
    "civilians",
    # officials of a local civil administration (council, municipality), not of an armed force
    "local official",
    "local officials",
    "municipal official",
    "municipal officials",
    "idp",
    "resident",
    "residents",
    "villager",
    "villagers",
    "farmer",
    "farmers",
    "shepherd",
    "shepherds",
    "worker",
    "workers",
    "citizen",
    "journalist",
    "journalists",
    "reporter",
    "reporters",
    "pharmacist",
    "pharmacists",
    "doctor",
    "doctors",
    "nurse",
    "nurses",
    "paramedic",
    "paramedics",
    "medic",
    "medics",
    "teacher",
    "teachers",
    "student",
    "students",
    "pupil",
    "pupils",
    "merchant",
    "merchants",
    "trader",
    "traders",
    "driver",
    "drivers",
    "family",
    "families",
    "citizen",
    "citizens",
    "refugee",
    "refugees",
    "displaced",
    "idps",
    "passer-by",
    "passers-by",
    "bystander",
    "bystanders",
    "pedestrian",
    "pedestrians",
    "volunteer",
    "volunteers",
    "rescuer",
    "rescuers",
    "activist",
    "activists",
    "protester",
    "protesters",
    "protestors",
    "demonstrator",
    "demonstrators",
    "mukhtar",
    "mukhtars",
    "engineer",
    "engineers",
    "employee",
    "employees",
    "vendor",
    "vendors",
    "fisherman",
    "fishermen",
    "truffle",
    "hunter",
    "hunters",
    "collector",
    "collectors",
    "shopkeeper",
    "shopkeepers",
    "owner",
    "owners",
    "aid",
    "humanitarian",
    "elderly",
    "inhabitants",
    "inhabitant",
    "sheikh",
    "imam",
    "herder",
    "herders",
    "figure",
    "figures",
    "neighbour",
    "neighbours",
    "neighbor",
    "neighbors",
    "labourer",
    "labourers",
    "laborer",
    "laborers",
    "beggar",
    "nomad",
    "nomads",
    "bedouin",
    "bedouins",
]

_COMBATANT_NOUNS = [
    "fighter",
    "fighters",
    "soldier",
    "soldiers",
    "member",
    "members",
    "militant",
    "militants",
    "militiaman",
    "militiamen",
    "element",
    "elements",
    "personnel",
    "officer",
    "officers",
    "commander",
    "commanders",
    "leader",
    "leaders",
    "recruit",
    "recruits",
    "gunman",
    "gunmen",
    "guard",
    "guards",
    "policeman",
    "policemen",
    "troop",
    "troops",
    "serviceman",
    "servicemen",
    "servicemen",
    "insurgent",
    "insurgents",
    "jihadist",
    "jihadists",
    "combatant",
    "combatants",
    "rebel",
    "rebels",
    "conscript",
    "conscripts",
    "operative",
    "operatives",
    "mercenary",
    "mercenaries",
    "sniper",
    "snipers",
    "cell",
    "cells",
    "emir",
    "emirs",
    "brigadier",
    "general",
    "colonel",
    "lieutenant",
    "captain",
    "major",
    "sergeant",
    "corporal",
    "crew",
    "agent",
    "agents",
    "forces",
    "trooper",
    "troopers",
    "militia",
    "militias",
    "policemen",
    "police",
    "warrior",
    "warriors",
    "defector",
    "defectors",
    "volunteer-fighters",
    "paramilitaries",
    "paramilitary",
]

_PEOPLE_NOUNS = [
    "officials",
    "official",
    "director",
    "director-general",
    "chief",
    "head",
    "mayor",
    "governor",
    "aide",
    "deputy",
    "spokesman",
    "person",
    "persons",
    "people",
    "individual",
    "individuals",
    "victim",
    "victims",
    "casualty",
    "individuals",
    "youth",
    "youths",
    "young",
    "prisoner",
    "prisoners",
    "detainee",
    "detainees",
    "inmate",
    "inmates",
]

GROUPS: dict[str, tuple[str | None, str | None]] = {
    **{w: ("civilians", None) for w in _CIVILIAN_NOUNS},
    **{w: ("combatants", None) for w in _COMBATANT_NOUNS},
    **{w: (None, None) for w in _PEOPLE_NOUNS},
    "man": (None, "man"),
    "men": (None, "man"),
    "young man": (None, "man"),
    "young men": (None, "man"),
    "elderly man": ("civilians", "man"),
    "old man": ("civilians", "man"),
    "boy": ("civilians", "child"),
    "boys": ("civilians", "child"),
    "girl": ("civilians", "child"),
    "girls": ("civilians", "child"),
    "young girl": ("civilians", "child"),
    "child": ("civilians", "child"),
    "children": ("civilians", "child"),
    "kid": ("civilians", "child"),
    "kids": ("civilians", "child"),
    "infant": ("civilians", "child"),
    "infants": ("civilians", "child"),
    "baby": ("civilians", "child"),
    "babies": ("civilians", "child"),
    "toddler": ("civilians", "child"),
    "minor": ("civilians", "child"),
    "minors": ("civilians", "child"),
    "teenager": ("civilians", "child"),
    "teenagers": ("civilians", "child"),
    "woman": ("civilians", "woman"),
    "female": ("civilians", "woman"),
    "females": ("civilians", "woman"),
    "women": ("civilians", "woman"),
    "mother": ("civilians", "woman"),
    "mothers": ("civilians", "woman"),
    "wife": ("civilians", "woman"),
    "daughter": ("civilians", "child"),
    "daughters": ("civilians", "child"),
    "son": ("civilians", "child"),
    "sons": ("civilians", "child"),
    "father": ("civilians", "man"),
    "husband": ("civilians", "man"),
    "brother": (None, "man"),
    "brothers": (None, "man"),
    "sister": ("civilians", "woman"),
    "sisters": ("civilians", "woman"),
    # "five members of the same family", "four people from one family": a family's members
    **{
        f"{who} {of} {which} family": ("civilians", None)
        for who in ("members", "people", "persons", "individuals")
        for of in ("of", "from")
        for which in ("his", "her", "their", "the", "a", "one", "the same", "a single")
    },
    "family members": ("civilians", None),
    "followers": ("combatants", None),
    "of his followers": ("combatants", None),
    "no one": (None, None),
}

#: Pronouns that stand for victims already named ("killing him", "wounding them").
PRONOUNS: dict[str, int | None] = {
    "him": 1,
    "her": 1,
    "he": 1,
    "she": 1,
    "them": None,
    "themselves": None,
    # without a noun after it: "killing one person and injuring another"
    "another": 1,
}

#: Possessives that make "his body" one person's body.
POSSESSIVES: frozenset[str] = frozenset({"his", "her"})

#: Plurals that do not end in -s; with them, a noun not ending in -s is singular.
IRREGULAR_PLURALS: frozenset[str] = frozenset(
    {
        "men",
        "women",
        "children",
        "people",
        "police",
        "personnel",
        "militiamen",
        "gunmen",
        "policemen",
        "servicemen",
        "fishermen",
        "crew",
        "youth",
        "elderly",
        "family",
        "militia",
    }
)

#: Words that make a singular noun one definite person ("the commander ... was killed").
DEFINITE: frozenset[str] = frozenset({"the", "his", "her", "their", "its"})

#: Words between a number and its noun that pick some out of a known group ("one of the
#: employees", "two of the SDF fighters"): the noun after them says who the number is.
SELECTORS: frozenset[str] = frozenset({"of the", "of its", "of their"})

#: Phrases after the victims that name their own side ("3 deaths in the ranks of the SDF"):
#: "in" here does not introduce who did it (AGENT_MARKERS).
PARTY_SIDE: frozenset[str] = frozenset(
    {"in the ranks of", "in ranks of", "in the lines of", "in lines of", "within the ranks of"}
)

#: Words after a person noun that belong to it, so that their number is not one more count:
#: "two boys from one family", "two brothers of the same family".
NOUN_TAILS: frozenset[str] = frozenset(
    f"{of} {which} family"
    for of in ("of", "from")
    for which in ("one", "the same", "a single", "a", "the")
)

#: Plural nouns that, after "including" and without a number, name some of the victims: "nine
#: hurt, including women and girls" (parts of unstated number: the nine are civilians).
UNSTATED_PARTS: frozenset[str] = frozenset(
    {"women", "children", "girls", "boys", "infants", "babies", "minors", "elderly"}
)

#: Phrases after a number that make it a part of the number before ("one of them").
PARTITIVES: frozenset[str] = frozenset({"of them", "of whom", "of which", "among them"})

#: Nouns that are themselves a count (an Arabic dual, "طفلان", is two children): noun ->
#: (count, group, sex_or_age). English says "two children"; it has none.
COUNTED_NOUNS: dict[str, tuple[int, str | None, str | None]] = {}

#: Words after a number of people that say what most of them were (tally.lang.ar reads
#: "جُلّهم من الأطفال"); English is not read this way yet.
MOSTLY: frozenset[str] = frozenset()
