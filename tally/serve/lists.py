"""The lists the API and the pages serve: reports, claims, incidents, toll revisions, the review
queue and the audit log, each filtered, sorted and cut into cursor pages.

Filters reuse the store's own conditions (tally.store.queries, tally.store.incident_queries), so a
list here means what `tally reports`, `tally claims` and `tally incidents` mean.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import ColumnElement, String, Text, cast, exists, func, literal, or_, select
from sqlalchemy.orm import Session

from tally.model import OUTCOMES
from tally.serve.cursors import SortKey, as_date, as_int, as_text, paged
from tally.store import incident_queries, queries
from tally.store.incident_queries import (
    AuditEvent,
    StoredIncident,
    StoredRevision,
    stored_revision,
)
from tally.store.models import (
    AuditEventRow,
    ClaimRow,
    IncidentReportRow,
    IncidentRow,
    ReportRow,
    ReviewRow,
    TollRevisionRow,
)
from tally.store.queries import StoredClaim, StoredReport

#: Stands in for a missing date when sorting, so undated items sort first ascending, last
#: descending.
NO_DATE = date(1, 1, 1)


@dataclass
class Page:
    """One page of a list: the items, and the cursor of the next page (None on the last)."""

    items: list[Any]
    next: str | None
    sort: str


def _contains(column: Any, text: str) -> ColumnElement[bool]:
    """Case-insensitive substring match, the same on SQLite and PostgreSQL."""
    escaped = text.strip().lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return func.lower(column).like(f"%{escaped}%", escape="\\")


def _finish(
    rows: list[Any], limit: int, next_cursor: Any, ident: Any
) -> tuple[list[Any], str | None]:
    more = len(rows) > limit
    rows = rows[:limit]
    cursor = next_cursor(rows[-1].sort_key, ident(rows[-1])) if more and rows else None
    return rows, cursor


# -- reports ------------------------------------------------------------------------------------

REPORT_SORTS = {
    "published": SortKey(func.coalesce(ReportRow.published, NO_DATE), as_date),
    "id": SortKey(ReportRow.id, as_int),
}


@dataclass
class ReportFilters:
    since: date | None = None
    until: date | None = None
    publisher: str | None = None
    language: str | None = None
    place: str | None = None
    #: Words anywhere in the title or text.
    q: str | None = None

    def conditions(self) -> list[ColumnElement[bool]]:
        out = queries.report_conditions(
            since=self.since,
            until=self.until,
            publisher=self.publisher,
            language=self.language,
            place=self.place,
        )
        if self.q and self.q.strip():
            out.append(or_(_contains(ReportRow.title, self.q), _contains(ReportRow.text, self.q)))
        return out


def list_reports(
    session: Session, filters: ReportFilters, sort: str, cursor: str | None, limit: int
) -> Page:
    statement, next_cursor, _ = paged(
        select(ReportRow.id).where(*filters.conditions()),
        ReportRow.id,
        REPORT_SORTS,
        sort,
        cursor,
        limit,
    )
    rows, after = _finish(list(session.execute(statement)), limit, next_cursor, lambda r: r.id)
    ids = [r.id for r in rows]
    found = {r.id: r for r in queries.find_reports(session, [ReportRow.id.in_(ids)])} if ids else {}
    return Page([found[i] for i in ids], after, sort)


def get_report(session: Session, report_id: int) -> StoredReport | None:
    found = queries.find_reports(session, [ReportRow.id == report_id], limit=1)
    return found[0] if found else None


def report_claims(session: Session, report_id: int) -> list[ClaimItem]:
    """A report's top-level claims, those from the title first, then in the text's order."""
    found = queries.find_claims(session, queries.claim_conditions(report_id=report_id))
    found.sort(key=lambda c: (c.claim.evidence.field != "title", c.claim.evidence.start))
    return _claim_items(session, [c.id for c in found])


# -- claims -------------------------------------------------------------------------------------

_EVENT_DAY = func.substr(func.coalesce(ClaimRow.date, cast(ReportRow.published, String)), 1, 10)
CLAIM_SORTS = {
    "date": SortKey(func.coalesce(_EVENT_DAY, ""), as_text),
    "best": SortKey(func.coalesce(ClaimRow.best, -1), as_int),
    "id": SortKey(ClaimRow.id, as_int),
}


@dataclass
class ClaimFilters:
    since: date | None = None
    until: date | None = None
    publisher: str | None = None
    place: str | None = None
    outcome: str | None = None
    group: str | None = None
    party: str | None = None
    report_id: int | None = None
    #: How sure the report is: confirmed, reported, under_verification, ...
    status: str | None = None
    #: A reviewer's status: confirmed, contested, discounted, or "none" for unreviewed claims.
    review: str | None = None
    #: Only claims waiting for a reviewer (see claim_queue_filters).
    queue: bool = False

    def conditions(self) -> list[ColumnElement[bool]]:
        out = queries.claim_conditions(
            since=self.since,
            until=self.until,
            publisher=self.publisher,
            place=self.place,
            outcome=self.outcome,
            group=self.group,
            party=self.party,
            report_id=self.report_id,
        )
        if self.status:
            out.append(ClaimRow.status == self.status)
        if self.review:
            reviewed = exists().where(
                ReviewRow.entity == "claim", ReviewRow.entity_id == ClaimRow.id
            )
            if self.review == "none":
                out.append(~reviewed)
            else:
                out.append(
                    exists().where(
                        ReviewRow.entity == "claim",
                        ReviewRow.entity_id == ClaimRow.id,
                        ReviewRow.status == self.review,
                    )
                )
        if self.queue:
            out += claim_queue_filters()
        return out


@dataclass
class ClaimItem:
    """A claim with the incident its report belongs to and a reviewer's status, if any."""

    stored: StoredClaim
    incident_id: int | None
    review_status: str | None
    review_note: str | None


