"""Reading incidents back: lists with filters, one incident in full, the audit log, aggregates.

An incident is listed while it holds reports; one whose reports all went to another (merged) is
only shown when asked for by number, pointing to where they went.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session

from tally.link.history import Change
from tally.link.reconcile import source_key
from tally.model import Claim, Range, Toll, toll_outcome, toll_to_dict
from tally.store.convert import claims_with_parts
from tally.store.models import (
    AuditEventRow,
    BulletinRow,
    ClaimRow,
    IncidentReportRow,
    IncidentRow,
    ReportRow,
    ReviewRow,
    TollRevisionRow,
)
from tally.store.queries import StoredClaim


def _aware(moment: datetime) -> datetime:
    # SQLite hands back naive datetimes; they were written in UTC.
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def toll_from_json(data: Any) -> Toll:
    return {
        outcome: {group: Range(r["best"], r["low"], r["high"]) for group, r in groups.items()}
        for outcome, groups in (data or {}).items()
    }


def _range(data: Any) -> Range | None:
    return Range(data["best"], data["low"], data["high"]) if data else None


def stored_revision(row: TollRevisionRow) -> StoredRevision:
    """A stored toll revision as the incident history shows it."""
    return StoredRevision(
        number=row.number,
        report_id=row.report_id,
        source=row.source,
        published=row.published,
        changes=[
            Change(c["outcome"], c["group"], _range(c["before"]), _range(c["after"]))
            for c in row.changes
        ],
        toll=toll_from_json(row.toll),
        conflicts=list(row.conflicts or []),
    )


def _split(words: str | None) -> list[str]:
    return [w.strip() for w in (words or "").split(",") if w.strip()]


@dataclass
class StoredIncident:
    """An incident as listed: where, when, what, who, its current toll, sources and status."""

    id: int
    title: str | None
    first_date: date | None
    last_date: date | None
    place_name: str | None
    place_pcode: str | None
    governorate: str | None
    kinds: list[str]
    parties: list[str]
    report_count: int
    source_count: int
    status: str
    review_status: str | None
    review_note: str | None
    toll: Toll
    conflicts: list[dict[str, Any]]
    merged_into: int | None
    updated_at: datetime

    @classmethod
    def from_row(cls, row: IncidentRow) -> StoredIncident:
        return cls(
            id=row.id,
            title=row.title,
            first_date=row.first_date,
            last_date=row.last_date,
            place_name=row.place_name,
            place_pcode=row.place_pcode,
            governorate=row.governorate,
            kinds=_split(row.kinds),
            parties=_split(row.parties),
            report_count=row.report_count,
            source_count=row.source_count,
            status=row.status,
            review_status=row.review_status,
            review_note=row.review_note,
            toll=toll_from_json(row.toll),
            conflicts=list(row.conflicts or []),
            merged_into=row.merged_into,
            updated_at=_aware(row.updated_at),
        )

    @property
    def status_text(self) -> str:
        """The status in words: "corroborated by 3 independent sources", "confirmed", ..."""
        if self.status == "corroborated":
            return f"corroborated by {self.source_count} independent sources"
        if self.status == "reported":
            return "reported by one source"
        return self.status

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "first_date": self.first_date.isoformat() if self.first_date else None,
            "last_date": self.last_date.isoformat() if self.last_date else None,
            "place": self.place_name,
            "place_pcode": self.place_pcode,
            "governorate": self.governorate,
            "kinds": self.kinds,
            "parties": self.parties,
            "reports": self.report_count,
            "sources": self.source_count,
            "status": self.status,
            "review_status": self.review_status,
            "review_note": self.review_note,
            "toll": toll_to_dict(self.toll),
            "conflicts": self.conflicts,
            "merged_into": self.merged_into,
            "updated_at": self.updated_at.isoformat(),
        }


@dataclass
class IncidentReport:
    """A report of an incident, with who attached it there, when and why."""

    report_id: int
    title: str | None
    publisher: str | None
    published: date | None
    url: str | None
    language: str
    decision: str
    decided_by: str
    decided_at: datetime
    score: float | None
    reasons: dict[str, Any]

    def to_dict(self) -> dict[str, Any]:
        return {
            "report_id": self.report_id,
            "title": self.title,
            "publisher": self.publisher,
            "published": self.published.isoformat() if self.published else None,
            "url": self.url,
            "language": self.language,
            "decision": self.decision,
            "decided_by": self.decided_by,
            "decided_at": self.decided_at.isoformat(),
            "score": self.score,
            "reasons": self.reasons,
        }


@dataclass
class StoredRevision:
    """The toll after one more report (tally.link.history), as stored."""

    number: int
    report_id: int
    source: str | None
    published: date | None
    changes: list[Change]
    toll: Toll
    conflicts: list[dict[str, Any]]

    def to_dict(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "report_id": self.report_id,
            "source": self.source,
            "published": self.published.isoformat() if self.published else None,
            "changes": [c.to_dict() for c in self.changes],
            "toll": toll_to_dict(self.toll),
            "conflicts": self.conflicts,
        }


@dataclass
class StoredBulletin:
    id: int
    issued_at: datetime
    issued_by: str
    toll: Toll


@dataclass
class IncidentClaim:
    """A claim of one of the incident's reports, with its status: a reviewer's, else
    "corroborated" when independent sources give the same figure, else the report's own."""

    stored: StoredClaim
    status: str
    #: How many independent sources of the incident give the same figure (its own included).
    sources: int
    #: True when the status is a reviewer's, who may have left a note.
    reviewed: bool = False
    note: str | None = None

    @property
    def status_text(self) -> str:
        if self.reviewed:
            return f"{self.status} by a reviewer"
        if self.status == "corroborated":
            return f"corroborated by {self.sources} independent sources"
        if self.status == "confirmed":
            return "confirmed by the source"
        return self.status.replace("_", " ")

    def to_dict(self) -> dict[str, Any]:
        return {
            **self.stored.to_dict(),
            "status": self.status,
            "reviewed": self.reviewed,
            "review_note": self.note,
            "sources": self.sources,
        }


