"""The pages people read in a browser: the dashboard, incidents, reports with their claims marked,
the review queue, search, the audit log, upload and sign-in. Plain HTML from Jinja2 templates;
the map and the chart are drawn by the bundled script from the JSON API.

Forms that change something post back here with the session's CSRF token and go through the same
actions as the API (tally.serve.actions), then redirect with a message.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Form, HTTPException, Query, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from pydantic import Field
from sqlalchemy import select
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from tally.export.bulletin import bulletin
from tally.model import OUTCOMES
from tally.serve import actions, lists, redact
from tally.serve.access import (
    SESSION_USER,
    accounts,
    csrf_token,
    current_user,
    may,
    reader,
    require,
)
from tally.serve.api_read import Db, Id, answers
from tally.serve.cursors import CursorError
from tally.serve.highlight import segments
from tally.store.accounts import User
from tally.store.incident_queries import incident_detail, incident_of_report
from tally.store.models import IncidentRow

router = APIRouter(include_in_schema=False)
templates = Jinja2Templates(directory=Path(__file__).with_name("templates"))
Reader = Annotated[User | None, Depends(reader)]
#: How many incidents the dashboard's map shows at most (the largest tolls first).
MAP_LIMIT = 500
STATUSES = ("reported", "corroborated", "confirmed", "contested", "discounted")


def render(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
    user = current_user(request)
    context.update(
        user=user,
        csrf=csrf_token(request),
        flash=request.session.pop("flash", None),
        can_review=may(user, "reviewer"),
        can_analyse=may(user, "analyst"),
    )
    return templates.TemplateResponse(request, name, context, status_code=status)


def error_page(request: Request, status: int, message: str) -> HTMLResponse:
    return render(request, "error.html", status=status, status_code=status, message=message)


def _back(request: Request, target: str, message: str) -> RedirectResponse:
    request.session["flash"] = message
    if not target.startswith("/") or target.startswith("//"):
        target = "/"
    return RedirectResponse(target, status_code=303)


def _choices(db: Session) -> dict[str, list[str]]:
    governorates = sorted(g for g in db.scalars(select(IncidentRow.governorate).distinct()) if g)
    parties: set[str] = set()
    for value in db.scalars(select(IncidentRow.parties).distinct()):
        parties.update(p.strip() for p in (value or "").split(",") if p.strip())
    return {
        "governorates": governorates,
        "parties": sorted(parties),
        "outcomes": list(OUTCOMES),
        "statuses": list(STATUSES),
    }


def _day(value: str | None, name: str) -> date | None:
    """A date from a form field; an empty field is no date."""
    if not value or not value.strip():
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError as err:
        raise HTTPException(422, f"{name}: {value!r} is not a date (YYYY-MM-DD).") from err


def _filters(
    since: Annotated[str | None, Query(max_length=20)] = None,
    until: Annotated[str | None, Query(max_length=20)] = None,
    governorate: Annotated[str | None, Query(max_length=200)] = None,
    outcome: Annotated[str | None, Query(max_length=32)] = None,
    party: Annotated[str | None, Query(max_length=200)] = None,
    status: Annotated[str | None, Query(max_length=32)] = None,
) -> lists.IncidentFilters:
    """The dashboard's filters as its form sends them (empty fields mean any)."""
    return lists.IncidentFilters(
        since=_day(since, "since"),
        until=_day(until, "until"),
        governorate=governorate or None,
        outcome=outcome if outcome in OUTCOMES else None,
        party=party or None,
        status=status if status in STATUSES else None,
    )


@router.get("/", response_class=HTMLResponse)
def dashboard(
    request: Request,
    db: Db,
    user: Reader,
    filters: Annotated[lists.IncidentFilters, Depends(_filters)],
) -> HTMLResponse:
    query = filters.query()
    kept = answers(request)
    biggest = kept.get(
        db, ("biggest", filters.key()), lambda: lists.list_incidents(db, filters, "-toll", None, 15)
    )
    return render(
        request,
        "dashboard.html",
        filters=query,
        query=urlencode(query),
        total=kept.get(db, ("count", filters.key()), lambda: lists.count_incidents(db, filters)),
        biggest=[redact.incident_dict(i, user) for i in biggest.items],
        latest=lists.list_revisions(db, None, "-id", None, 10, changed_only=True).items,
        map_limit=MAP_LIMIT,
        choices=kept.get(db, ("choices",), lambda: _choices(db)),
    )


