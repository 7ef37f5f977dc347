"""English number words and vague quantities.

QUANTIFIERS give (best, low, high) for words that stand for a number without stating it; the best
value follows ACLED's conservative coding ("dozens" is 12, "hundreds" 100) so tolls stay defensible.
APPROXIMATORS say how a hedge moves the range around the number that follows it.
"""

NUMBER_WORDS: dict[str, int] = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "dozen": 12,
    "a dozen": 12,
    "a couple of": 2,
    "a pair of": 2,
    "single": 1,
    "lone": 1,
    "twin": 2,
}

#: Words that multiply the number before them ("three hundred", "two thousand").
SCALES: dict[str, int] = {"hundred": 100, "thousand": 1000, "million": 1_000_000}

#: Articles that count one when they introduce a victim ("a civilian", "an elderly man").
INDEFINITE: frozenset[str] = frozenset({"a", "an", "another", "one"})

#: Vague quantities: phrase -> (best, low, high); high None means open-ended.
QUANTIFIERS: dict[str, tuple[int, int, int | None]] = {
    "dozens": (12, 12, 99),
    "dozens of": (12, 12, 99),
    "scores": (20, 20, 99),
    "scores of": (20, 20, 99),
    "hundreds": (100, 100, 999),
    "hundreds of": (100, 100, 999),
    "thousands": (1000, 1000, 9999),
    "thousands of": (1000, 1000, 9999),
    "tens of thousands of": (10000, 10000, 99999),
    "several": (2, 2, 9),
    "a few": (2, 2, 9),
    "few": (2, 2, 9),
    "a number of": (2, 2, None),
    "numerous": (2, 2, None),
    "multiple": (2, 2, None),
    "some": (1, 1, None),
    "many": (2, 2, None),
    "others": (1, 1, None),
    "other": (1, 1, None),
    "more": (1, 1, None),
    "an undetermined number of": (1, 1, None),
    "an unknown number of": (1, 1, None),
    "undetermined number of": (1, 1, None),
    "unknown number of": (1, 1, None),
    "an unspecified number of": (1, 1, None),
    "a large number of": (10, 10, None),
    "large numbers of": (10, 10, None),
    "no one": (0, 0, 0),
    "nobody": (0, 0, 0),
    "none": (0, 0, 0),
}

#: Hedges before a number: phrase -> kind ("family": a family of N, civilians, counted exactly). "at_least": the number is a floor; "more_than": above it;
#: "about": around it; "up_to": a ceiling; "fewer_than": below it.
APPROXIMATORS: dict[str, str] = {
    "at least": "at_least",
    "no fewer than": "at_least",
    "no less than": "at_least",
    "a minimum of": "at_least",
    "more than": "more_than",
    "over": "more_than",
    "upwards of": "more_than",
    "in excess of": "more_than",
    "about": "about",
    "around": "about",
    "approximately": "about",
    "roughly": "about",
    "nearly": "about",
    "almost": "about",
    "some": "about",
    "an estimated": "about",
    "estimated": "about",
    "close to": "about",
    "circa": "about",
    "a family of": "family",
    "a whole family of": "family",
    "family of": "family",
    "up to": "up_to",
    "as many as": "up_to",
    "fewer than": "fewer_than",
    "less than": "fewer_than",
    "under": "fewer_than",
}

#: Words after a number that show it is not a count of people ("100 kilometers", "80 vehicles").
UNITS: frozenset[str] = frozenset(
    [
        "km",
        "kms",
        "kilometer",
        "kilometers",
        "kilometre",
        "kilometres",
        "meter",
        "meters",
        "metre",
        "metres",
        "mile",
        "miles",
        "vehicle",
        "vehicles",
        "car",
        "cars",
        "tank",
        "tanks",
        "truck",
        "trucks",
        "rocket",
        "rockets",
        "missile",
        "missiles",
        "shell",
        "shells",
        "bomb",
        "bombs",
        "drone",
        "drones",
        "strike",
        "strikes",
        "airstrike",
        "airstrikes",
        "raid",
        "raids",
        "round",
        "rounds",
        "house",
        "houses",
        "home",
        "homes",
        "building",
        "buildings",
        "hour",
        "hours",
        "day",
        "days",
        "week",
        "weeks",
        "month",
        "months",
        "year",
        "years",
        "minute",
        "minutes",
        "second",
        "seconds",
        "time",
        "times",
        "percent",
        "per",
        "%",
        "am",
        "pm",
        "o'clock",
        "ton",
        "tons",
        "kg",
        "dollars",
        "usd",
        "lira",
        "liras",
        "pounds",
        "euros",
        "barrel",
        "barrels",
        "mortar",
        "mortars",
        "point",
        "points",
        "villages",
        "towns",
        "checkpoints",
        "positions",
        "sites",
        "locations",
        "posts",
        "cells",
        "tunnels",
    ]
)

#: Suffixes that make a number an ordinal ("8th Brigade"), not a count.
ORDINAL_SUFFIXES: frozenset[str] = frozenset({"st", "nd", "rd", "th"})

#: Words joining two numbers into a range ("5 to 7", "between 2 and 4", "2-3").
RANGE_JOINERS: frozenset[str] = frozenset({"to", "-", "–", "or"})
#: Words joining a range only after an opener ("between 2 and 4"; "2 and 4" alone are two counts).
BETWEEN_JOINERS: frozenset[str] = frozenset({"and"})
RANGE_OPENERS: frozenset[str] = frozenset({"between", "from"})

#: Words before a number that make it an age, not a count ("his son, aged 12").
AGE_MARKERS: frozenset[str] = frozenset({"aged", "age", "ages"})

#: Words that join the parts of a compound number ("twenty-five", "one hundred and twenty").
NUMBER_JOINERS: frozenset[str] = frozenset({"-", "and"})
