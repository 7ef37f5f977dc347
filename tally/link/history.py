"""An incident's toll history: how its toll stood after each of its reports, in publication order.

The history is replayed from the reports themselves (reports in publication order, undated ones
last), not from the order tally happened to read them in, so the same reports always give the
same history. Who changed what, and when tally learnt it, is in the audit log instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from tally.link.reconcile import Conflict, Statement, reconcile
from tally.model import Range, Toll, toll_to_dict


@dataclass(frozen=True)
class Change:
    """One figure of the toll before and after a report (None: not stated before / after)."""

    outcome: str
    group: str
    before: Range | None
    after: Range | None

    def describe(self) -> str:
        what = f"{self.group} {self.outcome.replace('_', ' ')}"
        if self.before is None and self.after is not None:
            return f"{what}: {_figure(self.after)} (first figure)"
        if self.after is None and self.before is not None:
            return f"{what}: no longer stated (was {_figure(self.before)})"
        assert self.before is not None and self.after is not None
        return f"{what}: {_figure(self.before)} → {_figure(self.after)}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "outcome": self.outcome,
            "group": self.group,
            "before": self.before.to_dict() if self.before else None,
            "after": self.after.to_dict() if self.after else None,
        }


@dataclass(frozen=True)
class TollRevision:
    """The toll after one more report: which report, its source and date, what changed."""

    number: int
    report: str
    source: str | None
    published: date | None
    changes: tuple[Change, ...]
    toll: Toll
    conflicts: tuple[Conflict, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "report": self.report,
            "source": self.source,
            "published": self.published.isoformat() if self.published else None,
            "changes": [c.to_dict() for c in self.changes],
            "toll": toll_to_dict(self.toll),
            "conflicts": [c.to_dict() for c in self.conflicts],
        }


def _figure(r: Range) -> str:
    if r.low == r.high == r.best:
        return str(r.best)
    return f"{r.best} ({r.low}–{r.high})"


def changes(before: Toll, after: Toll) -> tuple[Change, ...]:
    """The figures that differ between two tolls, outcome by outcome, group by group."""
    found = []
    for outcome in sorted(set(before) | set(after)):
        old, new = before.get(outcome, {}), after.get(outcome, {})
        for group in sorted(set(old) | set(new)):
            if old.get(group) != new.get(group):
                found.append(Change(outcome, group, old.get(group), new.get(group)))
    return tuple(found)


def toll_history(statements: list[Statement]) -> list[TollRevision]:
    """One revision per report, in publication order (undated reports last, by key)."""
    ordered = sorted(
        statements, key=lambda s: (s.published is None, s.published or date.max, s.key)
    )
    revisions: list[TollRevision] = []
    previous: Toll = {}
    for number, statement in enumerate(ordered, start=1):
        reconciled = reconcile(ordered[:number])
        revisions.append(
            TollRevision(
                number=number,
                report=statement.key,
                source=statement.source,
                published=statement.published,
                changes=changes(previous, reconciled.toll),
                toll=reconciled.toll,
                conflicts=tuple(reconciled.conflicts),
            )
        )
        previous = reconciled.toll
    return revisions
