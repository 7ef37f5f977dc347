"""English words that say what happened to people, mapped to tally outcomes.

Each phrase maps to (outcome, role, detail):
- role "verb": an event verb whose object is the victims ("killing 3 civilians") and which also
  reads as a passive after them ("3 civilians were killed");
- role "state": a word that follows the victims ("4 soldiers dead", "two wounded");
- role "noun": a noun counted by the number before it or announced by "of" ("5 deaths",
  "the death of 2", "casualties");
- role "toll": a word that introduces a total ("death toll", "toll").
detail refines killed ("executed", "died_under_torture") or escaped ("fled").
"""

OUTCOMES: dict[str, tuple[str, str, str | None]] = {
    # killed
    "killed": ("killed", "verb", None),
    "killing": ("killed", "verb", None),
    "kill": ("killed", "verb", None),
    "kills": ("killed", "verb", None),
    "shot dead": ("killed", "verb", None),
    "shot and killed": ("killed", "verb", None),
    "stabbed to death": ("killed", "verb", None),
    "beaten to death": ("killed", "verb", None),
    "burned to death": ("killed", "verb", None),
    "murdered": ("killed", "verb", None),
    "murdering": ("killed", "verb", None),
    "assassinated": ("killed", "verb", None),
    "assassinating": ("killed", "verb", None),
    "executed": ("killed", "verb", "executed"),
    "executing": ("killed", "verb", "executed"),
    "beheaded": ("killed", "verb", "executed"),
    "beheading": ("killed", "verb", "executed"),
    "slaughtered": ("killed", "verb", None),
    "massacred": ("killed", "verb", None),
    "claimed the lives of": ("killed", "verb", None),
    "claiming the lives of": ("killed", "verb", None),
    "took the lives of": ("killed", "verb", None),
    "left dead": ("killed", "verb", None),
    "dead": ("killed", "state", None),
    "died": ("killed", "state", None),
    "dies": ("killed", "state", None),
    "die": ("killed", "state", None),
    "perished": ("killed", "state", None),
    "lost their lives": ("killed", "state", None),
    "lost his life": ("killed", "state", None),
    "lost her life": ("killed", "state", None),
    "were martyred": ("killed", "state", None),
    "was martyred": ("killed", "state", None),
    "martyred": ("killed", "state", None),
    "died under torture": ("killed", "state", "died_under_torture"),
    "tortured to death": ("killed", "verb", "died_under_torture"),
    "death": ("killed", "noun", None),
    "deaths": ("killed", "noun", None),
    "fatalities": ("killed", "noun", None),
    "fatality": ("killed", "noun", None),
    "killings": ("killed", "noun", None),
    "dead bodies": ("bodies_found", "noun", None),
    "bodies": ("bodies_found", "noun", None),
    "body": ("bodies_found", "noun", None),
    "corpses": ("bodies_found", "noun", None),
    "corpse": ("bodies_found", "noun", None),
    "remains of": ("bodies_found", "noun", None),
    "death toll": ("killed", "toll", None),
    "toll": ("killed", "toll", None),
    "deaths number": ("killed", "toll", None),
    "number of deaths": ("killed", "toll", None),
    "number of fatalities": ("killed", "toll", None),
    "number of dead": ("killed", "toll", None),
    "number of victims": ("killed", "toll", None),
    "number of martyrs": ("killed", "toll", None),
    # "the number of civilians (who were) killed", "the number of people who died": the group
    # named inside is the total's group.
    **{
        f"number of {who} {how}": (outcome, "toll", None)
        for who in ("people", "persons", "those", "civilians", "children", "women", "fighters")
        for how, outcome in (
            *(
                (f"{be}{verb}", outcome)
                for be in ("", "who were ", "who have been ", "who had been ", "that were ")
                for verb, outcome in (
                    ("killed", "killed"),
                    ("injured", "injured"),
                    ("wounded", "injured"),
                )
            ),
            ("who died", "killed"),
            ("who lost their lives", "killed"),
        )
    },
    "number of wounded": ("injured", "toll", None),
    "number of casualties": ("injured", "toll", "casualties"),
    # injured
    "injured": ("injured", "verb", None),
    "injuring": ("injured", "verb", None),
    "injure": ("injured", "verb", None),
    "injures": ("injured", "verb", None),
    "wounded": ("injured", "verb", None),
    "wounding": ("injured", "verb", None),
    "wound": ("injured", "verb", None),
    "hurt": ("injured", "verb", None),
    "maimed": ("injured", "verb", None),
    # "sustained injuries", "suffered severe wounds" ...
    **{
        f"{verb} {kind}{what}": ("injured", "state", None)
        for verb in ("sustained", "suffered", "received")
        for kind in ("", "various ", "different ", "varying ", "minor ", "serious ", "severe ")
        for what in ("injuries", "wounds")
    },
    "were injured": ("injured", "state", None),
    "injuries": ("injured", "noun", None),
    "injury": ("injured", "noun", None),
    "wounds": ("injured", "noun", None),
    "casualties": ("injured", "noun", "casualties"),
    "casualty": ("injured", "noun", "casualties"),
    "number of injured": ("injured", "toll", None),
    # missing
    "missing": ("missing", "state", None),
    "went missing": ("missing", "state", None),
    "disappeared": ("missing", "state", None),
    "fate unknown": ("missing", "state", None),
    "whose fate is unknown": ("missing", "state", None),
    "destiny of": ("missing", "noun", "fate_unknown"),
    "fate of": ("missing", "noun", "fate_unknown"),
    # detained
    "arrested": ("detained", "verb", None),
    "arresting": ("detained", "verb", None),
    "detained": ("detained", "verb", None),
    "detaining": ("detained", "verb", None),
    "arrest": ("detained", "noun", None),
    "arrests": ("detained", "noun", None),
    "detention": ("detained", "noun", None),
    "detainees": ("detained", "noun", None),
    "rounded up": ("detained", "verb", None),
    "captured": ("detained", "verb", "captured"),
    "capturing": ("detained", "verb", "captured"),
    "taken prisoner": ("detained", "state", "captured"),
    # abducted
    "abducted": ("abducted", "verb", None),
    "abducting": ("abducted", "verb", None),
    "kidnapped": ("abducted", "verb", None),
    "kidnapping": ("abducted", "verb", None),
    "abduction": ("abducted", "noun", None),
    # escaped
    "escaped": ("escaped", "state", None),
    "escape": ("escaped", "state", None),
    "fled": ("escaped", "state", "fled"),
    "flee": ("escaped", "state", "fled"),
    "managed to flee": ("escaped", "state", "fled"),
    "managed to escape": ("escaped", "state", None),
    "broke out": ("escaped", "state", None),
    # surrendered
    "surrendered": ("surrendered", "state", None),
    "surrender": ("surrendered", "state", None),
    "handed themselves over": ("surrendered", "state", None),
    "gave themselves up": ("surrendered", "state", None),
    # displaced
    "displaced": ("displaced", "verb", None),
    "displacing": ("displaced", "verb", None),
    "displacement of": ("displaced", "noun", None),
    "displacement": ("displaced", "noun", None),
    "forced to flee": ("displaced", "state", None),
    "fled their homes": ("displaced", "state", None),
    "uprooted": ("displaced", "verb", None),
    "internally displaced": ("displaced", "state", None),
}

