"""`tally extract`: the casualty claims in one report file (or standard input), without storing."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from datetime import date
from typing import Any

import click

from tally.commands.common import DATE, console, json_line
from tally.model import Report


@click.command()
@click.argument(
    "source", metavar="REPORT", type=click.Path(exists=True, dir_okay=False, allow_dash=True)
)
@click.option("--published", type=DATE, help="Publication date (YYYY-MM-DD), replacing the file's.")
@click.option("--publisher", help="Who published the report, e.g. SOHR, replacing the file's.")
@click.option("--language", help="Language of the report (en, ar), replacing the file's.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON Lines: one document per report.")
def extract(
    source: str,
    published: date | None,
    publisher: str | None,
    language: str | None,
    as_json: bool,
) -> None:
    """Show the casualty claims a report states, and the report's toll.

    REPORT is a file (text, HTML, JSON, JSON Lines, a feed: whatever `tally ingest` reads) or - to
    read the text from standard input. A file holding several reports gives each its own table.
    Nothing is stored.

    With --json, each report gives one line holding one JSON document with the keys "report"
    (title, publisher, date, the text as read, ...), "claims" (every claim with its count,
    group, party, status, scope, date, place, parts and evidence: offsets into the report's
    "text" or "title", as its "field" says) and "toll" (outcome → group → best, low, high).
    A single report is therefore a single JSON document.

    Exit status: 0 when every report was read, 1 when the file (or a report in it) was refused.

    \b
    Examples:
      tally extract report.txt
      tally extract --publisher SOHR --published 2024-03-04 report.html
      echo "Shelling killed two civilians in Saraqab." | tally extract -
      tally extract --json reports.jsonl | jq '.toll.killed'
    """
    from tally.extract import extract_claims, report_toll
    from tally.model import toll_to_dict

    out = console()
    refused = False
    for item in _read(source, published, publisher, language):
        if isinstance(item, str):
            refused = True
            click.echo(item, err=True)
            continue
        claims = extract_claims(item)
        toll = report_toll(claims)
        if as_json:
            document = {
                "report": report_metadata(item),
                "claims": [claim.to_dict() for claim in claims],
                "toll": toll_to_dict(toll),
            }
            click.echo(json_line(document))
            continue
        from tally.commands.render import claims_table, report_heading, toll_table

        if claims:
            out.print(claims_table(claims, title=report_heading(item)))
            out.print(toll_table(toll, title="Toll of this report"))
        else:
            out.print(f"{report_heading(item)}: no casualty claims found.", markup=False)
    if refused:
        sys.exit(1)


def _read(
    source: str, published: date | None, publisher: str | None, language: str | None
) -> Iterator[Report | str]:
    """Reports from the source; a refusal comes as a message naming where and why."""
    from tally.ingest import Notice, Refused, read_paths, read_text

    if source == "-":
        try:
            yield read_text(
                sys.stdin.read(),
                origin="-",
                publisher=publisher,
                published=published,
                language=language,
            )
        except ValueError as err:
            yield f"Refused standard input: {err}"
        return
    for item in read_paths([source], publisher=publisher, published=published, language=language):
        if isinstance(item, Refused):
            yield f"Refused {item.origin}: {item.reason}"
        elif isinstance(item, Notice):
            click.echo(f"Note on {item.origin}: {item.message}", err=True)
        else:
            yield item


def report_metadata(report: Report) -> dict[str, Any]:
    """What the report is, for JSON output; the text as read, which evidence offsets point into."""
    return {
        "origin": report.origin,
        "external_id": report.external_id,
        "title": report.title,
        "publisher": report.publisher,
        "url": report.url,
        "published": report.published.isoformat() if report.published else None,
        "language": report.language,
        "content_hash": report.content_hash,
        "text": report.text,
    }