def _claim_items(session: Session, ids: list[int]) -> list[ClaimItem]:
    if not ids:
        return []
    found = {c.id: c for c in queries.find_claims(session, [ClaimRow.id.in_(ids)])}
    report_ids = {c.report_id for c in found.values()}
    incident_of = dict(
        session.execute(
            select(IncidentReportRow.report_id, IncidentReportRow.incident_id).where(
                IncidentReportRow.report_id.in_(report_ids)
            )
        ).all()
    )
    reviews = {
        r.entity_id: r
        for r in session.scalars(
            select(ReviewRow).where(ReviewRow.entity == "claim", ReviewRow.entity_id.in_(ids))
        )
    }
    items = []
    for claim_id in ids:
        stored = found[claim_id]
        review = reviews.get(claim_id)
        items.append(
            ClaimItem(
                stored,
                incident_of.get(stored.report_id),
                review.status if review else None,
                review.note if review else None,
            )
        )
    return items


def list_claims(
    session: Session, filters: ClaimFilters, sort: str, cursor: str | None, limit: int
) -> Page:
    statement, next_cursor, _ = paged(
        select(ClaimRow.id).join(ClaimRow.report).where(*filters.conditions()),
        ClaimRow.id,
        CLAIM_SORTS,
        sort,
        cursor,
        limit,
    )
    rows, after = _finish(list(session.execute(statement)), limit, next_cursor, lambda r: r.id)
    return Page(_claim_items(session, [r.id for r in rows]), after, sort)


def get_claim(session: Session, claim_id: int) -> ClaimItem | None:
    top = session.scalar(select(ClaimRow.id).where(ClaimRow.id == claim_id))
    if top is None:
        return None
    # A part is shown as the claim it belongs to, which holds it.
    while True:
        parent = session.scalar(select(ClaimRow.parent_claim_id).where(ClaimRow.id == top))
        if parent is None:
            break
        top = parent
    return _claim_items(session, [top])[0]


# -- incidents ----------------------------------------------------------------------------------


def toll_figure(outcome: str = "killed", group: str = "all", measure: str = "best") -> Any:
    """An incident's toll figure as SQL (NULL when the incident has none)."""
    return IncidentRow.toll[(outcome, group, measure)].as_integer()


INCIDENT_SORTS = {
    "date": SortKey(func.coalesce(IncidentRow.first_date, NO_DATE), as_date),
    "toll": SortKey(func.coalesce(toll_figure(), 0), as_int),
    "sources": SortKey(IncidentRow.source_count, as_int),
    "id": SortKey(IncidentRow.id, as_int),
}


