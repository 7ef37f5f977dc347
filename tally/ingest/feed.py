"""RSS and Atom feeds (.xml, .rss, .atom): one report per entry, origin "path#N" (N from 1).

Text: the entry's content, else its summary, HTML turned into text as for web pages. Title, link
and id come from the entry, the publisher from the feed's title, the date from the entry's
published (else updated) date as written. A feed's declared language is only a hint, as for pages.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import feedparser

from tally.ingest import limits
from tally.ingest.decode import SNIFF_BYTES, peek_text, refuse_binary
from tally.ingest.html_page import html_to_text
from tally.ingest.records import Given, Item, Notice, Refused, make_report
from tally.ingest.source import Source

# A feed's root element, after any XML declaration, comments, processing instructions or doctype.
_FEED_ROOT = re.compile(
    r"\ufeff?\s*(?:(?:<\?.*?\?>|<!--.*?-->|<!doctype[^>]*>)\s*)*<(?:rss|feed|rdf:rdf)\b",
    re.IGNORECASE | re.DOTALL,
)


def looks_like_feed(head: bytes) -> bool:
    """Whether the opening bytes of an input are those of an RSS or Atom feed."""
    return _FEED_ROOT.match(peek_text(head)) is not None


def read_feed(source: Source, given: Given) -> Iterator[Item]:
    data = source.read_all(limits.max_markup_bytes(), "the feed")
    refuse_binary(data[:SNIFF_BYTES])
    if not looks_like_feed(data[:SNIFF_BYTES]):
        yield Refused(source.label, "not an RSS or Atom feed")
        return
    parsed = feedparser.parse(data)
    problem = _problem(parsed.get("bozo_exception"))
    if not parsed.entries:
        reason = f"not a readable feed ({problem})" if problem else "a feed with no entries"
        yield Refused(source.label, reason)
        return
    if problem:
        message = (
            f"the feed is not well-formed ({problem}); its entries were read as far as possible"
        )
        yield Notice(source.label, message)
    feed = parsed.feed
    for n, entry in enumerate(parsed.entries, 1):
        yield from make_report(
            _entry_text(entry),
            origin=f"{source.label}#{n}",
            given=given,
            title=_plain(entry.get("title"), entry.get("title_detail")),
            publisher=_plain(feed.get("title"), feed.get("title_detail")),
            url=entry.get("link"),
            published=entry.get("published") or entry.get("updated"),
            external_id=entry.get("id"),
            language_hint=feed.get("language"),
        )


def _entry_text(entry: Any) -> str:
    for part in entry.get("content") or []:
        if part.get("value"):
            return _plain(part["value"], part) or ""
    return _plain(entry.get("summary"), entry.get("summary_detail")) or ""


def _plain(value: str | None, detail: Any) -> str | None:
    if not value:
        return None
    kind = (detail or {}).get("type", "text/html")
    return html_to_text(value) if "html" in kind else value


def _problem(error: Exception | None) -> str | None:
    """What made a feed ill-formed (the XML parser's message; its line numbers are not given,
    as feedparser may have added a line of its own before the XML)."""
    if error is None:
        return None
    if hasattr(error, "getMessage"):
        return str(error.getMessage())
    return str(error)
