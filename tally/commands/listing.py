"""`tally reports` and `tally claims`: what the database holds, filtered."""

from __future__ import annotations

from datetime import date
from typing import Any

import click

from tally.commands.common import (
    DATE,
    console,
    json_line,
    json_option,
    limit_option,
    list_footer,
    offset_option,
    open_store,
)
from tally.model import GROUPS, OUTCOMES

since_option = click.option(
    "--since", type=DATE, help="Only from this date on (YYYY-MM-DD), inclusive."
)
until_option = click.option(
    "--until", type=DATE, help="Only up to this date (YYYY-MM-DD), inclusive."
)
publisher_option = click.option("--publisher", help="Only reports by this publisher (any case).")
place_option = click.option(
    "--place",
    help="Only claims about this place: a place name, governorate or P-code (any case).",
)


@click.command()
@since_option
@until_option
@publisher_option
@click.option("--language", help="Only reports in this language (en, ar).")
@place_option
@limit_option(50)
@offset_option
@json_option
@click.pass_context
def reports(
    ctx: click.Context,
    since: date | None,
    until: date | None,
    publisher: str | None,
    language: str | None,
    place: str | None,
    limit: int,
    offset: int,
    as_json: bool,
) -> None:
    """List the stored reports, newest publication first.

    Dates filter on the date a report was published. --place keeps reports with at least one
    claim about that place. The table shows each report's killed and injured toll (all groups).
    --json prints one JSON document per report (its metadata, claim count and toll, not its text).

    \b
    Examples:
      tally reports
      tally reports --since 2024-03-01 --until 2024-03-31 --publisher SOHR
      tally reports --place Idleb --json
    """
    filters: dict[str, Any] = {
        "since": since,
        "until": until,
        "publisher": publisher,
        "language": language,
        "place": place,
    }
    with open_store(ctx) as store:
        found = store.list_reports(**filters, limit=limit or None, offset=offset)
        if as_json:
            for stored in found:
                click.echo(json_line(stored.to_dict()))
            return
        total = store.count_reports(**filters)
    from tally.commands.render import reports_table

    if found:
        console().print(reports_table(found))
    click.echo(list_footer(len(found), total, offset, "report", "reports"))


@click.command()
@since_option
@until_option
@publisher_option
@place_option
@click.option(
    "--outcome", type=click.Choice(OUTCOMES, case_sensitive=False), help="Only this outcome."
)
@click.option(
    "--group",
    type=click.Choice(GROUPS, case_sensitive=False),
    help="Only claims about this group of victims (also found in a claim's parts).",
)
@click.option("--party", help="Only claims naming this party, by its key (e.g. regime, sdf, isis).")
@click.option("--report", "report_id", type=int, help="Only the claims of this report (its ID).")
@limit_option(50)
@offset_option
@json_option
@click.pass_context
def claims(
    ctx: click.Context,
    since: date | None,
    until: date | None,
    publisher: str | None,
    place: str | None,
    outcome: str | None,
    group: str | None,
    party: str | None,
    report_id: int | None,
    limit: int,
    offset: int,
    as_json: bool,
) -> None:
    """List the stored claims, most recent event first.

    Dates filter on the date of the event a claim is about, or on its report's publication date
    when the claim has none. --group, --party and --place also match a claim through its parts
    ("five killed, including two children" is listed for --group children, whole). Parts are
    shown indented under their claim. --json prints one JSON document per claim, parts nested.

    \b
    Examples:
      tally claims --outcome killed --group civilians --since 2024-03-01
      tally claims --place Kansafra --party regime
      tally claims --report 12 --json
    """
    filters: dict[str, Any] = {
        "since": since,
        "until": until,
        "publisher": publisher,
        "place": place,
        "outcome": outcome,
        "group": group,
        "party": party,
        "report_id": report_id,
    }
    with open_store(ctx) as store:
        found = store.list_claims(**filters, limit=limit or None, offset=offset)
        if as_json:
            for stored in found:
                click.echo(json_line(stored.to_dict()))
            return
        total = store.count_claims(**filters)
    from tally.commands.render import stored_claims_table

    if found:
        console().print(stored_claims_table(found))
    click.echo(list_footer(len(found), total, offset, "claim", "claims"))