#: Words that stand between victims and a passive verb ("were", "have been reportedly").
AUXILIARIES: frozenset[str] = frozenset(
    {
        "was",
        "were",
        "is",
        "are",
        "been",
        "be",
        "being",
        "has",
        "have",
        "had",
        "reportedly",
        "reported",
        "all",
        "also",
        "both",
        "later",
        "subsequently",
        "allegedly",
        "immediately",
        "instantly",
        "consequently",
        "then",
        "each",
        "got",
        "get",
        "who",
        "that",
        "which",
        "not",
        "further",
    }
)

#: Words that join victims in a list after one verb ("1 woman and 2 children").
LIST_JOINERS: frozenset[str] = frozenset({",", "and", "as well as", "plus", ";", "along with"})

#: Words that may stand between a verb or a toll word and its number ("killing a total of 5",
#: "the toll has reached 332", "resulted in the death of 2").
FILLERS: frozenset[str] = frozenset(
    {
        "a total of",
        "total of",
        "the",
        "of",
        "reportedly",
        "has",
        "have",
        "had",
        "reached",
        "risen",
        "rose",
        "rises",
        "to",
        "at",
        "stands",
        "stood",
        "is",
        "was",
        "now",
        "increased",
        "climbed",
        ":",
        "resulting in",
        "resulted in",
        "resulting",
        "resulted",
        "about",
        "approximately",
        "up",
        "a",
        "an",
        "further",
        "total",
        "least",
        "some",
        "so",
        "far",
        "which",
        "number",
        "all",
    }
)

#: English capitalises names and sets ages off with commas: victims named one after another are
#: not read across their names (tally.lang.ar reads Arabic names, see NAME_WORDS there).
NAME_WORDS = 0
NAME_BREAKS: frozenset[str] = frozenset()

#: Words that add companions to a subject ("surrendered with 20 of his followers").
COMPANIONS: frozenset[str] = frozenset({"with", "along with", "together with", "alongside"})

#: Verbs joined so that one number may be either ("6 killed or injured"): the split is unknown.
#: ("killing and injuring nine" is read, as ACLED does, as nine killed.)
CASUALTY_JOINERS: frozenset[str] = frozenset({"or", "and/or", "/"})

#: More joiners that make one number either outcome when the verbs follow the victims: "20
#: people were killed and wounded", "14 children killed and injured" say how many were hurt.
CASUALTY_JOINERS_AFTER: frozenset[str] = frozenset({"and", "&"})

#: Auxiliaries that make a following verb passive ("was killed", "were reportedly wounded").
PASSIVE_AUXILIARIES: frozenset[str] = frozenset(
    {"was", "were", "been", "be", "being", "is", "are", "got", "get"}
)

#: Words that open a relative clause about another event ("the airstrike that killed 33").
RELATIVE_PRONOUNS: frozenset[str] = frozenset({"that", "which", "who"})

#: Words that stand right before the number a toll word announces ("the toll has reached 332",
#: "a death toll of 12", "the toll rose to 5", "death toll: 7").
TOLL_LINKS: frozenset[str] = frozenset(
    {
        "reached",
        "to",
        "at",
        "of",
        ":",
        "is",
        "was",
        "stands",
        "stood",
        "hit",
        "rose",
        "reaching",
        "now",
        "totals",
        "totalled",
        "totaled",
        "climbed",
        "increased",
        "risen",
        "-",
    }
)

#: Words that introduce who did it, after which a party is the perpetrator, not the victims'
#: side. English mostly names the perpetrator after the outcome word ("killed by ISIS"), which
#: already ends the victims' noun phrase; after an outcome noun it follows the victims: "the
#: death of a shepherd in Turkish shelling", "the injury of two boys by regime fire".
AGENT_MARKERS: frozenset[str] = frozenset({"by", "in", "due to", "as a result of"})
