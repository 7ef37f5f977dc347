"""The extraction pipeline: small registered steps run in order over one report (like spaCy's).

Each step takes the Doc and adds to it. `PIPELINE` names the default order; users and tests can
build a Pipeline with their own list, and `timings` tells where the time goes.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable

from tally.extract.claims import link_claims
from tally.extract.cues import apply_cues, find_cues, shared_across
from tally.extract.dates import find_dates
from tally.extract.doc import Doc
from tally.extract.lexicon import lexicon
from tally.extract.numbers import find_counts
from tally.extract.outcomes import find_outcomes
from tally.extract.places import find_places
from tally.extract.sentences import split_sentences
from tally.extract.tokens import tokenize
from tally.model import Claim, Report

Step = Callable[[Doc], None]

REGISTRY: dict[str, Step] = {}


def register(name: str, step: Step) -> None:
    """Make a step available to pipelines by name."""
    REGISTRY[name] = step


_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def _tokens(doc: Doc) -> None:
    """Tokens of the paragraphs that use an outcome word, or a word that sets what the numbers
    after it cover ("since the start of the year ... 376 attacks": the next paragraph's "the
    attacks killed 76" is that period's): the rest of a page (menus, other stories, a note on
    troop movements) can make no claim and need not be read."""
    text, normalise = doc.text, doc.lex.normalise
    first = doc.lex.outcomes.first | doc.lex.scope.first
    folded = normalise(text)
    if len(folded) != len(text):  # a normalisation that moves characters: paragraph by paragraph
        folded = ""
    tokens = []
    start = 0
    for para in text.split("\n"):
        end = start + len(para)
        words = _WORD.findall(folded[start:end] if folded else normalise(para))
        if first.intersection(words):
            tokens.extend(tokenize(para, start, normalise, folded[start:end] or None))
        start = end + 1
    doc.tokens = tokens


for _name, _step in (
    ("tokens", _tokens),
    ("sentences", split_sentences),
    ("dates", find_dates),
    ("outcomes", find_outcomes),
    ("counts", find_counts),
    ("cues", find_cues),
    ("claims", link_claims),
    ("apply_cues", apply_cues),
    ("shared", shared_across),
    ("places", find_places),
):
    register(_name, _step)

PIPELINE = (
    "tokens",
    "sentences",
    "outcomes",
    "dates",
    "counts",
    "cues",
    "claims",
    "apply_cues",
    "shared",
    "places",
)


class Pipeline:
    def __init__(self, steps: tuple[str, ...] = PIPELINE) -> None:
        self.steps = [(name, REGISTRY[name]) for name in steps]
        self.timings: dict[str, float] = dict.fromkeys(steps, 0.0)

    def __call__(self, report: Report, timed: bool = False) -> Doc:
        doc = Doc(report, lexicon(report.language))
        for name, step in self.steps:
            if timed:
                t = time.perf_counter()
                step(doc)
                self.timings[name] += time.perf_counter() - t
            else:
                step(doc)
        return doc

    def claims(self, report: Report) -> list[Claim]:
        return self(report).claims