@dataclass
class IncidentDetail:
    """One incident in full: its reports, toll history, claims, those still pending, reviews."""

    incident: StoredIncident
    reports: list[IncidentReport]
    revisions: list[StoredRevision]
    #: Claims under verification, not definitive, or contested by a reviewer.
    pending: list[StoredClaim]
    #: Claim id -> (status, note) of reviewers' statuses on its claims.
    claim_reviews: dict[int, tuple[str, str | None]] = field(default_factory=dict)
    last_bulletin: StoredBulletin | None = None
    #: Every top-level claim of its reports that is not background, in report order.
    claims: list[IncidentClaim] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            **self.incident.to_dict(),
            "report_list": [r.to_dict() for r in self.reports],
            "history": [r.to_dict() for r in self.revisions],
            "claims": [c.to_dict() for c in self.claims],
            "pending": [c.to_dict() for c in self.pending],
            "claim_reviews": {
                str(k): {"status": s, "note": n} for k, (s, n) in self.claim_reviews.items()
            },
        }


@dataclass
class AuditEvent:
    id: int
    at: datetime
    actor: str
    action: str
    entity: str
    entity_id: str | None
    before: Any
    after: Any
    reason: str | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "at": self.at.isoformat(),
            "actor": self.actor,
            "action": self.action,
            "entity": self.entity,
            "entity_id": self.entity_id,
            "before": self.before,
            "after": self.after,
            "reason": self.reason,
        }


@dataclass
class Aggregate:
    """The summed toll of the incidents of one day, month or governorate."""

    key: str
    incidents: int
    best: int
    low: int
    high: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "incidents": self.incidents,
            "best": self.best,
            "low": self.low,
            "high": self.high,
        }


