"""When a report was published, when it does not say: from its address, or from the date a
social media page prints above a post.

- An X (Twitter) status number holds the moment it was posted (its first 41 bits count
  milliseconds since 4 November 2010, 01:42:54.657 UTC).
- Many news sites put the date in the address: /2022/01/28/ or /2022-01-28/.
- Archived Facebook and X pages print the post's date in English ("September 30, 2025"),
  whatever the language of the post; the month names are tally/lang/en's.
- A post of the current year has no year in its header ("March 3 · Shared with Public"): only
  its day of the year (tally.link.matching compares days of the year).

The linker uses these only to tell events apart in time; it never changes a stored report.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta

from tally.lang.en.dates import MONTHS

#: X / Twitter status addresses.
_STATUS = re.compile(r"(?:twitter|x)\.com/[^/?#]+/status(?:es)?/(\d{15,20})")
#: Milliseconds from the Unix epoch to X's own epoch.
_X_EPOCH_MS = 1_288_834_974_657
#: A date in an address path.
_PATH_DATE = re.compile(r"/(20\d\d)[/-](\d{1,2})[/-](\d{1,2})(?=[/.?#_-]|$)")
_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
#: "September 30, 2025", "Jun 16, 2025" (also glued to the name before it, as archived pages
#: print it, and with the count of views glued after the year: "Jun 16, 20251.6K") and
#: "30 September 2025". A day and a year are required, so "may" the verb is safe.
_MONTH_FIRST = re.compile(rf"({_NAMES})\s+(\d{{1,2}})[,،]?\s+(20\d\d)", re.IGNORECASE)
_DAY_FIRST = re.compile(rf"(?<!\d)(\d{{1,2}})\s+({_NAMES})[,،]?\s+(20\d\d)(?!\d)", re.IGNORECASE)
#: A date in figures, day first as written in Syria and most of the world: "1-9-2023",
#: "20/06/2023", in any script's digits ("١-٩-٢٠٢٣"). Month first when the first figure cannot
#: be the day ("6/20/2023").
_NUMERIC = re.compile(r"(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?![\d/.-])")
#: A social media post's header day without a year, as pages print a post of the current year:
#: "March 3 · Shared with Public", "March 3 at 10:15 PM ·" (glued to the page's name before it
#: and to the post's text after it, whatever the post's language). The "·" is required, so that
#: "May 3" in running text is not taken for a header.
_HEADER_DAY = re.compile(
    rf"({_NAMES})\s+(\d{{1,2}})(?!\d)(?:\s+at\s+\d{{1,2}}:\d\d\s*[AP]M)?\s*·", re.IGNORECASE
)
#: Earliest date taken for real (older ones are misreadings).
_EARLIEST = date(2000, 1, 1)


def _valid(year: int, month: int, day: int) -> date | None:
    try:
        found = date(year, month, day)
    except ValueError:
        return None
    return found if found >= _EARLIEST else None


def url_day(url: str | None) -> date | None:
    """The day an address says its page was posted, if it says."""
    if not url:
        return None
    status = _STATUS.search(url)
    if status:
        posted = _X_EPOCH_MS + (int(status.group(1)) >> 22)
        return (datetime(1970, 1, 1, tzinfo=UTC) + timedelta(milliseconds=posted)).date()
    path = _PATH_DATE.search(url)
    if path:
        return _valid(int(path[1]), int(path[2]), int(path[3]))
    return None


def written_days(text: str) -> set[date]:
    """Full dates written with English month names, or in figures, anywhere in `text`."""
    found = set()
    for m in _MONTH_FIRST.finditer(text):
        day = _valid(int(m[3]), MONTHS[m[1].lower()], int(m[2]))
        if day:
            found.add(day)
    for m in _DAY_FIRST.finditer(text):
        day = _valid(int(m[3]), MONTHS[m[2].lower()], int(m[1]))
        if day:
            found.add(day)
    for m in _NUMERIC.finditer(text):
        first, second, year = int(m[1]), int(m[3]), int(m[4])
        month, day_of_month = (first, second) if second > 12 else (second, first)
        day = _valid(year, month, day_of_month)
        if day:
            found.add(day)
    return found


def header_month_days(text: str) -> set[str]:
    """Days of the year ("03-03") a social media post's header gives without a year."""
    found = set()
    for m in _HEADER_DAY.finditer(text):
        month, day = MONTHS[m[1].lower()], int(m[2])
        if _valid(2024, month, day):  # a leap year: February 29 is a day too
            found.add(f"{month:02d}-{day:02d}")
    return found
