"""What the linker knows of one report: when, where, what kind of event, who, which figures and
which words — read from its title and opening (where reports say what happened) and its claims.

Features are computed once, when a report is stored, and kept with it (as JSON), so that linking a
new report compares it with stored ones without reading their texts again.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, fields, replace
from datetime import date
from typing import Any

from tally.extract.doc import Doc
from tally.extract.pipeline import Pipeline, register
from tally.extract.tokens import tokenize
from tally.geo import Gazetteer
from tally.ingest.normalise import detect_language
from tally.lang import SUPPORTED
from tally.link.dates import header_month_days, url_day, written_days
from tally.link.words import link_words
from tally.model import Claim, Place, Report, Toll

#: How much of a report's text tells its event: the opening, where reports say what happened,
#: when and where. Later text is background, related news and page furniture.
LEDE_CHARS = 700
#: Sentences of the opening whose dates count as the event's.
LEDE_SENTENCES = 4
#: Claims that tell the report's own event (the first ones it makes).
LEAD_CLAIMS = 4
#: At most this many content words are kept per report.
MAX_WORDS = 60
#: Levels of place precise enough to say two reports are about one place.
SPECIFIC = ("neighbourhood", "community", "subdistrict", "district")
#: Outcomes and groups whose figures are compared.
FIGURE_OUTCOMES = ("killed", "injured")
FIGURE_GROUPS = ("all", "civilians", "children")
#: Web addresses in a text: their pieces ("https", link ids) are not words of the report.
_URL = re.compile(r"(?:https?://|www\.)\S+")


def _all_tokens(doc: Doc) -> None:
    """Tokens of the whole opening: its dateline ("Ar-Raqqa, 20/01/2022") tells the day even
    where it names no victim (extraction reads only the paragraphs that do)."""
    doc.tokens = tokenize(doc.text, 0, doc.lex.normalise)


register("link_tokens", _all_tokens)
_dates = Pipeline(("link_tokens", "sentences", "dates"))


@dataclass(frozen=True)
class LinkFeatures:
    """One report, as the linker compares it with others. Every field is sorted (deterministic)."""

    language: str
    #: Publication date (ISO): the report's, else the one its address tells (tally.link.dates).
    published: str | None
    #: Days the title, opening and leading claims give for the event (ISO).
    days: tuple[str, ...]
    #: Weekdays (0 = Monday) the opening names for the event when it cannot tell their dates (no
    #: publication date to count back from): "on Friday".
    weekdays: tuple[int, ...]
    #: Days of the year ("06-20") the opening names without a year it can tell: "on June 20".
    month_days: tuple[str, ...]
    #: Days a running total counts from ("since the start of the attack on January 20").
    start_days: tuple[str, ...]
    #: Precise places (P-codes, or "name:" + name where the gazetteer could not tell which).
    places: tuple[str, ...]
    #: Governorates (P-codes or names) of every place named in the title and opening.
    governorates: tuple[str, ...]
    #: Party keys named (tally/vocab/parties.toml).
    parties: tuple[str, ...]
    #: Kinds of event named (airstrike, shelling, ...; tally/lang/<code>/linking.py).
    kinds: tuple[str, ...]
    #: The report follows up an event ("death toll rises", "since the start of").
    follow_up: bool
    #: "outcome:group:best" of the report's toll, for the figures above 0.
    figures: tuple[str, ...]
    #: Content words of the title and opening (spelling-normalised keys).
    words: tuple[str, ...]
    #: Content words of the title.
    title: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {k: list(v) if isinstance(v, tuple) else v for k, v in asdict(self).items()}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> LinkFeatures:
        values: dict[str, Any] = {}
        for f in fields(cls):
            value = data.get(f.name)
            # Features stored by an older tally lack the newer fields: none of those found.
            sequence = isinstance(value, list) or str(f.type).startswith("tuple")
            values[f.name] = tuple(value or ()) if sequence else value
        return cls(**values)

    @property
    def dates(self) -> tuple[str, ...]:
        """The days the report is about: those it gives, else the day it was published."""
        given = tuple(sorted({*self.days, *self.start_days}))
        return given or ((self.published,) if self.published else ())

    @property
    def dated_by_publication(self) -> bool:
        return not (self.days or self.start_days) and self.published is not None

    def blocking_keys(self) -> set[str]:
        """Blocking keys: two reports the linker may join share at least one (tally.link.matching
        joins only reports with a place, a day within one of each other, or words in common)."""
        keys = {f"p:{p}" for p in self.places}
        keys |= {f"w:{w}" for w in (*self.words, *self.title)}
        for day in self.dates:
            # A day and the next: reports a day apart share the key of the later day.
            keys |= {f"d:{day}", f"d:{date.fromordinal(date.fromisoformat(day).toordinal() + 1)}"}
        return keys


def link_features(report: Report, claims: list[Claim], toll: Toll) -> LinkFeatures:
    """The linking features of a report, from its text, its claims and its toll."""
    title = (report.title or "").strip()
    lede = report.text[:LEDE_CHARS]
    opening = f"{title}\n{lede}" if title and title not in lede else lede
    seen = detect_language(opening)
    language = seen if seen in SUPPORTED else report.language
    words = link_words(language)

    published = report.published or url_day(report.url)
    days = {d.isoformat() for d in written_days(opening)}
    parties: set[str] = set()
    doc = _dates(replace(report, text=opening, language=language, published=published))
    lede_sentences = doc.sentences[: LEDE_SENTENCES + (1 if title else 0)]
    for sentence in lede_sentences:
        if sentence.date:
            days.add(sentence.date)
    weekdays: set[int] = set()
    month_days: set[str] = set()
    if published is None and lede_sentences:
        weekdays, month_days = _undated_days(doc, lede_sentences[-1].end)
    if published is None and not days:
        month_days |= header_month_days(opening)
    for i in range(len(doc.tokens)):
        party = doc.lex.party_at(doc.tokens, i)
        if party:
            parties.add(party[1])

    start_days: set[str] = set()
    places: set[str] = set()
    governorates: set[str] = set()
    lead = [c for c in claims if not c.background and c.scope != "period"][:LEAD_CLAIMS]
    for claim in lead:
        if claim.scope == "cumulative" and claim.date:
            start_days.add(claim.date[:10])
        elif claim.date and len(claim.date) >= 10:
            days.add(claim.date[:10])
        for c in (claim, *claim.parts):
            if c.party:
                parties.add(c.party)
        if claim.place is not None:
            _add_place(claim.place, places, governorates)
    for _, _, place in Gazetteer.load().find(opening, language):
        _add_place(place, places, governorates)

    keys = [t.key for t in words.orthography.tokenise(_URL.sub(" ", opening))]
    follow_up, kinds = words.scan(keys)
    follow_up = follow_up or bool(start_days)
    content = list(dict.fromkeys(words.content(keys)))[:MAX_WORDS]
    title_words = words.content([t.key for t in words.orthography.tokenise(title)]) if title else []

    figures = {
        f"{outcome}:{group}:{figure.best}"
        for outcome in FIGURE_OUTCOMES
        for group, figure in toll.get(outcome, {}).items()
        if group in FIGURE_GROUPS and figure.best > 0
    }
    return LinkFeatures(
        language=language,
        published=published.isoformat() if published else None,
        days=tuple(sorted(days)),
        weekdays=tuple(sorted(weekdays)),
        month_days=tuple(sorted(month_days - {d[5:] for d in days})),
        start_days=tuple(sorted(start_days)),
        places=tuple(sorted(places)),
        governorates=tuple(sorted(governorates)),
        parties=tuple(sorted(parties)),
        kinds=tuple(sorted(kinds)),
        follow_up=follow_up,
        figures=tuple(sorted(figures)),
        words=tuple(sorted(content)),
        title=tuple(sorted(set(title_words))),
    )


def _undated_days(doc: Doc, end: int) -> tuple[set[int], set[str]]:
    """The weekdays ("on Friday", "يوم الجمعة") and days without a year ("June 20") named in the
    first `end` tokens of a report that has no publication date to resolve them against."""
    toks, lex = doc.tokens, doc.lex
    weekdays: set[int] = set()
    month_days: set[str] = set()
    for i in range(min(end, len(toks))):
        weekday = lex.weekdays.match(toks, i)
        if weekday:
            k = i + weekday[0]
            before = i > 0 and (
                toks[i - 1].norm in lex.date_prepositions
                or any(lex.relative_days.match(toks, j) for j in range(max(0, i - 2), i))
            )
            if before or (k < len(toks) and toks[k].norm in lex.date_postpositions):
                weekdays.add(weekday[1])
        month = lex.months.match(toks, i)
        if month:
            k = i + month[0]
            day = _day_of_month(toks[i - 1].text) if i > 0 else None
            if day is None and k < len(toks):
                day = _day_of_month(toks[k].text)
            if day is not None:
                month_days.add(f"{month[1]:02d}-{day:02d}")
    return weekdays, month_days


def _day_of_month(text: str) -> int | None:
    return int(text) if text.isdigit() and len(text) <= 2 and 1 <= int(text) <= 31 else None


def _add_place(place: Place, places: set[str], governorates: set[str]) -> None:
    if place.precision in SPECIFIC:
        places.add(place.pcode or f"name:{place.name.casefold()}")
    if place.precision == "governorate":
        governorates.add(place.name)
    elif place.governorate:
        governorates.add(place.governorate)