def incident_conditions(
    *,
    since: date | None = None,
    until: date | None = None,
    place: str | None = None,
    status: str | None = None,
    min_sources: int | None = None,
    kind: str | None = None,
    party: str | None = None,
) -> list[ColumnElement[bool]]:
    """Listed incidents (holding reports) matching every filter given."""
    conditions: list[ColumnElement[bool]] = [
        IncidentRow.merged_into.is_(None),
        IncidentRow.report_count > 0,
    ]
    if since is not None:
        conditions.append(func.coalesce(IncidentRow.last_date, IncidentRow.first_date) >= since)
    if until is not None:
        conditions.append(IncidentRow.first_date <= until)
    if place:
        wanted = place.strip().lower()
        conditions.append(
            or_(
                func.lower(IncidentRow.place_name) == wanted,
                func.lower(IncidentRow.place_pcode) == wanted,
                func.lower(IncidentRow.governorate) == wanted,
            )
        )
    if status:
        conditions.append(IncidentRow.status == status.strip().lower())
    if min_sources:
        conditions.append(IncidentRow.source_count >= min_sources)
    if kind:
        conditions.append(func.lower(IncidentRow.kinds).contains(kind.strip().lower()))
    if party:
        conditions.append(func.lower(IncidentRow.parties).contains(party.strip().lower()))
    return conditions


def find_incidents(
    session: Session,
    conditions: list[ColumnElement[bool]],
    limit: int | None = None,
    offset: int = 0,
) -> list[StoredIncident]:
    """Most recent first; incidents without a date last."""
    statement = (
        select(IncidentRow)
        .where(*conditions)
        .order_by(IncidentRow.first_date.desc().nulls_last(), IncidentRow.id.desc())
        .limit(limit)
        .offset(offset or None)
    )
    return [StoredIncident.from_row(row) for row in session.scalars(statement)]


def count_incidents(session: Session, conditions: list[ColumnElement[bool]]) -> int:
    return session.scalar(select(func.count(IncidentRow.id)).where(*conditions)) or 0


def incident_of_report(session: Session, report_id: int) -> int | None:
    return session.scalar(
        select(IncidentReportRow.incident_id).where(IncidentReportRow.report_id == report_id)
    )


def incident_detail(session: Session, incident_id: int) -> IncidentDetail | None:
    row = session.get(IncidentRow, incident_id)
    if row is None:
        return None
    incident = StoredIncident.from_row(row)
    listed = session.execute(
        select(IncidentReportRow, ReportRow)
        .join(ReportRow, ReportRow.id == IncidentReportRow.report_id)
        .where(IncidentReportRow.incident_id == incident_id)
        .order_by(ReportRow.published.asc().nulls_last(), ReportRow.id)
    ).all()
    reports = [
        IncidentReport(
            report_id=report.id,
            title=report.title,
            publisher=report.publisher,
            published=report.published,
            url=report.url,
            language=report.language,
            decision=link.decision,
            decided_by=link.decided_by,
            decided_at=_aware(link.decided_at),
            score=link.score,
            reasons=dict(link.reasons or {}),
        )
        for link, report in listed
    ]
    revisions = [
        stored_revision(r)
        for r in session.scalars(
            select(TollRevisionRow)
            .where(TollRevisionRow.incident_id == incident_id)
            .order_by(TollRevisionRow.number)
        )
    ]
    report_ids = [r.report_id for r in reports]
    claim_rows = list(session.scalars(select(ClaimRow).where(ClaimRow.report_id.in_(report_ids))))
    reviews = {
        r.entity_id: (r.status, r.note)
        for r in session.scalars(
            select(ReviewRow).where(
                ReviewRow.entity == "claim",
                ReviewRow.entity_id.in_([c.id for c in claim_rows]),
            )
        )
    }
    built = claims_with_parts(claim_rows)
    by_report = {r.report_id: r for r in reports}
    heads = [
        StoredClaim(
            id=row.id,
            report_id=row.report_id,
            publisher=by_report[row.report_id].publisher,
            published=by_report[row.report_id].published,
            claim=built[row.id],
        )
        for row in sorted(claim_rows, key=lambda c: (c.report_id, c.position))
        if row.parent_claim_id is None and not row.background
    ]
    figures: dict[tuple[str, str, int], set[str]] = defaultdict(set)
    for head in heads:
        source = source_key(head.publisher, str(head.report_id))
        for claim in (head.claim, *head.claim.parts):
            figures[_figure_of(claim)].add(source)
    claims = []
    pending = []
    for head in heads:
        review = reviews.get(head.id)
        sources = len(figures[_figure_of(head.claim)]) if head.claim.count.best is not None else 1
        if review is not None:
            status = review[0]
        elif sources >= 2 and head.claim.status in ("reported", "confirmed"):
            status = "corroborated"
        else:
            status = head.claim.status
        claims.append(
            IncidentClaim(head, status, sources, review is not None, review[1] if review else None)
        )
        waiting = head.claim.status in ("under_verification", "not_definitive")
        if (waiting and status != "discounted") or status == "contested":
            pending.append(head)
    bulletin = session.scalar(
        select(BulletinRow)
        .where(BulletinRow.incident_id == incident_id)
        .order_by(BulletinRow.id.desc())
        .limit(1)
    )
    last = None
    if bulletin is not None:
        last = StoredBulletin(
            id=bulletin.id,
            issued_at=_aware(bulletin.issued_at),
            issued_by=bulletin.issued_by,
            toll=toll_from_json(bulletin.toll),
        )
    return IncidentDetail(incident, reports, revisions, pending, reviews, last, claims)


