"""The domain's names, shared by every stage: Report, Claim, Count, Evidence, Place, Toll.

These are plain dataclasses so that ingest, extract, link, store and serve can pass them to one
another without knowing about each other. Their `to_dict` forms are the JSON the CLI and API print.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

#: Outcomes a claim can state. "executed" and "died under torture" are kinds of killed, kept in
#: Claim.detail; "bodies found" is its own outcome because it is not yet a confirmed death toll.
OUTCOMES = (
    "killed",
    "injured",
    "missing",
    "detained",
    "abducted",
    "escaped",
    "surrendered",
    "displaced",
    "bodies_found",
)


def toll_outcome(outcome: str) -> str:
    """The outcome a claim counts as in a toll: bodies found are people killed."""
    return "killed" if outcome == "bodies_found" else outcome


#: Victim groups a toll is broken down by ("all" is every group together).
GROUPS = ("all", "civilians", "children", "women", "men", "combatants")
#: How sure a report is of a number, from most to least.
STATUSES = ("confirmed", "reported", "under_verification", "not_definitive", "denied")
#: What a number covers: this event, a running total since a date, or a period.
SCOPES = ("event", "cumulative", "period")


@dataclass
class Report:
    """One text a publisher put out, as tally read it."""

    text: str
    title: str | None = None
    publisher: str | None = None
    url: str | None = None
    published: date | None = None
    language: str = "en"
    #: Identifier the input gave (a JSON "id", a feed entry id); None when it had none.
    external_id: str | None = None
    #: Where it was read from: "file.jsonl:12", "feed.xml#3", "-" for standard input.
    origin: str | None = None

    @property
    def content_hash(self) -> str:
        """Identity for de-duplication: the same text from the same publisher is the same report."""
        h = hashlib.sha256()
        for part in (self.publisher or "", self.title or "", self.text):
            h.update(part.strip().encode("utf-8"))
            h.update(b"\x00")
        return h.hexdigest()


@dataclass
class Count:
    """How many: a best estimate with a range, and how the report put it."""

    best: int | None
    low: int | None
    high: int | None
    #: True only for a plain stated number ("332", "seven"); "at least 5", "dozens" are False.
    exact: bool
    #: "exact", "approximate" (a range or hedge) or "unspecified" ("many", "casualties").
    kind: str = "exact"
    #: The words that gave the number, as written.
    text: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Evidence:
    """Where in the report's text a claim comes from (character offsets into Report.text)."""

    start: int
    end: int
    sentence: str
    text: str = ""
    #: Which part of the report the offsets point into: "text" or "title".
    field: str = "text"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Place:
    """A place a report names, resolved against the gazetteer."""

    name: str
    #: "governorate", "district", "subdistrict", "community", "neighbourhood" or "country".
    precision: str
    pcode: str | None = None
    name_ar: str | None = None
    governorate: str | None = None
    lat: float | None = None
    lon: float | None = None
    #: The words in the report that named it.
    mention: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Claim:
    """One casualty number a report states, with who, how sure, where, when and the evidence."""

    outcome: str
    count: Count
    evidence: Evidence
    group: str = "all"
    #: Party key from tally/vocab/parties (e.g. "isis", "sdf", "regime"); None when not stated.
    party: str | None = None
    perpetrator: str | None = None
    status: str = "reported"
    scope: str = "event"
    #: ISO date of the event, or the start of a cumulative/period scope.
    date: str | None = None
    place: Place | None = None
    parts: list[Claim] = field(default_factory=list)
    #: For a claim with parts: whether the parts add up to the whole (None without parts).
    parts_add_up: bool | None = None
    #: Finer detail of the outcome ("executed", "died_under_torture", "fled") or None.
    detail: str | None = None
    #: True when the report says this number comes on top of another one ("22 other bodies").
    additional: bool = False
    #: True for numbers that are background, not this report's news (last year's totals).
    background: bool = False
    #: How many events the report says this number is spread across ("fatalities spread across
    #: three locations"); the report's own event gets its share of it in the toll.
    shared_by: int = 1

    def to_dict(self) -> dict[str, Any]:
        return {
            "outcome": self.outcome,
            "detail": self.detail,
            "count": self.count.to_dict(),
            "group": self.group,
            "party": self.party,
            "perpetrator": self.perpetrator,
            "status": self.status,
            "scope": self.scope,
            "date": self.date,
            "place": self.place.to_dict() if self.place else None,
            "parts": [p.to_dict() for p in self.parts],
            "parts_add_up": self.parts_add_up,
            "additional": self.additional,
            "background": self.background,
            "shared_by": self.shared_by,
            "evidence": self.evidence.to_dict(),
        }


@dataclass
class Range:
    """A toll figure: best estimate with low and high bounds."""

    best: int
    low: int
    high: int
    #: False when no number was given, only words that say there were some ("others were
    #: injured", "a number of civilians"): the figure is the least they say, not a count.
    stated: bool = field(default=True, compare=False)

    def to_dict(self) -> dict[str, int]:
        return {"best": self.best, "low": self.low, "high": self.high}


#: outcome -> group -> Range
Toll = dict[str, dict[str, Range]]


def toll_to_dict(toll: Toll) -> dict[str, dict[str, dict[str, int]]]:
    return {o: {g: r.to_dict() for g, r in groups.items()} for o, groups in toll.items()}
