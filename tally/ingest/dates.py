"""Read the publication dates inputs state, in the forms they come in, as datetime.date.

The date is taken as written: "2020-02-22T23:30:00-05:00" is 22 February, the publisher's own day,
not converted to UTC. Relative phrases ("yesterday") are not dates of record and are not read.
"""

from __future__ import annotations

import re
from datetime import date
from email.utils import parsedate_tz

import dateparser

_ISO = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[T\s])")
_COMPACT_ISO = re.compile(r"(\d{4})(\d{2})(\d{2})")
_NUMERIC = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})")
_LETTER = re.compile(r"[^\W\d_]")
#: Languages whose month names dateparser reads here (a fixed set keeps the parse deterministic).
DATE_LANGUAGES = ["en", "ar"]
_DATEPARSER_SETTINGS = {
    "PARSERS": ["absolute-time"],
    "REQUIRE_PARTS": ["day", "month", "year"],
    "STRICT_PARSING": True,
    "RETURN_AS_TIMEZONE_AWARE": False,
}


def parse_date(text: str) -> date | None:
    """The date a string states, or None when it states none that can be read unambiguously.

    Reads ISO 8601 ("2020-02-22", "2020-02-22T10:00:00Z"), RFC 822 ("Sat, 22 Feb 2020 10:00:00
    +0300"), day-month-year with numbers when only one reading is possible ("22/02/2020", not
    "02/03/2020"), and written months in English and Arabic ("22 February 2020", "Feb 22, 2020").
    """
    text = text.strip()
    if not text:
        return None
    for read in (_iso, _rfc822, _numeric, _written):
        try:
            found = read(text)
        except (ValueError, OverflowError):
            found = None
        if found is not None:
            return found
    return None


def _iso(text: str) -> date | None:
    m = _ISO.match(text) or _COMPACT_ISO.fullmatch(text)
    return date(int(m[1]), int(m[2]), int(m[3])) if m else None


def _rfc822(text: str) -> date | None:
    parts = parsedate_tz(text)
    if parts is None or not parts[0]:
        return None
    return date(parts[0], parts[1], parts[2])


def _numeric(text: str) -> date | None:
    """dd/mm/yyyy or mm/dd/yyyy, read only when the other reading is impossible or the same."""
    m = _NUMERIC.fullmatch(text)
    if not m:
        return None
    first, second, year = int(m[1]), int(m[2]), int(m[3])
    if first == second or second > 12:
        return date(year, first, second)
    if first > 12:
        return date(year, second, first)
    return None


def _written(text: str) -> date | None:
    if not _LETTER.search(text):
        return None
    found = dateparser.parse(text, languages=DATE_LANGUAGES, settings=_DATEPARSER_SETTINGS)
    return found.date() if found else None
