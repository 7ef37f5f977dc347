"""Tables a researcher reads: claims with their evidence, tolls, stored reports."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from rich.table import Table
from rich.text import Text

from tally.model import Claim, Count, Evidence, Place, Report, Toll

if TYPE_CHECKING:
    from tally.store import StoredClaim, StoredReport

EXCERPT_CHARS = 90
TITLE_CHARS = 60


def _add_row(table: Table, cells: Iterable[str]) -> None:
    # Text, not str: a report's words in square brackets must not be read as rich markup.
    table.add_row(*(Text(cell) for cell in cells))


def shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def count_text(count: Count) -> str:
    """ "5", "12 (10–15)", or the words when the report gives no number."""
    if count.best is None:
        return f"unspecified ({count.text})" if count.text else "unspecified"
    shown = str(count.best)
    if (count.low, count.high) != (count.best, count.best):
        low = "?" if count.low is None else str(count.low)
        high = "?" if count.high is None else str(count.high)
        shown += f" ({low}–{high})"
    return shown


def place_text(place: Place | None) -> str:
    if place is None:
        return ""
    if place.governorate and place.governorate.lower() != place.name.lower():
        return f"{place.name}, {place.governorate}"
    return place.name


def evidence_text(evidence: Evidence) -> str:
    return shorten(evidence.sentence or evidence.text, EXCERPT_CHARS)


def outcome_text(claim: Claim) -> str:
    words = claim.outcome.replace("_", " ")
    if claim.detail:
        words += f" ({claim.detail.replace('_', ' ')})"
    notes = [
        note
        for note, on in (("additional", claim.additional), ("background", claim.background))
        if on
    ]
    return words + (f" [{', '.join(notes)}]" if notes else "")


def _claim_cells(claim: Claim, label: str) -> list[str]:
    return [
        label,
        outcome_text(claim),
        count_text(claim.count),
        claim.group,
        claim.party or "",
        claim.status.replace("_", " "),
        claim.scope,
        claim.date or "",
        place_text(claim.place),
        evidence_text(claim.evidence),
    ]


def _add_claim_rows(
    table: Table, claim: Claim, label: str, lead: list[str], depth: int = 0
) -> None:
    _add_row(table, [*lead, *_claim_cells(claim, ("  " * depth + "└ " if depth else "") + label)])
    for number, part in enumerate(claim.parts, start=1):
        _add_claim_rows(table, part, f"{label}.{number}", [""] * len(lead), depth + 1)


_CLAIM_COLUMNS = (
    "#",
    "Outcome",
    "Count",
    "Group",
    "Party",
    "Status",
    "Scope",
    "Date",
    "Place",
    "Evidence",
)


def claims_table(claims: list[Claim], title: str | None = None) -> Table:
    """The claims of one report; parts are indented under the claim they break down."""
    table = Table(title=Text(title) if title else None)
    for name in _CLAIM_COLUMNS:
        table.add_column(name, overflow="fold")
    for number, claim in enumerate(claims, start=1):
        _add_claim_rows(table, claim, str(number), [])
    return table


def stored_claims_table(claims: Iterable[StoredClaim]) -> Table:
    """Claims read from the database, with the report each comes from."""
    table = Table()
    for name in ("Report", "Publisher", "Claim", *_CLAIM_COLUMNS[1:]):
        table.add_column(name, overflow="fold")
    for stored in claims:
        lead = [str(stored.report_id), stored.publisher or ""]
        _add_claim_rows(table, stored.claim, str(stored.id), lead)
    return table


def toll_table(toll: Toll, title: str = "Toll") -> Table:
    table = Table(title=Text(title))
    for name, justify in (
        ("Outcome", "left"),
        ("Group", "left"),
        ("Best", "right"),
        ("Low", "right"),
        ("High", "right"),
    ):
        table.add_column(name, justify=justify)  # type: ignore[arg-type]
    for outcome, groups in toll.items():
        for group, figure in groups.items():
            cells = (outcome.replace("_", " "), group, figure.best, figure.low, figure.high)
            _add_row(table, map(str, cells))
    return table


def report_heading(report: Report) -> str:
    parts = [report.title or (report.origin or "report")]
    if report.publisher:
        parts.append(report.publisher)
    if report.published:
        parts.append(report.published.isoformat())
    if report.origin and report.title:
        parts.append(report.origin)
    return " · ".join(parts)


def _toll_cell(toll: Toll, outcome: str) -> str:
    figure = toll.get(outcome, {}).get("all")
    if figure is None:
        return ""
    if figure.low == figure.high == figure.best:
        return str(figure.best)
    return f"{figure.best} ({figure.low}–{figure.high})"


def reports_table(reports: Iterable[StoredReport]) -> Table:
    table = Table()
    for name in (
        "ID",
        "Published",
        "Publisher",
        "Title",
        "Lang",
        "Claims",
        "Killed",
        "Injured",
        "From",
    ):
        table.add_column(name, overflow="fold")
    for stored in reports:
        report = stored.report
        cells = (
            str(stored.id),
            report.published.isoformat() if report.published else "",
            report.publisher or "",
            shorten(report.title or report.text, TITLE_CHARS),
            report.language,
            str(stored.claim_count),
            _toll_cell(stored.toll, "killed"),
            _toll_cell(stored.toll, "injured"),
            report.origin or "",
        )
        _add_row(table, cells)
    return table
