"""`tally bulletin ID`: a Markdown draft of the update a monitor would publish on an incident."""

from __future__ import annotations

from datetime import date

import click

from tally.commands.common import open_store
from tally.commands.incidents import actor, by_option


@click.command()
@click.argument("incident_id", metavar="ID", type=int)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, allow_dash=True),
    default="-",
    help="Write the draft to this file instead of standard output.",
)
@click.option(
    "--record",
    is_flag=True,
    help="Keep this bulletin as issued: the next one says what changed since.",
)
@by_option
@click.pass_context
def bulletin(
    ctx: click.Context, incident_id: int, output: str, record: bool, by: str | None
) -> None:
    """Draft a bulletin on incident ID, in Markdown.

    The draft gives the current toll with its breakdown by victim group, what changed since
    the last bulletin recorded with --record (or, for a first bulletin, how the toll was
    reported over time), the figures still under verification and the conflicts to check, and
    the sources. Read and edit it before publishing.

    \b
    Examples:
      tally bulletin 12 > ghuwayran-update.md
      tally bulletin 12 --record -o update-2022-01-28.md
    """
    from tally.export.bulletin import bulletin as draft

    with open_store(ctx) as store:
        detail = store.get_incident(incident_id)
        if detail is None:
            raise click.ClickException(f"There is no incident {incident_id}.")
        if detail.incident.merged_into is not None:
            raise click.ClickException(
                f"Incident {incident_id} was merged into incident "
                f"{detail.incident.merged_into}: draft a bulletin on that one."
            )
        text = draft(detail, date.today())
        with click.open_file(output, "w", encoding="utf-8") as out:
            out.write(text)
        if record:
            store.record_bulletin(incident_id, text, detail.incident.toll, actor(by))
            click.echo(f"Bulletin on incident {incident_id} recorded as issued.", err=True)
