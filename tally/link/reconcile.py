"""An incident's toll from what its reports say, and the conflicts a reviewer should look at.

The rules (docs/incidents.md explains them for researchers), in the spirit of UCDP's best / low /
high estimates:

1. One source speaks once: its latest running total ("the toll has risen to 332") supersedes
   what it said before; besides it, and without one, its reports restate or add to each other and
   the largest figure stands (tolls are revised upwards; a follow-up naming one more victim does
   not lower the total).
2. Numbers under verification widen the range (the high end) and never move the best estimate;
   each report's toll already keeps them apart (tally.extract.toll).
3. Independent sources that disagree give a range: the best estimate is the middle one (the lower
   median of the sources that state a number above zero, so one outlier does not move it), the
   low end is the lowest figure given, the high end the highest. A source that states nothing of
   an outcome does not pull it to zero; a source that states zero lowers the low end.
4. A part never exceeds its whole: civilians and combatants are parts of all, children, women and
   men parts of civilians; a whole is raised to its largest part.

Conflicts are flagged, not resolved: parts that do not add up to their whole, a running total
from one source that goes down, independent sources that disagree beyond DISAGREEMENT.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from tally.model import GROUPS, Claim, Range, Report, Toll, toll_outcome

#: Sources disagree when their figures differ by at least this share of the larger...
DISAGREEMENT = 0.25
#: ...and by at least this many people.
DISAGREEMENT_PEOPLE = 2
#: Bodies found count as killed in a toll (tally.extract.toll).
#: Whole -> its parts, which never overlap (a child is not counted among women).
PARTS: dict[str, tuple[str, ...]] = {
    "civilians": ("children", "women", "men"),
    "all": ("civilians", "combatants"),
}


@dataclass(frozen=True)
class Statement:
    """What one report says of an incident's toll, and who said it when."""

    #: Names the report, and breaks ties in its favour when it sorts first: the store gives the
    #: content hash (so that results do not depend on the order reports were stored in).
    key: str
    toll: Toll
    #: Who published it; reports without one each count as a source of their own.
    source: str | None = None
    published: date | None = None
    #: (outcome, group) figures the report gives as running totals ("the toll has risen to").
    cumulative: frozenset[tuple[str, str]] = frozenset()
    #: Its numbers whose parts do not add up to them, in words ("181 killed given as 124 + 50").
    uneven_parts: tuple[str, ...] = ()

    @property
    def source_key(self) -> str:
        """The source, normalised: the same publisher written differently is one source."""
        return source_key(self.source, self.key)


def source_key(publisher: str | None, report: str) -> str:
    """A publisher's name compared ignoring case, spacing and a leading "@"; a report without a
    publisher is a source of its own."""
    if not publisher or not publisher.strip():
        return f"report {report}"
    return " ".join(publisher.strip().lstrip("@'").casefold().split())


@dataclass(frozen=True)
class Conflict:
    """Something in an incident's reports a reviewer should look at."""

    #: "parts" (parts and whole disagree), "decrease" (a running total went down) or
    #: "disagreement" (independent sources differ).
    kind: str
    outcome: str
    group: str
    message: str
    #: Keys of the statements involved.
    reports: tuple[str, ...]

    def to_dict(self) -> dict[str, object]:
        return {
            "kind": self.kind,
            "outcome": self.outcome,
            "group": self.group,
            "message": self.message,
            "reports": list(self.reports),
        }


@dataclass
class Reconciled:
    """An incident's toll with the conflicts found and the statements each figure rests on."""

    toll: Toll
    conflicts: list[Conflict] = field(default_factory=list)
    #: (outcome, group) -> source -> key of the statement that gives that source's figure.
    basis: dict[tuple[str, str], dict[str, str]] = field(default_factory=dict)

    @property
    def sources(self) -> list[str]:
        """The independent sources whose figures count, sorted."""
        return sorted({s for by_source in self.basis.values() for s in by_source})


