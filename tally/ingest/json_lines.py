"""JSON Lines (.jsonl, .ndjson): one report per line.

A line is a report object {"text", "title"?, "publisher"?, "url"?, "published"?, "language"?,
"id"?}, or an incident bundle {"id", "documents": [report, ...]} whose documents all describe one
incident: each document is then its own report, with origin "path:LINE#N" (N counts from 1), so the
documents of one bundle share the origin prefix "path:LINE"; external_id is the document's own id.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator

from tally.ingest import limits
from tally.ingest.decode import choose_encoding
from tally.ingest.records import EMPTY, Given, Item, Refused, make_report
from tally.ingest.source import Source


def read_json_lines(source: Source, given: Given) -> Iterator[Item]:
    with source.open() as raw:
        encoding = choose_encoding(raw)
        stream = io.TextIOWrapper(raw, encoding=encoding)
        seen = -1
        for seen, (number, line) in enumerate(_lines(stream, source.label)):
            if isinstance(line, Refused):
                yield line
                continue
            origin = f"{source.label}:{number}"
            try:
                value = json.loads(line)
            except json.JSONDecodeError as e:
                if seen == 0 and line.strip() in ("{", "["):
                    yield Refused(source.label, _NOT_LINES)
                    return
                yield Refused(origin, f"not valid JSON ({e.msg} at column {e.colno})")
                continue
            yield from _value(value, origin, given)
        if seen < 0:
            yield Refused(source.label, EMPTY)


_NOT_LINES = (
    "a JSON document spread over several lines; tally reads JSON Lines, one object per line"
)


def _lines(stream: io.TextIOWrapper, label: str) -> Iterator[tuple[int, str | Refused]]:
    """Numbered non-blank lines, each over the size limit refused without being kept in memory."""
    limit = limits.max_markup_bytes()
    number = 0
    try:
        while line := stream.readline(limit + 1):
            number += 1
            if len(line) > limit and not line.endswith("\n"):
                while (rest := stream.readline(limit)) and not rest.endswith("\n"):
                    pass
                reason = f"the line is over the {limits.in_words(limit)} limit for one line"
                yield number, Refused(f"{label}:{number}", reason)
            elif line.strip():
                yield number, line
    except UnicodeDecodeError:
        reason = f"not valid {stream.encoding} text from this line on; the rest was not read"
        yield number + 1, Refused(f"{label}:{number + 1}", reason)


def _value(value: object, origin: str, given: Given) -> Iterator[Item]:
    if not isinstance(value, dict):
        yield Refused(origin, f"not a JSON object but {_kind(value)}")
        return
    if "documents" in value and "text" not in value:
        documents = value["documents"]
        if not isinstance(documents, list):
            yield Refused(origin, f'"documents" is not a list but {_kind(documents)}')
        elif not documents:
            yield Refused(origin, "an incident bundle with no documents")
        for n, document in enumerate(documents if isinstance(documents, list) else [], 1):
            if isinstance(document, dict):
                yield from _report(document, f"{origin}#{n}", given)
            else:
                yield Refused(f"{origin}#{n}", f"not a JSON object but {_kind(document)}")
        return
    yield from _report(value, origin, given)


def _report(record: dict[str, object], origin: str, given: Given) -> Iterator[Item]:
    if "text" not in record:
        keys = ", ".join(map(str, record)) or "none"
        yield Refused(origin, f'no "text" field (the keys are: {keys})')
        return
    yield from make_report(
        record["text"],
        origin=origin,
        given=given,
        title=record.get("title"),
        publisher=record.get("publisher"),
        url=record.get("url"),
        published=record.get("published"),
        language=record.get("language"),
        external_id=record.get("id"),
    )


def _kind(value: object) -> str:
    names = {
        list: "a list",
        str: "a string",
        int: "a number",
        float: "a number",
        bool: "true/false",
    }
    return "null" if value is None else names.get(type(value), type(value).__name__)
