"""Ingest: read report files, feeds and tables into normalised Reports.

Every input yields Reports, Refused items (what was not read and why) and Notices (what was read
but degraded), so one bad file or line never stops a batch and nothing is lost silently. Report.text
is normalise_text's output: claims' offsets point into it, so it is never changed after this stage.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

from tally.ingest import limits
from tally.ingest.decode import SNIFF_BYTES, Unreadable
from tally.ingest.feed import looks_like_feed, read_feed
from tally.ingest.formats import READERS, reader_for
from tally.ingest.json_lines import read_json_lines
from tally.ingest.normalise import clean_field, detect_language, normalise_text
from tally.ingest.records import EMPTY, Given, Item, Notice, Refused, language_code, make_report
from tally.ingest.source import STDIN, Source
from tally.ingest.table import read_table
from tally.ingest.walk import os_reason, sources
from tally.model import Report

__all__ = [
    "Item",
    "Notice",
    "Refused",
    "count_inputs",
    "detect_language",
    "normalise_text",
    "read_paths",
    "read_text",
]


def read_paths(
    paths: Iterable[str | Path],
    *,
    publisher: str | None = None,
    published: date | None = None,
    language: str | None = None,
) -> Iterator[Report | Refused | Notice]:
    """Read files and folders ("-" for standard input) into Reports, Refused and Notices.

    `publisher`, `published` and `language`, when given, fill in what an input does not state
    (its own values win; a given language is preferred to detecting one). ValueError for a
    `language` that is not a language code.
    """
    given = Given(
        publisher=clean_field(publisher),
        published=published,
        language=language_code(language) if language else None,
    )
    return _read_all(paths, given)


def read_text(
    text: str,
    *,
    origin: str = "-",
    title: str | None = None,
    publisher: str | None = None,
    url: str | None = None,
    published: date | str | None = None,
    language: str | None = None,
) -> Report:
    """One report from text in hand; raises ValueError when it is empty, too large, or a given
    value cannot be read (a date or language code)."""
    report = None
    for item in make_report(
        text,
        origin=origin,
        given=Given(),
        title=title,
        publisher=publisher,
        url=url,
        published=published,
        language=language,
    ):
        if isinstance(item, Refused):
            raise ValueError(item.reason)
        if isinstance(item, Notice):
            raise ValueError(item.message)
        report = item
    assert report is not None
    return report


def count_inputs(paths: Iterable[str | Path]) -> int:
    """A cheap estimate of how many items read_paths will yield, for a progress bar: one per
    file, one per non-blank line of JSON Lines and CSV files, one per entry of a feed."""
    paths = list(paths)
    stdin = sum(1 for p in paths if str(p) == STDIN)
    return stdin + sum(_estimate(s) for s in sources(p for p in paths if str(p) != STDIN))


def _read_all(paths: Iterable[str | Path], given: Given) -> Iterator[Item]:
    for source in sources(paths):
        if isinstance(source, Refused):
            yield source
        else:
            yield from _read(source, given)


def _read(source: Source, given: Given) -> Iterator[Item]:
    if source.size == 0:
        yield Refused(source.label, EMPTY)
        return
    try:
        yield from reader_for(source)(source, given)
    except Unreadable as e:
        yield Refused(source.label, str(e))
    except OSError as e:
        yield Refused(source.label, os_reason(e))
    except Exception as e:  # a reader's bug or a library's surprise must not stop the batch
        yield Refused(source.label, f"could not be read ({type(e).__name__}: {e})")


def _estimate(source: Source | Refused) -> int:
    if isinstance(source, Refused):
        return 1
    reader = READERS.get(source.suffix)
    try:
        if reader in (read_json_lines, read_table):
            return max(1, _non_blank_lines(source) - (reader is read_table))
        small = source.size <= limits.max_markup_bytes()
        if reader in (read_feed, None) and small and looks_like_feed(source.head(SNIFF_BYTES)):
            data = source.head(source.size)
            return max(1, data.count(b"<item") + data.count(b"<entry"))
    except OSError:
        pass
    return 1


def _non_blank_lines(source: Source) -> int:
    with source.open() as f:
        return sum(1 for line in f if line.strip())
