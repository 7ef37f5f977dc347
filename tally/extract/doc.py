"""The working state of one report as it moves through the extraction pipeline."""

from __future__ import annotations

from dataclasses import dataclass, field

from tally.extract.lexicon import Lexicon, Outcome
from tally.extract.tokens import Token
from tally.model import Claim, Count, Place, Report


@dataclass(slots=True)
class CountMention:
    """A number of people: the number words (tokens start..end) and the people they count."""

    start: int
    end: int
    count: Count
    #: Token index just after the victims' noun phrase (== end when no noun follows).
    np_end: int
    group: str | None = None
    #: "child", "woman" or "man" when the noun says so.
    sub: str | None = None
    party: str | None = None
    noun: str | None = None
    #: An outcome noun counted by the number ("5 deaths", "22 other bodies").
    outcome: Outcome | None = None
    additional: bool = False
    #: Set when linked: the claim made from this mention.
    claim: Claim | None = None


@dataclass(slots=True)
class OutcomeMention:
    start: int
    end: int
    outcome: Outcome
    negated: bool = False
    used: bool = False


@dataclass(slots=True)
class Sentence:
    """Tokens [start, end) of the document's token list, and what was found in them."""

    start: int
    end: int
    counts: list[CountMention] = field(default_factory=list)
    outcomes: list[OutcomeMention] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    status: str | None = None
    scope: str | None = None
    background: bool = False
    #: The sentence adds to numbers already given ("another fighter was also killed").
    also: bool = False
    date: str | None = None
    #: Every full date the sentence states, with the character offset where it starts.
    dates: list[tuple[int, str]] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    #: The sentence opens with a day ("On August 18, ..."); opening_date is that day when it can
    #: be resolved (a day without a year needs the publication date).
    opens_with_day: bool = False
    opening_date: str | None = None
    #: Claims whose number a toll word introduced ("the death toll has reached 332").
    toll_claims: list[Claim] = field(default_factory=list)


@dataclass
class Doc:
    report: Report
    lex: Lexicon
    tokens: list[Token] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    #: Token indices that belong to dates (never counts of people).
    date_tokens: set[int] = field(default_factory=set)
    places: list[tuple[int, int, Place]] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.report.text

    @property
    def claims(self) -> list[Claim]:
        return [c for s in self.sentences for c in s.claims]

    def sentence_text(self, s: Sentence) -> str:
        return self.text[self.tokens[s.start].start : self.tokens[s.end - 1].end]