@router.get("/incidents/{incident_id}", response_class=HTMLResponse)
def incident_page(request: Request, incident_id: Id, db: Db, user: Reader) -> HTMLResponse:
    detail = incident_detail(db, incident_id)
    if detail is None:
        raise HTTPException(404, f"There is no incident {incident_id}.")
    data = redact.incident_detail_dict(detail, user)
    reports = []
    for report in detail.reports:
        stored = lists.get_report(db, report.report_id)
        if stored is None:
            continue
        claims = lists.report_claims(db, report.report_id)
        reports.append(
            {
                "id": report.report_id,
                "report": stored.report,
                "title_parts": segments(stored.report.title or "", claims, "title"),
                "text_parts": segments(stored.report.text, claims, "text"),
                "claims": [redact.claim_dict(c, user) for c in claims],
            }
        )
    return render(
        request,
        "incident.html",
        incident=data,
        detail=detail,
        reports=reports,
        draft=bulletin(detail, date.today()),
    )


@router.get("/reports/{report_id}", response_class=HTMLResponse)
def report_page(request: Request, report_id: Id, db: Db, user: Reader) -> HTMLResponse:
    stored = lists.get_report(db, report_id)
    if stored is None:
        raise HTTPException(404, f"There is no report {report_id}.")
    claims = lists.report_claims(db, report_id)
    return render(
        request,
        "report.html",
        report=redact.report_dict(stored, user, incident_of_report(db, report_id)),
        language=stored.report.language,
        title_parts=segments(stored.report.title or "", claims, "title"),
        text_parts=segments(stored.report.text, claims, "text"),
        claims=[redact.claim_dict(c, user) for c in claims],
    )


@router.get("/search", response_class=HTMLResponse)
def search_page(
    request: Request,
    db: Db,
    user: Reader,
    q: Annotated[str, Query(max_length=200)] = "",
) -> HTMLResponse:
    incidents: list[dict[str, Any]] = []
    reports: list[dict[str, Any]] = []
    if q.strip():
        found = lists.list_incidents(db, lists.IncidentFilters(q=q), "-date", None, 50)
        incidents = [redact.incident_dict(i, user) for i in found.items]
        hits = lists.list_reports(db, lists.ReportFilters(q=q), "-published", None, 50)
        reports = [redact.report_dict(r, user) for r in hits.items]
    return render(request, "search.html", q=q, incidents=incidents, reports=reports)


@router.get("/review", response_class=HTMLResponse)
def review_page(
    request: Request,
    db: Db,
    user: Annotated[User, Depends(require("analyst"))],
    cursor: Annotated[str | None, Query(max_length=500)] = None,
) -> HTMLResponse:
    try:
        claims = lists.list_claims(db, lists.ClaimFilters(queue=True), "-date", cursor, 50)
    except CursorError as err:
        raise HTTPException(422, str(err)) from err
    incidents = lists.list_incidents(db, lists.IncidentFilters(queue=True), "-date", None, 50)
    return render(
        request,
        "review.html",
        claims=[redact.claim_dict(c, user) for c in claims.items],
        next=claims.next,
        incidents=[redact.incident_dict(i, user) for i in incidents.items],
    )


@router.post("/review")
def review_form(
    request: Request,
    user: Annotated[User, Depends(require("reviewer"))],
    entity: Annotated[str, Form()],
    status: Annotated[str, Form()],
    note: Annotated[str, Form(max_length=2000)] = "",
    ids: Annotated[list[Annotated[int, Field(ge=1, le=2**31 - 1)]] | None, Form()] = None,
    back: Annotated[str, Form()] = "/review",
) -> Response:
    if entity not in ("claim", "incident"):
        raise HTTPException(422, "entity: choose claim or incident.")
    if not note.strip():
        return _back(request, back, "Say why, in the note: every review is logged with it.")
    try:
        done = actions.review(
            request.app.state.store, entity, ids or [], status, note.strip(), user
        )
    except actions.ActionError as err:
        if err.status == 422:
            return _back(request, back, err.message)
        raise HTTPException(err.status, err.message) from err
    things = f"{entity} {', '.join(map(str, done))}" if len(done) < 6 else f"{len(done)} {entity}s"
    return _back(request, back, f"Marked {things} {status}.")


