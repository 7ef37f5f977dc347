"""The linker's words of one language (tally/lang/<code>/linking.py), as spelling-normalised keys.

Words are compared after the same spelling rules as place names (tally.geo.normalise), so an
Arabic word with a joined "and" or "in" ("وقصف") still matches "قصف".
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from functools import cache

from tally.geo.normalise import Orthography, orthography
from tally.lang import SUPPORTED

#: Words shorter than this say too little to link two reports.
MIN_WORD = 3


@dataclass(frozen=True)
class LinkWords:
    """One language's follow-up phrases, kinds of event and common words, as keys."""

    orthography: Orthography
    follow_up: frozenset[tuple[str, ...]]
    kinds: dict[tuple[str, ...], str]
    common: frozenset[str]
    #: Longest phrase, in words.
    longest: int

    def stem(self, key: str) -> str:
        """A word's key without joined prefixes or article ("والقصف" → "قصف")."""
        return self.orthography.lookup_forms(key)[-1][0]

    def scan(self, keys: list[str]) -> tuple[bool, set[str]]:
        """Whether the words hold follow-up wording, and the kinds of event they name."""
        follow_up = False
        kinds: set[str] = set()
        for i in range(len(keys)):
            for first in self.orthography.clitic_forms(keys[i]):
                for size in range(self.longest, 0, -1):
                    phrase = (first, *keys[i + 1 : i + size])
                    if len(phrase) != size:
                        continue
                    if phrase in self.follow_up:
                        follow_up = True
                    kind = self.kinds.get(phrase)
                    if kind is not None:
                        kinds.add(kind)
        return follow_up, kinds

    def content(self, keys: list[str]) -> list[str]:
        """The words that can tell events apart: not common, not numbers, not too short."""
        out = []
        for key in keys:
            stem = self.stem(key)
            common = stem in self.common or key in self.common
            if len(stem) >= MIN_WORD and not stem.isdigit() and not common:
                out.append(stem)
        return out


@cache
def link_words(language: str) -> LinkWords:
    """The linker's words for a language code; languages without them read as English."""
    code = language if language in SUPPORTED else "en"
    data = importlib.import_module(f"tally.lang.{code}.linking")
    orth = orthography(code)

    def key(phrase: str) -> tuple[str, ...]:
        return tuple(t.key for t in orth.tokenise(phrase))

    follow_up = frozenset(key(p) for p in data.FOLLOW_UP)
    kinds = {key(p): kind for kind, phrases in data.EVENT_KINDS.items() for p in phrases}
    # Reports quote other languages (an Arabic post under an English page header): the common
    # words of every language are common in each.
    every = (importlib.import_module(f"tally.lang.{c}.linking").COMMON for c in SUPPORTED)
    common = frozenset(k for words in every for w in words for k in key(w))
    longest = max(len(p) for p in (*follow_up, *kinds))
    return LinkWords(orth, follow_up, kinds, common, longest)