@dataclass
class IncidentFilters:
    since: date | None = None
    until: date | None = None
    place: str | None = None
    governorate: str | None = None
    status: str | None = None
    min_sources: int | None = None
    kind: str | None = None
    party: str | None = None
    #: Only incidents whose toll gives this outcome a figure above zero.
    outcome: str | None = None
    #: Words in the title or the place's name.
    q: str | None = None
    #: Only incidents waiting for a reviewer (see incident_queue_filters).
    queue: bool = False

    def conditions(self) -> list[ColumnElement[bool]]:
        out = incident_queries.incident_conditions(
            since=self.since,
            until=self.until,
            place=self.place,
            status=self.status,
            min_sources=self.min_sources,
            kind=self.kind,
            party=self.party,
        )
        if self.governorate and self.governorate.strip():
            out.append(func.lower(IncidentRow.governorate) == self.governorate.strip().lower())
        if self.outcome in OUTCOMES:
            out.append(func.coalesce(toll_figure(self.outcome), 0) > 0)
        if self.q and self.q.strip():
            out.append(
                or_(
                    _contains(IncidentRow.title, self.q),
                    _contains(IncidentRow.place_name, self.q),
                    _contains(IncidentRow.governorate, self.q),
                )
            )
        if self.queue:
            out += incident_queue_filters()
        return out

    def key(self) -> tuple[Any, ...]:
        """The filters as a cache key."""
        return (*sorted(self.query().items()), self.queue)

    def query(self) -> dict[str, str]:
        """The filters given, as URL query parameters."""
        out = {}
        for name in (
            "since",
            "until",
            "place",
            "governorate",
            "status",
            "min_sources",
            "kind",
            "party",
            "outcome",
            "q",
        ):
            value = getattr(self, name)
            if value not in (None, ""):
                out[name] = value.isoformat() if isinstance(value, date) else str(value)
        return out


def list_incidents(
    session: Session, filters: IncidentFilters, sort: str, cursor: str | None, limit: int
) -> Page:
    statement, next_cursor, _ = paged(
        select(IncidentRow).where(*filters.conditions()),
        IncidentRow.id,
        INCIDENT_SORTS,
        sort,
        cursor,
        limit,
    )
    rows, after = _finish(
        list(session.execute(statement)), limit, next_cursor, lambda r: r.IncidentRow.id
    )
    return Page([StoredIncident.from_row(r.IncidentRow) for r in rows], after, sort)


def map_points(
    session: Session, filters: IncidentFilters, outcome: str, limit: int
) -> list[dict[str, Any]]:
    """The incidents with the largest figures for `outcome`, as light points for a map."""
    from tally.serve.places import coordinates

    best = func.coalesce(toll_figure(outcome), 0)
    statement = (
        select(
            IncidentRow.id,
            IncidentRow.place_pcode,
            IncidentRow.governorate,
            IncidentRow.place_name,
            IncidentRow.status,
            IncidentRow.first_date,
            IncidentRow.title,
            best,
            toll_figure(outcome, "all", "low"),
            toll_figure(outcome, "all", "high"),
        )
        .where(*filters.conditions())
        .order_by(best.desc(), IncidentRow.id.desc())
        .limit(limit)
    )
    points = []
    for row in session.execute(statement):
        where = coordinates(row[1], row[2])
        if where is None:
            continue
        points.append(
            {
                "id": row[0],
                "lat": where[0],
                "lon": where[1],
                "best": row[7],
                "low": row[8],
                "high": row[9],
                "status": row[4],
                "place": row[3] or row[2],
                "date": row[5].isoformat() if row[5] else None,
                "title": row[6],
            }
        )
    return points


def count_incidents(session: Session, filters: IncidentFilters) -> int:
    return incident_queries.count_incidents(session, filters.conditions())


def all_incidents(session: Session, filters: IncidentFilters) -> list[StoredIncident]:
    """Every incident matching, most recent first (for exports)."""
    return incident_queries.find_incidents(session, filters.conditions())


# -- toll revisions -----------------------------------------------------------------------------

REVISION_SORTS = {"id": SortKey(TollRevisionRow.id, as_int)}


@dataclass
class RevisionItem:
    """One toll revision with the incident it belongs to."""

    id: int
    incident_id: int
    incident_title: str | None
    revision: StoredRevision

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "incident": self.incident_id,
            "incident_title": self.incident_title,
            **self.revision.to_dict(),
        }