@router.post("/incidents/{incident_id}/merge")
def merge_form(
    request: Request,
    incident_id: Id,
    user: Annotated[User, Depends(require("reviewer"))],
    other: Annotated[int, Form(ge=1, le=2**31 - 1)],
    reason: Annotated[str, Form(max_length=2000)] = "",
) -> Response:
    back = f"/incidents/{incident_id}"
    if not reason.strip():
        return _back(request, back, "Say why the incidents are one: the reason is logged.")
    try:
        actions.merge(request.app.state.store, incident_id, other, reason.strip(), user)
    except actions.ActionError as err:
        return _back(request, back, err.message)
    return _back(request, back, f"Incident {other} merged into incident {incident_id}.")


@router.post("/incidents/{incident_id}/split")
def split_form(
    request: Request,
    incident_id: Id,
    user: Annotated[User, Depends(require("reviewer"))],
    reports: Annotated[list[Annotated[int, Field(ge=1, le=2**31 - 1)]] | None, Form()] = None,
    reason: Annotated[str, Form(max_length=2000)] = "",
) -> Response:
    back = f"/incidents/{incident_id}"
    if not reason.strip():
        return _back(request, back, "Say why the reports are another incident: it is logged.")
    try:
        new = actions.split(request.app.state.store, incident_id, reports or [], reason, user)
    except actions.ActionError as err:
        return _back(request, back, err.message)
    return _back(request, f"/incidents/{new}", f"Reports split off into incident {new}.")


@router.get("/audit", response_class=HTMLResponse)
def audit_page(
    request: Request,
    db: Db,
    user: Annotated[User, Depends(require("analyst"))],
    cursor: Annotated[str | None, Query(max_length=500)] = None,
) -> HTMLResponse:
    try:
        page = lists.list_audit(db, lists.AuditFilters(), "-id", cursor, 100)
    except CursorError as err:
        raise HTTPException(422, str(err)) from err
    return render(request, "audit.html", events=page.items, next=page.next)


@router.get("/upload", response_class=HTMLResponse)
def upload_page(
    request: Request, user: Annotated[User, Depends(require("analyst"))]
) -> HTMLResponse:
    return render(request, "upload.html", summary=None)


@router.post("/upload", response_class=HTMLResponse)
async def upload_form(
    request: Request,
    user: Annotated[User, Depends(require("analyst"))],
    file: UploadFile | None = None,
    url: Annotated[str, Form(max_length=2000)] = "",
    publisher: Annotated[str, Form(max_length=200)] = "",
) -> HTMLResponse:
    store = request.app.state.store
    try:
        if file is not None and file.filename:
            data = await file.read()
            summary = await run_in_threadpool(
                actions.ingest_upload, store, file.filename, data, user, publisher or None
            )
        elif url.strip():
            summary = await run_in_threadpool(
                actions.ingest_url, store, url.strip(), user, publisher or None
            )
        else:
            return render(request, "upload.html", status=422, summary=None,
                          message="Choose a file, or give the address of a feed.")  # fmt: skip
    except actions.ActionError as err:
        return render(request, "upload.html", status=err.status, summary=None, message=err.message)
    return render(request, "upload.html", summary=summary.to_dict())


@router.get("/login", response_class=HTMLResponse)
def login_page(request: Request, next: Annotated[str, Query(max_length=500)] = "/") -> HTMLResponse:
    return render(request, "login.html", next=next, message=None)


@router.post("/login", response_model=None)
async def login(
    request: Request,
    name: Annotated[str, Form(max_length=100)],
    password: Annotated[str, Form(max_length=1000)],
    csrf_token: Annotated[str, Form(max_length=200)] = "",
    next: Annotated[str, Form(max_length=500)] = "/",
) -> Response:
    expected = request.session.get("csrf")
    if not expected or csrf_token != expected:
        return render(request, "login.html", status=403, next=next,
                      message="The form was out of date; try again.")  # fmt: skip
    user = await run_in_threadpool(accounts(request).check_password, name, password)
    if user is None:
        return render(request, "login.html", status=401, next=next,
                      message="That name and password do not match an active account.")  # fmt: skip
    request.session.clear()
    request.session[SESSION_USER] = user.id
    return _back(request, next, f"Signed in as {user.name} ({user.role}).")


@router.post("/logout")
def logout(request: Request, user: Annotated[User, Depends(require("viewer"))]) -> Response:
    request.session.clear()
    return _back(request, "/", "Signed out.")
