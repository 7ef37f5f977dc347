"""`tally review` (a reviewer's status on an incident or a claim) and `tally history` (the
audit log)."""

from __future__ import annotations

from datetime import date

import click

from tally.commands.common import (
    DATE,
    console,
    json_line,
    json_option,
    limit_option,
    offset_option,
    open_store,
)
from tally.commands.incidents import actor, by_option

#: What a reviewer can say; "clear" takes the reviewer's status away again.
REVIEW_CHOICES = ("confirmed", "contested", "discounted", "clear")


@click.command()
@click.argument("entity", type=click.Choice(("incident", "claim")))
@click.argument("entity_id", metavar="ID", type=int)
@click.argument("status", type=click.Choice(REVIEW_CHOICES))
@click.option("--note", required=True, help="Why, in a sentence; kept with the status and logged.")
@by_option
@click.pass_context
def review(
    ctx: click.Context, entity: str, entity_id: int, status: str, note: str, by: str | None
) -> None:
    """Set a reviewer's status on an incident or a claim.

    tally sets an incident's status itself: reported (one source) or corroborated (several
    independent sources). A reviewer can say more: confirmed (checked and documented),
    contested (in doubt), discounted (not to be counted); clear takes the reviewer's status away.

    On a claim (`tally claims` and `tally incident ID` show their IDs) the status changes the
    incident's toll: a discounted claim no longer counts, a contested one only widens the range.
    Every review, with its note, goes to the audit log (`tally history`).

    \b
    Examples:
      tally review incident 12 confirmed --note "names of all victims documented by our team"
      tally review claim 331 discounted --note "the number counts last week's strike too"
    """
    from tally.store import StoreError

    with open_store(ctx) as store:
        try:
            store.review(entity, entity_id, None if status == "clear" else status, note, actor(by))
        except StoreError as err:
            raise click.ClickException(str(err)) from err
    shown = "reviewer's status cleared" if status == "clear" else f"marked {status}"
    click.echo(f"{entity.capitalize()} {entity_id} {shown}.")


@click.command()
@click.option("--incident", type=int, help="Only this incident, its reports and their claims.")
@click.option("--report", type=int, help="Only this report.")
@click.option("--claim", type=int, help="Only this claim.")
@click.option("--who", help="Only what this person (or 'tally linker') did.")
@click.option("--action", help="Only this kind of change (link, move, merge, toll, review, ...).")
@click.option("--since", type=DATE, help="Only changes on or after this date (UTC).")
@click.option("--until", type=DATE, help="Only changes on or before this date (UTC).")
@limit_option(50)
@offset_option
@json_option
@click.pass_context
def history(
    ctx: click.Context,
    incident: int | None,
    report: int | None,
    claim: int | None,
    who: str | None,
    action: str | None,
    since: date | None,
    until: date | None,
    limit: int,
    offset: int,
    as_json: bool,
) -> None:
    """Show the audit log: every change by a person or by the linker, newest first.

    Each entry says who, when (UTC), what was done to which incident, report or claim, what it
    was before and after, and why. The log is append-only: the database refuses to change or
    delete its entries.

    \b
    Examples:
      tally history --incident 12
      tally history --who "tally linker" --action move --since 2024-03-01
      tally history --json > audit.jsonl
    """
    if sum(x is not None for x in (incident, report, claim)) > 1:
        raise click.UsageError("Give at most one of --incident, --report and --claim.")
    with open_store(ctx) as store:
        events = store.history(
            incident=incident,
            report=report,
            claim=claim,
            actor=who,
            action=action,
            since=since,
            until=until,
            limit=limit or None,
            offset=offset,
        )
    if as_json:
        for event in events:
            click.echo(json_line(event.to_dict()))
        return
    from tally.commands.incident_render import events_table

    if events:
        console().print(events_table(events))
    click.echo(f"{len(events)} change{'s' if len(events) != 1 else ''} shown.")
