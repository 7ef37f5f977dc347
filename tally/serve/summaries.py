"""Incident tolls summed per day, month, governorate, party or victim group, in SQL where it can
be, so that the dashboard's chart stays quick on large databases.

The sums mean what `tally aggregates` means: each incident counts once, on the day it began;
incidents a reviewer discounted are left out.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import String, cast, func, select
from sqlalchemy.orm import Session

from tally.model import GROUPS
from tally.serve.lists import IncidentFilters, toll_figure
from tally.store.incident_queries import Aggregate
from tally.store.models import IncidentRow

#: What aggregates can be summed by.
BY = ("day", "month", "governorate", "party", "group")


def _kept(filters: IncidentFilters) -> list[Any]:
    return [*filters.conditions(), IncidentRow.status != "discounted"]


def aggregates(
    session: Session, by: str, outcome: str, group: str, filters: IncidentFilters
) -> list[Aggregate]:
    """Sums per key, ordered by key (for party and group: by the best figure, largest first)."""
    if by == "party":
        return _by_party(session, outcome, group, filters)
    if by == "group":
        return _by_group(session, outcome, filters)
    day = cast(IncidentRow.first_date, String)
    key: Any = {
        "day": func.coalesce(func.substr(day, 1, 10), "undated"),
        "month": func.coalesce(func.substr(day, 1, 7), "undated"),
        "governorate": func.coalesce(IncidentRow.governorate, "unknown"),
    }[by]
    figures = [
        func.coalesce(func.sum(toll_figure(outcome, group, m)), 0) for m in ("best", "low", "high")
    ]
    statement = (
        select(key.label("key"), func.count(IncidentRow.id), *figures)
        .where(*_kept(filters))
        .group_by(key)
        .order_by(key)
    )
    return [
        Aggregate(str(k), int(n), int(b), int(lo), int(hi))
        for k, n, b, lo, hi in session.execute(statement)
    ]


def _by_party(
    session: Session, outcome: str, group: str, filters: IncidentFilters
) -> list[Aggregate]:
    """An incident naming several parties counts for each of them (the sums overlap)."""
    statement = select(
        IncidentRow.parties, *(toll_figure(outcome, group, m) for m in ("best", "low", "high"))
    ).where(*_kept(filters))
    sums: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for parties, best, low, high in session.execute(statement):
        for party in [p.strip() for p in (parties or "").split(",") if p.strip()] or ["unknown"]:
            cell = sums[party]
            cell[0] += 1
            cell[1] += best or 0
            cell[2] += low or 0
            cell[3] += high or 0
    rows = [Aggregate(k, *v) for k, v in sums.items()]
    return sorted(rows, key=lambda a: (-a.best, a.key))


def _by_group(session: Session, outcome: str, filters: IncidentFilters) -> list[Aggregate]:
    """One row per victim group; `incidents` counts those giving the group a figure."""
    columns = []
    for group in GROUPS:
        best = toll_figure(outcome, group, "best")
        columns += [
            func.count(best),
            *(
                func.coalesce(func.sum(toll_figure(outcome, group, m)), 0)
                for m in ("best", "low", "high")
            ),
        ]
    row = session.execute(select(*columns).where(*_kept(filters))).one()
    out = []
    for n, group in enumerate(GROUPS):
        count, best, low, high = row[4 * n : 4 * n + 4]
        out.append(Aggregate(group, int(count), int(best), int(low), int(high)))
    return out
