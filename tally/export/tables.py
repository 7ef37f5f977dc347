"""Incidents and claims as flat rows, and those rows as CSV, JSON or GeoJSON.

These are public exports: they carry no sensitive field (where a report came to us from,
reviewers' notes, who decided what). Column names and meanings: docs/exports.md.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from typing import Any

from tally.model import Toll
from tally.store.incident_queries import StoredIncident
from tally.store.queries import StoredClaim

#: The toll figures an incident row carries, as (outcome, group).
INCIDENT_FIGURES = (
    ("killed", "all"),
    ("killed", "civilians"),
    ("killed", "children"),
    ("killed", "women"),
    ("killed", "combatants"),
    ("injured", "all"),
    ("missing", "all"),
    ("detained", "all"),
    ("abducted", "all"),
)


def _figure_name(outcome: str, group: str) -> str:
    return outcome if group == "all" else f"{outcome}_{group}"


INCIDENT_COLUMNS = [
    "incident_id", "title", "first_date", "last_date", "place", "place_pcode", "governorate",
    "latitude", "longitude", "kinds", "parties", "status", "reports", "sources", "publishers",
    *(f"{_figure_name(o, g)}_{m}" for o, g in INCIDENT_FIGURES for m in ("best", "low", "high")),
]  # fmt: skip
CLAIM_COLUMNS = [
    "claim_id", "report_id", "incident_id", "publisher", "published", "outcome", "detail",
    "group", "party", "status", "scope", "date", "best", "low", "high", "count_kind",
    "count_text", "place", "place_pcode", "governorate", "latitude", "longitude", "parts",
    "evidence", "evidence_start", "evidence_end", "evidence_field",
]  # fmt: skip


def figure(
    toll: Toll, outcome: str, group: str = "all"
) -> tuple[int | None, int | None, int | None]:
    found = toll.get(outcome, {}).get(group)
    return (found.best, found.low, found.high) if found else (None, None, None)


def incident_row(
    incident: StoredIncident, where: tuple[float, float] | None, publishers: list[str]
) -> dict[str, Any]:
    row: dict[str, Any] = {
        "incident_id": incident.id,
        "title": incident.title,
        "first_date": incident.first_date.isoformat() if incident.first_date else None,
        "last_date": incident.last_date.isoformat() if incident.last_date else None,
        "place": incident.place_name,
        "place_pcode": incident.place_pcode,
        "governorate": incident.governorate,
        "latitude": where[0] if where else None,
        "longitude": where[1] if where else None,
        "kinds": ";".join(incident.kinds),
        "parties": ";".join(incident.parties),
        "status": incident.status,
        "reports": incident.report_count,
        "sources": incident.source_count,
        "publishers": ";".join(publishers),
    }
    for outcome, group in INCIDENT_FIGURES:
        name = _figure_name(outcome, group)
        best, low, high = figure(incident.toll, outcome, group)
        row[f"{name}_best"], row[f"{name}_low"], row[f"{name}_high"] = best, low, high
    return row


def claim_row(stored: StoredClaim, incident: int | None) -> dict[str, Any]:
    claim = stored.claim
    place = claim.place
    return {
        "claim_id": stored.id,
        "report_id": stored.report_id,
        "incident_id": incident,
        "publisher": stored.publisher,
        "published": stored.published.isoformat() if stored.published else None,
        "outcome": claim.outcome,
        "detail": claim.detail,
        "group": claim.group,
        "party": claim.party,
        "status": claim.status,
        "scope": claim.scope,
        "date": claim.date,
        "best": claim.count.best,
        "low": claim.count.low,
        "high": claim.count.high,
        "count_kind": claim.count.kind,
        "count_text": claim.count.text,
        "place": place.name if place else None,
        "place_pcode": place.pcode if place else None,
        "governorate": place.governorate if place else None,
        "latitude": place.lat if place else None,
        "longitude": place.lon if place else None,
        "parts": len(claim.parts),
        "evidence": claim.evidence.sentence,
        "evidence_start": claim.evidence.start,
        "evidence_end": claim.evidence.end,
        "evidence_field": claim.evidence.field,
    }


def csv_text(rows: Iterable[dict[str, Any]], columns: list[str]) -> Iterator[str]:
    """CSV, header first, one chunk per row (for streaming)."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow(row)
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
    if buffer.getvalue():
        yield buffer.getvalue()


def json_text(rows: Iterable[dict[str, Any]]) -> Iterator[str]:
    """A JSON array, one chunk per row."""
    yield "["
    for n, row in enumerate(rows):
        yield ("," if n else "") + json.dumps(row, ensure_ascii=False)
    yield "]\n"


def geojson_text(rows: Iterable[dict[str, Any]]) -> Iterator[str]:
    """A GeoJSON FeatureCollection of the rows that have coordinates (points, lon/lat)."""
    yield '{"type":"FeatureCollection","features":['
    n = 0
    for row in rows:
        if row.get("latitude") is None or row.get("longitude") is None:
            continue
        feature = {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [row["longitude"], row["latitude"]]},
            "properties": row,
        }
        yield ("," if n else "") + json.dumps(feature, ensure_ascii=False)
        n += 1
    yield "]}\n"
