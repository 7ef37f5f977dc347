"""Which reader reads an input: by its extension, else by what its opening bytes look like."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from tally.ingest.decode import SNIFF_BYTES, peek_text, refuse_binary
from tally.ingest.feed import looks_like_feed, read_feed
from tally.ingest.html_page import read_html
from tally.ingest.json_lines import read_json_lines
from tally.ingest.plain_text import read_plain_text
from tally.ingest.records import Given, Item
from tally.ingest.source import Source
from tally.ingest.table import read_table

Reader = Callable[[Source, Given], Iterator[Item]]

READERS: dict[str, Reader] = {
    ".txt": read_plain_text,
    ".text": read_plain_text,
    ".md": read_plain_text,
    ".markdown": read_plain_text,
    ".html": read_html,
    ".htm": read_html,
    ".xhtml": read_html,
    ".jsonl": read_json_lines,
    ".ndjson": read_json_lines,
    ".csv": read_table,
    ".tsv": read_table,
    ".xml": read_feed,
    ".rss": read_feed,
    ".atom": read_feed,
}
_HTML_MARKS = ("<!doctype html", "<html", "<head", "<body", "<p>", "<div")


def reader_for(source: Source) -> Reader:
    """The reader for an input; raises Unreadable for a binary one of unknown kind."""
    reader = READERS.get(source.suffix)
    if reader is not None:
        return reader
    head = source.head(SNIFF_BYTES)
    refuse_binary(head)
    if looks_like_feed(head):
        return read_feed
    text = peek_text(head).lstrip().lower()
    if text.startswith("<") and any(mark in text for mark in _HTML_MARKS):
        return read_html
    if text.startswith("{"):
        return read_json_lines
    return read_plain_text
