"""Arabic: the words tally needs to read casualty reports, as data.

The extraction pipeline is the same as for English (see tally.extract.lexicon and
docs/languages.md); this module gives it Arabic words, the clitics Arabic writes onto them
(PREFIXES) and the spelling folds that make variant spellings meet (normalise).
"""

from __future__ import annotations

from tally.lang.ar.cues import (
    ADDITIONAL,
    ALSO,
    BACKGROUND,
    CERTAINTY,
    CONTINUING,
    INCLUDING,
    NEGATION,
    PAST_PERFECT,
    RECALLING_EVENTS,
    SCOPE,
    SHARED_ACROSS,
    YEAR_SPANS,
)
from tally.lang.ar.dates import (
    DATE_POSTPOSITIONS,
    DATE_PREPOSITIONS,
    DAY_OF_MONTH,
    MONTHS,
    RELATIVE_DAYS,
    WEEKDAYS,
)
from tally.lang.ar.groups import (
    AMONG,
    COUNTED_NOUNS,
    DEFINITE,
    GROUPS,
    IRREGULAR_PLURALS,
    MAJORITY,
    MOSTLY,
    PARTITIVES,
    POSSESSIVES,
    PRONOUNS,
    is_singular,
)
from tally.lang.ar.numbers import (
    AGE_MARKERS,
    APPROXIMATORS,
    BETWEEN_JOINERS,
    INDEFINITE,
    NAMING_MARKERS,
    NUMBER_JOINERS,
    NUMBER_WORDS,
    ORDINAL_SUFFIXES,
    QUANTIFIERS,
    RANGE_JOINERS,
    RANGE_OPENERS,
    SCALES,
    UNITS,
)
from tally.lang.ar.outcomes import (
    AGENT_MARKERS,
    AUXILIARIES,
    CASUALTY_JOINERS,
    COMPANIONS,
    FILLERS,
    LIST_JOINERS,
    NAME_BREAKS,
    NAME_WORDS,
    OUTCOMES,
    PASSIVE_AUXILIARIES,
    RELATIVE_PRONOUNS,
    TOLL_LINKS,
    UNCOUNTED_PLURALS,
)
from tally.lang.ar.parties import CASED_PARTIES, PARTIES
from tally.lang.ar.phrasing import (
    CASUALTY_JOINERS_AFTER,
    NOUN_TAILS,
    PARTY_SIDE,
    REPORTING,
    SELECTORS,
    UNSTATED_PARTS,
)
from tally.lang.ar.sentences import ABBREVIATIONS
from tally.lang.ar.spelling import normalise

CODE = "ar"

_CONJUNCTIONS = ("", "و", "ف")
_PREPOSITIONS = ("", "ب", "ل", "ك")

#: Clitics written onto the first word of a phrase: "و" and "ف" (and), "ب" (by, in), "ل" (to,
#: for), "ك" (as), the article "ال" and their combinations ("وبال"; "لل" is "ل" + "ال").
#: Every phrase table matches its entries with any of them attached.
PREFIXES: tuple[str, ...] = tuple(
    sorted(
        {
            c + p + a
            for c in _CONJUNCTIONS
            for p in _PREPOSITIONS
            for a in ("", "ال")
            if p != "ل" or not a
        }
        - {""}
        | {c + "لل" for c in _CONJUNCTIONS},
        key=lambda p: (len(p), p),
    )
)

__all__ = [
    "ABBREVIATIONS",
    "ADDITIONAL",
    "AGENT_MARKERS",
    "AGE_MARKERS",
    "ALSO",
    "AMONG",
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
    "MAJORITY",
    "MONTHS",
    "MOSTLY",
    "NAME_BREAKS",
    "NAME_WORDS",
    "NAMING_MARKERS",
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
    "PREFIXES",
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
    "UNCOUNTED_PLURALS",
    "UNITS",
    "UNSTATED_PARTS",
    "WEEKDAYS",
    "YEAR_SPANS",
    "is_singular",
    "normalise",
]
