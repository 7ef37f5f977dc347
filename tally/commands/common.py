"""What several commands share: date options, opening the database, JSON Lines output."""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

import click

if TYPE_CHECKING:
    from rich.console import Console

    from tally.store import Store

#: Shown in --help; the store module holds the value itself (tally.store.db.DEFAULT_URL).
DEFAULT_DB_HELP = "sqlite:///tally.db (a file in the current folder)"
#: Width of tables written to a file or pipe.
PIPED_WIDTH = 200


@dataclass
class Settings:
    """Options given to `tally` itself, before the command name."""

    db_url: str | None


class DateType(click.ParamType):
    """A calendar date written as YYYY-MM-DD."""

    name = "DATE"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> date:
        if isinstance(value, date):
            return value
        try:
            return date.fromisoformat(str(value).strip())
        except ValueError:
            self.fail(
                f"{value!r} is not a date: write it as YYYY-MM-DD, e.g. 2024-03-03.", param, ctx
            )


DATE = DateType()


def open_store(ctx: click.Context) -> Store:
    """The database chosen with --db / TALLY_DB, upgraded if needed; a plain error if it fails."""
    from tally.store import Store, StoreError

    try:
        return Store.open(db_url(ctx))
    except StoreError as err:
        raise click.ClickException(str(err)) from err


def db_url(ctx: click.Context) -> str:
    """The database URL chosen with --db / TALLY_DB, or the default."""
    from tally.store import DEFAULT_URL

    settings = ctx.find_object(Settings)
    return (settings.db_url if settings else None) or DEFAULT_URL


def json_line(document: Any) -> str:
    """One JSON document on one line, Arabic and other scripts left readable."""
    return json.dumps(document, ensure_ascii=False)


def limit_option(default: int) -> Any:
    return click.option(
        "--limit",
        type=click.IntRange(min=0),
        default=default,
        show_default=True,
        help="Show at most this many (0 for all).",
    )


offset_option = click.option(
    "--offset",
    type=click.IntRange(min=0),
    default=0,
    help="Skip this many first (to page through long lists).",
)
json_option = click.option(
    "--json",
    "as_json",
    is_flag=True,
    help="Print JSON Lines (one document a line) instead of a table.",
)


def console(stderr: bool = False) -> Console:
    """A rich console; when not a terminal (a file, a pipe) tables get room instead of 80 columns."""
    from rich.console import Console

    stream = sys.stderr if stderr else sys.stdout
    width = None if stream.isatty() else PIPED_WIDTH
    return Console(stderr=stderr, width=width, highlight=False)


def list_footer(shown: int, total: int, offset: int, one: str, many: str) -> str:
    """The line under a listing: how many match, and which of them are shown."""
    if total == 0:
        return f"No {many} match."
    if shown == 0:
        return f"No {many} after the first {offset} (there are {total})."
    if shown == total:
        return f"{total} {one if total == 1 else many}."
    return (
        f"{many.capitalize()} {offset + 1}–{offset + shown} of {total} shown; "
        "use --limit and --offset to see others."
    )
