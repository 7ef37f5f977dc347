"""Remove page furniture: whole lines of interface text, and the other-articles tail of a page.

The phrases are data in tally/lang/<xx>/furniture.py; every language's list applies to every
report, since an Arabic post is often wrapped in English interface text. A line is furniture only
when the whole line is a listed phrase or fully matches a listed pattern.
"""

from __future__ import annotations

import importlib
import importlib.util
import pkgutil
import re
from dataclasses import dataclass
from functools import cache
from types import ModuleType

import tally.lang

# Trimmed from both ends of a line before comparing it with the lists.
_TRIM = " :|·•-–—→←↑↓›‹»«.…!?؟،"
# Longer lines are prose, never furniture; skipping them keeps matching cheap.
_LONGEST = 600
# A list of other articles' headlines: at least this many headline-like lines in a row...
_HEADLINE_RUN = 6
# ...each of this many words (a headline says something; a tag or a name is shorter)...
_HEADLINE_WORDS = (4, 25)
# ...and not ending like a sentence or opening a list item of the report.
_SENTENCE_END = tuple(".!?؟…:،,;؛")
_LIST_MARK = tuple("-–—•*·")
_LEADING_NUMBER = re.compile(r"\s*(\d+)")
# Words shorter than this are not compared when telling one headline's story from another's.
_TOPIC_WORD = 4


def _language_data(submodule: str) -> list[ModuleType]:
    """The data module of that name of every language that has one (tally/lang/<xx>/...)."""
    found = []
    for module in sorted(pkgutil.iter_modules(tally.lang.__path__), key=lambda m: m.name):
        name = f"{tally.lang.__name__}.{module.name}.{submodule}"
        if module.ispkg and importlib.util.find_spec(name) is not None:
            found.append(importlib.import_module(name))
    return found


# Headlines naming this many different days are about different events.
_DISTINCT_DAYS = 3


@cache
def _month_day() -> re.Pattern[str]:
    """A month name of any language beside a day of the month ("January 15", "15 كانون الثاني")."""
    names = {name for data in _language_data("dates") for name in getattr(data, "MONTHS", {})}
    months = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(
        rf"\b(?:(?:{months})\s+(\d{{1,2}})|(\d{{1,2}})\s+(?:{months}))\b", re.IGNORECASE
    )


def _day_named(line: str) -> str | None:
    """The first "month day" a line names, normalised, or None."""
    m = _month_day().search(line)
    return m.group(0).casefold() if m else None


@dataclass(frozen=True)
class _Furniture:
    lines: frozenset[str]
    pattern: re.Pattern[str] | None
    tail_headings: frozenset[str]
    post_end: re.Pattern[str] | None


def _key(line: str) -> str:
    return line.strip(_TRIM).casefold()


@cache
def _furniture() -> _Furniture:
    """Every language's furniture data, loaded and compiled once."""
    lines: set[str] = set()
    patterns: list[str] = []
    tails: set[str] = set()
    post_ends: set[str] = set()
    for data in _language_data("furniture"):
        post_ends |= set(getattr(data, "POST_ENDS", ()))
        lines |= {_key(x) for x in getattr(data, "LINES", ())}
        tails |= {_key(x) for x in getattr(data, "TAIL_HEADINGS", ())}
        patterns += getattr(data, "PATTERNS", ())
    union = "|".join(f"(?:{p})" for p in patterns)
    return _Furniture(
        lines=frozenset(lines | tails),
        pattern=re.compile(union, re.IGNORECASE) if patterns else None,
        tail_headings=frozenset(tails),
        post_end=re.compile("|".join(map(re.escape, sorted(post_ends)))) if post_ends else None,
    )


def is_furniture(line: str) -> bool:
    """Whether a whole line is interface text (compared case-insensitively, ends trimmed)."""
    if len(line) > _LONGEST:
        return False
    key = _key(line)
    if not key:
        return False
    data = _furniture()
    return key in data.lines or bool(data.pattern and data.pattern.fullmatch(key))


