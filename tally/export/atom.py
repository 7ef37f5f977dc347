"""An Atom feed of toll revisions: one entry each time a report changed an incident's toll.

Feed readers then tell a researcher when a toll moved, overall or for one incident they follow.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, time
from xml.sax.saxutils import escape

from tally.serve.lists import RevisionItem

#: Authority of the tag: URIs that name feeds and entries (RFC 4151).
TAG = "tag:tally.invalid,2025"


def _when(item: RevisionItem, fallback: datetime) -> str:
    day = item.revision.published
    moment = datetime.combine(day, time(0, 0), UTC) if day else fallback
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def revision_title(item: RevisionItem) -> str:
    changes = "; ".join(c.describe() for c in item.revision.changes) or "no change to the toll"
    return f"Incident {item.incident_id}: {changes}"


def feed(
    items: Iterable[RevisionItem], base_url: str, title: str, feed_path: str, now: datetime
) -> str:
    """The Atom document (UTF-8 text) for these revisions, newest first as given."""
    base = base_url.rstrip("/")
    entries = []
    latest = None
    for item in items:
        updated = _when(item, now)
        latest = max(latest or updated, updated)
        link = f"{base}/incidents/{item.incident_id}"
        source = item.revision.source or "an unknown source"
        summary = (
            f"Revision {item.revision.number} of incident {item.incident_id} "
            f"({item.incident_title or 'untitled'}), after report {item.revision.report_id} "
            f"from {source}: {revision_title(item)}."
        )
        entries.append(
            "  <entry>\n"
            f"    <id>{TAG}:incident-{item.incident_id}-revision-{item.revision.number}</id>\n"
            f"    <title>{escape(revision_title(item))}</title>\n"
            f"    <updated>{updated}</updated>\n"
            f'    <link rel="alternate" type="text/html" href="{escape(link)}"/>\n'
            f"    <author><name>{escape(source)}</name></author>\n"
            f"    <summary>{escape(summary)}</summary>\n"
            "  </entry>\n"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<feed xmlns="http://www.w3.org/2005/Atom">\n'
        f"  <id>{TAG}:{escape(feed_path)}</id>\n"
        f"  <title>{escape(title)}</title>\n"
        f"  <updated>{latest or now.strftime('%Y-%m-%dT%H:%M:%SZ')}</updated>\n"
        f'  <link rel="self" href="{escape(base + feed_path)}"/>\n'
        f"  <generator>tally</generator>\n" + "".join(entries) + "</feed>\n"
    )
