"""The JSON API's reading side: reports, claims, incidents, toll histories, aggregates, the review
queue and the audit log. Every list takes filters, a sort and a cursor, and answers
`{"items": [...], "next": CURSOR_OR_NULL, "sort": SORT}`; pass `next` back as `cursor` for the
following page."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from sqlalchemy.orm import Session

from tally.model import GROUPS, OUTCOMES, STATUSES
from tally.serve import lists, redact, summaries
from tally.serve.access import current_user, reader, require
from tally.serve.cache import Answers
from tally.serve.cursors import DEFAULT_LIMIT, MAX_LIMIT, CursorError
from tally.store import Store
from tally.store.accounts import User
from tally.store.incident_queries import incident_detail, incident_of_report

router = APIRouter(prefix="/api")

Outcome = Literal[OUTCOMES]  # type: ignore[valid-type]
Group = Literal[GROUPS]  # type: ignore[valid-type]
ClaimStatus = Literal[STATUSES]  # type: ignore[valid-type]
IncidentStatus = Literal["reported", "corroborated", "confirmed", "contested", "discounted"]
ReviewStatus = Literal["confirmed", "contested", "discounted", "none"]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Items per page.")]
Cursor = Annotated[
    str | None, Query(max_length=500, description="The `next` value of the previous page.")
]
Since = Annotated[date | None, Query(description="On or after this day (YYYY-MM-DD).")]
Until = Annotated[date | None, Query(description="On or before this day (YYYY-MM-DD).")]
Text = Annotated[str | None, Query(max_length=200)]
#: Database ids are 32-bit on PostgreSQL.
MAX_ID = 2**31 - 1
Id = Annotated[int, Path(ge=1, le=MAX_ID)]
QueryId = Annotated[int | None, Query(ge=1, le=MAX_ID)]


class Page(BaseModel):
    """One page of a list."""

    items: list[dict[str, Any]]
    next: str | None
    sort: str


def answers(request: Request) -> Answers:
    found: Answers = request.app.state.answers
    return found


def store_of(request: Request) -> Store:
    found: Store = request.app.state.store
    return found


def session(request: Request) -> Iterator[Session]:
    with Session(store_of(request).engine) as s:
        yield s


Db = Annotated[Session, Depends(session)]
Reader = Annotated[User | None, Depends(reader)]


def listing(items: list[dict[str, Any]], page: lists.Page) -> Any:
    """A page as JSON, sent as it is (the items are already plain JSON, so FastAPI need not
    check them against the Page model again, which costs much on long pages)."""
    return JSONResponse({"items": items, "next": page.next, "sort": page.sort})


def _page(make: Any, *args: Any) -> Any:
    try:
        return make(*args)
    except CursorError as err:
        raise HTTPException(422, f"cursor or sort: {err}.") from err


@router.get("/me", summary="The account making the request")
def me(request: Request) -> dict[str, Any]:
    user = current_user(request)
    if user is None:
        raise HTTPException(401, "Not signed in, and no API token sent.")
    return user.to_dict()


# -- reports ------------------------------------------------------------------------------------


@router.get("/reports", response_model=Page, summary="Stored reports")
def reports(
    db: Db,
    user: Reader,
    since: Since = None,
    until: Until = None,
    publisher: Text = None,
    language: Annotated[str | None, Query(max_length=16)] = None,
    place: Text = None,
    q: Annotated[str | None, Query(max_length=200, description="Words in title or text.")] = None,
    sort: Literal["published", "-published", "id", "-id"] = "-published",
    cursor: Cursor = None,
    limit: Limit = DEFAULT_LIMIT,
) -> dict[str, Any]:
    filters = lists.ReportFilters(since, until, publisher, language, place, q)
    page = _page(lists.list_reports, db, filters, sort, cursor, limit)
    items = [redact.report_dict(r, user, incident_of_report(db, r.id)) for r in page.items]
    return listing(items, page)


@router.get("/reports/{report_id}", summary="One report with its text and claims")
def report(report_id: Id, db: Db, user: Reader) -> dict[str, Any]:
    stored = lists.get_report(db, report_id)
    if stored is None:
        raise HTTPException(404, f"There is no report {report_id}.")
    out = redact.report_dict(stored, user, incident_of_report(db, report_id))
    out["text"] = stored.report.text
    out["claim_list"] = [redact.claim_dict(c, user) for c in lists.report_claims(db, report_id)]
    return out


# -- claims -------------------------------------------------------------------------------------


@router.get("/claims", response_model=Page, summary="Casualty claims")
def claims(
    db: Db,
    user: Reader,
    since: Since = None,
    until: Until = None,
    publisher: Text = None,
    place: Text = None,
    outcome: Outcome | None = None,
    group: Group | None = None,
    party: Text = None,
    report: QueryId = None,
    status: ClaimStatus | None = None,
    review: ReviewStatus | None = None,
    sort: Literal["date", "-date", "best", "-best", "id", "-id"] = "-date",
    cursor: Cursor = None,
    limit: Limit = DEFAULT_LIMIT,
) -> dict[str, Any]:
    filters = lists.ClaimFilters(
        since, until, publisher, place, outcome, group, party, report, status, review
    )
    page = _page(lists.list_claims, db, filters, sort, cursor, limit)
    return listing([redact.claim_dict(c, user) for c in page.items], page)


@router.get("/claims/{claim_id}", summary="One claim (a part is shown within its claim)")
def claim(claim_id: Id, db: Db, user: Reader) -> dict[str, Any]:
    item = lists.get_claim(db, claim_id)
    if item is None:
        raise HTTPException(404, f"There is no claim {claim_id}.")
    return redact.claim_dict(item, user)


# -- incidents ----------------------------------------------------------------------------------


def incident_filters(
    since: Since = None,
    until: Until = None,
    place: Text = None,
    governorate: Text = None,
    status: IncidentStatus | None = None,
    min_sources: Annotated[int | None, Query(ge=1, le=1000)] = None,
    kind: Text = None,
    party: Text = None,
    outcome: Outcome | None = None,
    q: Annotated[str | None, Query(max_length=200, description="Words in title or place.")] = None,
) -> lists.IncidentFilters:
    return lists.IncidentFilters(
        since, until, place, governorate, status, min_sources, kind, party, outcome, q
    )


Filters = Annotated[lists.IncidentFilters, Depends(incident_filters)]
IncidentSort = Literal["date", "-date", "toll", "-toll", "sources", "-sources", "id", "-id"]


@router.get("/incidents", response_model=Page, summary="Incidents, with coordinates for maps")
def incidents(
    db: Db,
    user: Reader,
    filters: Filters,
    sort: IncidentSort = "-date",
    cursor: Cursor = None,
    limit: Limit = DEFAULT_LIMIT,
) -> dict[str, Any]:
    page = _page(lists.list_incidents, db, filters, sort, cursor, limit)
    return listing([redact.incident_dict(i, user) for i in page.items], page)


@router.get("/map", summary="Incidents as light points for a map, largest figures first")
def map_points(
    request: Request,
    db: Db,
    user: Reader,
    filters: Filters,
    measure: Annotated[
        Outcome, Query(alias="of", description="The outcome sizing points.")
    ] = "killed",
    limit: Annotated[int, Query(ge=1, le=2000)] = 500,
) -> Any:
    """Each point: id, lat, lon, best / low / high of the outcome, status, place, date, title.
    Incidents without a known place are left out."""
    points = answers(request).get(
        db,
        ("map", filters.key(), measure, limit),
        lambda: lists.map_points(db, filters, measure, limit),
    )
    return JSONResponse({"outcome": measure, "items": points})


@router.get("/incidents/{incident_id}", summary="One incident: toll, reports, history, pending")
def incident(incident_id: Id, db: Db, user: Reader) -> dict[str, Any]:
    detail = incident_detail(db, incident_id)
    if detail is None:
        raise HTTPException(404, f"There is no incident {incident_id}.")
    return redact.incident_detail_dict(detail, user)


@router.get(
    "/incidents/{incident_id}/history",
    response_model=Page,
    summary="An incident's toll revisions, one per report, in publication order",
)
def incident_history(
    incident_id: Id,
    db: Db,
    user: Reader,
    sort: Literal["id", "-id"] = "id",
    cursor: Cursor = None,
    limit: Limit = DEFAULT_LIMIT,
) -> dict[str, Any]:
    if incident_detail(db, incident_id) is None:
        raise HTTPException(404, f"There is no incident {incident_id}.")
    page = _page(lists.list_revisions, db, incident_id, sort, cursor, limit)
    return listing([redact.revision_dict(r) for r in page.items], page)


@router.get("/revisions", response_model=Page, summary="Toll revisions of every incident")
def revisions(
    db: Db,
    user: Reader,
    changed: Annotated[bool, Query(description="Only revisions that changed a toll.")] = False,
    sort: Literal["id", "-id"] = "-id",
    cursor: Cursor = None,
    limit: Limit = DEFAULT_LIMIT,
) -> dict[str, Any]:
    page = _page(lists.list_revisions, db, None, sort, cursor, limit, changed)
    return listing([redact.revision_dict(r) for r in page.items], page)


@router.get(
    "/aggregates", summary="Incident tolls summed per day, month, governorate, party or group"
)
def aggregates(
    request: Request,
    db: Db,
    user: Reader,
    filters: Filters,
    by: Literal["day", "month", "governorate", "party", "group"],
    measure: Annotated[Outcome, Query(alias="of", description="The outcome summed.")] = "killed",
    group: Group = "all",
) -> dict[str, Any]:
    rows = answers(request).get(
        db,
        ("aggregates", filters.key(), by, measure, group),
        lambda: summaries.aggregates(db, by, measure, group, filters),
    )
    return {"by": by, "outcome": measure, "group": group, "items": [r.to_dict() for r in rows]}


# -- review queue and audit log -----------------------------------------------------------------


@router.get("/review-queue/claims", response_model=Page, summary="Claims waiting for a reviewer")
def claim_queue(
    db: Db,
    user: Annotated[User, Depends(require("analyst"))],
    outcome: Outcome | None = None,
    sort: Literal["date", "-date", "best", "-best", "id", "-id"] = "-date",
    cursor: Cursor = None,
    limit: Limit = DEFAULT_LIMIT,
) -> dict[str, Any]:
    filters = lists.ClaimFilters(outcome=outcome, queue=True)
    page = _page(lists.list_claims, db, filters, sort, cursor, limit)
    return listing([redact.claim_dict(c, user) for c in page.items], page)


@router.get(
    "/review-queue/incidents", response_model=Page, summary="Incidents waiting for a reviewer"
)
def incident_queue(
    db: Db,
    user: Annotated[User, Depends(require("analyst"))],
    sort: IncidentSort = "-date",
    cursor: Cursor = None,
    limit: Limit = DEFAULT_LIMIT,
) -> dict[str, Any]:
    filters = lists.IncidentFilters(queue=True)
    page = _page(lists.list_incidents, db, filters, sort, cursor, limit)
    return listing([redact.incident_dict(i, user) for i in page.items], page)


@router.get("/audit", response_model=Page, summary="The audit log, newest first (analysts and up)")
def audit_log(
    db: Db,
    user: Annotated[User, Depends(require("analyst"))],
    incident: QueryId = None,
    report: QueryId = None,
    claim: QueryId = None,
    actor: Text = None,
    action: Annotated[str | None, Query(max_length=64)] = None,
    since: Since = None,
    until: Until = None,
    sort: Literal["id", "-id"] = "-id",
    cursor: Cursor = None,
    limit: Limit = DEFAULT_LIMIT,
) -> dict[str, Any]:
    filters = lists.AuditFilters(incident, report, claim, actor, action, since, until)
    page = _page(lists.list_audit, db, filters, sort, cursor, limit)
    return listing([e.to_dict() for e in page.items], page)
