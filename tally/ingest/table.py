"""CSV and TSV tables (.csv, .tsv): one report per row, columns found by name.

The text column is the first of TEXT_COLUMNS present (case-insensitive); the others map as in
COLUMNS. A .csv's delimiter is the one of , ; tab | that its header line uses most. A row with
more non-empty cells than the header has columns is refused: an unquoted delimiter in the text
would shift every value after it.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from typing import TYPE_CHECKING

from tally.ingest import limits
from tally.ingest.decode import choose_encoding
from tally.ingest.records import EMPTY, Given, Item, Refused, make_report
from tally.ingest.source import Source

if TYPE_CHECKING:
    from _csv import Reader

TEXT_COLUMNS = ("text", "body", "content", "notes")
#: Report field -> column names that fill it, first present wins.
COLUMNS = {
    "title": ("title", "headline"),
    "publisher": ("publisher", "source"),
    "url": ("url", "link"),
    "published": ("published", "date", "event_date"),
    "language": ("language", "lang"),
    "external_id": ("id", "event_id_cnty", "event_id"),
}
_DELIMITERS = ",;\t|"


def read_table(source: Source, given: Given) -> Iterator[Item]:
    with source.open() as raw:
        stream = io.TextIOWrapper(raw, encoding=choose_encoding(raw), newline="")
        header_line = stream.readline()
        stream.seek(0)
        delimiter = "\t" if source.suffix == ".tsv" else _delimiter(header_line)
        previous_limit = csv.field_size_limit(limits.MAX_REPORT_BYTES)
        try:
            yield from _rows(csv.reader(stream, delimiter=delimiter), source.label, given)
        finally:
            csv.field_size_limit(previous_limit)


def _delimiter(header: str) -> str:
    return max(_DELIMITERS, key=header.count) if any(d in header for d in _DELIMITERS) else ","


def _rows(reader: Reader, label: str, given: Given) -> Iterator[Item]:
    header = [name.strip().lower() for name in next(reader, [])]
    if not any(header):
        yield Refused(label, EMPTY)
        return
    text_column = next((header.index(c) for c in TEXT_COLUMNS if c in header), None)
    if text_column is None:
        names = ", ".join(name for name in header if name) or "none"
        wanted = ", ".join(TEXT_COLUMNS)
        yield Refused(label, f"no text column (looked for {wanted}; the columns are: {names})")
        return
    columns = {
        field: next((header.index(c) for c in names if c in header), None)
        for field, names in COLUMNS.items()
    }
    rows = 0
    while True:
        start = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            if not rows:
                yield Refused(label, "empty: no rows under the header")
            return
        except csv.Error as e:
            yield Refused(f"{label}:{start}", _row_problem(e))
            continue
        except UnicodeDecodeError:
            reason = (
                "not valid text in the file's encoding from this line on; the rest was not read"
            )
            yield Refused(f"{label}:{start}", reason)
            return
        origin = f"{label}:{start}"
        if not any(cell.strip() for cell in row):
            continue
        rows += 1
        if any(cell.strip() for cell in row[len(header) :]):
            yield Refused(
                origin,
                f"{len(row)} cells but {len(header)} columns; is a delimiter in the text unquoted?",
            )
            continue
        values = {field: _cell(row, index) for field, index in columns.items()}
        yield from make_report(
            _cell(row, text_column) or "",
            origin=origin,
            given=given,
            title=values["title"],
            publisher=values["publisher"],
            url=values["url"],
            published=values["published"],
            language=values["language"],
            external_id=values["external_id"],
        )


def _cell(row: list[str], index: int | None) -> str | None:
    return row[index] if index is not None and index < len(row) else None


def _row_problem(error: csv.Error) -> str:
    if "field larger than field limit" in str(error):
        return f"a cell is over the {limits.in_words(limits.MAX_REPORT_BYTES)} limit for one report"
    return f"not a readable CSV row ({error})"
