"""Incidents in the database: linking a stored report, reviewers' merges, splits and reviews, and
keeping each incident's toll, history and status up to date. Every change writes an audit event.

These functions run inside the caller's transaction, after `lock()`: one linker at a time per
database (SQLite's write lock, a PostgreSQL advisory lock), so that two processes storing reports
of one event at once see each other's reports and never make two incidents of it.

Grouping is recomputed for the reports a change touches — those connected to it by a pair
scoring at least the threshold or by a reviewer's decision — with tally.link.clusters, which
gives the same groups whatever order the reports came in. Incident numbers are handed out in the
order incidents are first made, so they do depend on that order; the groups do not.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import delete, insert, or_, select, text
from sqlalchemy.orm import Session

from tally.extract.toll import report_toll, round_up_tolls
from tally.link.clusters import partition
from tally.link.features import LinkFeatures
from tally.link.history import toll_history
from tally.link.matching import FOLLOW_UP_WINDOW, PUBLISHED_LAG, THRESHOLD, Match, match
from tally.link.reconcile import Statement, reconcile, statement_of
from tally.model import Claim, Report, toll_to_dict
from tally.store.convert import claims_with_parts, report_from_row, toll_from_rows
from tally.store.models import (
    AuditEventRow,
    ClaimRow,
    IncidentReportRow,
    IncidentRow,
    LinkDecisionRow,
    LinkFeaturesRow,
    LinkKeyRow,
    ReportLinkRow,
    ReportRow,
    ReportTollRow,
    ReviewRow,
    TollRevisionRow,
)

#: Who the audit log names for the linker's own decisions.
LINKER = "tally linker"
#: Key of the PostgreSQL advisory lock held while linking ("link" in ASCII).
LINK_LOCK_KEY = 0x6C696E6B
#: Reviewer statuses; "reported" and "corroborated" are tally's own.
REVIEW_STATUSES = ("confirmed", "contested", "discounted")
#: Candidates are reports whose days lie within this many days of the new report's.
CANDIDATE_DAYS = FOLLOW_UP_WINDOW + PUBLISHED_LAG
#: The stored report most like a new one: (score, its id, the reasons).
Closest = tuple[float, int, tuple[str, ...]]
#: Stored reports' features kept in memory, by (report id, content hash), at most this many.
FEATURES_KEPT = 200_000
_FEATURES: dict[tuple[int, str], LinkFeatures] = {}
#: Pair scores are worked out once per process: a pair's score depends on its features only.
_match = lru_cache(maxsize=500_000)(match)


def lock(session: Session) -> None:
    """Serialise linking: on PostgreSQL an advisory lock until the transaction ends (SQLite
    writers already hold the database's write lock)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": LINK_LOCK_KEY})


def now() -> datetime:
    return datetime.now(UTC)


def audit(
    session: Session,
    actor: str,
    action: str,
    entity: str,
    entity_id: int | None,
    before: Any,
    after: Any,
    reason: str | None,
) -> None:
    session.add(
        AuditEventRow(
            at=now(),
            actor=actor,
            action=action,
            entity=entity,
            entity_id=None if entity_id is None else str(entity_id),
            before=before,
            after=after,
            reason=reason,
        )
    )


# -- linking a new report ----------------------------------------------------------------------


def link_report(session: Session, report_id: int, features: LinkFeatures) -> int:
    """Keep a new report's features, find the stored reports like it, and regroup; returns the
    incident the report now belongs to."""
    days = [date.fromisoformat(d) for d in features.dates]
    session.add(
        LinkFeaturesRow(
            report_id=report_id,
            day_min=min(days) if days else None,
            day_max=max(days) if days else None,
            features=features.to_dict(),
        )
    )
    keys = sorted({k[:200] for k in features.blocking_keys()})
    if keys:
        session.execute(insert(LinkKeyRow), [{"key": k, "report_id": report_id} for k in keys])
    closest: Closest | None = None
    candidates = _features_of(session, _candidates(session, report_id, keys, days))
    links = []
    for other_id, (_, other) in sorted(candidates.items()):
        found = _match(features, other)
        if closest is None or (found.score, -other_id) > (closest[0], -closest[1]):
            closest = (found.score, other_id, found.reasons)
        if found.linked:
            a, b = sorted((report_id, other_id))
            links.append(
                {"report_a": a, "report_b": b, "score": found.score, "reasons": list(found.reasons)}
            )
    if links:
        session.execute(insert(ReportLinkRow), links)
    regroup(session, {report_id}, LINKER, None, closest=(report_id, closest))
    incident = session.get(IncidentReportRow, report_id)
    assert incident is not None
    return incident.incident_id


def _candidates(session: Session, report_id: int, keys: list[str], days: list[date]) -> list[int]:
    """Stored reports sharing a key with the new one, less those too far apart in time."""
    if not keys:
        return []
    statement = (
        select(LinkFeaturesRow.report_id)
        .where(
            LinkFeaturesRow.report_id != report_id,
            LinkFeaturesRow.report_id.in_(
                select(LinkKeyRow.report_id).where(LinkKeyRow.key.in_(keys))
            ),
        )
        .order_by(LinkFeaturesRow.report_id)
    )
    if days:
        # A report whose days all lie far from the new one's cannot be the same event (matching
        # refuses such pairs); reports without days stay candidates.
        lo, hi = min(days), max(days)
        statement = statement.where(
            or_(
                LinkFeaturesRow.day_min.is_(None),
                (LinkFeaturesRow.day_min <= date.fromordinal(hi.toordinal() + CANDIDATE_DAYS))
                & (LinkFeaturesRow.day_max >= date.fromordinal(lo.toordinal() - CANDIDATE_DAYS)),
            )
        )
    return list(session.scalars(statement))


def _features_of(
    session: Session, report_ids: Iterable[int]
) -> dict[int, tuple[str, LinkFeatures]]:
    """Report id -> (content hash, features), for the reports that have features.

    Features never change once stored, so each process reads a report's only once (_FEATURES).
    """
    ids = sorted(set(report_ids))
    if not ids:
        return {}
    rows = session.execute(
        select(ReportRow.id, ReportRow.content_hash)
        .join(LinkFeaturesRow, LinkFeaturesRow.report_id == ReportRow.id)
        .where(ReportRow.id.in_(ids))
    ).all()
    missing = [row.id for row in rows if (row.id, row.content_hash) not in _FEATURES]
    if missing:
        if len(_FEATURES) + len(missing) > FEATURES_KEPT:
            _FEATURES.clear()
        for row in session.execute(
            select(LinkFeaturesRow.report_id, ReportRow.content_hash, LinkFeaturesRow.features)
            .join(ReportRow, ReportRow.id == LinkFeaturesRow.report_id)
            .where(LinkFeaturesRow.report_id.in_(missing))
        ):
            _FEATURES[(row.report_id, row.content_hash)] = LinkFeatures.from_dict(row.features)
    return {row.id: (row.content_hash, _FEATURES[(row.id, row.content_hash)]) for row in rows}


# -- regrouping ----------------------------------------------------------------------------------


def _connected(session: Session, seeds: Iterable[int]) -> set[int]:
    """The reports joined to the seeds by strong pairs or reviewers' "together" decisions, and
    those the seeds' incidents hold."""
    seen: set[int] = set()
    frontier = set(seeds)
    while frontier:
        seen |= frontier
        ids = sorted(frontier)
        found: set[int] = set()
        for table in (ReportLinkRow, LinkDecisionRow):
            rows = session.execute(
                select(table.report_a, table.report_b).where(
                    or_(table.report_a.in_(ids), table.report_b.in_(ids))
                )
            ).all()
            found |= {r for row in rows for r in row}
        incidents = select(IncidentReportRow.incident_id).where(
            IncidentReportRow.report_id.in_(ids)
        )
        found |= set(
            session.scalars(
                select(IncidentReportRow.report_id).where(
                    IncidentReportRow.incident_id.in_(incidents)
                )
            )
        )
        frontier = found - seen
    return seen


def regroup(
    session: Session,
    seeds: Iterable[int],
    actor: str,
    reason: str | None,
    *,
    closest: tuple[int, Closest | None] | None = None,
    keep: tuple[int, int] | None = None,
    decision: str = "regrouped",
) -> set[int]:
    """Regroup the reports connected to `seeds`; returns the incidents that changed.

    `closest` = (new report, the best candidate it was compared with), for its stated reasons;
    `keep` = (incident, report) gives that incident to the group holding that report first;
    `decision` names why reports moved ("merged", "split", "regrouped").
    """
    loaded = _features_of(session, _connected(session, seeds))
    key_of = {report_id: key for report_id, (key, _) in loaded.items()}
    id_of = {key: report_id for report_id, key in key_of.items()}
    features = {key: found for key, found in loaded.values()}
    decisions = session.execute(
        select(LinkDecisionRow.report_a, LinkDecisionRow.report_b, LinkDecisionRow.kind).where(
            LinkDecisionRow.report_a.in_(sorted(key_of)),
            LinkDecisionRow.report_b.in_(sorted(key_of)),
        )
    ).all()
    together = [(key_of[a], key_of[b]) for a, b, kind in decisions if kind == "together"]
    apart = [(key_of[a], key_of[b]) for a, b, kind in decisions if kind == "apart"]
    matches: dict[tuple[str, str], Match] = {}

    def compare(a: str, b: str) -> Match:
        pair = (a, b) if a < b else (b, a)
        if pair not in matches:
            matches[pair] = _match(features[pair[0]], features[pair[1]])
        return matches[pair]

    def score(a: str, b: str) -> float:
        return compare(a, b).score

    strong = [
        (key_of[a], key_of[b])
        for a, b in session.execute(
            select(ReportLinkRow.report_a, ReportLinkRow.report_b).where(
                ReportLinkRow.report_a.in_(sorted(key_of)),
                ReportLinkRow.report_b.in_(sorted(key_of)),
            )
        )
    ]
    groups = partition(sorted(features), score, THRESHOLD, strong, together, apart)
    current = {
        row.report_id: row
        for row in session.scalars(
            select(IncidentReportRow).where(IncidentReportRow.report_id.in_(sorted(key_of)))
        )
    }
    assigned = _assign(
        [[id_of[k] for k in group] for group in groups],
        {report_id: row.incident_id for report_id, row in current.items()},
        keep,
    )
    touched: set[int] = set()
    for group_ids, incident_id in assigned:
        if incident_id is None:
            incident_id = _new_incident(session, actor)
        for report_id in group_ids:
            row = current.get(report_id)
            if row is not None and row.incident_id == incident_id:
                continue
            touched.add(incident_id)
            why = _why(report_id, group_ids, key_of, compare, closest)
            if row is None:
                linked = len(group_ids) > 1
                session.add(
                    IncidentReportRow(
                        report_id=report_id,
                        incident_id=incident_id,
                        decision="linked" if linked else "new",
                        decided_by=actor,
                        decided_at=now(),
                        score=why.get("score"),
                        reasons=why,
                    )
                )
                audit(
                    session,
                    actor,
                    "link" if linked else "new_incident",
                    "report",
                    report_id,
                    None,
                    {"incident": incident_id, **why},
                    reason,
                )
            else:
                touched.add(row.incident_id)
                before = row.incident_id
                row.incident_id = incident_id
                row.decision = decision
                row.decided_by = actor
                row.decided_at = now()
                row.score = why.get("score")
                row.reasons = why if reason is None else {**why, "reason": reason}
                audit(
                    session,
                    actor,
                    "move",
                    "report",
                    report_id,
                    {"incident": before},
                    {"incident": incident_id, **why},
                    reason,
                )
    session.flush()
    for incident_id in sorted(touched):
        refresh(session, incident_id, actor, reason)
    return touched


def _assign(
    groups: list[list[int]], current: dict[int, int], keep: tuple[int, int] | None
) -> list[tuple[list[int], int | None]]:
    """An incident number for each group: the one most of its reports had (ties: the lowest),
    never one number twice; None where a new incident is needed."""
    taken: set[int] = set()
    out: list[tuple[list[int], int | None]] = []
    ordered = sorted(groups, key=lambda g: (-len(g), g))
    if keep is not None:
        ordered.sort(key=lambda g: keep[1] not in g)
    for group in ordered:
        if keep is not None and keep[1] in group and keep[0] not in taken:
            choice: int | None = keep[0]
        else:
            votes = Counter(current[r] for r in group if r in current and current[r] not in taken)
            choice = min(votes, key=lambda i: (-votes[i], i)) if votes else None
        if choice is not None:
            taken.add(choice)
        out.append((group, choice))
    return out


def _why(
    report_id: int,
    group: list[int],
    key_of: dict[int, str],
    compare: Callable[[str, str], Match],
    closest: tuple[int, Closest | None] | None,
) -> dict[str, Any]:
    """Why a report is where it is: the report in its group most like it, with the score and
    reasons; for a new report alone, the closest candidate it was compared with."""
    others = [r for r in group if r != report_id]
    if not others:
        if closest is None or closest[0] != report_id:
            return {"reasons": ["no other report is like it enough"]}
        if closest[1] is None:
            return {"reasons": ["no stored report shares a place, a day or words with it"]}
        value, other, reasons = closest[1]
        return {
            "closest": other,
            "score": value,
            "reasons": [
                f"the most alike stored report, {other}, scored {value:g} "
                f"(below the threshold {THRESHOLD:g})",
                *reasons,
            ],
        }
    found = {r: compare(key_of[report_id], key_of[r]) for r in others}
    best = min(others, key=lambda r: (-found[r].score, r))
    return {"report": best, "score": found[best].score, "reasons": list(found[best].reasons)}


def _new_incident(session: Session, actor: str) -> int:
    row = IncidentRow(
        report_count=0,
        source_count=0,
        status="reported",
        toll={},
        conflicts=[],
        created_at=now(),
        updated_at=now(),
    )
    session.add(row)
    session.flush()
    audit(session, actor, "create", "incident", row.id, None, {"incident": row.id}, None)
    return row.id


# -- an incident's toll, history and status ---------------------------------------------------


def statements(session: Session, report_ids: list[int]) -> dict[int, Statement]:
    """What each report says, for reconciliation, with reviewers' claim statuses applied: a
    discounted claim does not count, a contested one only widens the range."""
    if not report_ids:
        return {}
    reports = {
        row.id: row
        for row in session.scalars(select(ReportRow).where(ReportRow.id.in_(report_ids)))
    }
    claim_rows = list(session.scalars(select(ClaimRow).where(ClaimRow.report_id.in_(report_ids))))
    reviews = {
        row.entity_id: row.status
        for row in session.scalars(
            select(ReviewRow).where(
                ReviewRow.entity == "claim",
                ReviewRow.entity_id.in_([row.id for row in claim_rows]),
            )
        )
    }
    toll_rows: dict[int, list[ReportTollRow]] = {}
    for toll_row in session.scalars(
        select(ReportTollRow).where(ReportTollRow.report_id.in_(report_ids))
    ):
        toll_rows.setdefault(toll_row.report_id, []).append(toll_row)
    built = claims_with_parts(claim_rows)
    by_report: dict[int, list[tuple[int, ClaimRow]]] = {}
    for row in claim_rows:
        if row.parent_claim_id is None:
            by_report.setdefault(row.report_id, []).append((row.position, row))
    parts_of: dict[int, list[ClaimRow]] = {}
    for row in claim_rows:
        if row.parent_claim_id is not None:
            parts_of.setdefault(row.parent_claim_id, []).append(row)
    read: list[tuple[int, Report, list[Claim]]] = []
    for report_id, report_row in sorted(reports.items()):
        heads = [row for _, row in sorted(by_report.get(report_id, []), key=lambda p: p[0])]
        claims = [
            _reviewed(built[row.id], row, parts_of, built, reviews)
            for row in heads
            if reviews.get(row.id) != "discounted"
        ]
        read.append((report_id, report_from_row(report_row), claims))
    # a round-up of the day's events counts the event where the other reports place the incident
    round_ups = round_up_tolls([(report, claims) for _, report, claims in read])
    out: dict[int, Statement] = {}
    for i, (report_id, report, claims) in enumerate(read):
        reviewed = any(row.id in reviews for row in claim_rows if row.report_id == report_id)
        toll = round_ups.get(i)
        if toll is None:
            toll = report_toll(claims) if reviewed else toll_from_rows(toll_rows.get(report_id, []))
        out[report_id] = statement_of(reports[report_id].content_hash, report, claims, toll)
    return out


def _reviewed(
    claim: Claim,
    row: ClaimRow,
    parts_of: dict[int, list[ClaimRow]],
    built: dict[int, Claim],
    reviews: dict[int, str],
) -> Claim:
    parts = [
        _reviewed(built[p.id], p, parts_of, built, reviews)
        for p in sorted(parts_of.get(row.id, []), key=lambda p: p.position)
        if reviews.get(p.id) != "discounted"
    ]
    status = "under_verification" if reviews.get(row.id) == "contested" else claim.status
    return dataclasses.replace(claim, parts=parts, status=status)


def refresh(session: Session, incident_id: int, actor: str, reason: str | None) -> None:
    """Work an incident's toll, history, dates, place, sources and status out from its reports."""
    incident = session.get(IncidentRow, incident_id)
    assert incident is not None
    report_ids = sorted(
        session.scalars(
            select(IncidentReportRow.report_id).where(IncidentReportRow.incident_id == incident_id)
        )
    )
    said = statements(session, report_ids)
    before = {"toll": incident.toll, "reports": incident.report_count}
    former = list(
        session.scalars(
            select(TollRevisionRow.report_id).where(TollRevisionRow.incident_id == incident_id)
        )
    )
    session.execute(delete(TollRevisionRow).where(TollRevisionRow.incident_id == incident_id))
    if not report_ids:
        _empty(session, incident, former, actor, reason)
        return
    id_of = {s.key: report_id for report_id, s in said.items()}
    reconciled = reconcile(list(said.values()))
    for revision in toll_history(list(said.values())):
        session.add(
            TollRevisionRow(
                incident_id=incident_id,
                number=revision.number,
                report_id=id_of[revision.report],
                source=(revision.source or "")[:200] or None,
                published=revision.published,
                changes=[c.to_dict() for c in revision.changes],
                toll=toll_to_dict(revision.toll),
                conflicts=[_with_ids(c.to_dict(), id_of) for c in revision.conflicts],
            )
        )
    features = {
        row.report_id: LinkFeatures.from_dict(row.features)
        for row in session.scalars(
            select(LinkFeaturesRow).where(LinkFeaturesRow.report_id.in_(report_ids))
        )
    }
    _describe(session, incident, report_ids, said, features)
    incident.report_count = len(report_ids)
    incident.source_count = len({s.source_key for s in said.values()})
    incident.toll = toll_to_dict(reconciled.toll)
    incident.conflicts = [_with_ids(c.to_dict(), id_of) for c in reconciled.conflicts]
    incident.status = incident.review_status or _automatic_status(incident.source_count)
    incident.updated_at = now()
    after = {"toll": incident.toll, "reports": incident.report_count}
    if before != after:
        audit(session, actor, "toll", "incident", incident_id, before, after, reason)


def _automatic_status(sources: int) -> str:
    return "corroborated" if sources >= 2 else "reported"


def _empty(
    session: Session, incident: IncidentRow, former: list[int], actor: str, reason: str | None
) -> None:
    """An incident whose reports all went elsewhere: it points to where most of them went."""
    moved = session.execute(
        select(IncidentReportRow.incident_id).where(IncidentReportRow.report_id.in_(former))
    ).all()
    before = {"toll": incident.toll, "reports": incident.report_count, "merged_into": None}
    targets = Counter(row.incident_id for row in moved)
    incident.merged_into = min(targets, key=lambda i: (-targets[i], i)) if targets else None
    incident.report_count = 0
    incident.source_count = 0
    incident.toll = {}
    incident.conflicts = []
    incident.updated_at = now()
    after: dict[str, Any] = {"toll": {}, "reports": 0, "merged_into": incident.merged_into}
    audit(session, actor, "merge", "incident", incident.id, before, after, reason)


def _with_ids(conflict: dict[str, Any], id_of: dict[str, int]) -> dict[str, Any]:
    return {**conflict, "reports": [id_of[k] for k in conflict["reports"] if k in id_of]}


def _describe(
    session: Session,
    incident: IncidentRow,
    report_ids: list[int],
    said: dict[int, Statement],
    features: dict[int, LinkFeatures],
) -> None:
    """Title, dates, place, kinds and parties of an incident, from its reports."""
    ordered = sorted(
        report_ids,
        key=lambda r: (said[r].published is None, said[r].published or date.max, said[r].key),
    )
    first = session.get(ReportRow, ordered[0])
    assert first is not None
    incident.title = (first.title or " ".join(first.text.split())[:120]) or None
    event_days = sorted({d for f in features.values() for d in (*f.days, *f.start_days)})
    published = sorted(s.published.isoformat() for s in said.values() if s.published)
    days = event_days or published
    incident.first_date = date.fromisoformat(days[0]) if days else None
    last = max([*days, *published]) if days else None
    incident.last_date = date.fromisoformat(last) if last else None
    incident.kinds = ", ".join(sorted({k for f in features.values() for k in f.kinds})) or None
    incident.parties = ", ".join(sorted({p for f in features.values() for p in f.parties})) or None
    votes: Counter[tuple[str, str, str]] = Counter()
    for report_id in report_ids:
        place = session.execute(
            select(ClaimRow.place_name, ClaimRow.place_pcode, ClaimRow.place_governorate)
            .where(
                ClaimRow.report_id == report_id,
                ClaimRow.parent_claim_id.is_(None),
                ClaimRow.place_name.is_not(None),
                ClaimRow.background.is_(False),
            )
            .order_by(ClaimRow.position)
            .limit(1)
        ).first()
        if place is not None:
            votes[(place.place_name, place.place_pcode or "", place.place_governorate or "")] += 1
    if votes:
        name, pcode, governorate = min(votes, key=lambda v: (-votes[v], v))
        incident.place_name, incident.place_pcode = name, pcode or None
        incident.governorate = governorate or None
    else:
        governorates = Counter(g for f in features.values() for g in f.governorates)
        incident.place_name = incident.place_pcode = None
        incident.governorate = (
            min(governorates, key=lambda g: (-governorates[g], g)) if governorates else None
        )


# -- reviewers' decisions ------------------------------------------------------------------------


class DecisionError(ValueError):
    """A merge, split or review that cannot be done; the message says why in plain words."""


def _reports_of(session: Session, incident_id: int) -> list[int]:
    return sorted(
        session.scalars(
            select(IncidentReportRow.report_id).where(IncidentReportRow.incident_id == incident_id)
        )
    )


def _live(session: Session, incident_id: int) -> IncidentRow:
    incident = session.get(IncidentRow, incident_id)
    if incident is None:
        raise DecisionError(f"there is no incident {incident_id}")
    if incident.merged_into is not None:
        raise DecisionError(
            f"incident {incident_id} was merged into incident {incident.merged_into}; "
            f"use {incident.merged_into}"
        )
    return incident


def _decide(session: Session, a: int, b: int, kind: str, actor: str, reason: str | None) -> None:
    """Record a reviewer's decision on a pair of reports, replacing any earlier one."""
    a, b = sorted((a, b))
    row = session.get(LinkDecisionRow, (a, b))
    if row is None:
        session.add(
            LinkDecisionRow(
                report_a=a, report_b=b, kind=kind, decided_by=actor, decided_at=now(), reason=reason
            )
        )
    else:
        row.kind, row.decided_by, row.decided_at, row.reason = kind, actor, now(), reason


def merge(session: Session, keep: int, other: int, actor: str, reason: str) -> int:
    """Put every report of incident `other` into incident `keep`, for good: later linking keeps
    them together. Returns `keep`."""
    if keep == other:
        raise DecisionError(f"incident {keep} cannot be merged with itself")
    _live(session, keep)
    _live(session, other)
    kept, moved = _reports_of(session, keep), _reports_of(session, other)
    everyone = sorted(kept + moved)
    anchor = everyone[0]
    for report_id in everyone[1:]:
        _decide(session, anchor, report_id, "together", actor, reason)
    session.flush()
    audit(
        session,
        actor,
        "merge_decision",
        "incident",
        keep,
        {"incidents": {str(keep): kept, str(other): moved}},
        {"incident": keep, "reports": everyone},
        reason,
    )
    regroup(session, everyone, actor, reason, keep=(keep, kept[0]), decision="merged")
    return keep


def split(
    session: Session, incident_id: int, report_ids: list[int], actor: str, reason: str
) -> int:
    """Move some reports of an incident to a new incident of their own, for good: later linking
    keeps the two apart. Returns the new incident's number."""
    _live(session, incident_id)
    held = _reports_of(session, incident_id)
    leaving = sorted(set(report_ids))
    strangers = [r for r in leaving if r not in held]
    if strangers:
        raise DecisionError(
            f"incident {incident_id} does not hold report(s) {', '.join(map(str, strangers))}; "
            f"it holds {', '.join(map(str, held))}"
        )
    staying = [r for r in held if r not in leaving]
    if not leaving or not staying:
        raise DecisionError(
            f"a split must leave at least one report in incident {incident_id} and move at "
            "least one"
        )
    for a in leaving:
        for b in staying:
            _decide(session, a, b, "apart", actor, reason)
    for report_id in leaving[1:]:
        _decide(session, leaving[0], report_id, "together", actor, reason)
    session.flush()
    audit(
        session,
        actor,
        "split_decision",
        "incident",
        incident_id,
        {"incident": incident_id, "reports": held},
        {"staying": staying, "leaving": leaving},
        reason,
    )
    regroup(session, held, actor, reason, keep=(incident_id, staying[0]), decision="split")
    row = session.get(IncidentReportRow, leaving[0])
    assert row is not None
    return row.incident_id


def review(
    session: Session, entity: str, entity_id: int, status: str | None, note: str | None, actor: str
) -> None:
    """Set (or with status None, clear) a reviewer's status on an incident or a claim."""
    if status is not None and status not in REVIEW_STATUSES:
        raise DecisionError(
            f"{status!r} is not a reviewer's status; use one of {', '.join(REVIEW_STATUSES)}"
        )
    if entity == "incident":
        incident = _live(session, entity_id)
    elif session.get(ClaimRow, entity_id) is None:
        raise DecisionError(f"there is no claim {entity_id}")
    row = session.scalar(
        select(ReviewRow).where(ReviewRow.entity == entity, ReviewRow.entity_id == entity_id)
    )
    before = {"status": row.status, "note": row.note} if row is not None else None
    if status is None:
        if row is not None:
            session.delete(row)
    elif row is None:
        session.add(
            ReviewRow(
                entity=entity,
                entity_id=entity_id,
                status=status,
                note=note,
                decided_by=actor,
                decided_at=now(),
            )
        )
    else:
        row.status, row.note, row.decided_by, row.decided_at = status, note, actor, now()
    after: dict[str, str | None] | None = None
    if status is not None:
        after = {"status": status, "note": note}
    audit(session, actor, "review", entity, entity_id, before, after, note)
    session.flush()
    if entity == "incident":
        incident.review_status = status
        incident.review_note = note if status is not None else None
        incident.status = status or _automatic_status(incident.source_count)
        incident.updated_at = now()
        return
    claim = session.get(ClaimRow, entity_id)
    assert claim is not None
    holder = session.get(IncidentReportRow, claim.report_id)
    if holder is not None:
        refresh(session, holder.incident_id, actor, note)