def _order(s: Statement) -> tuple[bool, date, str]:
    """Publication order; undated statements after dated ones, then by key."""
    return (s.published is None, s.published or date.max, s.key)


def _source_figure(
    statements: list[Statement], outcome: str, group: str
) -> tuple[Statement, list[Conflict]]:
    """One source's figure for one outcome and group.

    The source's latest running total ("the toll has risen to 4") supersedes what it said before;
    besides it, and without one, a source's reports restate or add to each other and the largest
    figure stands (a follow-up that names one more victim does not lower the total). A running
    total below an earlier figure of the same source is flagged.
    """

    def figure(s: Statement) -> Range:
        return s.toll[outcome][group]

    conflicts: list[Conflict] = []
    candidates = statements
    running = sorted(
        (s for s in statements if s.published is not None and (outcome, group) in s.cumulative),
        key=_order,
    )
    if running:
        latest = running[-1]
        assert latest.published is not None
        superseded = [
            s for s in statements if s.published is not None and s.published < latest.published
        ]
        higher = [s for s in superseded if figure(s).best > figure(latest).best]
        if higher:
            top = min(higher, key=lambda s: (-figure(s).best, _order(s)))
            conflicts.append(
                Conflict(
                    "decrease",
                    outcome,
                    group,
                    f"{latest.source or 'a source'}'s running total of {group} {_words(outcome)} "
                    f"went down from {figure(top).best} ({top.published}) to "
                    f"{figure(latest).best} ({latest.published})",
                    (top.key, latest.key),
                )
            )
        candidates = [s for s in statements if s not in superseded]
    # The largest figure; among equal ones the first in publication order.
    chosen = min(candidates, key=lambda s: (-figure(s).best, _order(s)))
    return chosen, conflicts


def _words(outcome: str) -> str:
    return outcome.replace("_", " ")


def reconcile(statements: list[Statement]) -> Reconciled:
    """The incident's toll from its reports' statements (in any order: the result is the same)."""
    result = Reconciled(toll={})
    by_source: dict[str, list[Statement]] = defaultdict(list)
    for s in sorted(statements, key=_order):
        by_source[s.source_key].append(s)
    outcomes = sorted({o for s in statements for o in s.toll})
    for outcome in outcomes:
        groups: dict[str, Range] = {}
        for group in GROUPS:
            figures: dict[str, Range] = {}
            basis: dict[str, str] = {}
            for source, said in sorted(by_source.items()):
                stating = [s for s in said if group in s.toll.get(outcome, {})]
                if not stating:
                    continue
                chosen, conflicts = _source_figure(stating, outcome, group)
                figures[source] = chosen.toll[outcome][group]
                basis[source] = chosen.key
                result.conflicts.extend(conflicts)
            if not figures:
                continue
            groups[group] = _combine(list(figures.values()))
            result.basis[(outcome, group)] = basis
            disagreement = _disagreement(outcome, group, figures, basis)
            if disagreement is not None:
                result.conflicts.append(disagreement)
        _parts_within_wholes(outcome, groups, result)
        result.toll[outcome] = groups
    for s in sorted(statements, key=_order):
        for words in s.uneven_parts:
            result.conflicts.append(
                Conflict(
                    "parts",
                    "",
                    "",
                    f"{s.source or 'a report'} ({s.published or 'undated'}): {words}",
                    (s.key,),
                )
            )
    return result


def _combine(figures: list[Range]) -> Range:
    """Independent sources' figures: the middle best estimate, the full spread as the range.
    A source that gives no number ("others were injured") says there were some, not how many:
    the middle is taken among the sources that give one, when any do."""
    positive = [f.best for f in figures if f.best > 0 and f.stated] or [
        f.best for f in figures if f.best > 0
    ]
    best = statistics.median_low(positive) if positive else 0
    low = min(min(f.low for f in figures), best)
    high = max(max(f.high for f in figures), best)
    return Range(best, low, high)