def _figure_of(claim: Claim) -> tuple[str, str, int]:
    """What two sources must both say for one to corroborate the other: outcome, group, number."""
    outcome = toll_outcome(claim.outcome)
    return outcome, claim.group, claim.count.best if claim.count.best is not None else -1


def find_events(
    session: Session,
    *,
    entity: str | None = None,
    entity_ids: list[str] | None = None,
    actor: str | None = None,
    action: str | None = None,
    since: date | None = None,
    until: date | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> list[AuditEvent]:
    """Audit events, newest first, matching every filter given."""
    conditions: list[ColumnElement[bool]] = []
    if entity:
        conditions.append(AuditEventRow.entity == entity)
    if entity_ids is not None:
        conditions.append(AuditEventRow.entity_id.in_(entity_ids))
    if actor:
        conditions.append(func.lower(AuditEventRow.actor) == actor.strip().lower())
    if action:
        conditions.append(AuditEventRow.action == action.strip().lower())
    if since is not None:
        conditions.append(
            AuditEventRow.at >= datetime(since.year, since.month, since.day, tzinfo=UTC)
        )
    if until is not None:
        end = date.fromordinal(until.toordinal() + 1)
        conditions.append(AuditEventRow.at < datetime(end.year, end.month, end.day, tzinfo=UTC))
    statement = (
        select(AuditEventRow)
        .where(*conditions)
        .order_by(AuditEventRow.id.desc())
        .limit(limit)
        .offset(offset or None)
    )
    return [
        AuditEvent(
            id=row.id,
            at=_aware(row.at),
            actor=row.actor,
            action=row.action,
            entity=row.entity,
            entity_id=row.entity_id,
            before=row.before,
            after=row.after,
            reason=row.reason,
        )
        for row in session.scalars(statement)
    ]


def incident_subjects(session: Session, incident_id: int) -> dict[str, list[str]]:
    """What an incident's history covers: the incident, its reports and their claims."""
    reports = [
        str(r)
        for r in session.scalars(
            select(IncidentReportRow.report_id).where(IncidentReportRow.incident_id == incident_id)
        )
    ]
    claims = [
        str(c)
        for c in session.scalars(
            select(ClaimRow.id).where(ClaimRow.report_id.in_([int(r) for r in reports]))
        )
    ]
    return {"incident": [str(incident_id)], "report": reports, "claim": claims}


def aggregate(
    session: Session,
    by: str,
    outcome: str,
    group: str,
    conditions: list[ColumnElement[bool]],
) -> list[Aggregate]:
    """Incident tolls summed by day, month or governorate (discounted incidents left out)."""
    rows = session.scalars(
        select(IncidentRow).where(*conditions, IncidentRow.status != "discounted")
    )
    sums: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for row in rows:
        if by == "governorate":
            key = row.governorate or "unknown"
        elif row.first_date is None:
            key = "undated"
        else:
            key = row.first_date.isoformat()[: 7 if by == "month" else 10]
        figure = (row.toll or {}).get(outcome, {}).get(group)
        cell = sums[key]
        cell[0] += 1
        if figure:
            cell[1] += figure["best"]
            cell[2] += figure["low"]
            cell[3] += figure["high"]
    return [Aggregate(key, *values) for key, values in sorted(sums.items())]
