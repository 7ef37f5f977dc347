"""The JSON API's writing side: ingest (upload or feed URL), reviews, merges and splits.

Nothing here is open to anonymous requests; ingest needs an analyst, decisions a reviewer.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, File, Form, HTTPException, Request, UploadFile
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from tally.ingest import limits
from tally.serve import actions
from tally.serve.access import require
from tally.serve.api_read import MAX_ID, Id, store_of
from tally.store.accounts import User

router = APIRouter(prefix="/api")
AnId = Annotated[int, Field(ge=1, le=MAX_ID)]

Analyst = Annotated[User, Depends(require("analyst"))]
Reviewer = Annotated[User, Depends(require("reviewer"))]


def _fail(err: actions.ActionError) -> HTTPException:
    return HTTPException(err.status, err.message)


class IngestURL(BaseModel):
    """A feed file (RSS, Atom, JSON Lines, CSV, HTML or text) for the server to fetch and read."""

    url: str = Field(max_length=2000, examples=["https://example.org/feed.xml"])
    publisher: str | None = Field(None, max_length=200)
    published: date | None = None
    language: str | None = Field(None, max_length=16)


class ReviewRequest(BaseModel):
    """A reviewer's status for one or more claims or incidents, with why."""

    entity: Literal["claim", "incident"]
    ids: list[AnId] = Field(min_length=1, max_length=500)
    status: Literal["confirmed", "contested", "discounted", "clear"]
    note: str = Field(min_length=1, max_length=2000)


class MergeRequest(BaseModel):
    """Move every report of incident `other` into this incident."""

    other: AnId
    reason: str = Field(min_length=1, max_length=2000)


class SplitRequest(BaseModel):
    """Move these reports of the incident to a new incident of their own."""

    reports: list[AnId] = Field(min_length=1, max_length=500)
    reason: str = Field(min_length=1, max_length=2000)


@router.post("/ingest", summary="Store the reports of an uploaded file (analysts and up)")
async def ingest_upload(
    request: Request,
    user: Analyst,
    file: Annotated[UploadFile, File(description="A report file, as `tally ingest` reads.")],
    publisher: Annotated[str | None, Form(max_length=200)] = None,
    published: Annotated[date | None, Form()] = None,
    language: Annotated[str | None, Form(max_length=16)] = None,
) -> dict[str, Any]:
    most = limits.max_markup_bytes()
    data = await file.read(most + 1)
    if len(data) > most:
        raise HTTPException(413, f"The file is larger than tally reads ({limits.in_words(most)}).")
    try:
        summary = await run_in_threadpool(
            actions.ingest_upload,
            store_of(request),
            file.filename,
            data,
            user,
            publisher,
            published,
            language,
        )
    except actions.ActionError as err:
        raise _fail(err) from err
    return summary.to_dict()


@router.post("/ingest/url", summary="Fetch a feed file from a URL and store its reports")
async def ingest_url(request: Request, user: Analyst, body: IngestURL) -> dict[str, Any]:
    try:
        summary = await run_in_threadpool(
            actions.ingest_url,
            store_of(request),
            body.url,
            user,
            body.publisher,
            body.published,
            body.language,
        )
    except actions.ActionError as err:
        raise _fail(err) from err
    return summary.to_dict()


@router.post("/review", summary="Confirm, contest, discount or clear claims or incidents")
def review(request: Request, user: Reviewer, body: ReviewRequest) -> dict[str, Any]:
    try:
        done = actions.review(
            store_of(request), body.entity, body.ids, body.status, body.note, user
        )
    except actions.ActionError as err:
        raise _fail(err) from err
    return {"entity": body.entity, "ids": done, "status": body.status}


@router.post("/incidents/{incident_id}/merge", summary="Merge another incident into this one")
def merge(incident_id: Id, request: Request, user: Reviewer, body: MergeRequest) -> dict[str, Any]:
    try:
        kept = actions.merge(store_of(request), incident_id, body.other, body.reason, user)
    except actions.ActionError as err:
        raise _fail(err) from err
    return {"incident": kept, "merged": body.other}


@router.post("/incidents/{incident_id}/split", summary="Split reports off into a new incident")
def split(incident_id: Id, request: Request, user: Reviewer, body: SplitRequest) -> dict[str, Any]:
    try:
        new = actions.split(store_of(request), incident_id, body.reports, body.reason, user)
    except actions.ActionError as err:
        raise _fail(err) from err
    return {"incident": incident_id, "new_incident": new, "reports": sorted(set(body.reports))}
