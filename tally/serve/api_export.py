"""Exports and feeds: incidents and claims as CSV, JSON and GeoJSON, the ACLED-style and
UCDP-GED-style tables, and Atom feeds of toll revisions. Public: no sensitive field is in them,
whoever asks (see tally.export.tables)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from typing import Annotated, Any, Literal

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import Response, StreamingResponse
from sqlalchemy import select
from sqlalchemy.orm import Session

from tally.export import acled, atom, tables, ucdp
from tally.serve import lists
from tally.serve.api_read import (
    ClaimStatus,
    Db,
    Filters,
    Group,
    Id,
    Outcome,
    Reader,
    Since,
    Text,
    Until,
)
from tally.serve.places import coordinates
from tally.store import queries
from tally.store.incident_queries import StoredIncident
from tally.store.models import IncidentReportRow, IncidentRow, ReportRow

router = APIRouter()

Format = Literal["csv", "json", "geojson"]
MEDIA = {"csv": "text/csv", "json": "application/json", "geojson": "application/geo+json"}
#: How many revisions a feed carries.
FEED_ENTRIES = 100


def _publishers(session: Session, incident_ids: list[int]) -> dict[int, list[str]]:
    found: dict[int, set[str]] = defaultdict(set)
    for start in range(0, len(incident_ids), 500):
        chunk = incident_ids[start : start + 500]
        rows = session.execute(
            select(IncidentReportRow.incident_id, ReportRow.publisher)
            .join(ReportRow, ReportRow.id == IncidentReportRow.report_id)
            .where(IncidentReportRow.incident_id.in_(chunk))
        )
        for incident_id, publisher in rows:
            if publisher:
                found[incident_id].add(publisher)
    return {k: sorted(v) for k, v in found.items()}


def _incident_rows(
    session: Session,
    filters: lists.IncidentFilters,
    make: Callable[[StoredIncident, tuple[float, float] | None, list[str]], dict[str, Any]],
) -> list[dict[str, Any]]:
    incidents = lists.all_incidents(session, filters)
    publishers = _publishers(session, [i.id for i in incidents])
    return [
        make(i, coordinates(i.place_pcode, i.governorate), publishers.get(i.id, []))
        for i in incidents
    ]


def _respond(chunks: Iterator[str], fmt: str, name: str) -> StreamingResponse:
    extension = "geojson" if fmt == "geojson" else fmt
    return StreamingResponse(
        chunks,
        media_type=f"{MEDIA[fmt]}; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{name}.{extension}"'},
    )


def _write(rows: list[dict[str, Any]], fmt: str, columns: list[str]) -> Iterator[str]:
    if fmt == "csv":
        return tables.csv_text(rows, columns)
    if fmt == "geojson":
        return tables.geojson_text(rows)
    return tables.json_text(rows)


@router.get("/api/export/incidents.{fmt}", summary="Incidents as CSV, JSON or GeoJSON")
def export_incidents(fmt: Format, db: Db, user: Reader, filters: Filters) -> StreamingResponse:
    rows = _incident_rows(db, filters, tables.incident_row)
    return _respond(_write(rows, fmt, tables.INCIDENT_COLUMNS), fmt, "tally-incidents")


@router.get("/api/export/claims.{fmt}", summary="Claims as CSV, JSON or GeoJSON")
def export_claims(
    fmt: Format,
    db: Db,
    user: Reader,
    since: Since = None,
    until: Until = None,
    publisher: Text = None,
    place: Text = None,
    outcome: Outcome | None = None,
    group: Group | None = None,
    party: Text = None,
    status: ClaimStatus | None = None,
) -> StreamingResponse:
    filters = lists.ClaimFilters(
        since, until, publisher, place, outcome, group, party, status=status
    )
    found = queries.find_claims(db, filters.conditions())
    incident_of = dict(
        db.execute(select(IncidentReportRow.report_id, IncidentReportRow.incident_id)).all()
    )
    rows = [tables.claim_row(c, incident_of.get(c.report_id)) for c in found]
    return _respond(_write(rows, fmt, tables.CLAIM_COLUMNS), fmt, "tally-claims")


@router.get("/api/export/acled.csv", summary="An ACLED-style event table of incidents")
def export_acled(db: Db, user: Reader, filters: Filters) -> StreamingResponse:
    rows = _incident_rows(db, filters, acled.acled_row)
    return _respond(tables.csv_text(rows, acled.COLUMNS), "csv", "tally-acled")


@router.get("/api/export/ucdp.csv", summary="A UCDP-GED-style table with best / low / high")
def export_ucdp(db: Db, user: Reader, filters: Filters) -> StreamingResponse:
    rows = _incident_rows(db, filters, ucdp.ucdp_row)
    return _respond(tables.csv_text(rows, ucdp.COLUMNS), "csv", "tally-ucdp")


def _atom(request: Request, items: list[lists.RevisionItem], title: str, path: str) -> Response:
    text = atom.feed(items, str(request.base_url), title, path, datetime.now(UTC))
    return Response(text, media_type="application/atom+xml; charset=utf-8")


@router.get("/feeds/revisions.atom", summary="Atom feed: toll revisions of every incident")
def feed_all(
    request: Request,
    db: Db,
    user: Reader,
    limit: Annotated[int, Query(ge=1, le=500)] = FEED_ENTRIES,
) -> Response:
    page = lists.list_revisions(db, None, "-id", None, limit, changed_only=True)
    return _atom(request, page.items, "tally: toll revisions", "/feeds/revisions.atom")


@router.get("/feeds/incidents/{incident_id}.atom", summary="Atom feed: one incident's revisions")
def feed_incident(incident_id: Id, request: Request, db: Db, user: Reader) -> Response:
    row = db.get(IncidentRow, incident_id)
    if row is None:
        raise HTTPException(404, f"There is no incident {incident_id}.")
    page = lists.list_revisions(db, incident_id, "-id", None, FEED_ENTRIES, changed_only=True)
    title = f"tally: incident {incident_id} ({row.title or 'untitled'})"
    return _atom(request, page.items, title, f"/feeds/incidents/{incident_id}.atom")
