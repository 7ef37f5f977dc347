"""`tally tolls`: one toll per input line, for batches and evaluation; the database is not used.

An input line is a report {"id", "text", "title"?, "published"?, "language"?, "publisher"?, "url"?}
or an incident bundle {"id", "documents": [report, ...]} whose reports all describe one incident.
"""

from __future__ import annotations

import json
import sys
from typing import Any

import click

from tally.commands.common import console, json_line
from tally.model import Claim, Report, Toll


class BadLine(ValueError):
    """An input line tally cannot use; the message says why, in plain words."""


def _optional_text(document: dict[str, Any], key: str, where: str) -> str | None:
    value = document.get(key)
    if value is None or isinstance(value, str):
        return value
    raise BadLine(f'{where} has a "{key}" that is not text')


def report_from(document: Any, origin: str, where: str) -> Report:
    """The Report a JSON object describes, read the way `tally ingest` reads text.

    A publication date that cannot be read is left out (the toll does not depend on it).
    """
    from tally.ingest import read_text
    from tally.ingest.dates import parse_date

    if not isinstance(document, dict):
        raise BadLine(f"{where} is not a JSON object")
    text = document.get("text")
    if not isinstance(text, str):
        raise BadLine(f'{where} has no "text"')
    published = _optional_text(document, "published", where)
    try:
        report = read_text(
            text,
            origin=origin,
            title=_optional_text(document, "title", where),
            publisher=_optional_text(document, "publisher", where),
            url=_optional_text(document, "url", where),
            published=parse_date(published) if published else None,
            language=_optional_text(document, "language", where),
        )
    except ValueError as err:
        raise BadLine(f"{where} was refused ({err})") from err
    if document.get("id") is not None:
        report.external_id = str(document["id"])
    return report


def line_toll(raw: bytes, origin: str) -> tuple[Any, Toll, list[str]]:
    """The id and toll of one input line, and what of it could not be used.

    A report's toll is its own; a bundle's reconciles the tolls of its documents. A bundle
    document that cannot be used is left out of the toll and named among the problems; a line
    that cannot be used at all raises BadLine.
    """
    from tally.extract import bundle_toll, extract_claims, report_toll
    from tally.extract.toll import round_up_tolls
    from tally.link.reconcile import Statement, statement_of

    try:
        case = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as err:
        raise BadLine(f"not UTF-8 text ({err.reason} at byte {err.start})") from err
    except json.JSONDecodeError as err:
        raise BadLine(f"not valid JSON ({err.msg} at column {err.colno})") from err
    if not isinstance(case, dict):
        raise BadLine("not a JSON object")
    if case.get("id") is None:
        raise BadLine('no "id"')
    documents = case.get("documents")
    if documents is None:
        report = report_from(case, origin, "the report")
        return case["id"], report_toll(extract_claims(report)), []
    if not isinstance(documents, list):
        raise BadLine('"documents" is not a list')
    read: list[tuple[int, Report, list[Claim]]] = []
    problems: list[str] = []
    for number, document in enumerate(documents, start=1):
        try:
            report = report_from(document, f"{origin} document {number}", f"document {number}")
            read.append((number, report, extract_claims(report)))
        except BadLine as err:
            problems.append(str(err))
        except Exception as err:  # one document tally fails on must not cost the bundle its toll
            problems.append(f"tally failed on document {number} ({type(err).__name__}: {err})")
    # a round-up of the day's events counts the event where the other reports place the incident
    round_ups = round_up_tolls([(report, claims) for _, report, claims in read])
    statements: list[Statement] = []
    for i, (number, report, claims) in enumerate(read):
        toll = round_ups[i] if i in round_ups else report_toll(claims)
        statements.append(statement_of(str(number), report, claims, toll))
    return case["id"], bundle_toll(statements), problems


def _count_lines(path: str) -> int | None:
    if path == "-":
        return None
    with open(path, "rb") as f:
        return sum(1 for _ in f)


@click.command()
@click.argument(
    "source", metavar="INPUT.jsonl", type=click.Path(exists=True, dir_okay=False, allow_dash=True)
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, allow_dash=True),
    default="-",
    help="Write the tolls to this file instead of standard output.",
)
def tolls(source: str, output: str) -> None:
    """Compute the casualty toll of every line of a JSON Lines file.

    Each line of INPUT.jsonl (- for standard input) is a report, {"id": ..., "text": ...,
    "title", "published" (YYYY-MM-DD), "language", "publisher", "url" optional}, or an incident
    bundle, {"id": ..., "documents": [report, ...]}, whose reports all describe one incident.
    For each line one JSON line is written, in input order:
    {"id": ..., "toll": {outcome: {group: {"best", "low", "high"}}}}. A bundle's toll reconciles
    its reports. Nothing is stored in the database.

    A line that cannot be used (not JSON, no "id", no "text", an empty text) is named on standard
    error and gets no output line; the others go on. A bundle document that cannot be used is
    named too and left out of its bundle's toll. A publication date that cannot be read is
    ignored. Exit status: 0 when every line and document was used, 1 otherwise.

    \b
    Examples:
      tally tolls cases.jsonl -o tolls.jsonl
      cat cases.jsonl | tally tolls - > tolls.jsonl
    """
    from rich.progress import Progress

    from tally.model import toll_to_dict

    err = console(stderr=True)
    progress = Progress(console=err, transient=True, disable=not err.is_terminal)
    failed = 0
    with (
        click.open_file(source, "rb") as lines,
        click.open_file(output, "w", encoding="utf-8") as out,
        progress,
    ):
        task = progress.add_task("Computing tolls", total=_count_lines(source))
        for number, raw in enumerate(lines, start=1):
            progress.advance(task)
            if not raw.strip():
                continue
            origin = f"{click.format_filename(source)} line {number}"
            try:
                case_id, toll, problems = line_toll(raw, origin)
            except BadLine as exc:
                failed += 1
                err.print(f"{origin}: skipped: {exc}.", markup=False, soft_wrap=True)
                continue
            except Exception as exc:  # one bad line must not stop a batch of thousands
                failed += 1
                err.print(
                    f"{origin}: skipped: tally failed on it ({type(exc).__name__}: {exc}).",
                    markup=False,
                    soft_wrap=True,
                )
                continue
            for problem in problems:
                failed += 1
                err.print(
                    f"{origin}: left out of the toll: {problem}.", markup=False, soft_wrap=True
                )
            out.write(json_line({"id": case_id, "toll": toll_to_dict(toll)}) + "\n")
    if failed:
        sys.exit(1)
