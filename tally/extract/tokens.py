"""Tokens with character offsets, and phrase tables that match multi-word entries by longest match.

Tokenising is a single regular expression: fast, language-neutral, and it keeps offsets so every
claim can point at the exact words it came from.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from typing import Generic, NamedTuple, TypeVar

V = TypeVar("V")


#: Combining marks (Unicode categories M*: Arabic short vowels and tanween, accents typed as
#: separate characters) and zero-width joiners belong to the word they are written on.
def _ranges(codes: list[int]) -> str:
    """A character-class body of code-point ranges ("\\u0300-\\u036f..."): compact and fast."""
    out, start = [], None
    for c, nxt in zip(codes, [*codes[1:], None], strict=True):
        start = c if start is None else start
        if nxt != c + 1:
            out.append(re.escape(chr(start)) + ("-" + re.escape(chr(c)) if c > start else ""))
            start = None
    return "".join(out)


_MARKS = _ranges(
    [c for c in range(0x300, 0x20000) if unicodedata.category(chr(c))[0] == "M"] + [0x200C, 0x200D]
)
# Runs of letters, with marks between them: fast on unmarked text (one run per word).
_WORD = rf"[^\W\d_]+(?:[{_MARKS}]+[^\W\d_]*)*"
_NUMBER = r"\d+(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?"
_TOKEN = re.compile(rf"{_NUMBER}|{_WORD}(?:['’]{_WORD})?|\S", re.UNICODE)
# Plain ASCII text has no combining marks: the same tokens, found faster.
_TOKEN_UNMARKED = re.compile(rf"{_NUMBER}|[^\W\d_]+(?:['’][^\W\d_]+)?|\S", re.UNICODE)


class Token(NamedTuple):
    start: int
    end: int
    text: str
    #: Normalised form used for lookups (lower case; language rules may do more).
    norm: str


#: Builds a Token without Python-level __new__: tokenising is the hot path of extraction.
_new = tuple.__new__


def tokenize(
    text: str,
    offset: int = 0,
    normalise: Callable[[str], str] = str.lower,
    folded: str | None = None,
) -> list[Token]:
    """Split text into word, number and punctuation tokens with offsets into the original.
    `folded` is normalise(text) when the caller already has it."""
    if folded is None:
        folded = normalise(text)
    pattern = _TOKEN_UNMARKED if text.isascii() else _TOKEN
    if len(folded) == len(text):
        # The normalisation keeps every character in place: slice it instead of calling it
        # once per token (the hot path of extraction).
        return [
            _new(Token, (a + offset, b + offset, text[a:b], folded[a:b]))
            for a, b in (m.span() for m in pattern.finditer(text))
        ]
    return [
        _new(Token, (m.start() + offset, m.end() + offset, m.group(), normalise(m.group())))
        for m in pattern.finditer(text)
    ]


def phrase_key(phrase: str, normalise: Callable[[str], str] = str.lower) -> tuple[str, ...]:
    """The token sequence a phrase of the vocabulary matches."""
    return tuple(t.norm for t in tokenize(phrase, normalise=normalise))


class PhraseTable(Generic[V]):
    """Longest-match lookup of phrases over a token sequence, indexed by first token."""

    def __init__(
        self,
        entries: Mapping[str, V] | Iterable[tuple[str, V]],
        normalise: Callable[[str], str] = str.lower,
        prefixes: Iterable[str] = (),
    ) -> None:
        """`prefixes` are clitics a language writes onto the first word (Arabic و، ب، ال...):
        each phrase also matches with any of them attached."""
        items = entries.items() if isinstance(entries, Mapping) else entries
        index: dict[str, list[tuple[tuple[str, ...], V]]] = {}
        prefixes = tuple(prefixes)
        for phrase, value in items:
            key = phrase_key(phrase, normalise)
            if not key:
                continue
            index.setdefault(key[0], []).append((key, value))
            for p in prefixes:
                index.setdefault(p + key[0], []).append(((p + key[0], *key[1:]), value))
        for options in index.values():
            options.sort(key=lambda kv: -len(kv[0]))
        self._index = index

        #: First words of the phrases: a cheap test before calling match().
        self.first: frozenset[str] = frozenset(index)

    def __contains__(self, word: str) -> bool:
        return word in self.first

    def match(self, tokens: list[Token], i: int) -> tuple[int, V] | None:
        """The longest phrase starting at tokens[i]: (number of tokens, value), or None."""
        options = self._index.get(tokens[i].norm)
        if not options:
            return None
        n = len(tokens)
        for key, value in options:
            k = len(key)
            if k == 1:
                return 1, value  # the longest options come first, so one word is the last
            if i + k > n:
                continue
            j = 1
            while j < k and tokens[i + j].norm == key[j]:
                j += 1
            if j == k:
                return k, value
        return None

    def ending_at(self, tokens: list[Token], k: int, lo: int = 0) -> int | None:
        """The first token of a phrase that ends at token k (not before token lo), if any."""
        for start in range(k, max(lo, k - 3) - 1, -1):
            m = self.match(tokens, start)
            if m and start + m[0] - 1 == k:
                return start
        return None
