"""What the API and the pages change: ingest uploads and feed URLs, reviews, merges and splits.

Both the JSON API and the HTML forms call these, so a change means the same whichever way it
came, and every change lands in the audit log under the account that made it.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import urlsplit

import httpx
from sqlalchemy import select
from sqlalchemy.orm import Session

from tally.ingest import limits
from tally.store import Store, StoreError
from tally.store.accounts import User
from tally.store.db import writer
from tally.store.incidents import audit
from tally.store.models import ClaimRow, IncidentRow

#: What a reviewer may set; "clear" takes a reviewer's status away.
REVIEW_STATUSES = ("confirmed", "contested", "discounted", "clear")
#: How long fetching a feed URL may take, in seconds.
FETCH_TIMEOUT = 20.0


class ActionError(Exception):
    """A change that cannot be made; `status` is the HTTP status that says why."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass
class IngestSummary:
    """What an upload or a fetched feed gave: reports stored, known already, refused."""

    stored: list[int] = field(default_factory=list)
    known: list[int] = field(default_factory=list)
    claims: int = 0
    refused: list[dict[str, str]] = field(default_factory=list)
    notices: list[dict[str, str]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "stored": self.stored,
            "known": self.known,
            "claims": self.claims,
            "refused": self.refused,
            "notices": self.notices,
        }


def ingest_file(
    store: Store,
    path: Path,
    label: str,
    user: User,
    publisher: str | None = None,
    published: date | None = None,
    language: str | None = None,
) -> IngestSummary:
    """Read a file as `tally ingest` does, store its reports and claims; `label` replaces the
    file's temporary path in every origin ("upload:reports.jsonl:3")."""
    from tally.extract import extract_claims, report_toll
    from tally.ingest import Notice, Refused, read_paths

    try:
        items = list(
            read_paths([path], publisher=publisher, published=published, language=language)
        )
    except ValueError as err:
        raise ActionError(422, str(err)) from err
    summary = IngestSummary()
    prefix = str(path)
    for item in items:
        origin = (item.origin or "").replace(prefix, label, 1)
        if isinstance(item, Notice):
            summary.notices.append({"where": origin, "what": item.message})
            continue
        if isinstance(item, Refused):
            summary.refused.append({"where": origin, "why": item.reason})
            continue
        item.origin = origin
        try:
            claims = extract_claims(item)
            toll = report_toll(claims)
        except Exception as exc:  # one report's failure must not stop the batch
            why = f"tally could not extract its claims ({type(exc).__name__}: {exc})"
            summary.refused.append({"where": origin, "why": why})
            continue
        try:
            report_id, created = store.save_report(item, claims, toll)
        except StoreError as exc:
            summary.refused.append({"where": origin, "why": exc.reason})
            continue
        if created:
            summary.stored.append(report_id)
            summary.claims += len(claims)
        else:
            summary.known.append(report_id)
    with Session(writer(store.engine)) as session, session.begin():
        audit(
            session,
            user.name,
            "ingest",
            "upload",
            None,
            None,
            {"from": label, "stored": summary.stored, "known": summary.known},
            None,
        )
    return summary


def upload_name(filename: str | None) -> str:
    """A safe file name for an uploaded file (its suffix tells the reader its format)."""
    name = PurePosixPath((filename or "").replace("\\", "/")).name.strip()
    return name if name and name not in (".", "..") else "upload.txt"


def fetch_feed(url: str, folder: Path) -> tuple[Path, str]:
    """Download the file a URL points at into `folder`; (path, URL). Only http and https, only
    the one URL given (redirects are not followed), at most the size one feed may have."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ActionError(422, f"{url!r} is not an http:// or https:// address.")
    name = upload_name(PurePosixPath(parts.path).name or "feed.xml")
    target = folder / name
    most = limits.max_markup_bytes()
    try:
        with httpx.stream("GET", url, timeout=FETCH_TIMEOUT, follow_redirects=False) as response:
            if response.status_code != 200:
                raise ActionError(
                    422, f"Fetching {url} gave HTTP status {response.status_code}, not a file."
                )
            size = 0
            with target.open("wb") as out:
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > most:
                        raise ActionError(
                            413,
                            f"{url} is larger than a feed may be ({limits.in_words(most)}).",
                        )
                    out.write(chunk)
    except httpx.HTTPError as err:
        raise ActionError(422, f"Could not fetch {url}: {err}") from err
    return target, url


def ingest_upload(
    store: Store,
    filename: str | None,
    data: bytes,
    user: User,
    publisher: str | None = None,
    published: date | None = None,
    language: str | None = None,
) -> IngestSummary:
    name = upload_name(filename)
    with tempfile.TemporaryDirectory(prefix="tally-upload-") as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        return ingest_file(store, path, f"upload:{name}", user, publisher, published, language)


def ingest_url(
    store: Store,
    url: str,
    user: User,
    publisher: str | None = None,
    published: date | None = None,
    language: str | None = None,
) -> IngestSummary:
    with tempfile.TemporaryDirectory(prefix="tally-fetch-") as folder:
        path, label = fetch_feed(url, Path(folder))
        return ingest_file(store, path, label, user, publisher, published, language)


def review(
    store: Store, entity: str, ids: list[int], status: str, note: str | None, user: User
) -> list[int]:
    """Set a reviewer's status on claims or incidents, all or none of them known (404 naming the
    unknown ones). Returns the ids reviewed."""
    if status not in REVIEW_STATUSES:
        raise ActionError(
            422, f"{status!r} is not a review; choose one of {', '.join(REVIEW_STATUSES)}."
        )
    if not ids:
        raise ActionError(422, f"Choose at least one {entity} to review.")
    table = ClaimRow if entity == "claim" else IncidentRow
    wanted = sorted(set(ids))
    with Session(store.engine) as session:
        known = set(session.scalars(select(table.id).where(table.id.in_(wanted))))
    missing = [i for i in wanted if i not in known]
    if missing:
        raise ActionError(404, f"There is no {entity} {', '.join(map(str, missing))}.")
    for entity_id in wanted:
        try:
            store.review(entity, entity_id, None if status == "clear" else status, note, user.name)
        except StoreError as err:
            raise ActionError(409, str(err)) from err
    return wanted


def _incident_exists(store: Store, incident_id: int) -> None:
    with Session(store.engine) as session:
        if session.get(IncidentRow, incident_id) is None:
            raise ActionError(404, f"There is no incident {incident_id}.")


def merge(store: Store, keep: int, other: int, reason: str, user: User) -> int:
    _incident_exists(store, keep)
    _incident_exists(store, other)
    try:
        return store.merge_incidents(keep, other, reason, user.name)
    except StoreError as err:
        raise ActionError(409, str(err)) from err


def split(store: Store, incident_id: int, reports: list[int], reason: str, user: User) -> int:
    _incident_exists(store, incident_id)
    try:
        return store.split_incident(incident_id, reports, reason, user.name)
    except StoreError as err:
        raise ActionError(409, str(err)) from err