def list_revisions(
    session: Session,
    incident_id: int | None,
    sort: str,
    cursor: str | None,
    limit: int,
    changed_only: bool = False,
) -> Page:
    """Toll revisions, newest stored first by default; only those that changed the toll when
    `changed_only`."""
    statement = select(TollRevisionRow, IncidentRow.title).join(
        IncidentRow, IncidentRow.id == TollRevisionRow.incident_id
    )
    if incident_id is not None:
        statement = statement.where(TollRevisionRow.incident_id == incident_id)
    if changed_only:
        statement = statement.where(cast(TollRevisionRow.changes, Text) != literal("[]"))
    statement, next_cursor, _ = paged(
        statement, TollRevisionRow.id, REVISION_SORTS, sort, cursor, limit
    )
    rows, after = _finish(
        list(session.execute(statement)), limit, next_cursor, lambda r: r.TollRevisionRow.id
    )
    items = [
        RevisionItem(
            r.TollRevisionRow.id,
            r.TollRevisionRow.incident_id,
            r.title,
            stored_revision(r.TollRevisionRow),
        )
        for r in rows
    ]
    return Page(items, after, sort)


# -- the review queue ---------------------------------------------------------------------------

WAITING = ("under_verification", "not_definitive")


def claim_queue_filters() -> list[ColumnElement[bool]]:
    """Claims waiting for a reviewer: figures a report says are still being verified and no
    reviewer has decided on, and claims a reviewer contested."""
    decided = exists().where(ReviewRow.entity == "claim", ReviewRow.entity_id == ClaimRow.id)
    contested = exists().where(
        ReviewRow.entity == "claim",
        ReviewRow.entity_id == ClaimRow.id,
        ReviewRow.status == "contested",
    )
    return [
        ClaimRow.background.is_(False),
        or_(ClaimRow.status.in_(WAITING) & ~decided, contested),
    ]


def incident_queue_filters() -> list[ColumnElement[bool]]:
    """Incidents waiting for a reviewer: those whose reports conflict, and those contested."""
    conflicting = cast(IncidentRow.conflicts, Text) != literal("[]")
    return [
        or_(
            conflicting & IncidentRow.review_status.is_(None),
            IncidentRow.review_status == "contested",
        )
    ]


# -- the audit log ------------------------------------------------------------------------------

AUDIT_SORTS = {"id": SortKey(AuditEventRow.id, as_int)}


@dataclass
class AuditFilters:
    incident: int | None = None
    report: int | None = None
    claim: int | None = None
    actor: str | None = None
    action: str | None = None
    since: date | None = None
    until: date | None = None

    def conditions(self, session: Session) -> list[ColumnElement[bool]]:
        out: list[ColumnElement[bool]] = []
        if self.incident is not None:
            subjects = incident_queries.incident_subjects(session, self.incident)
            out.append(
                or_(
                    *(
                        (AuditEventRow.entity == entity) & AuditEventRow.entity_id.in_(ids)
                        for entity, ids in subjects.items()
                    )
                )
            )
        if self.report is not None:
            out += [AuditEventRow.entity == "report", AuditEventRow.entity_id == str(self.report)]
        if self.claim is not None:
            out += [AuditEventRow.entity == "claim", AuditEventRow.entity_id == str(self.claim)]
        if self.actor:
            out.append(func.lower(AuditEventRow.actor) == self.actor.strip().lower())
        if self.action:
            out.append(AuditEventRow.action == self.action.strip().lower())
        if self.since is not None:
            start = datetime(self.since.year, self.since.month, self.since.day, tzinfo=UTC)
            out.append(AuditEventRow.at >= start)
        if self.until is not None:
            end = date.fromordinal(self.until.toordinal() + 1)
            out.append(AuditEventRow.at < datetime(end.year, end.month, end.day, tzinfo=UTC))
        return out


def list_audit(
    session: Session, filters: AuditFilters, sort: str, cursor: str | None, limit: int
) -> Page:
    statement, next_cursor, _ = paged(
        select(AuditEventRow).where(*filters.conditions(session)),
        AuditEventRow.id,
        AUDIT_SORTS,
        sort,
        cursor,
        limit,
    )
    rows, after = _finish(
        list(session.execute(statement)), limit, next_cursor, lambda r: r.AuditEventRow.id
    )
    events = []
    for r in rows:
        row = r.AuditEventRow
        at = row.at if row.at.tzinfo else row.at.replace(tzinfo=UTC)
        events.append(
            AuditEvent(
                row.id,
                at,
                row.actor,
                row.action,
                row.entity,
                row.entity_id,
                row.before,
                row.after,
                row.reason,
            )
        )
    return Page(events, after, sort)
