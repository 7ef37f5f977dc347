"""Tables a researcher reads about incidents: the list, one incident in full, the audit log,
aggregates."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from rich.table import Table
from rich.text import Text

from tally.commands.render import count_text, outcome_text, shorten, toll_table
from tally.model import Range, Toll

if TYPE_CHECKING:
    from rich.console import Console

    from tally.store import Aggregate, AuditEvent, IncidentDetail, StoredIncident

TITLE_CHARS = 50
REASON_CHARS = 120


def _row(table: Table, cells: Iterable[str]) -> None:
    # Text, not str: a report's words in square brackets must not be read as rich markup.
    table.add_row(*(Text(cell) for cell in cells))


def figure_text(r: Range | None) -> str:
    if r is None:
        return ""
    if r.low == r.high == r.best:
        return str(r.best)
    return f"{r.best} ({r.low}–{r.high})"


def _cell(toll: Toll, outcome: str) -> str:
    return figure_text(toll.get(outcome, {}).get("all"))


def place_text(incident: StoredIncident) -> str:
    if incident.place_name and incident.governorate and incident.place_name != incident.governorate:
        return f"{incident.place_name}, {incident.governorate}"
    return incident.place_name or incident.governorate or ""


def dates_text(incident: StoredIncident) -> str:
    first, last = incident.first_date, incident.last_date
    if first is None:
        return "undated"
    if last is None or last == first:
        return first.isoformat()
    return f"{first.isoformat()} – {last.isoformat()}"


def incidents_table(incidents: Iterable[StoredIncident]) -> Table:
    table = Table()
    for name in (
        "ID",
        "Dates",
        "Place",
        "Type",
        "Parties",
        "Killed",
        "Injured",
        "Reports",
        "Sources",
        "Status",
        "Title",
    ):
        table.add_column(name, overflow="fold")
    for incident in incidents:
        _row(
            table,
            (
                str(incident.id),
                dates_text(incident),
                place_text(incident),
                ", ".join(incident.kinds),
                ", ".join(incident.parties),
                _cell(incident.toll, "killed"),
                _cell(incident.toll, "injured"),
                str(incident.report_count),
                str(incident.source_count),
                incident.status + (" !" if incident.conflicts else ""),
                shorten(incident.title or "", TITLE_CHARS),
            ),
        )
    return table


def print_incident(out: Console, detail: IncidentDetail) -> None:
    """An incident in full, section by section."""
    incident = detail.incident
    out.print(Text(f"Incident {incident.id}: {incident.title or ''}", style="bold"))
    facts = [
        ("Place", place_text(incident) or "unknown"),
        ("Dates", dates_text(incident)),
        ("Type", ", ".join(incident.kinds) or "not stated"),
        ("Parties", ", ".join(incident.parties) or "not stated"),
        ("Reports", f"{incident.report_count} from {incident.source_count} independent sources"),
        (
            "Status",
            incident.status_text + (f" — {incident.review_note}" if incident.review_note else ""),
        ),
    ]
    for name, value in facts:
        out.print(Text(f"  {name}: {value}"))
    out.print()
    out.print(toll_table(incident.toll, title="Current toll (best, low, high)"))

    history = Table(title=Text("Toll history, in publication order"))
    for name in ("#", "Report", "Source", "Published", "What changed"):
        history.add_column(name, overflow="fold")
    for revision in detail.revisions:
        said = "; ".join(c.describe() for c in revision.changes) or "no change"
        _row(
            history,
            (
                str(revision.number),
                str(revision.report_id),
                revision.source or "",
                revision.published.isoformat() if revision.published else "undated",
                said,
            ),
        )
    out.print(history)

    reports = Table(title=Text("Reports and why they are here"))
    for name in ("Report", "Published", "Publisher", "Title", "Linked", "Why"):
        reports.add_column(name, overflow="fold")
    for report in detail.reports:
        reasons = report.reasons.get("reasons") or []
        if report.reasons.get("reason"):
            reasons = [report.reasons["reason"], *reasons]
        linked = f"{report.decision} by {report.decided_by}"
        if report.reasons.get("report"):
            linked += f" (like report {report.reasons['report']}, score {report.score:g})"
        _row(
            reports,
            (
                str(report.report_id),
                report.published.isoformat() if report.published else "",
                report.publisher or "",
                shorten(report.title or "", TITLE_CHARS),
                linked,
                shorten("; ".join(map(str, reasons)), REASON_CHARS),
            ),
        )
    out.print(reports)

    claims = Table(title=Text("Claims (`tally review claim ID STATUS` to review one)"))
    for name in ("Claim", "Report", "Outcome", "Number", "Group", "Party", "Status", "Evidence"):
        claims.add_column(name, overflow="fold")
    for item in detail.claims:
        claim = item.stored.claim
        status = item.status_text + (f" — {item.note}" if item.note else "")
        _row(
            claims,
            (
                str(item.stored.id),
                str(item.stored.report_id),
                outcome_text(claim),
                count_text(claim.count),
                claim.group,
                claim.party or "",
                status,
                shorten(claim.evidence.sentence, REASON_CHARS),
            ),
        )
    if detail.claims:
        out.print(claims)

    if incident.conflicts:
        out.print(Text("To check:", style="bold"))
        for conflict in incident.conflicts:
            where = ", ".join(map(str, conflict.get("reports", [])))
            out.print(Text(f"  - {conflict['message']} (reports {where})"))
    if detail.pending:
        out.print(Text("Under verification:", style="bold"))
        for stored in detail.pending:
            claim = stored.claim
            out.print(
                Text(
                    f"  - claim {stored.id} (report {stored.report_id}): {claim.count.text} "
                    f"{claim.outcome.replace('_', ' ')}, {claim.status.replace('_', ' ')}: "
                    f"{shorten(claim.evidence.sentence, REASON_CHARS)}"
                )
            )


def _json_short(value: Any) -> str:
    return "" if value is None else shorten(json.dumps(value, ensure_ascii=False), REASON_CHARS)


def events_table(events: Iterable[AuditEvent]) -> Table:
    table = Table()
    for name in ("#", "When (UTC)", "Who", "Action", "On", "Before", "After", "Why"):
        table.add_column(name, overflow="fold")
    for event in events:
        _row(
            table,
            (
                str(event.id),
                event.at.strftime("%Y-%m-%d %H:%M:%S"),
                event.actor,
                event.action.replace("_", " "),
                f"{event.entity} {event.entity_id or ''}".strip(),
                _json_short(event.before),
                _json_short(event.after),
                event.reason or "",
            ),
        )
    return table


def aggregates_table(rows: Iterable[Aggregate], by: str, measure: str) -> Table:
    table = Table(title=Text(f"{measure} by {by}"))
    for name, justify in (
        (by.capitalize(), "left"),
        ("Incidents", "right"),
        ("Best", "right"),
        ("Low", "right"),
        ("High", "right"),
    ):
        table.add_column(name, justify=justify)  # type: ignore[arg-type]
    for row in rows:
        _row(table, (row.key, str(row.incidents), str(row.best), str(row.low), str(row.high)))
    return table