def _disagreement(
    outcome: str, group: str, figures: dict[str, Range], basis: dict[str, str]
) -> Conflict | None:
    if len(figures) < 2:
        return None
    # A source that gives no figure for the group (civilians 0, up to the people of unstated
    # status) does not disagree with one that does; one that says none (0-0) does.
    bests = {source: f.best for source, f in figures.items() if f.best > 0 or f.high == 0}
    if len(bests) < 2:
        return None
    most, least = max(bests.values()), min(bests.values())
    if most - least < DISAGREEMENT_PEOPLE or most - least < DISAGREEMENT * most:
        return None
    said = ", ".join(f"{source} {best}" for source, best in sorted(bests.items()))
    return Conflict(
        "disagreement",
        outcome,
        group,
        f"sources disagree on {group} {outcome}: {said}",
        tuple(basis[s] for s in sorted(basis)),
    )


def _parts_within_wholes(outcome: str, groups: dict[str, Range], result: Reconciled) -> None:
    """Raise each whole to its largest part; flag parts that add up to more than the whole."""
    for whole, parts in PARTS.items():
        present = [groups[p] for p in parts if p in groups]
        if not present:
            continue
        figure = groups.get(whole, Range(0, 0, 0))
        total = sum(p.best for p in present)
        if whole in groups and total > figure.best:
            named = ", ".join(f"{p} {groups[p].best}" for p in parts if p in groups)
            result.conflicts.append(
                Conflict(
                    "parts",
                    outcome,
                    whole,
                    f"the parts of {whole} {outcome} ({named}) add up to {total}, "
                    f"more than the {figure.best} given for {whole}",
                    _keys_behind(result, outcome, (whole, *parts)),
                )
            )
        best = max(figure.best, *(p.best for p in present))
        groups[whole] = Range(
            best,
            min(max(figure.low, *(p.low for p in present)), best),
            max(figure.high, *(p.high for p in present), best),
        )


def _keys_behind(result: Reconciled, outcome: str, groups: tuple[str, ...]) -> tuple[str, ...]:
    """The statements the figures of these groups rest on."""
    return tuple(sorted({k for g in groups for k in result.basis.get((outcome, g), {}).values()}))


def statement_of(key: str, report: Report, claims: list[Claim], toll: Toll) -> Statement:
    """What a report says, for reconciliation: its toll, source, date and running totals."""
    counted = [c for c in claims if not c.background and c.status != "denied"]
    cumulative = frozenset(
        (toll_outcome(c.outcome), group)
        for c in counted
        if c.scope == "cumulative"
        for group in _groups_of(c)
    )
    return Statement(
        key=key,
        toll=toll,
        source=report.publisher,
        published=report.published,
        cumulative=cumulative,
        uneven_parts=tuple(_uneven(c) for c in counted if _uneven(c)),
    )


def _groups_of(claim: Claim) -> set[str]:
    """The toll groups a running total speaks for: its own, its parts', and all."""
    groups = {"all", claim.group} | {p.group for p in claim.parts}
    if groups & set(PARTS["civilians"]):
        groups.add("civilians")
    return groups


def _uneven(claim: Claim) -> str:
    """ "181 killed given as 124 + 50 + 20 = 194" when a number's parts cannot add up to it:
    they come to more than it, or they break all down into civilians and combatants and come to
    less. Parts of some groups only ("12 civilians, including 7 children") may come to less."""
    whole = claim.count.best
    numbers = [p.count.best for p in claim.parts]
    if whole is None or not numbers or None in numbers:
        return ""
    total = sum(n for n in numbers if n is not None)
    covered = {"civilians" if p.group in PARTS["civilians"] else p.group for p in claim.parts}
    complete = claim.group == "all" and set(PARTS["all"]) <= covered
    if total == whole or (total < whole and not complete):
        return ""
    shown = " + ".join(str(n) for n in numbers)
    return f"{whole} {claim.outcome.replace('_', ' ')} given as {shown} = {total}"
