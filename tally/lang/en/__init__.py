"""English: the words tally needs to read casualty reports, as data.

The extraction pipeline is language-neutral; it compiles these tables (see tally.extract.lexicon).
"""

from tally.lang.en.cues import (
    ADDITIONAL,
    ALSO,
    BACKGROUND,
    CERTAINTY,
    CONTINUING,
    INCLUDING,
    NEGATION,
    PAST_PERFECT,
    RECALLING_EVENTS,
    REPORTING,
    SCOPE,
    SHARED_ACROSS,
    YEAR_SPANS,
)
from tally.lang.en.dates import (
    DATE_POSTPOSITIONS,
    DATE_PREPOSITIONS,
    DAY_OF_MONTH,
    MONTHS,
    RELATIVE_DAYS,
    WEEKDAYS,
)
from tally.lang.en.groups import (
    COUNTED_NOUNS,
    DEFINITE,
    GROUPS,
    IRREGULAR_PLURALS,
    MOSTLY,
    NOUN_TAILS,
    PARTITIVES,
    PARTY_SIDE,
    POSSESSIVES,
    PRONOUNS,
    SELECTORS,
    UNSTATED_PARTS,
)
from tally.lang.en.numbers import (
    AGE_MARKERS,
    APPROXIMATORS,
    BETWEEN_JOINERS,
    INDEFINITE,
    NUMBER_JOINERS,
    NUMBER_WORDS,
    ORDINAL_SUFFIXES,
    QUANTIFIERS,
    RANGE_JOINERS,
    RANGE_OPENERS,
    SCALES,
    UNITS,
)
from tally.lang.en.outcomes import (
    AGENT_MARKERS,
    AUXILIARIES,
    CASUALTY_JOINERS,
    CASUALTY_JOINERS_AFTER,
    COMPANIONS,
    FILLERS,
    LIST_JOINERS,
    NAME_BREAKS,
    NAME_WORDS,
    OUTCOMES,
    PASSIVE_AUXILIARIES,
    RELATIVE_PRONOUNS,
    TOLL_LINKS,
)
from tally.lang.en.parties import CASED_PARTIES, PARTIES
from tally.lang.en.sentences import ABBREVIATIONS

CODE = "en"


def is_singular(noun: str) -> bool:
    """Whether a person noun names one person ("commander", not "commanders" or "men")."""
    return not noun.endswith("s") and noun not in IRREGULAR_PLURALS


def normalise(word: str) -> str:
    """The lookup form of a word: lower case, typographic apostrophes made plain."""
    return word.lower().replace("’", "'")


__all__ = [
    "ABBREVIATIONS",
    "ADDITIONAL",
    "AGENT_MARKERS",
    "AGE_MARKERS",
    "ALSO",
    "APPROXIMATORS",
    "AUXILIARIES",
    "BACKGROUND",
    "BETWEEN_JOINERS",
    "CASED_PARTIES",
    "CASUALTY_JOINERS",
    "CASUALTY_JOINERS_AFTER",
    "CERTAINTY",
    "CODE",
    "COMPANIONS",
    "CONTINUING",
    "COUNTED_NOUNS",
    "DATE_POSTPOSITIONS",
    "DATE_PREPOSITIONS",
    "DAY_OF_MONTH",
    "DEFINITE",
    "FILLERS",
    "GROUPS",
    "INCLUDING",
    "INDEFINITE",
    "IRREGULAR_PLURALS",
    "LIST_JOINERS",
    "MONTHS",
    "MOSTLY",
    "NAME_BREAKS",
    "NAME_WORDS",
    "NEGATION",
    "NOUN_TAILS",
    "NUMBER_JOINERS",
    "NUMBER_WORDS",
    "ORDINAL_SUFFIXES",
    "OUTCOMES",
    "PARTIES",
    "PARTITIVES",
    "PARTY_SIDE",
    "PASSIVE_AUXILIARIES",
    "PAST_PERFECT",
    "POSSESSIVES",
    "PRONOUNS",
    "QUANTIFIERS",
    "RANGE_JOINERS",
    "RANGE_OPENERS",
    "RECALLING_EVENTS",
    "RELATIVE_DAYS",
    "RELATIVE_PRONOUNS",
    "REPORTING",
    "SCALES",
    "SCOPE",
    "SELECTORS",
    "SHARED_ACROSS",
    "TOLL_LINKS",
    "UNITS",
    "UNSTATED_PARTS",
    "WEEKDAYS",
    "YEAR_SPANS",
    "is_singular",
    "normalise",
]
