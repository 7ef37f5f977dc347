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

import tally.lang

# Trimmed from both ends of a line before comparing it with the lists.
_TRIM = " :|·•-–—→←↑↓›‹»«.…!?؟،"
# Longer lines are prose, never furniture; skipping them keeps matching cheap.
_LONGEST = 600


@dataclass(frozen=True)
class _Furniture:
    lines: frozenset[str]
    pattern: re.Pattern[str] | None
    tail_headings: frozenset[str]


def _key(line: str) -> str:
    return line.strip(_TRIM).casefold()


@cache
def _furniture() -> _Furniture:
    """Every language's furniture data, loaded and compiled once."""
    lines: set[str] = set()
    patterns: list[str] = []
    tails: set[str] = set()
    for module in sorted(pkgutil.iter_modules(tally.lang.__path__), key=lambda m: m.name):
        name = f"{tally.lang.__name__}.{module.name}.furniture"
        if not module.ispkg or importlib.util.find_spec(name) is None:
            continue
        data = importlib.import_module(name)
        lines |= {_key(x) for x in getattr(data, "LINES", ())}
        tails |= {_key(x) for x in getattr(data, "TAIL_HEADINGS", ())}
        patterns += getattr(data, "PATTERNS", ())
    union = "|".join(f"(?:{p})" for p in patterns)
    return _Furniture(
        lines=frozenset(lines | tails),
        pattern=re.compile(union, re.IGNORECASE) if patterns else None,
        tail_headings=frozenset(tails),
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
    articles' headlines, each with numbers of its own."""
    lines = text.split("\n")
    furniture = [is_furniture(line) for line in lines]
    # longest_below[i]: the longest prose line from line i down
    longest_below = [0] * (len(lines) + 1)
    for i in range(len(lines) - 1, -1, -1):
        prose = 0 if furniture[i] else len(lines[i])
        longest_below[i] = max(longest_below[i + 1], prose)
    tails = _furniture().tail_headings
    kept: list[str] = []
    longest_above = 0
    for i, line in enumerate(lines):
        if furniture[i]:
            if _key(line) in tails and longest_above > longest_below[i + 1]:
                break
            continue
        kept.append(line)
        longest_above = max(longest_above, len(line))
    return "\n".join(kept)
