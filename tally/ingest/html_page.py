"""Web pages (.html, .htm): the article's text and what the page says about it.

Main text: the page's <main> (or role="main"), else its only <article>, else <body>, without
scripts, styles, navigation, headers, footers, asides, forms and elements marked hidden or named
as sharing, related-posts, comment or cookie boxes. Block elements become paragraph breaks and
<br> a line break. Title: og:title, else <title>, else the first <h1>. Publisher: og:site_name,
else meta author. Date: article:published_time and its kin, else <time datetime>, else JSON-LD
datePublished. URL: the canonical link, else og:url. The <html lang> attribute is only a hint,
used when the text does not show its own script (pages often keep a template's lang).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass

from selectolax.lexbor import LexborHTMLParser, LexborNode

from tally.ingest import limits
from tally.ingest.decode import SNIFF_BYTES, decode
from tally.ingest.records import Given, Item, make_report
from tally.ingest.source import Source

_DROPPED_TAGS = frozenset(
    {
        "script", "style", "noscript", "template", "head", "nav", "header", "footer", "aside",
        "form", "button", "select", "textarea", "input", "svg", "canvas", "iframe", "object",
        "embed", "video", "audio", "map", "dialog",
    }
)  # fmt: skip
_DROPPED_ROLES = frozenset(
    {"navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alert"}
)
# Whole class or id names (not parts of them) of boxes that hold no part of the report.
_DROPPED_NAMES = frozenset(
    {
        "share", "sharing", "social", "social-share", "share-buttons", "sharedaddy", "related",
        "related-posts", "related-articles", "jp-relatedposts", "breadcrumb", "breadcrumbs",
        "comments", "comment-respond", "respond", "cookie", "cookie-notice", "cookie-banner",
        "newsletter", "sidebar", "advert", "advertisement",
    }
)  # fmt: skip
_PARAGRAPH_TAGS = frozenset(
    {
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "ul",
        "ol", "dl", "blockquote", "pre", "table", "figure", "figcaption", "address", "hr",
        "details", "summary", "body", "center",
    }
)  # fmt: skip
_LINE_TAGS = frozenset({"li", "tr", "dt", "dd", "caption"})
_CELL_TAGS = frozenset({"td", "th"})
_HTML_SPACE = re.compile(r"[ \t\n\r\f]+")
_DECLARED_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w.:-]+)""", re.IGNORECASE)
# Meta names and properties that carry the publication date, most specific first.
_DATE_META = (
    "article:published_time",
    "datepublished",
    "og:published_time",
    "date",
    "pubdate",
    "publishdate",
    "publish-date",
    "dc.date.issued",
    "dc.date",
    "dcterms.created",
    "parsely-pub-date",
    "sailthru.date",
)


@dataclass
class Page:
    text: str
    title: str | None = None
    publisher: str | None = None
    published: str | None = None
    url: str | None = None
    language: str | None = None


def read_html(source: Source, given: Given) -> Iterator[Item]:
    data = source.read_all(limits.max_markup_bytes(), "the page")
    match = _DECLARED_CHARSET.search(data[:SNIFF_BYTES])
    page = parse_page(decode(data, declared=match[1].decode("ascii") if match else None))
    yield from make_report(
        page.text,
        origin=source.label,
        given=given,
        title=page.title,
        publisher=page.publisher,
        url=page.url,
        published=page.published,
        language_hint=page.language,
    )


def parse_page(html: str) -> Page:
    """The main text and metadata of a web page."""
    tree = LexborHTMLParser(html)
    meta = _meta(tree)
    h1 = tree.css_first("h1")
    title_tag = tree.css_first("title")
    canonical = tree.css_first('link[rel="canonical"]')
    time_tag = tree.css_first("time[datetime]")
    root = tree.root
    return Page(
        text=_main_text(tree),
        title=meta.get("og:title") or _text(title_tag) or _text(h1) or meta.get("twitter:title"),
        publisher=meta.get("og:site_name") or meta.get("author"),
        published=next((meta[k] for k in _DATE_META if meta.get(k)), None)
        or (time_tag.attributes.get("datetime") if time_tag else None)
        or _json_ld_date(tree),
        url=(canonical.attributes.get("href") if canonical else None) or meta.get("og:url"),
        language=root.attributes.get("lang") if root else None,
    )


