"""Cursor pagination for every list the API serves.

A list is ordered by one sort key and then by id, both ascending or both descending; a cursor is
the (key, id) of the last item served, so the next page starts right after it even when rows were
added meanwhile (offsets would repeat or skip items). Cursors are opaque to clients: base64 of a
small JSON document that also names the sort, so a cursor cannot be used with another order.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, or_

#: How many items a page holds unless the client asks for another number (at most MAX_LIMIT).
DEFAULT_LIMIT = 50
MAX_LIMIT = 500


class CursorError(ValueError):
    """A cursor that is not one this API gave out, or one given with another sort."""


@dataclass(frozen=True)
class SortKey:
    """One way to order a list: the SQL expression (never NULL) and how to read a cursor value."""

    expression: Any
    parse: Callable[[Any], Any]


def as_int(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or abs(value) > 2**31:
        raise CursorError("not a number tally gave out")
    return value


def as_text(value: Any) -> str:
    if not isinstance(value, str):
        raise CursorError("not text")
    return value


def as_date(value: Any) -> date:
    try:
        return date.fromisoformat(as_text(value))
    except ValueError as err:
        raise CursorError("not a date") from err


def as_datetime(value: Any) -> datetime:
    try:
        return datetime.fromisoformat(as_text(value))
    except ValueError as err:
        raise CursorError("not a time") from err


def encode(sort: str, value: Any, item_id: int) -> str:
    if isinstance(value, date | datetime):
        value = value.isoformat()
    raw = json.dumps({"s": sort, "v": value, "i": item_id}, separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def decode(cursor: str, sort: str, key: SortKey) -> tuple[Any, int]:
    """The (key value, id) a cursor stands for; CursorError when it is not a valid one."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        data = json.loads(raw)
    except (binascii.Error, ValueError, UnicodeDecodeError) as err:
        raise CursorError("the cursor is not one this server gave out") from err
    if not isinstance(data, dict) or set(data) != {"s", "v", "i"}:
        raise CursorError("the cursor is not one this server gave out")
    if data["s"] != sort:
        raise CursorError(f"the cursor was made for sort={data['s']!r}, not sort={sort!r}")
    try:
        return key.parse(data["v"]), as_int(data["i"])
    except CursorError as err:
        raise CursorError(f"the cursor is damaged ({err})") from err


def parse_sort(given: str, keys: dict[str, SortKey]) -> tuple[str, bool]:
    """('date', True) for "-date" (descending), ('date', False) for "date"."""
    descending = given.startswith("-")
    name = given.lstrip("-")
    if name not in keys:
        choices = ", ".join(sorted(keys))
        raise CursorError(
            f"cannot sort by {name!r}; sort by one of {choices} (prefix - for descending)"
        )
    return name, descending


def paged(
    statement: Any,
    id_column: Any,
    keys: dict[str, SortKey],
    sort: str,
    cursor: str | None,
    limit: int,
) -> tuple[Any, Callable[[Any, int], str], str]:
    """The statement ordered and limited for one page (one row more than `limit`, to tell whether
    another page follows), a function making the next cursor from a row's key and id, and the
    sort's name. Select the sort key as a column labelled "sort_key" to make that cursor."""
    name, descending = parse_sort(sort, keys)
    key = keys[name]
    expression = key.expression
    if cursor:
        value, last_id = decode(cursor, sort, key)
        after: ColumnElement[bool]
        if descending:
            after = or_(expression < value, and_(expression == value, id_column < last_id))
        else:
            after = or_(expression > value, and_(expression == value, id_column > last_id))
        statement = statement.where(after)
    if descending:
        statement = statement.order_by(expression.desc(), id_column.desc())
    else:
        statement = statement.order_by(expression.asc(), id_column.asc())
    statement = statement.add_columns(expression.label("sort_key")).limit(limit + 1)

    def next_cursor(value: Any, item_id: int) -> str:
        return encode(sort, value, item_id)

    return statement, next_cursor, name
