"""`tally incidents` (list, merge, split, relink) and `tally incident ID`: the incidents tally
linked reports into, and fixing its mistakes."""

from __future__ import annotations

import getpass
import os
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

#: Who the audit log names for a person's decisions when --by is not given.
USER_ENV = "TALLY_USER"


def actor(given: str | None) -> str:
    """The person making a decision: --by, else TALLY_USER, else the login name."""
    name = (given or os.environ.get(USER_ENV) or "").strip()
    if not name:
        try:
            name = getpass.getuser()
        except (KeyError, OSError):
            name = "unknown"
    return name


by_option = click.option(
    "--by",
    "by",
    metavar="NAME",
    help=f"Who decides, for the audit log (default: ${USER_ENV}, else your login name).",
)
reason_option = click.option(
    "--reason", required=True, help="Why, in a sentence; kept in the audit log."
)

STATUSES = ("reported", "corroborated", "confirmed", "contested", "discounted")


@click.group(invoke_without_command=True)
@click.option("--since", type=DATE, help="Only incidents going on on or after this date.")
@click.option("--until", type=DATE, help="Only incidents that began on or before this date.")
@click.option("--place", help="Only incidents at this place, governorate or P-code (any case).")
@click.option("--status", type=click.Choice(STATUSES), help="Only incidents with this status.")
@click.option(
    "--min-sources", type=click.IntRange(min=1), help="Only incidents with this many sources."
)
@click.option("--kind", help="Only incidents of this kind (airstrike, shelling, drone, ...).")
@click.option("--party", help="Only incidents naming this party (e.g. isis, sdf, regime).")
@limit_option(50)
@offset_option
@json_option
@click.pass_context
def incidents(
    ctx: click.Context,
    since: date | None,
    until: date | None,
    place: str | None,
    status: str | None,
    min_sources: int | None,
    kind: str | None,
    party: str | None,
    limit: int,
    offset: int,
    as_json: bool,
) -> None:
    """List incidents: the events tally linked its reports into, most recent first.

    Each stored report belongs to one incident. tally links a new report to an incident
    already stored when they describe the same event (same place, days, kind of event, parties,
    figures and wording; `tally incident ID` shows why), or starts a new one. The table shows
    where and when, the kind of event, the parties, the current killed and injured toll
    (best, with its range), how many reports and independent sources, and the status:
    reported (one source), corroborated (several), or a reviewer's confirmed, contested or
    discounted (`tally review`).

    --json prints one JSON document per incident.

    \b
    Examples:
      tally incidents --since 2024-03-01 --place Idleb
      tally incidents --status contested
      tally incidents merge 12 15 --reason "same strike on Ariha market, reported twice"
      tally incidents split 12 --reports 40,41 --reason "a second strike, on the next day"
    """
    if ctx.invoked_subcommand is not None:
        return
    filters: dict[str, Any] = {
        "since": since,
        "until": until,
        "place": place,
        "status": status,
        "min_sources": min_sources,
        "kind": kind,
        "party": party,
    }
    with open_store(ctx) as store:
        found = store.list_incidents(limit=limit or None, offset=offset, **filters)
        if as_json:
            for incident in found:
                click.echo(json_line(incident.to_dict()))
            return
        total = store.count_incidents(**filters)
    from tally.commands.incident_render import incidents_table

    if found:
        console().print(incidents_table(found))
    click.echo(list_footer(len(found), total, offset, "incident", "incidents"))


@incidents.command()
@click.argument("keep", type=int)
@click.argument("other", type=int)
@reason_option
@by_option
@click.pass_context
def merge(ctx: click.Context, keep: int, other: int, reason: str, by: str | None) -> None:
    """Merge incident OTHER into incident KEEP: they are one event.

    Every report of OTHER moves to KEEP, for good: automatic linking never separates them
    again (until a reviewer splits them). The decision, who made it and why go to the audit log.

    \b
    Example:
      tally incidents merge 12 15 --reason "same strike on Ariha market, reported twice"
    """
    from tally.store import StoreError

    with open_store(ctx) as store:
        try:
            kept = store.merge_incidents(keep, other, reason, actor(by))
        except StoreError as err:
            raise click.ClickException(str(err)) from err
        detail = store.get_incident(kept)
    assert detail is not None
    click.echo(
        f"Incident {other} merged into incident {kept}, which now holds "
        f"{detail.incident.report_count} reports from {detail.incident.source_count} sources."
    )


@incidents.command()
@click.argument("incident_id", metavar="ID", type=int)
@click.option(
    "--reports",
    required=True,
    metavar="R1,R2,...",
    help="The reports (their IDs, comma-separated) that describe another event.",
)
@reason_option
@by_option
@click.pass_context
def split(ctx: click.Context, incident_id: int, reports: str, reason: str, by: str | None) -> None:
    """Split reports off incident ID into a new incident: they describe another event.

    The reports given move together to a new incident; the others stay. Automatic linking never
    puts the two groups together again (until a reviewer merges them).

    \b
    Example:
      tally incidents split 12 --reports 40,41 --reason "a second strike, on the next day"
    """
    from tally.store import StoreError

    try:
        report_ids = [int(r) for r in reports.replace(" ", "").split(",") if r]
    except ValueError:
        raise click.BadParameter(
            f"{reports!r} is not a list of report IDs: write them like 40,41.",
            param_hint="--reports",
        ) from None
    with open_store(ctx) as store:
        try:
            new = store.split_incident(incident_id, report_ids, reason, actor(by))
        except StoreError as err:
            raise click.ClickException(str(err)) from err
    moved = ", ".join(map(str, sorted(set(report_ids))))
    click.echo(f"Report(s) {moved} moved from incident {incident_id} to incident {new}.")


@incidents.command()
@click.pass_context
def relink(ctx: click.Context) -> None:
    """Link reports stored before tally kept incidents (an older database) into incidents.

    Reports stored since are linked as they are stored; running this again does nothing new.

    \b
    Example:
      tally --db archive.db incidents relink
    """
    with open_store(ctx) as store:
        linked = store.link_unlinked()
    click.echo(f"{linked} report{'s' if linked != 1 else ''} linked to incidents.")


@click.command()
@click.argument("incident_id", metavar="ID", type=int)
@click.option("--json", "as_json", is_flag=True, help="Print the incident as one JSON document.")
@click.pass_context
def incident(ctx: click.Context, incident_id: int, as_json: bool) -> None:
    """Show one incident: its toll history and current toll, reports, and what to check.

    The toll history replays the incident's reports in the order they were published: for
    each, the report, its source and date, and what it changed. The current toll gives best,
    low and high per outcome and victim group. Reports are listed with who linked them and why;
    conflicts (parts that do not add up, a running total that went down, sources that
    disagree) and figures still under verification are listed for review.

    \b
    Examples:
      tally incident 12
      tally incident 12 --json | jq '.toll.killed'
    """
    with open_store(ctx) as store:
        detail = store.get_incident(incident_id)
    if detail is None:
        raise click.ClickException(f"There is no incident {incident_id}.")
    if detail.incident.merged_into is not None:
        message = (
            f"Incident {incident_id} was merged into incident {detail.incident.merged_into}: "
            f"its reports are there now (`tally incident {detail.incident.merged_into}`)."
        )
        if as_json:
            click.echo(json_line(detail.to_dict()))
        else:
            click.echo(message)
        return
    if as_json:
        click.echo(json_line(detail.to_dict()))
        return
    from tally.commands.incident_render import print_incident

    print_incident(console(), detail)