def strip_furniture(text: str) -> str:
    """Drop furniture lines; cut the page at an other-articles heading ("Related posts", "Prev
    Post") when the report's longest paragraph lies above it, since what follows is other
    articles' headlines, each with numbers of its own. When the report goes on below such a
    heading, only the headlines right under it are dropped. A social post is cut where its
    reaction bar begins, since what follows is counters and other people's comments."""
    data = _furniture()
    end = data.post_end.search(text) if data.post_end else None
    if end:
        text = text[: end.start()]
    lines = text.split("\n")
    furniture = [is_furniture(line) for line in lines]
    # longest_below[i]: the longest prose line from line i down
    longest_below = [0] * (len(lines) + 1)
    for i in range(len(lines) - 1, -1, -1):
        prose = 0 if furniture[i] else len(lines[i])
        longest_below[i] = max(longest_below[i + 1], prose)
    tails = data.tail_headings
    kept: list[str] = []
    longest_above = 0
    headlines = False  # in the headlines under an other-articles heading
    for i, line in enumerate(lines):
        if furniture[i]:
            if _key(line) in tails:
                if longest_above > longest_below[i + 1]:
                    break
                headlines = True
            continue
        if headlines and (not line.strip() or _headline_like(line)):
            continue  # the report goes on below its other-articles box
        headlines = False
        kept.append(line)
        longest_above = max(longest_above, len(line))
    return "\n".join(_without_headline_lists(kept))


def _headline_like(line: str) -> bool:
    words = line.split()
    low, high = _HEADLINE_WORDS
    return (
        low <= len(words) <= high
        and not line.rstrip().endswith(_SENTENCE_END)
        and not line.lstrip().startswith(_LIST_MARK)
    )


def _many_stories(run: list[str]) -> bool:
    """Whether headlines tell different stories: no longer word recurs in half of them (a list
    of the report's own victims repeats "martyr", "aged" or a family name on every line, or is
    numbered)."""
    distinct = list(dict.fromkeys(line.strip() for line in run))
    numbers = [int(m.group(1)) for line in distinct if (m := _LEADING_NUMBER.match(line))]
    if len(numbers) >= 3 and numbers == list(range(1, len(numbers) + 1)):
        return False  # a numbered list: "1 ...", "2 ...", "3 ..."
    if len(set(filter(None, (_day_named(line) for line in distinct)))) >= _DISTINCT_DAYS:
        return True  # each line about another day: "... on January 14", "... on January 15"
    seen: dict[str, int] = {}
    for line in distinct:
        for word in {w for w in line.split() if len(w) >= _TOPIC_WORD}:
            seen[word] = seen.get(word, 0) + 1
    return max(seen.values(), default=0) * 2 < len(distinct)


def _without_headline_lists(lines: list[str]) -> list[str]:
    """Drop lists of other articles' headlines that a page carries without a heading ("most
    read", a news ticker, a monitor's dated feed): six or more short lines in a row, none ending
    like a sentence, each a different story. Their numbers are other events'. A page that is nothing but such a list
    keeps its first line, so that the report (whose title tells its story) is still read."""
    runs: list[tuple[int, int]] = []
    start: int | None = None
    for i, line in enumerate([*lines, "."]):
        if not line.strip():
            continue
        if _headline_like(line):
            start = i if start is None else start
            continue
        if start is not None:
            run = [x for x in lines[start:i] if x.strip()]
            if len(run) >= _HEADLINE_RUN and _many_stories(run):
                runs.append((start, i))
            start = None
    if not runs:
        return lines
    drop = {i for a, b in runs for i in range(a, b)}
    kept = [line for i, line in enumerate(lines) if i not in drop]
    if not any(line.strip() for line in kept):
        kept = [lines[runs[0][0]]]
    return kept
