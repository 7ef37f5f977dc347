"""What readers yield besides reports, and the one place where a Report is built from raw fields."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime

from tally.ingest import limits
from tally.ingest.dates import parse_date
from tally.ingest.normalise import clean_field, detect_language, normalise_text
from tally.model import Report


@dataclass
class Refused:
    """An input, or one item of it, that was not read; the rest of the batch goes on."""

    origin: str  # "path", "path:LINE" or "path#ENTRY"
    reason: str  # plain words for a researcher


@dataclass
class Notice:
    """A report that was read but lost something on the way (a date that could not be parsed)."""

    origin: str
    message: str


Item = Report | Refused | Notice


@dataclass(frozen=True)
class Given:
    """Values the user stated for a whole batch, for reports whose input does not state them
    (a language given here is also preferred to detecting it from the text)."""

    publisher: str | None = None
    published: date | None = None
    language: str | None = None


EMPTY = "empty: no text to read"
_LANGUAGE_CODE = re.compile(r"[a-z]{2,3}")


def too_large(what: str, size: int, limit: int) -> str:
    return f"{what} is {limits.in_words(size)}, over the {limits.in_words(limit)} limit"


def make_report(
    text: object,
    *,
    origin: str,
    given: Given,
    title: object = None,
    publisher: object = None,
    url: object = None,
    published: object = None,
    language: object = None,
    external_id: object = None,
    language_hint: str | None = None,
) -> Iterator[Item]:
    """Check, normalise and assemble one report; yield Notices first, then the Report or a Refused.

    `language` is what the input states; `language_hint` (an HTML lang attribute) is used only
    when the text itself does not show its language.
    """
    if not isinstance(text, str):
        kind = "null" if text is None else f"not text but {type(text).__name__}"
        yield Refused(origin, f'the "text" is {kind}')
        return
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > limits.MAX_REPORT_BYTES:
        yield Refused(origin, too_large("the text", size, limits.MAX_REPORT_BYTES))
        return
    body = normalise_text(text)
    if not body:
        yield Refused(origin, EMPTY)
        return

    notices: list[str] = []
    stated_language = _language(language, notices)
    report = Report(
        text=body,
        title=clean_field(title),
        publisher=clean_field(publisher) or given.publisher,
        url=clean_field(url),
        published=_date(published, notices) or given.published,
        language=stated_language or given.language or _detected(body, language_hint),
        external_id=clean_field(external_id),
        origin=origin,
    )
    for message in notices:
        yield Notice(origin, message)
    yield report


def _date(value: object, notices: list[str]) -> date | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    written = str(value).strip()
    if not written:
        return None
    parsed = parse_date(written)
    if parsed is None:
        notices.append(f"could not read the date {written!r}; the report is kept without a date")
    return parsed


def _language(value: object, notices: list[str]) -> str | None:
    """A stated language code; None to detect it from the text instead."""
    if value is None:
        return None
    try:
        return language_code(str(value))
    except ValueError as e:
        notices.append(f"{e}; the language was read from the text")
        return None


def language_code(value: str) -> str | None:
    """The primary subtag of a language tag ("en-GB" → "en"); None for "" and "und" (unknown);
    ValueError for what is not a language code ("Arabic")."""
    code = re.split(r"[-_]", value.strip().lower(), maxsplit=1)[0]
    if code in ("", "und"):
        return None
    if not _LANGUAGE_CODE.fullmatch(code):
        raise ValueError(f"{value!r} is not a language code")
    return code


def _detected(text: str, hint: str | None) -> str:
    found = detect_language(text)
    if found == "und" and hint:
        return _language(hint, []) or found
    return found
