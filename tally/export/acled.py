"""An ACLED-style event table: one row per incident, with ACLED's column names where tally has
the same thing. Meanings and what tally leaves empty: docs/exports.md.

Event types follow ACLED's categories from the kinds of event tally reads in reports; a kind
tally does not map leaves the event type empty rather than guess.
"""

from __future__ import annotations

from typing import Any

from tally.export.tables import figure
from tally.store.incident_queries import StoredIncident

COLUMNS = [
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "actor2",
    "civilian_targeting",
    "iso",
    "country",
    "admin1",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "notes",
    "fatalities",
    "tags",
]

#: tally's kind of event -> (ACLED event type, sub-event type), most specific kinds first.
KINDS = (
    ("airstrike", ("Explosions/Remote violence", "Air/drone strike")),
    ("drone", ("Explosions/Remote violence", "Air/drone strike")),
    ("shelling", ("Explosions/Remote violence", "Shelling/artillery/missile attack")),
    ("explosion", ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
    ("clashes", ("Battles", "Armed clash")),
)
#: ISO 3166 numeric code of Syria, as ACLED's `iso` column gives it.
SYRIA_ISO = 760


def _event_type(kinds: list[str]) -> tuple[str, str]:
    for kind, types in KINDS:
        if kind in kinds:
            return types
    return "", ""


def _time_precision(incident: StoredIncident) -> int | str:
    if incident.first_date is None:
        return ""
    if incident.last_date in (None, incident.first_date):
        return 1
    days = (incident.last_date - incident.first_date).days if incident.last_date else 0
    return 2 if days <= 7 else 3


def _geo_precision(incident: StoredIncident) -> int | str:
    if incident.place_pcode:
        return 1
    return 3 if incident.governorate else ""


def acled_row(
    incident: StoredIncident, where: tuple[float, float] | None, publishers: list[str]
) -> dict[str, Any]:
    event_type, sub_event_type = _event_type(incident.kinds)
    killed = figure(incident.toll, "killed")[0]
    civilians = figure(incident.toll, "killed", "civilians")[0]
    tags = [f"tally status: {incident.status}", f"sources: {incident.source_count}"]
    low, high = figure(incident.toll, "killed")[1:]
    if killed is not None and (low, high) != (killed, killed):
        tags.append(f"fatalities range {low}-{high}")
    return {
        "event_id_cnty": f"SYR-TALLY-{incident.id}",
        "event_date": incident.first_date.isoformat() if incident.first_date else "",
        "year": incident.first_date.year if incident.first_date else "",
        "time_precision": _time_precision(incident),
        "event_type": event_type,
        "sub_event_type": sub_event_type,
        "actor1": incident.parties[0] if incident.parties else "",
        "actor2": incident.parties[1] if len(incident.parties) > 1 else "",
        "civilian_targeting": "Civilian targeting" if civilians else "",
        "iso": SYRIA_ISO,
        "country": "Syria",
        "admin1": incident.governorate or "",
        "location": incident.place_name or incident.governorate or "",
        "latitude": where[0] if where else "",
        "longitude": where[1] if where else "",
        "geo_precision": _geo_precision(incident),
        "source": "; ".join(publishers),
        "notes": incident.title or "",
        "fatalities": killed if killed is not None else 0,
        "tags": "; ".join(tags),
    }
