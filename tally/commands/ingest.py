"""`tally ingest`: read report files and folders, extract their claims, store both."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import click

from tally.commands.common import DATE, console, open_store


@dataclass
class Summary:
    """What happened to each input, for the closing summary."""

    stored: int = 0
    claims: int = 0
    known: int = 0
    #: (where, why) for every report or file that was not stored.
    refused: list[tuple[str, str]] = field(default_factory=list)
    #: (where, what) for things the readers noted but which did not stop a report.
    notices: list[tuple[str, str]] = field(default_factory=list)

    def lines(self) -> list[str]:
        out = [
            f"{self.stored} {_reports(self.stored)} stored ({self.claims} {_claims(self.claims)}).",
            f"{self.known} skipped as already known.",
            f"{len(self.refused)} refused.",
        ]
        if self.refused:
            out.append("")
            out.append("Refused:")
            out.extend(f"  {where}: {why}" for where, why in self.refused)
        if self.notices:
            out.append("")
            out.append("Notices:")
            out.extend(f"  {where}: {what}" for where, what in self.notices)
        return out


def _reports(n: int) -> str:
    return "report" if n == 1 else "reports"


def _claims(n: int) -> str:
    return "claim" if n == 1 else "claims"


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--publisher", help="Publisher of every report read, e.g. SOHR.")
@click.option("--published", type=DATE, help="Publication date (YYYY-MM-DD) of every report read.")
@click.option("--language", help="Language (en, ar) of every report read.")
@click.pass_context
def ingest(
    ctx: click.Context,
    paths: tuple[Path, ...],
    publisher: str | None,
    published: date | None,
    language: str | None,
) -> None:
    """Store reports from files and folders, with the casualty claims found in them.

    Every PATH is a report file or a folder (read recursively). Reports already in the database
    (the same text from the same publisher, or the same publisher's same id) are skipped, so the
    same command can be run again safely, for example after an interruption. Each report is
    stored together with its claims and toll, or not at all.

    The summary at the end counts the reports stored, those skipped as already known and those
    refused, and names every refused file or line with the reason. --publisher, --published and
    --language replace what the files state (a notice in the summary says when they differed).

    Exit status: 0 when nothing was refused, 1 when something was refused (the rest is stored),
    2 when the command itself was mistyped (e.g. a PATH that does not exist).

    \b
    Examples:
      tally ingest reports/
      tally ingest --publisher SOHR --language en sohr-march/*.html
      tally --db postgresql+psycopg://tally@localhost/tally ingest feeds/
    """
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
    from sqlalchemy.exc import DBAPIError

    from tally.extract import extract_claims, report_toll
    from tally.ingest import Notice, Refused, count_inputs, read_paths
    from tally.store import StoreError

    store = open_store(ctx)
    summary = Summary()
    err = console(stderr=True)
    progress = Progress(
        TextColumn("Reading reports"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=True,
        disable=not err.is_terminal,
    )
    items = read_paths(list(paths), publisher=publisher, published=published, language=language)
    with store, progress:
        task = progress.add_task("ingest", total=count_inputs(list(paths)))
        for item in items:
            if isinstance(item, Notice):
                summary.notices.append((item.origin, item.message))
                continue
            progress.advance(task)
            if isinstance(item, Refused):
                summary.refused.append((item.origin, item.reason))
                continue
            where = item.origin or item.title or "a report"
            try:
                claims = extract_claims(item)
                toll = report_toll(claims)
            except Exception as exc:  # one report's failure must not stop the batch
                summary.refused.append(
                    (where, f"tally could not extract its claims ({type(exc).__name__}: {exc})")
                )
                continue
            try:
                _, created = store.save_report(item, claims, toll)
            except StoreError as exc:
                summary.refused.append((where, exc.reason))
                continue
            except DBAPIError as exc:
                for line in summary.lines():
                    click.echo(line)
                raise click.ClickException(
                    f"Stopped at {where}: the database failed ({exc.orig}). Reports stored before "
                    "it are kept; run the same command again to continue."
                ) from exc
            if created:
                summary.stored += 1
                summary.claims += len(claims)
            else:
                summary.known += 1
    for line in summary.lines():
        click.echo(line)
    if summary.refused:
        sys.exit(1)
