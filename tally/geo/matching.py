"""Finding place names in a report's text, fast, and deciding which mentions are places at all.

The names of every place are indexed by key (tally.geo.normalise) in one dict, with the set of
their word prefixes, so a text is read once, left to right: at each word the index says at once
whether a name can start there, and the longest name that passes the guards wins. The guards keep
ordinary words out: a name that is also a common word, a person's name or a place abroad needs a
cue ("the village of ..."), a short or minor one a context word ("in", "near", "في"), and in
English a name must be capitalised and not be part of a longer proper noun. The words are data in
tally.lang.<code>.places.
"""

from __future__ import annotations

import importlib
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from types import ModuleType

from tally.geo.normalise import Orthography, Token, orthography
from tally.geo.records import Entry

#: Longest name, in words, that the index holds (longer spellings are not indexed).
MAX_WORDS = 6
#: Characters that may stand between the words of one name or of a name and its cue.
_JOIN = frozenset(" \t\u00a0-‐‑–_'’")
#: Characters that may stand between names of a list ("Kansafra, Has").
_LIST = frozenset(" \t\u00a0,،")
#: Arabic marks and tatweel, stripped from a word's end before its last letter is read.
_MARK_CHARS = "".join(chr(c) for c in range(0x064B, 0x0660)) + "\u0670\u0640"
#: Characters that may open a sentence before its first word, and those that end one.
_OPENERS = frozenset(" \t\u00a0\"'“‘«([*#")
_ENDERS = frozenset(".!?:;\n\r•|-–—…")


def _joined(text: str, a: int, b: int) -> bool:
    return all(c in _JOIN for c in text[a:b])


@dataclass(slots=True)
class Mention:
    """A name found in a text: where, the places it may be, and the sense its cue gives."""

    start: int
    end: int
    #: Token index after the mention (its cue words included).
    next_token: int
    candidates: list[Entry]
    sense: str | None
    #: For a neighbourhood named without a cue: kept only if its city is named too.
    needs_city: bool = False


class PlaceWords:
    """A language's place words (tally.lang.<code>.places), as keys."""

    def __init__(self, orth: Orthography, data: ModuleType) -> None:
        def words(name: str) -> frozenset[str]:
            return frozenset(orth.word_key(w) for w in getattr(data, name, ()))

        def names(name: str) -> frozenset[str]:
            return frozenset(orth.key(w) for w in getattr(data, name, ()))

        def senses(name: str) -> dict[str, str]:
            return {orth.word_key(w): s for w, s in getattr(data, name, {}).items()}

        self.cased = bool(getattr(data, "CASED", False))
        self.cues_after = senses("CUES_AFTER")
        self.cue_pairs = {
            (orth.word_key(a), orth.word_key(b)): s
            for (a, b), s in getattr(data, "CUES_AFTER_PAIRS", {}).items()
        }
        self.cues_before = senses("CUES_BEFORE")
        of = getattr(data, "OF", "")
        self.of = orth.word_key(of) if of else ""
        without_of = words("CUES_BEFORE_WITHOUT_OF")
        self.cues_without_of = without_of if self.of else frozenset(self.cues_before)
        self.directions_before = words("DIRECTIONS_BEFORE")
        self.directions_after = words("DIRECTIONS_AFTER")
        self.context = words("CONTEXT_BEFORE")
        self.of_heads = words("OF_HEADS")
        self.joiners = words("LIST_JOINERS")
        self.context_clitics = words("CONTEXT_PROCLITICS")
        self.list_clitic = orth.word_key(getattr(data, "LIST_PROCLITIC", "")) or None
        possessive = getattr(data, "POSSESSIVE", "")
        self.possessive = orth.word_key(possessive) if possessive else None
        self.facilities = words("FACILITY_WORDS")
        self.function = words("FUNCTION_WORDS")
        self.ambiguous = names("AMBIGUOUS_NAMES")
        self.common = names("COMMON_WORDS")
        self.persons = words("PERSON_NAMES")
        self.cue_words = (
            frozenset(self.cues_after)
            | frozenset(self.cues_before)
            | self.directions_before
            | self.directions_after
        )


