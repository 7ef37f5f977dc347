"""A report's toll from its claims, and an incident bundle's toll from its reports' tolls.

Rules (docs/counting.md explains them for users):
- background numbers and denied numbers do not count;
- bodies found count as killed unless they are still under verification;
- numbers under verification widen the high end, never the best estimate;
- a number with parts counts once as a whole; its parts give the break-down by group;
- the same number for the same people stated twice in one report counts once;
- a cumulative total supersedes the event numbers it already includes (the larger one stands);
- children and women are civilians too; "all" is every group together.
"""

from __future__ import annotations

import statistics
from collections import defaultdict

from tally.model import GROUPS, Claim, Range, Toll

_CIVILIAN_PARTS = ("children", "women", "men")


def _outcome(c: Claim) -> str:
    return "killed" if c.outcome == "bodies_found" else c.outcome


def _groups_of(c: Claim) -> set[str]:
    """The toll groups a claim's number belongs to, besides "all"."""
    groups = {c.group} - {"all"}
    if c.group in _CIVILIAN_PARTS and c.party is None:
        groups.add("civilians")
    if c.group == "all" and c.party is not None:
        groups.add("combatants")
    return groups


def _pieces(c: Claim) -> dict[str, tuple[int, int, int]]:
    """group -> (best, low, high) that one claim contributes, "all" included."""
    share = max(c.shared_by, 1)
    whole = c.count.best or 0
    best = (2 * whole + share) // (2 * share)  # the nearest whole share, halves rounded up
    low = min(c.count.low if c.count.low is not None else whole, whole) // share
    high = -(-max(c.count.high or whole, whole) // share)
    out = {"all": (best, low, high)}
    if not c.parts:
        out.update((g, (best, low, high)) for g in _groups_of(c))
        return out
    for p in c.parts:
        pb = p.count.best or 0
        pl = min(p.count.low if p.count.low is not None else pb, pb)
        ph = max(p.count.high or pb, pb)
        for g in _groups_of(p):
            b, lo, h = out.get(g, (0, 0, 0))
            out[g] = (b + pb, lo + pl, h + ph)
    return out


def report_toll(claims: list[Claim]) -> Toll:
    """The toll one report states: outcome -> group -> best / low / high."""
    sums: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0, 0]))
    cumulative: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0, 0]))
    seen: set[tuple[str, str, int, str | None]] = set()
    for c in claims:
        if c.background or c.status == "denied":
            continue
        outcome = _outcome(c)
        target = cumulative if c.scope == "cumulative" else sums
        key = (outcome, c.group, c.count.best or 0, c.party)
        if key in seen and (c.count.best or 0) > 0:
            continue
        seen.add(key)
        unverified = c.status == "under_verification"
        for group, (best, low, high) in _pieces(c).items():
            cell = target[outcome][group]
            if unverified:
                cell[2] += high
            elif target is cumulative:
                cell[0], cell[1], cell[2] = max(cell[0], best), max(cell[1], low), max(cell[2], high)
            else:
                cell[0], cell[1], cell[2] = cell[0] + best, cell[1] + low, cell[2] + high
    toll: Toll = {}
    for outcome in set(sums) | set(cumulative):
        groups: dict[str, Range] = {}
        for group in GROUPS:
            s = sums[outcome].get(group)
            t = cumulative[outcome].get(group)
            cells = [x for x in (s, t) if x is not None]
            if not cells:
                continue
            best = max(x[0] for x in cells)
            low = max(x[1] for x in cells)
            high = max(sum(x[2] for x in cells if x is not t) + (t[2] - t[0] if t else 0), best)
            if t and s:
                # verified event numbers are inside the total; unverified ones add to its top.
                high = max(t[2], s[2] - s[0] + best, best)
            groups[group] = Range(best, min(low, best), max(high, best))
        toll[outcome] = groups
    return toll


def bundle_toll(tolls: list[Toll]) -> Toll:
    """An incident's toll from the tolls of its reports: the middle figure, with their spread.

    Reports that say nothing of an outcome do not pull it to zero; a report that states a number
    does. The best estimate is the lower median of the reports' best figures, the range runs
    from the lowest low to the highest high.
    """
    out: Toll = {}
    for outcome in sorted({o for t in tolls for o in t}):
        groups: dict[str, Range] = {}
        for group in GROUPS:
            ranges = [t[outcome][group] for t in tolls if outcome in t and group in t[outcome]]
            if not ranges:
                continue
            positive = [r for r in ranges if r.best > 0] or ranges
            best = statistics.median_low([r.best for r in positive])
            groups[group] = Range(
                best, min(min(r.low for r in ranges), best), max(max(r.high for r in ranges), best)
            )
        out[outcome] = groups
    return out
