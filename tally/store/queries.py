"""Reading stored reports and claims back, with the filters a researcher asks for.

Dates: a report is filtered by its publication date; a claim by the date of its event, or by its
report's publication date when the claim has none. A place matches a claim's place name, Arabic
name, P-code or governorate, ignoring case. For claims, --group, --party and --place also match when
one of a claim's parts matches ("five killed, including two children" is found by group children);
the claim is then listed whole, with all its parts.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    String,
    and_,
    cast,
    exists,
    func,
    or_,
    select,
)
from sqlalchemy.orm import Session, aliased

from tally.model import Claim, Report, Toll, toll_to_dict
from tally.store.convert import claims_with_parts, report_from_row, toll_from_rows
from tally.store.models import ClaimRow, ReportRow, ReportTollRow


@dataclass
class StoredReport:
    """A report as stored: its database id, when it was stored, how many claims, its toll."""

    id: int
    report: Report
    ingested_at: datetime
    claim_count: int
    toll: Toll

    def to_dict(self) -> dict[str, Any]:
        """Metadata, claim count and toll; the text is left out (see `tally extract --json`)."""
        r = self.report
        return {
            "id": self.id,
            "external_id": r.external_id,
            "publisher": r.publisher,
            "title": r.title,
            "url": r.url,
            "published": r.published.isoformat() if r.published else None,
            "language": r.language,
            "origin": r.origin,
            "content_hash": r.content_hash,
            "ingested_at": self.ingested_at.isoformat(),
            "claims": self.claim_count,
            "toll": toll_to_dict(self.toll),
        }


@dataclass
class StoredClaim:
    """A claim as stored, with the id and the publisher and date of the report it comes from."""

    id: int
    report_id: int
    publisher: str | None
    published: date | None
    claim: Claim

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "report_id": self.report_id,
            "publisher": self.publisher,
            "published": self.published.isoformat() if self.published else None,
            **self.claim.to_dict(),
        }


def _place_matches(claim: type[ClaimRow], place: str) -> ColumnElement[bool]:
    wanted = place.strip().lower()
    return or_(
        func.lower(claim.place_name) == wanted,
        func.lower(claim.place_governorate) == wanted,
        func.lower(claim.place_pcode) == wanted,
        claim.place_name_ar == place.strip(),
    )


def _publisher_matches(publisher: str) -> ColumnElement[bool]:
    return func.lower(ReportRow.publisher) == publisher.strip().lower()


def report_conditions(
    *,
    since: date | None = None,
    until: date | None = None,
    publisher: str | None = None,
    language: str | None = None,
    place: str | None = None,
) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if since is not None:
        conditions.append(ReportRow.published >= since)
    if until is not None:
        conditions.append(ReportRow.published <= until)
    if publisher:
        conditions.append(_publisher_matches(publisher))
    if language:
        conditions.append(ReportRow.language == language.strip().lower())
    if place:
        conditions.append(
            exists().where(ClaimRow.report_id == ReportRow.id, _place_matches(ClaimRow, place))
        )
    return conditions


def claim_conditions(
    *,
    since: date | None = None,
    until: date | None = None,
    publisher: str | None = None,
    place: str | None = None,
    outcome: str | None = None,
    group: str | None = None,
    party: str | None = None,
    report_id: int | None = None,
) -> list[ColumnElement[bool]]:
    """Conditions on a top-level claim (ClaimRow joined to its ReportRow)."""
    part = aliased(ClaimRow)

    def on_claim_or_part(condition: Any) -> ColumnElement[bool]:
        return or_(
            condition(ClaimRow),
            exists().where(part.parent_claim_id == ClaimRow.id, condition(part)),
        )

    conditions: list[ColumnElement[bool]] = [ClaimRow.parent_claim_id.is_(None)]
    event_day = func.substr(func.coalesce(ClaimRow.date, cast(ReportRow.published, String)), 1, 10)
    if since is not None:
        conditions.append(event_day >= since.isoformat())
    if until is not None:
        conditions.append(event_day <= until.isoformat())
    if publisher:
        conditions.append(_publisher_matches(publisher))
    if outcome:
        conditions.append(ClaimRow.outcome == outcome.strip().lower())
    if group:
        wanted_group = group.strip().lower()
        conditions.append(on_claim_or_part(lambda c: c.group == wanted_group))
    if party:
        wanted_party = party.strip().lower()
        conditions.append(on_claim_or_part(lambda c: func.lower(c.party) == wanted_party))
    if place:
        conditions.append(on_claim_or_part(lambda c: _place_matches(c, place)))
    if report_id is not None:
        conditions.append(ClaimRow.report_id == report_id)
    return conditions


def count_reports(session: Session, conditions: list[ColumnElement[bool]]) -> int:
    return session.scalar(select(func.count(ReportRow.id)).where(*conditions)) or 0


def count_claims(session: Session, conditions: list[ColumnElement[bool]]) -> int:
    statement = (
        select(func.count(ClaimRow.id))
        .select_from(ClaimRow)
        .join(ClaimRow.report)
        .where(*conditions)
    )
    return session.scalar(statement) or 0


def find_reports(
    session: Session,
    conditions: list[ColumnElement[bool]],
    limit: int | None = None,
    offset: int = 0,
) -> list[StoredReport]:
    """Newest publication first; reports without a date last."""
    claim_count = (
        select(func.count(ClaimRow.id))
        .where(ClaimRow.report_id == ReportRow.id, ClaimRow.parent_claim_id.is_(None))
        .scalar_subquery()
    )
    statement = (
        select(ReportRow, claim_count)
        .where(*conditions)
        .order_by(ReportRow.published.desc().nulls_last(), ReportRow.id.desc())
    )
    rows = session.execute(statement.limit(limit).offset(offset or None)).all()
    ids = [row.id for row, _ in rows]
    tolls: dict[int, list[ReportTollRow]] = {}
    if ids:
        for toll_row in session.scalars(
            select(ReportTollRow).where(ReportTollRow.report_id.in_(ids))
        ):
            tolls.setdefault(toll_row.report_id, []).append(toll_row)
    return [
        StoredReport(
            id=row.id,
            report=report_from_row(row),
            # SQLite hands back naive datetimes; they were written in UTC.
            ingested_at=row.ingested_at
            if row.ingested_at.tzinfo
            else row.ingested_at.replace(tzinfo=UTC),
            claim_count=count,
            toll=toll_from_rows(tolls.get(row.id, [])),
        )
        for row, count in rows
    ]


def find_claims(
    session: Session,
    conditions: list[ColumnElement[bool]],
    limit: int | None = None,
    offset: int = 0,
) -> list[StoredClaim]:
    """Most recent event first; within a report, in the order the report states them."""
    event_day = func.coalesce(ClaimRow.date, cast(ReportRow.published, String))
    statement = (
        select(ClaimRow.id, ClaimRow.report_id, ReportRow.publisher, ReportRow.published)
        .join(ClaimRow.report)
        .where(*conditions)
        .order_by(event_day.desc().nulls_last(), ClaimRow.report_id.desc(), ClaimRow.position)
    )
    heads = session.execute(statement.limit(limit).offset(offset or None)).all()
    if not heads:
        return []
    # Parts can nest; every level shares the report, so read the reports' claims in one go.
    report_ids = {head.report_id for head in heads}
    rows = session.scalars(select(ClaimRow).where(ClaimRow.report_id.in_(report_ids)))
    claims = claims_with_parts(rows)
    return [
        StoredClaim(
            id=head.id,
            report_id=head.report_id,
            publisher=head.publisher,
            published=head.published,
            claim=claims[head.id],
        )
        for head in heads
    ]


def find_existing_report(session: Session, report: Report) -> int | None:
    """The id of a stored report that `report` repeats, if any.

    The same content (Report.content_hash) is the same report. So is the same external id from the
    same named publisher; an external id without a publisher is not trusted to be unique.
    """
    same = ReportRow.content_hash == report.content_hash
    if report.external_id is not None and report.publisher is not None:
        same = or_(
            same,
            and_(
                ReportRow.publisher == report.publisher,
                ReportRow.external_id == report.external_id,
            ),
        )
    return session.scalar(select(ReportRow.id).where(same).order_by(ReportRow.id).limit(1))
