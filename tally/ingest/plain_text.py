"""Plain-text reports (.txt, .md): the whole file is one report.

Title: the first line, when it stands alone as a paragraph (a blank line follows), is shorter than
TITLE_MAX characters and does not end like a sentence; a Markdown heading ("# ...") on the first
line is always the title. The title stays in the text too: the text is the whole file.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tally.ingest import limits
from tally.ingest.decode import decode
from tally.ingest.normalise import normalise_text
from tally.ingest.records import Given, Item, make_report
from tally.ingest.source import Source

TITLE_MAX = 200
_HEADING = re.compile(r"#{1,6}\s+(.+)")
_SENTENCE_END = re.compile(r"[.!?؟。]$")


def read_plain_text(source: Source, given: Given) -> Iterator[Item]:
    data = source.read_all(limits.MAX_REPORT_BYTES, "the file")
    text = normalise_text(decode(data))
    yield from make_report(text, origin=source.label, given=given, title=title_of(text))


def title_of(text: str) -> str | None:
    """The title a plain text opens with, if any (see the module docstring)."""
    first, sep, rest = text.partition("\n\n")
    if "\n" in first or len(first) >= TITLE_MAX:
        return None
    heading = _HEADING.fullmatch(first)
    if heading:
        return heading[1]
    if not sep or not rest or _SENTENCE_END.search(first):
        return None
    return first
