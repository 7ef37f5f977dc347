"""Between the shared dataclasses (tally.model) and the table rows (tally.store.models).

Every field of a Report, Claim (with its parts) and Toll is kept, so what comes back out of the
database is what went in.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime

from tally.model import Claim, Count, Evidence, Place, Range, Report, Toll
from tally.store.models import ClaimRow, ReportRow, ReportTollRow


def report_row(report: Report, claims: list[Claim], toll: Toll) -> ReportRow:
    """A new report row carrying its claims (parts included) and its toll."""
    row = ReportRow(
        content_hash=report.content_hash,
        external_id=report.external_id,
        publisher=report.publisher,
        url=report.url,
        title=report.title,
        published=report.published,
        language=report.language,
        text=report.text,
        origin=report.origin,
        ingested_at=datetime.now(UTC),
    )
    for position, claim in enumerate(claims):
        claim_row(claim, row, position)
    row.tolls = [
        ReportTollRow(outcome=outcome, group=group, best=r.best, low=r.low, high=r.high)
        for outcome, groups in toll.items()
        for group, r in groups.items()
    ]
    return row


def claim_row(
    claim: Claim, report: ReportRow, position: int, parent: ClaimRow | None = None
) -> ClaimRow:
    place = claim.place
    row = ClaimRow(
        report=report,
        parent=parent,
        position=position,
        outcome=claim.outcome,
        detail=claim.detail,
        best=claim.count.best,
        low=claim.count.low,
        high=claim.count.high,
        exact=claim.count.exact,
        count_kind=claim.count.kind,
        count_text=claim.count.text,
        group=claim.group,
        party=claim.party,
        perpetrator=claim.perpetrator,
        status=claim.status,
        scope=claim.scope,
        date=claim.date,
        place_name=place.name if place else None,
        place_name_ar=place.name_ar if place else None,
        place_mention=place.mention if place else None,
        place_pcode=place.pcode if place else None,
        place_precision=place.precision if place else None,
        place_governorate=place.governorate if place else None,
        place_lat=place.lat if place else None,
        place_lon=place.lon if place else None,
        parts_add_up=claim.parts_add_up,
        additional=claim.additional,
        background=claim.background,
        shared_by=claim.shared_by,
        evidence_start=claim.evidence.start,
        evidence_end=claim.evidence.end,
        evidence_sentence=claim.evidence.sentence,
        evidence_text=claim.evidence.text,
        evidence_field=claim.evidence.field,
    )
    for part_position, part in enumerate(claim.parts):
        claim_row(part, report, part_position, parent=row)
    return row


def report_from_row(row: ReportRow) -> Report:
    return Report(
        text=row.text,
        title=row.title,
        publisher=row.publisher,
        url=row.url,
        published=row.published,
        language=row.language,
        external_id=row.external_id,
        origin=row.origin,
    )


def claim_from_row(row: ClaimRow, parts: list[Claim]) -> Claim:
    place = None
    if row.place_name is not None:
        place = Place(
            name=row.place_name,
            precision=row.place_precision or "",
            pcode=row.place_pcode,
            name_ar=row.place_name_ar,
            governorate=row.place_governorate,
            lat=row.place_lat,
            lon=row.place_lon,
            mention=row.place_mention or "",
        )
    return Claim(
        outcome=row.outcome,
        count=Count(
            best=row.best,
            low=row.low,
            high=row.high,
            exact=row.exact,
            kind=row.count_kind,
            text=row.count_text,
        ),
        evidence=Evidence(
            start=row.evidence_start,
            end=row.evidence_end,
            sentence=row.evidence_sentence,
            text=row.evidence_text,
            field=row.evidence_field,
        ),
        group=row.group,
        party=row.party,
        perpetrator=row.perpetrator,
        status=row.status,
        scope=row.scope,
        date=row.date,
        place=place,
        parts=parts,
        parts_add_up=row.parts_add_up,
        detail=row.detail,
        additional=row.additional,
        background=row.background,
        shared_by=row.shared_by,
    )


def claims_with_parts(rows: Iterable[ClaimRow]) -> dict[int, Claim]:
    """Claims keyed by row id, each with its parts (found among the same rows) nested in order."""
    rows = list(rows)
    children: dict[int, list[ClaimRow]] = {}
    for row in rows:
        if row.parent_claim_id is not None:
            children.setdefault(row.parent_claim_id, []).append(row)
    built: dict[int, Claim] = {}

    def build(row: ClaimRow) -> Claim:
        if row.id not in built:
            parts = sorted(children.get(row.id, []), key=lambda r: r.position)
            built[row.id] = claim_from_row(row, [build(part) for part in parts])
        return built[row.id]

    for row in rows:
        build(row)
    return built


def toll_from_rows(rows: Iterable[ReportTollRow]) -> Toll:
    toll: Toll = {}
    for row in rows:
        toll.setdefault(row.outcome, {})[row.group] = Range(row.best, row.low, row.high)
    return toll