def html_to_text(html: str) -> str:
    """The text of an HTML fragment (a feed entry), with the same rules as a page's main text."""
    tree = LexborHTMLParser(html)
    return _text_of(tree.body) if tree.body else ""


def _meta(tree: LexborHTMLParser) -> dict[str, str]:
    found: dict[str, str] = {}
    for node in tree.css("meta[content]"):
        attrs = node.attributes
        content = (attrs.get("content") or "").strip()
        for key in ("property", "name", "itemprop"):
            name = (attrs.get(key) or "").strip().lower()
            if name and content:
                found.setdefault(name, content)
    return found


def _text(node: LexborNode | None) -> str | None:
    if node is None:
        return None
    return " ".join(node.text(deep=True).split()) or None


def _json_ld_date(tree: LexborHTMLParser) -> str | None:
    for node in tree.css('script[type="application/ld+json"]'):
        try:
            data = json.loads(node.text(deep=True))
        except ValueError:
            continue
        found = _find_key(data, "datePublished")
        if found:
            return found
    return None


def _find_key(data: object, key: str) -> str | None:
    stack = [data]
    while stack:
        item = stack.pop(0)
        if isinstance(item, dict):
            if isinstance(item.get(key), str):
                return str(item[key])
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return None


def _main_text(tree: LexborHTMLParser) -> str:
    articles = tree.css("article")
    candidates = [
        tree.css_first("main") or tree.css_first('[role="main"]'),
        articles[0] if len(articles) == 1 else None,
        tree.body,
    ]
    for node in candidates:
        if node is not None:
            text = _text_of(node)
            if text.strip():
                return text
    return ""


def _dropped(node: LexborNode) -> bool:
    if node.tag in _DROPPED_TAGS:
        return True
    attrs = node.attributes
    if not attrs:
        return False
    if "hidden" in attrs or attrs.get("aria-hidden") == "true":
        return True
    if (attrs.get("role") or "").lower() in _DROPPED_ROLES:
        return True
    names = (attrs.get("class") or "").lower().split()
    names.append((attrs.get("id") or "").lower())
    style = (attrs.get("style") or "").replace(" ", "").lower()
    return "display:none" in style or any(name in _DROPPED_NAMES for name in names)


def _text_of(root: LexborNode) -> str:
    """Text of a subtree with paragraph ("\\n\\n") and line ("\\n") breaks where blocks end."""
    parts: list[str] = []
    stack: list[tuple[LexborNode, bool]] = [(root, False)]
    while stack:
        node, closing = stack.pop()
        tag = node.tag
        if closing:
            parts.append(_break(tag, closing=True))
            continue
        if node.is_text_node:
            parts.append(_HTML_SPACE.sub(" ", node.text_content or ""))
            continue
        if not node.is_element_node or _dropped(node):
            continue
        if tag == "br":
            parts.append("\n")
            continue
        if _break(tag):
            parts.append(_break(tag))
        if _break(tag, closing=True):
            stack.append((node, True))
        children = list(node.iter(include_text=True))
        stack.extend((child, False) for child in reversed(children))
    return "".join(parts)


def _break(tag: str | None, closing: bool = False) -> str:
    """What separates a block from its neighbours: list items and rows break lines only before
    themselves, so that consecutive ones are not paragraphs apart."""
    if tag in _PARAGRAPH_TAGS:
        return "\n\n"
    if tag in _LINE_TAGS and not closing:
        return "\n"
    if tag in _CELL_TAGS:
        return " "
    return ""
