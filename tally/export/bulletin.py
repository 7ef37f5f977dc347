"""A bulletin draft for one incident, in Markdown: the update a monitor would publish.

It gives the current toll with its breakdown, what changed since the last bulletin issued (or the
whole history for a first one), what is still under verification or in question, and the sources.
It is a draft: a person reads, edits and publishes it.
"""

from __future__ import annotations

from datetime import date

from tally.link.history import changes
from tally.model import Range, Toll
from tally.store.incident_queries import IncidentDetail

#: Outcomes in the order a bulletin gives them.
ORDER = (
    "killed",
    "bodies_found",
    "injured",
    "missing",
    "detained",
    "abducted",
    "escaped",
    "surrendered",
    "displaced",
)
#: Groups in the order a breakdown gives them.
BREAKDOWN = ("civilians", "children", "women", "men", "combatants")


def _figure(r: Range) -> str:
    if r.low == r.high == r.best:
        return f"{r.best}"
    return f"{r.best} (range {r.low}–{r.high})"


def _words(outcome: str) -> str:
    return outcome.replace("_", " ")


def toll_lines(toll: Toll) -> list[str]:
    """One line per outcome: the whole figure in bold, then its breakdown by group."""
    lines = []
    for outcome in sorted(toll, key=lambda o: (ORDER.index(o) if o in ORDER else len(ORDER), o)):
        groups = toll[outcome]
        whole = groups.get("all")
        if whole is None:
            continue
        parts = [f"{groups[g].best} {g}" for g in BREAKDOWN if g in groups and groups[g].best]
        line = f"- **{_words(outcome).capitalize()}: {_figure(whole)}**"
        if parts:
            line += f", of whom {', '.join(parts)}"
        if whole.high > whole.best:
            line += f"; up to {whole.high} counting figures still being verified"
        lines.append(line)
    return lines


def bulletin(detail: IncidentDetail, today: date) -> str:
    """The Markdown draft of a bulletin on the incident, as of `today`."""
    incident = detail.incident
    where = ", ".join(p for p in (incident.place_name, incident.governorate) if p)
    when = incident.first_date.isoformat() if incident.first_date else "date unknown"
    out = [
        f"# {incident.title or f'Incident {incident.id}'}",
        "",
        f"*Draft update of {today.isoformat()} on tally incident {incident.id}.*",
        "",
        f"- Where: {where or 'place unknown'}",
        f"- When: {when}"
        + (
            f" (reports until {incident.last_date.isoformat()})"
            if incident.last_date and incident.last_date != incident.first_date
            else ""
        ),
    ]
    if incident.kinds:
        out.append(f"- What: {', '.join(incident.kinds)}")
    if incident.parties:
        out.append(f"- Parties named: {', '.join(incident.parties)}")
    status = incident.status_text
    if incident.review_note:
        status += f" — {incident.review_note}"
    out += [f"- Status: {status}", "", "## Current toll", ""]
    out += toll_lines(incident.toll) or ["- No casualty figures reported."]

    out += ["", "## What changed"]
    if detail.last_bulletin is None:
        out += ["", "This is the first bulletin on this incident. How the toll was reported:", ""]
        for revision in detail.revisions:
            said = "; ".join(c.describe() for c in revision.changes) or "no change to the toll"
            source = revision.source or "unknown source"
            day = revision.published.isoformat() if revision.published else "undated"
            out.append(f"- {day}, {source} (report {revision.report_id}): {said}")
    else:
        since = detail.last_bulletin.issued_at.date().isoformat()
        moved = changes(detail.last_bulletin.toll, incident.toll)
        out += ["", f"Since the bulletin of {since}:", ""]
        out += [f"- {c.describe()}" for c in moved] or ["- No change to the toll."]

    out += ["", "## Under verification", ""]
    pending = []
    for stored in detail.pending:
        claim = stored.claim
        number = claim.count.text or "an unknown number"
        review = detail.claim_reviews.get(stored.id)
        why = (
            "contested by a reviewer"
            if review and review[0] == "contested"
            else (claim.status.replace("_", " "))
        )
        source = stored.publisher or "unknown source"
        pending.append(
            f"- {number} {_words(claim.outcome)} ({claim.group}), {why}: {source} "
            f"(report {stored.report_id}, claim {stored.id}): “{claim.evidence.sentence.strip()}”"
        )
    for conflict in incident.conflicts:
        pending.append(f"- To check: {conflict['message']}.")
    out += pending or ["- Nothing is pending verification."]

    out += ["", "## Sources", ""]
    for report in detail.reports:
        day = report.published.isoformat() if report.published else "undated"
        title = f"“{report.title}”" if report.title else f"report {report.report_id}"
        link = f" <{report.url}>" if report.url else ""
        out.append(f"- {report.publisher or 'unknown source'}, {day}: {title}{link}")
    return "\n".join(out) + "\n"
