"""Matching keys for place names and report words, in any language tally/lang has rules for.

The rules are data in tally.lang.<code>.orthography; this module applies them. A key is the
normalised words of a name joined by single spaces. Names get several keys (with and without a
leading article, compounds joined and apart); a report's words get one key each, plus, where the
language joins prefixes to words (Arabic), the keys of the word without them.
"""

from __future__ import annotations

import importlib
import re
import unicodedata
from functools import cache
from types import ModuleType
from typing import NamedTuple

#: Combining marks of the scripts reports use (Latin accents, Arabic harakat, Quranic marks).
_MARKS = "\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
#: A word: letters, digits and marks, with apostrophes inside it ("Dar'a") but not a possessive
#: "'s" ("Idlib's" gives "Idlib" and "s").
_WORD = re.compile(
    rf"[^\W_](?:[^\W_]|[{_MARKS}\u0640]|['’‘`´ʿʾʻ](?![sS]\b)(?=[^\W_]))*",
)
_PARENTHETICAL = re.compile(r"\([^)]*\)?")


class Token(NamedTuple):
    """One word of a text: where it is, what it says, and its key."""

    start: int
    end: int
    text: str
    key: str


class Orthography:
    """The spelling rules of one language, from its tally.lang.<code>.orthography module."""

    def __init__(self, language: str, rules: ModuleType) -> None:
        self.language = language
        self._word_cache: dict[str, str] = {}
        self._forms_cache: dict[str, tuple[tuple[str, str], ...]] = {}
        dropped = getattr(rules, "APOSTROPHES", "") + getattr(rules, "DROPPED", "")
        table: dict[int, str | None] = {ord(c): None for c in dropped}
        table.update({ord(k): v for k, v in getattr(rules, "LETTER_MAP", {}).items()})
        self._table = table
        self._joiners = frozenset(getattr(rules, "JOINERS", ""))
        self._decompose = bool(getattr(rules, "STRIP_ACCENTS", False))
        self._folds = tuple((re.compile(p), r) for p, r in getattr(rules, "SPELLING_FOLDS", ()))
        self._synonyms: dict[str, str] = dict(getattr(rules, "WORD_SYNONYMS", {}))
        self.article: str = getattr(rules, "CANONICAL_ARTICLE", "")
        self._articles = frozenset(getattr(rules, "ARTICLES", ()))
        self._hyphen_articles = frozenset(getattr(rules, "HYPHEN_ARTICLES", ()))
        self._attached = tuple(getattr(rules, "ATTACHED_ARTICLES", ()))
        self._attached_min = int(getattr(rules, "ATTACHED_ARTICLE_MIN_REST", 3))
        self.joined_article: str = self._plain(getattr(rules, "ARTICLE", ""))
        self._proclitics = tuple(self._plain(p) for p in getattr(rules, "PROCLITICS", ()))
        self._contractions = tuple(
            (self._plain(k), self._plain(v)) for k, v in getattr(rules, "CONTRACTIONS", {}).items()
        )
        self._min_stem = int(getattr(rules, "MIN_STEM", 3))
        self._compounds = tuple(self.word_key(p) for p in getattr(rules, "COMPOUND_PREFIXES", ()))
        self.doubtful_finals: dict[str, str] = dict(getattr(rules, "DOUBTFUL_FINALS", {}))

    # -- words ---------------------------------------------------------------------------

    def _plain(self, word: str) -> str:
        """The word with marks and dropped characters removed, letters unified, case folded."""
        if self._decompose and not word.isascii():
            word = "".join(
                c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c)
            )
        return word.translate(self._table).casefold()

    def word_key(self, word: str) -> str:
        """The key of one word, with spelling folds and article forms unified."""
        key = self._word_cache.get(word)
        if key is None:
            key = self._plain(word)
            if key in self._articles:
                key = self.article
            else:
                for pattern, repl in self._folds:
                    key = pattern.sub(repl, key)
                key = self._synonyms.get(key, key)
            if len(self._word_cache) > 200_000:
                self._word_cache.clear()
            self._word_cache[word] = key
        return key

    def without_article(self, clitic: str) -> str:
        """A prefix lookup_forms reported, less the article: the letters that are no part of the
        name ("بال" → "ب")."""
        art = self.joined_article
        return clitic[: -len(art)] if art and clitic.endswith(art) else clitic

    def is_article(self, key: str) -> bool:
        return bool(self.article) and key == self.article

    def tokenise(self, text: str) -> list[Token]:
        """The words of a text with their keys; an assimilated article joined by a hyphen
        ("As-Sweida") gets the article's key."""
        tokens = []
        cache, hyphen_articles, joiners = self._word_cache, self._hyphen_articles, self._joiners
        size = len(text)
        for m in _WORD.finditer(text):
            word = m.group()
            key = cache.get(word) or self.word_key(word)
            start, end = m.span()
            if (
                hyphen_articles
                and end < size
                and text[end] in joiners
                and word.casefold() in hyphen_articles
            ):
                key = self.article
            tokens.append(Token(start, end, word, key))
        return tokens

    def lookup_forms(self, key: str) -> tuple[tuple[str, str], ...]:
        """A report word's key as it may stand in a name: itself, then without a proclitic
        ("بادلب" → "ادلب"), then without the article, each with the prefix it lost."""
        forms = self._forms_cache.get(key)
        if forms is not None:
            return forms
        found: list[tuple[str, str]] = [(key, "")]
        if self._proclitics:
            for clitic in self._proclitics:
                if key.startswith(clitic) and len(key) - len(clitic) >= self._min_stem:
                    found.append((key[len(clitic) :], clitic))
            for short, full in self._contractions:
                if key.startswith(short) and len(key) - len(short) >= self._min_stem - 1:
                    found.append((full + key[len(short) :], short[:-1]))
        art = self.joined_article
        if art:
            for form, clitic in list(found):
                if form.startswith(art) and len(form) - len(art) >= self._min_stem:
                    found.append((form[len(art) :], clitic + art))
        # Least stripped first: "ولبنان" is "و" + "لبنان" before it is "ول" + "بنان".
        forms = tuple(sorted(dict.fromkeys(found), key=lambda f: len(f[1])))
        if len(self._forms_cache) > 200_000:
            self._forms_cache.clear()
        self._forms_cache[key] = forms
        return forms

    def clitic_forms(self, key: str) -> tuple[str, ...]:
        """A report word's key, and its keys without a proclitic ("بريف" → "ريف"), but not without
        the article ("القرية" is not "قرية")."""
        art = self.joined_article
        return tuple(
            f for f, clitic in self.lookup_forms(key) if not (art and clitic.endswith(art))
        )

    # -- names ---------------------------------------------------------------------------

    def name_tokens(self, name: str) -> list[str]:
        """The keys of a name's words, read as a name: an assimilated article between words is an
        article with or without a hyphen ("Busra Esh Sham")."""
        name = _PARENTHETICAL.sub(" ", name)
        words = list(_WORD.finditer(name))
        keys = []
        for n, m in enumerate(words):
            key = self.word_key(m.group())
            if m.group().casefold() in self._hyphen_articles and n + 1 < len(words):
                key = self.article
            keys.append(key)
        return keys

    def name_keys(self, name: str) -> set[str]:
        """Every key under which a name is found: as written, without a leading article, with an
        attached article ("Elbab") split off, and compounds ("Kafr Nabl") joined or apart."""
        tokens = self.name_tokens(name)
        if not tokens:
            return set()
        variants = {tuple(tokens)}
        if self._attached:
            for v in list(variants):
                split: list[str] = []
                for t in v:
                    head = next(
                        (
                            a
                            for a in self._attached
                            if t.startswith(a) and len(t) - len(a) >= self._attached_min
                        ),
                        None,
                    )
                    split.extend([self.article, self.word_key(t[len(head) :])] if head else [t])
                variants.add(tuple(split))
        for v in list(variants):
            if len(v) > 1 and self.is_article(v[0]):
                variants.add(v[1:])
        for v in list(variants):
            if len(v) > 1 and v[0] in self._compounds:
                variants.add((v[0] + v[1], *v[2:]))
            elif v and len(v[0]) > 5:
                head = next(
                    (p for p in self._compounds if v[0].startswith(p) and len(v[0]) - len(p) >= 3),
                    None,
                )
                if head:
                    variants.add((head, v[0][len(head) :], *v[1:]))
        return {" ".join(v) for v in variants if v}

    def key(self, name: str) -> str:
        """The one key of a name as written (what lookup compares)."""
        return " ".join(self.name_tokens(name))


@cache
def orthography(language: str) -> Orthography:
    """The spelling rules for a language code ("en", "ar"), from tally/lang/<code>/orthography.py."""
    try:
        rules = importlib.import_module(f"tally.lang.{language}.orthography")
    except ModuleNotFoundError:
        raise ValueError(
            f"no spelling rules for language {language!r}: tally/lang/{language}/orthography.py "
            "does not exist"
        ) from None
    return Orthography(language, rules)


_ARABIC_LETTER = re.compile(r"[\u0600-\u06ff]")


def guess_language(text: str) -> str:
    """ "ar" for text in Arabic script, otherwise "en"."""
    return "ar" if _ARABIC_LETTER.search(text) else "en"
