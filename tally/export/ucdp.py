"""A UCDP-GED-style table: one row per incident with deaths as best / low / high, with GED's
column names where tally has the same thing. Meanings and what tally leaves empty:
docs/exports.md.
"""

from __future__ import annotations

from typing import Any

from tally.export.tables import figure
from tally.store.incident_queries import StoredIncident

COLUMNS = [
    "id",
    "year",
    "side_a",
    "side_b",
    "source_office",
    "source_article",
    "where_prec",
    "where_coordinates",
    "adm_1",
    "latitude",
    "longitude",
    "country",
    "country_id",
    "event_clarity",
    "date_prec",
    "date_start",
    "date_end",
    "deaths_civilians",
    "deaths_unknown",
    "best",
    "high",
    "low",
]

#: Gleditsch and Ward's number for Syria, which GED's country_id uses.
SYRIA_GW = 652


def _where_prec(incident: StoredIncident) -> int | str:
    if incident.place_pcode:
        return 1
    return 4 if incident.governorate else 7


def _date_prec(incident: StoredIncident) -> int | str:
    if incident.first_date is None:
        return ""
    if incident.last_date in (None, incident.first_date):
        return 1
    days = (incident.last_date - incident.first_date).days if incident.last_date else 0
    return 2 if days <= 6 else 3 if days <= 31 else 4


def ucdp_row(
    incident: StoredIncident, where: tuple[float, float] | None, publishers: list[str]
) -> dict[str, Any]:
    best, low, high = figure(incident.toll, "killed")
    civilians = figure(incident.toll, "killed", "civilians")[0] or 0
    combatants = figure(incident.toll, "killed", "combatants")[0] or 0
    best = best or 0
    end = incident.last_date or incident.first_date
    return {
        "id": incident.id,
        "year": incident.first_date.year if incident.first_date else "",
        "side_a": incident.parties[0] if incident.parties else "",
        "side_b": incident.parties[1] if len(incident.parties) > 1 else "",
        "source_office": "; ".join(publishers),
        "source_article": incident.title or "",
        "where_prec": _where_prec(incident),
        "where_coordinates": incident.place_name or incident.governorate or "",
        "adm_1": incident.governorate or "",
        "latitude": where[0] if where else "",
        "longitude": where[1] if where else "",
        "country": "Syria",
        "country_id": SYRIA_GW,
        "event_clarity": 1 if incident.source_count >= 2 or incident.status == "confirmed" else 2,
        "date_prec": _date_prec(incident),
        "date_start": incident.first_date.isoformat() if incident.first_date else "",
        "date_end": end.isoformat() if end else "",
        "deaths_civilians": civilians,
        "deaths_unknown": max(best - civilians - combatants, 0),
        "best": best,
        "high": high if high is not None else 0,
        "low": low if low is not None else 0,
    }
