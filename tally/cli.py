"""The `tally` command: one subcommand per task, each in tally/commands/.

Heavy imports (the extractor, SQLAlchemy) happen inside the commands, so `tally --help` is quick.
"""

from __future__ import annotations

import click

from tally.commands.aggregates import aggregates
from tally.commands.bulletin import bulletin
from tally.commands.common import DEFAULT_DB_HELP, Settings
from tally.commands.database import db
from tally.commands.extract import extract
from tally.commands.incidents import incident, incidents
from tally.commands.ingest import ingest
from tally.commands.listing import claims, reports
from tally.commands.review import history, review
from tally.commands.serve import serve
from tally.commands.tolls import tolls
from tally.commands.users import users


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--db",
    "db_url",
    envvar="TALLY_DB",
    metavar="URL",
    help=(
        "The database: a file path, sqlite:///FILE, or postgresql+psycopg://USER@HOST/NAME. "
        f"Also read from TALLY_DB. Default: {DEFAULT_DB_HELP}."
    ),
)
@click.version_option(package_name="tally")
@click.pass_context
def main(ctx: click.Context, db_url: str | None) -> None:
    """tally turns conflict reports into casualty claims and tolls you can check.

    Each claim keeps the sentence it comes from, how sure the report is, who was harmed, where
    and when. Run `tally COMMAND --help` for what a command does, with examples.

    \b
    Examples:
      tally extract report.txt                 # look at one report's claims
      tally ingest reports/                    # store a folder of reports
      tally claims --outcome killed --since 2024-03-01
      tally incidents --place Idleb            # the events reports were linked into
      tally incident 12                        # one incident's toll history
      tally tolls cases.jsonl -o tolls.jsonl   # a toll per line, nothing stored
      tally serve                              # the web app and API on http://127.0.0.1:8000/
    """
    ctx.obj = Settings(db_url=db_url)


for command in (
    extract,
    ingest,
    reports,
    claims,
    incidents,
    incident,
    review,
    history,
    bulletin,
    aggregates,
    tolls,
    serve,
    users,
    db,
):
    main.add_command(command)
