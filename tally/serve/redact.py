"""What each reader may see. Sensitive fields are left out for anonymous readers and viewers, and
from every export and feed: they are kept for analysts, reviewers and admins.

Sensitive, in tally's data today:
- where a report came to us from (`origin`: an uploaded file's name, a local path, a contact's
  feed), and the external id a private source gave it;
- reviewers' notes (on incidents and on claims) and who decided what (`decided_by`, the reasons
  a reviewer gave for moving reports between incidents);
- the audit log as a whole (who did what, and why) — only analysts and above read it.
Individual victims' details will be sensitive too when tally keeps them.
"""

from __future__ import annotations

from typing import Any

from tally.serve.lists import ClaimItem, RevisionItem
from tally.store.accounts import User
from tally.store.incident_queries import IncidentDetail, StoredIncident
from tally.store.queries import StoredReport

#: Report fields hidden from readers below analyst.
REPORT_SENSITIVE = ("origin", "external_id")
#: Incident fields hidden from readers below analyst.
INCIDENT_SENSITIVE = ("review_note",)


def trusted(user: User | None) -> bool:
    """Analysts and above see everything."""
    return user is not None and user.can("analyst")


def report_dict(
    stored: StoredReport, user: User | None, incident: int | None = None
) -> dict[str, Any]:
    out = stored.to_dict()
    out["incident"] = incident
    if not trusted(user):
        for name in REPORT_SENSITIVE:
            out.pop(name, None)
    return out


def claim_dict(item: ClaimItem, user: User | None) -> dict[str, Any]:
    out = item.stored.to_dict()
    out["incident"] = item.incident_id
    out["review"] = (
        {"status": item.review_status, "note": item.review_note if trusted(user) else None}
        if item.review_status
        else None
    )
    return out


def incident_dict(incident: StoredIncident, user: User | None) -> dict[str, Any]:
    from tally.serve.places import coordinates

    out = incident.to_dict()
    where = coordinates(incident.place_pcode, incident.governorate)
    out["lat"], out["lon"] = where if where else (None, None)
    if not trusted(user):
        for name in INCIDENT_SENSITIVE:
            out.pop(name, None)
    return out


def incident_detail_dict(detail: IncidentDetail, user: User | None) -> dict[str, Any]:
    out = detail.to_dict()
    out.update(incident_dict(detail.incident, user))
    if not trusted(user):
        for name in INCIDENT_SENSITIVE:
            out.pop(name, None)
        for report in out["report_list"]:
            report.pop("decided_by", None)
            reasons = report.get("reasons") or {}
            reasons.pop("reason", None)
        out["claim_reviews"] = {k: {"status": v["status"]} for k, v in out["claim_reviews"].items()}
    return out


def revision_dict(item: RevisionItem) -> dict[str, Any]:
    """Toll revisions carry no sensitive field."""
    return item.to_dict()
