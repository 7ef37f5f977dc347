"""`tally db upgrade` and `tally db current`: the database's schema version."""

from __future__ import annotations

import click

from tally.commands.common import db_url


@click.group()
def db() -> None:
    """Look after the database: which schema version it has, and bringing it up to date.

    Every other command that uses the database upgrades it by itself; these commands are for
    doing it on purpose, e.g. before pointing several processes at a new PostgreSQL database.

    \b
    Examples:
      tally db current
      tally --db postgresql+psycopg://tally@localhost/tally db upgrade
    """


@db.command()
@click.pass_context
def upgrade(ctx: click.Context) -> None:
    """Create the tables, or apply the migrations the database lacks.

    \b
    Example:
      tally --db archive.db db upgrade
    """
    from sqlalchemy.exc import DBAPIError

    from tally.store.db import StoreError, current_revision, describe_url, make_engine
    from tally.store.db import upgrade as upgrade_schema

    url = db_url(ctx)
    try:
        engine = make_engine(url)
        before = current_revision(engine)
        upgrade_schema(engine)
        after = current_revision(engine)
        engine.dispose()
    except (StoreError, DBAPIError) as err:
        raise click.ClickException(f"Cannot upgrade {describe_url(url)}: {err}") from err
    if before == after:
        click.echo(f"{describe_url(url)} is already up to date (schema revision {after}).")
    else:
        click.echo(
            f"{describe_url(url)} upgraded from {before or 'an empty database'} "
            f"to schema revision {after}."
        )


@db.command()
@click.pass_context
def current(ctx: click.Context) -> None:
    """Say which schema revision the database is at, and whether it is the newest.

    \b
    Example:
      tally db current
    """
    from sqlalchemy.exc import DBAPIError

    from tally.store.db import (
        StoreError,
        current_revision,
        describe_url,
        head_revision,
        knows_revision,
        make_engine,
        sqlite_path,
    )

    url = db_url(ctx)
    shown = describe_url(url)
    try:
        path = sqlite_path(url)
        if path is not None and not path.exists():
            click.echo(f"There is no database at {path} yet; `tally db upgrade` creates it.")
            return
        engine = make_engine(url)
        revision = current_revision(engine)
        engine.dispose()
    except (StoreError, DBAPIError) as err:
        raise click.ClickException(f"Cannot read {shown}: {err}") from err
    head = head_revision()
    if revision is None:
        click.echo(f"{shown} has no tally tables yet; `tally db upgrade` creates them.")
    elif revision == head:
        click.echo(f"{shown} is at schema revision {revision}, the newest.")
    elif knows_revision(revision):
        click.echo(
            f"{shown} is at schema revision {revision}; the newest is {head}. "
            "Run `tally db upgrade`."
        )
    else:
        click.echo(
            f"{shown} is at schema revision {revision}, which this version of tally does not "
            "know: a newer tally set it up."
        )
