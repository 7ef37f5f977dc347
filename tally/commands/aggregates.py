"""`tally aggregates`: incident tolls summed per day, month or governorate, for charts."""

from __future__ import annotations

from datetime import date

import click

from tally.commands.common import DATE, console, json_line, json_option, open_store
from tally.model import GROUPS, OUTCOMES


@click.command()
@click.option(
    "--by",
    "by",
    type=click.Choice(("day", "month", "governorate")),
    required=True,
    help="Sum per day or month the incidents began, or per governorate.",
)
@click.option(
    "--outcome",
    type=click.Choice(OUTCOMES),
    default="killed",
    show_default=True,
    help="Which outcome to sum.",
)
@click.option(
    "--group",
    type=click.Choice(GROUPS),
    default="all",
    show_default=True,
    help="Which victim group to sum.",
)
@click.option("--since", type=DATE, help="Only incidents going on on or after this date.")
@click.option("--until", type=DATE, help="Only incidents that began on or before this date.")
@click.option("--place", help="Only incidents at this place, governorate or P-code.")
@click.option("--min-sources", type=click.IntRange(min=1), help="Only with this many sources.")
@json_option
@click.pass_context
def aggregates(
    ctx: click.Context,
    by: str,
    outcome: str,
    group: str,
    since: date | None,
    until: date | None,
    place: str | None,
    min_sources: int | None,
    as_json: bool,
) -> None:
    """Sum incident tolls per day, month or governorate.

    Each row gives the number of incidents and the sums of their best, low and high figures for
    the outcome and victim group chosen. Incidents a reviewer discounted are left out; each
    incident counts once, on the day it began. --json prints one JSON document per row, for
    charts and spreadsheets.

    \b
    Examples:
      tally aggregates --by month
      tally aggregates --by governorate --outcome killed --group civilians --since 2024-01-01
      tally aggregates --by day --json > daily.jsonl
    """
    with open_store(ctx) as store:
        rows = store.aggregates(
            by,
            outcome,
            group,
            since=since,
            until=until,
            place=place,
            min_sources=min_sources,
        )
    if as_json:
        for row in rows:
            click.echo(json_line({"by": by, "outcome": outcome, "group": group, **row.to_dict()}))
        return
    from tally.commands.incident_render import aggregates_table

    if not rows:
        click.echo("No incidents match.")
        return
    measure = f"{group} {outcome.replace('_', ' ')}"
    console().print(aggregates_table(rows, by, measure))
