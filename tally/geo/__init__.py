"""tally's gazetteer of Syrian places: look names up, and find place mentions in reports.

    from tally.geo import Gazetteer
    gaz = Gazetteer.load()
    gaz.lookup("Idlib")                       # [Place(Idleb, governorate, SY07), ...]
    gaz.find("shelling on Kansafra in Idleb countryside")   # [(start, end, Place), ...]

The data is built from OCHA and OpenSyria sources by scripts/build_gazetteer.py (see
tally/geo/data/ATTRIBUTION.md and docs/gazetteer.md). A CSV file named by the TALLY_PLACES
environment variable adds local names and places when the gazetteer is loaded.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import ClassVar

from tally.geo.matching import Matcher, Mention
from tally.geo.normalise import guess_language, orthography
from tally.geo.records import (
    LEVELS,
    Entry,
    GazetteerError,
    merge_places,
    read_built,
    read_places_csv,
)
from tally.geo.senses import Anchor, choose, ranked
from tally.model import Place

__all__ = ["LEVELS", "PLACES_ENV", "Gazetteer", "GazetteerError"]

#: Languages with spelling rules (tally/lang/<code>/orthography.py).
SPELLED = ("en", "ar")

#: Environment variable naming a user's places file (CSV) to merge when the gazetteer is loaded.
PLACES_ENV = "TALLY_PLACES"
DATA_FILE = Path(__file__).parent / "data" / "gazetteer.json.gz"


class Gazetteer:
    """Syrian places by name and P-code, from governorates down to city neighbourhoods."""

    _loaded: ClassVar[dict[tuple[str, float], Gazetteer]] = {}

    def __init__(self, entries: Sequence[Entry]) -> None:
        self._entries = list(entries)
        self._by_pcode = {e.pcode: e for e in self._entries if e.pcode}
        self._matchers: dict[str, Matcher] = {}

    @classmethod
    def load(cls) -> Gazetteer:
        """The packaged gazetteer, with the TALLY_PLACES file merged in if that is set; read once
        and shared (read again when TALLY_PLACES or that file changes)."""
        user = os.environ.get(PLACES_ENV, "").strip()
        try:
            stamp = Path(user).stat().st_mtime if user else 0.0
        except OSError:
            stamp = -1.0
        key = (user, stamp)
        cached = cls._loaded.get(key)
        if cached is None:
            entries = read_built(DATA_FILE)
            if user:
                entries = merge_places(entries, read_places_csv(Path(user)))
            cached = cls(entries)
            cls._loaded = {key: cached}
        return cached

    # -- queries -------------------------------------------------------------------------

    def lookup(self, name: str, language: str | None = None) -> list[Place]:
        """Places whose name or alias matches `name` after normalisation, best first: the largest
        unit, or the town that names its district, before villages of the same name."""
        if language not in SPELLED:
            language = guess_language(name)
        orth = orthography(language)
        matcher = self._matcher(language)
        key = orth.key(name)
        cands = matcher.candidates(key)
        if not cands and key:
            # Without a leading article or proclitic ("Al-Kishkiyah", "بادلب").
            words = key.split(" ")
            if orth.is_article(words[0]) and len(words) > 1:
                cands = matcher.candidates(" ".join(words[1:]))
            for form, _ in orth.lookup_forms(words[0])[1:]:
                cands = cands or matcher.candidates(" ".join([form, *words[1:]]))
        return [self._place(e, name.strip()) for group in ranked(cands) for e in group]

    def find(self, text: str, language: str = "en") -> list[tuple[int, int, Place]]:
        """Place mentions in a text as (start, end, Place), in order and not overlapping.

        A mention covers the name and the words that set its sense ("Idleb countryside", "the
        city of Homs", "ريف إدلب الجنوبي"). When several places share the name and the text does
        not tell which is meant, the Place has the level but no pcode (and no governorate unless
        all of them share one). A language the gazetteer has no spelling rules for ("und", "tr")
        is taken from the text's script."""
        if language not in SPELLED:
            language = guess_language(text)
        mentions = self._matcher(language).scan(text)
        return self._resolve(text, mentions)

    def by_pcode(self, pcode: str) -> Place | None:
        """The place with this P-code (OCHA's, or TALLY-... for tally's own additions)."""
        entry = self._by_pcode.get(pcode.strip())
        return self._place(entry) if entry else None

    # -- resolution ----------------------------------------------------------------------

    def _resolve(self, text: str, mentions: list[Mention]) -> list[tuple[int, int, Place]]:
        """Choose one place for each mention, using the other places the text names."""
        named = {c.pcode for m in mentions for c in m.candidates}
        kept: list[tuple[Mention, list[Entry]]] = []
        for m in mentions:
            cands = m.candidates
            if m.needs_city:
                cands = [c for c in cands if c.city in named]
                if not cands:
                    continue
            kept.append((m, ranked(cands, m.sense)[0]))
        chosen: dict[int, Entry] = {}
        anchors: list[Anchor] = []
        for n, (m, group) in enumerate(kept):
            if len(group) == 1:
                chosen[n] = group[0]
                anchors.append(self._anchor(m, group[0]))
        for _ in range(2):
            for n, (m, group) in enumerate(kept):
                if n in chosen:
                    continue
                entry = choose(group, m.start, anchors)
                if entry is not None:
                    chosen[n] = entry
                    anchors.append(self._anchor(m, entry))
        found = []
        for n, (m, group) in enumerate(kept):
            mention = text[m.start : m.end]
            entry = chosen.get(n)
            place = self._place(entry, mention) if entry else self._undecided(group, mention)
            found.append((m.start, m.end, place))
        return found

    @staticmethod
    def _anchor(m: Mention, e: Entry) -> Anchor:
        return Anchor(m.start, e.gov, e.dist if e.level != "governorate" else None)

    def _undecided(self, group: list[Entry], mention: str) -> Place:
        first = group[0]
        govs = {e.gov for e in group}
        gov_pcode = govs.pop() if len(govs) == 1 else None
        gov = self._by_pcode.get(gov_pcode) if gov_pcode else None
        names_ar = {e.name_ar for e in group}
        return Place(
            name=first.name,
            precision=first.level,
            name_ar=first.name_ar if len(names_ar) == 1 else None,
            governorate=gov.name if gov else None,
            mention=mention,
        )

    def _place(self, entry: Entry, mention: str = "") -> Place:
        gov = self._by_pcode.get(entry.gov) if entry.gov else None
        return Place(
            name=entry.name,
            precision=entry.level,
            pcode=entry.pcode,
            name_ar=entry.name_ar,
            governorate=gov.name if gov else None,
            lat=entry.lat,
            lon=entry.lon,
            mention=mention,
        )

    def _matcher(self, language: str) -> Matcher:
        matcher = self._matchers.get(language)
        if matcher is None:
            matcher = self._matchers[language] = Matcher(language, self._entries)
        return matcher