class Matcher:
    """The name index of one language and the scan of a text against it."""

    def __init__(self, language: str, entries: Sequence[Entry]) -> None:
        self.orth = orthography(language)
        try:
            data = importlib.import_module(f"tally.lang.{language}.places")
        except ModuleNotFoundError:
            raise ValueError(
                f"no place words for language {language!r}: tally/lang/{language}/places.py "
                "does not exist"
            ) from None
        self.words = PlaceWords(self.orth, data)
        self.entries = entries
        self.index: dict[str, list[int]] = {}
        self.prefixes: set[str] = set()
        for n, entry in enumerate(entries):
            self._add(n, entry.names(language))

    def _add(self, n: int, names: Iterable[str]) -> None:
        for name in names:
            for key in self.orth.name_keys(name):
                words = key.split(" ")
                if len(words) > MAX_WORDS:
                    continue
                ids = self.index.setdefault(key, [])
                if n not in ids:
                    ids.append(n)
                for k in range(1, len(words)):
                    self.prefixes.add(" ".join(words[:k]))

    def candidates(self, key: str) -> list[Entry]:
        return [self.entries[n] for n in self.index.get(key, ())]

    # -- scanning ------------------------------------------------------------------------

    def scan(self, text: str) -> list[Mention]:
        """The place mentions in a text, left to right, not overlapping, longest first."""
        toks = self.orth.tokenise(text)
        index, prefixes, cased = self.index, self.prefixes, self.words.cased
        mentions: list[Mention] = []
        n = len(toks)
        i = 0
        while i < n:
            tok = toks[i]
            if cased and not (tok.text[0].isupper() or self.orth.is_article(tok.key)):
                i += 1
                continue
            found: list[tuple[int, str, str]] = []
            for form, clitic in self.orth.lookup_forms(tok.key):
                key, j = form, i + 1
                while True:
                    if key in index:
                        found.append((j, clitic, key))
                    if j >= n or j - i >= MAX_WORDS or key not in prefixes:
                        break
                    if not _joined(text, toks[j - 1].end, toks[j].start):
                        break
                    key = f"{key} {toks[j].key}"
                    j += 1
                if form in self.words.ambiguous or form in self.words.common:
                    break  # a word of its own: "لبنان" is not "ل" + "بنان"
            found.sort(key=lambda f: -f[0])
            mention = None
            for j, clitic, key in found:
                mention = self._judge(text, toks, i, j, clitic, key, mentions)
                if mention is not None:
                    break
            if mention is None:
                i += 1
            else:
                mentions.append(mention)
                i = mention.next_token
        return mentions

    def _forms(self, tok: Token) -> tuple[str, ...]:
        return self.orth.clitic_forms(tok.key)

    def _judge(
        self,
        text: str,
        toks: list[Token],
        i: int,
        j: int,
        clitic: str,
        key: str,
        mentions: list[Mention],
    ) -> Mention | None:
        """The mention of toks[i:j] if it passes the guards, with its cue words, else None."""
        w = self.words
        cands = self.candidates(key)
        levels = {c.level for c in cands}
        floor = mentions[-1].next_token if mentions else 0
        content = [x for x in range(i, j) if not self.orth.is_article(toks[x].key)]
        if not content:
            return None
        if w.cased and not toks[content[0]].text[0].isupper():
            return None
        after_sense, end_tok, directions_end = self._cue_after(text, toks, j)
        before_sense, start_tok = self._cue_before(text, toks, i, floor)
        sense = after_sense or before_sense
        if before_sense and not after_sense and directions_end > j:
            end_tok = directions_end
        previous = self._continues(text, toks, i, clitic, mentions)
        if sense is None and previous is not None and not clitic:
            sense = previous.sense  # "the villages of Kansafra, Has and ..." (not "و" + name)
        strong = sense is not None
        weak = strong or previous is not None or self._context_before(text, toks, i, clitic)
        if self.orth.without_article(clitic) != clitic and not weak:
            return None  # "الشهباء" read as "شهبا" needs a context word
        if "governorate" not in levels:
            content_keys = [k for k in key.split(" ") if not self.orth.is_article(k)]
            content_key = " ".join(content_keys)
            single = len(content_keys) == 1
            if single and len(content_key.replace(" ", "")) <= 3:
                if not weak:
                    return None
                raw = toks[content[0]].text
                if w.cased and raw != raw[:1].upper() + raw[1:].lower():
                    return None
            proclitic = self.orth.without_article(clitic)
            surface = " ".join([toks[i].key[len(proclitic) :], *(t.key for t in toks[i + 1 : j])])
            if (key in w.ambiguous or surface in w.ambiguous) and not strong:
                return None
            if (
                content_key in w.common
                and not weak
                and (not w.cased or self._sentence_start(text, toks[i].start))
            ):
                return None
            if all(k in w.persons for k in content_keys) and not strong:
                return None
            if not levels & {"district", "subdistrict"}:
                if w.cased:
                    if start_tok == i and self._proper_noun_before(text, toks, i, floor):
                        return None
                    if single and end_tok == j and self._proper_noun_after(text, toks, j):
                        return None
                elif single and not (
                    weak and (strong or not self._doubtful_final(toks[i], key, cands))
                ):
                    return None
        start = toks[start_tok].start + self._proclitic_offset(toks[start_tok])
        return Mention(
            start=start,
            end=toks[end_tok - 1].end,
            next_token=end_tok,
            candidates=cands,
            sense=sense,
            needs_city=levels == {"neighbourhood"} and sense != "neighbourhood",
        )

    def _cue_after(self, text: str, toks: list[Token], j: int) -> tuple[str | None, int, int]:
        """The sense a cue after the name gives, the token after the cue, and the token after any
        compass words that follow the name."""
        w, n, k = self.words, len(toks), j
        if (
            w.possessive
            and k < n
            and toks[k].key == w.possessive
            and text[toks[k - 1].end : toks[k].start] in ("'", "’")
        ):
            k += 1
        while (
            k < n
            and k - j < 3
            and toks[k].key in w.directions_after
            and self._adjacent(text, toks, k)
        ):
            k += 1
        directions_end = k if k > j and toks[k - 1].key in w.directions_after else j
        if k < n and self._adjacent(text, toks, k):
            for form in self._forms(toks[k]):
                if form in w.cues_after:
                    return w.cues_after[form], k + 1, directions_end
            if k + 1 < n and self._adjacent(text, toks, k + 1):
                pair = (toks[k].key, toks[k + 1].key)
                if pair in w.cue_pairs:
                    return w.cue_pairs[pair], k + 2, directions_end
        return None, j, directions_end

    def _cue_before(
        self, text: str, toks: list[Token], i: int, floor: int
    ) -> tuple[str | None, int]:
        """The sense a cue before the name gives, and the first token of the mention."""
        w = self.words
        k = i - 1
        if k < floor or not self._adjacent(text, toks, i):
            return None, i
        sense: str | None = None
        start = i
        if w.of and toks[k].key == w.of:
            if (
                k - 1 >= floor
                and self._adjacent(text, toks, k)
                and toks[k - 1].key in w.cues_before
            ):
                sense, start = w.cues_before[toks[k - 1].key], k - 1
        else:
            for form in self._forms(toks[k]):
                if form in w.cues_without_of:
                    sense, start = w.cues_before[form], k
                    break
        if sense is None and toks[k].key in w.directions_before:
            return None, k
        while (
            sense is not None
            and start - 1 >= floor
            and toks[start - 1].key in w.directions_before
            and self._adjacent(text, toks, start)
        ):
            start -= 1
        return sense, start

    def _context_before(self, text: str, toks: list[Token], i: int, clitic: str) -> bool:
        w = self.words
        if clitic and clitic in w.context_clitics:
            return True
        k = i - 1
        if k < 0 or not self._adjacent(text, toks, i):
            return False
        if w.of and toks[k].key == w.of:
            return k >= 1 and toks[k - 1].key in w.of_heads
        return any(f in w.context or f in w.directions_before for f in self._forms(toks[k]))

    def _continues(
        self, text: str, toks: list[Token], i: int, clitic: str, mentions: list[Mention]
    ) -> Mention | None:
        """The mention before this one if the two stand in one list ("Kansafra, Has and Tal")."""
        if not mentions:
            return None
        prev = mentions[-1]
        w = self.words
        if prev.next_token == i:
            gap = text[toks[i - 1].end : toks[i].start]
            if all(c in _LIST for c in gap) and (
                any(c in ",،" for c in gap)
                or (w.list_clitic is not None and clitic.startswith(w.list_clitic))
            ):
                return prev
        if prev.next_token == i - 1 and toks[i - 1].key in w.joiners:
            gaps = text[toks[i - 2].end : toks[i - 1].start] + text[toks[i - 1].end : toks[i].start]
            if all(c in _LIST for c in gaps):
                return prev
        return None

    def _proper_noun_before(self, text: str, toks: list[Token], i: int, floor: int) -> bool:
        """Whether a capitalised word that is no place word stands right before the name
        ("Mohammed Karim"), making it part of a person's or an organisation's name."""
        k = i - 1
        if k >= floor and self.orth.is_article(toks[k].key) and self._adjacent(text, toks, i):
            k, i = k - 1, k  # the word before the article ("Jabal al-Zawiya")
        if k < floor or text[toks[k].end : toks[i].start] not in (" ", "-"):
            return False
        word = toks[k]
        w = self.words
        return word.text[0].isupper() and not (
            word.key in w.function or word.key in w.context or word.key in w.cue_words
        )

    def _proper_noun_after(self, text: str, toks: list[Token], j: int) -> bool:
        """Whether a capitalised word that is no place or facility word follows the name
        ("Sultan Murad", "Free Syrian Army")."""
        if j >= len(toks) or text[toks[j - 1].end : toks[j].start] not in (" ", "-"):
            return False
        word = toks[j]
        w = self.words
        return word.text[0].isupper() and not (
            word.key in w.facilities
            or word.key in w.function
            or word.key in w.cue_words
            or word.key in self.index
            or word.key in self.prefixes
        )

    def _doubtful_final(self, tok: Token, key: str, cands: list[Entry]) -> bool:
        """Whether the word ends in a letter that makes it doubtful as this name ("منزله", his
        house, for the village "منزلة"), because no spelling of the name ends in it."""
        last = tok.text.rstrip(_MARK_CHARS)[-1:]
        if last not in self.orth.doubtful_finals:
            return False
        for c in cands:
            for name in c.names(self.orth.language):
                if name.rstrip(_MARK_CHARS).endswith(last) and self.orth.key(name) == key:
                    return False
        return True

    @staticmethod
    def _sentence_start(text: str, start: int) -> bool:
        """Whether a word at `start` begins a sentence, a heading or a list item, where any word
        is capitalised."""
        k = start - 1
        while k >= 0 and text[k] in _OPENERS:
            k -= 1
        return k < 0 or text[k] in _ENDERS

    def _proclitic_offset(self, tok: Token) -> int:
        """How many characters of a word that starts a mention are a proclitic to leave out of
        it ("بالحسكة" → "الحسكة", "ومدينة" → "مدينة"); "للرقة" keeps its contracted article."""
        art = self.orth.joined_article
        for form, clitic in self.orth.lookup_forms(tok.key):
            proclitic = self.orth.without_article(clitic)
            if not proclitic or not (
                form in self.index
                or form in self.prefixes
                or form in self.words.cues_before
                or form in self.words.cue_words
            ):
                continue
            if tok.key[len(proclitic) :] in (form, art + form):
                count = len(proclitic)
                for n, c in enumerate(tok.text):
                    if count == 0:
                        return n
                    if not unicodedata.combining(c) and c != "\u0640":
                        count -= 1
        return 0

    def _adjacent(self, text: str, toks: list[Token], k: int) -> bool:
        """Whether toks[k] follows toks[k - 1] with only spaces or hyphens between."""
        return k > 0 and _joined(text, toks[k - 1].end, toks[k].start)
