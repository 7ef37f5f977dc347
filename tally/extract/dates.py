"""Dates in a report: absolute ("22 February 2020", "January 20", "Feb 3, 2020", "2022-01-20")
and relative ("yesterday", "last Sunday"), resolved against the publication date.

Date tokens are remembered so that the numbers in them are never read as counts of people.
"""

from __future__ import annotations

from datetime import date, timedelta

from tally.extract.doc import Doc, Sentence
from tally.extract.tokens import Token


def _year(tok: Token) -> int | None:
    if tok.text.isdigit() and len(tok.text) == 4 and 1900 <= int(tok.text) <= 2100:
        return int(tok.text)
    return None


def _day(tok: Token) -> int | None:
    if tok.text.isdigit() and len(tok.text) <= 2 and 1 <= int(tok.text) <= 31:
        return int(tok.text)
    return None


def _make(year: int | None, month: int, day: int | None, published: date | None) -> date | None:
    if year is None:
        if published is None:
            return None
        year = published.year
        if month > published.month + 1:
            year -= 1
    try:
        return date(year, month, day or 1)
    except ValueError:
        return None


def _past_comma(toks: list[Token], k: int) -> int:
    """Where a year after a date's day or month begins: past a comma, Latin or Arabic ("26
    September، 2021", as bilingual sites print it), when a year follows it."""
    if k + 1 < len(toks) and toks[k].text in (",", "،") and _year(toks[k + 1]):
        return k + 1
    return k


def _match_at(doc: Doc, i: int) -> tuple[int, date | None, bool] | None:
    """A date starting at token i: (tokens used, the date, whether it has a day)."""
    toks, lex, pub = doc.tokens, doc.lex, doc.report.published
    n = len(toks)
    # ISO 2022-01-20
    y = _year(toks[i])
    if y and i + 4 < n and toks[i + 1].text == "-" and toks[i + 3].text == "-":
        month_text, day_text = toks[i + 2].text, toks[i + 4].text
        if month_text.isdigit() and day_text.isdigit():
            try:
                return 5, date(y, int(month_text), int(day_text)), True
            except ValueError:
                return None
    d = _day(toks[i])
    if d is not None and i + 1 < n:
        j = i + 1 + (toks[i + 1].norm in lex.ordinal_suffixes)
        j += j < n and toks[j].norm in lex.day_of_month
        month = lex.months.match(toks, j) if j < n else None
        if month:
            k = _past_comma(toks, j + month[0])
            year = _year(toks[k]) if k < n else None
            return k + (year is not None) - i, _make(year, month[1], d, pub), True
        return None
    month = lex.months.match(toks, i)
    if month:
        k = i + month[0]
        if k < n and toks[k].text == ".":
            k += 1
        day = _day(toks[k]) if k < n else None
        if day is not None:
            k += 1
            if k < n and toks[k].norm in lex.ordinal_suffixes:
                k += 1
            k = _past_comma(toks, k)
            year = _year(toks[k]) if k < n else None
            return k + (year is not None) - i, _make(year, month[1], day, pub), True
        year = _year(toks[k]) if k < n else None
        if year is not None:
            return k + 1 - i, _make(year, month[1], None, pub), False
        return None
    rel = lex.relative_days.match(toks, i)
    if rel and pub is not None:
        return rel[0], pub + timedelta(days=rel[1]), True
    wd = lex.weekdays.match(toks, i)
    if wd:
        k = i + wd[0]
        marked = i > 0 and toks[i - 1].norm in lex.date_prepositions
        if k < n and toks[k].norm in lex.date_postpositions:  # Arabic "الأحد الماضي"
            marked, k = True, k + 1
        if not marked or pub is None:
            return k - i, None, False  # a weekday is never a count ("الأحد" is also "one")
        back = (pub.weekday() - wd[1]) % 7 or 7
        return k - i, pub - timedelta(days=back), True
    if y is not None:
        return 1, date(y, 1, 1), False
    return None


def find_dates(doc: Doc) -> None:
    """Mark date tokens and give each sentence the first full date it states."""
    toks, lex = doc.tokens, doc.lex
    for s in doc.sentences:
        i = s.start
        while i < s.end:
            norm = toks[i].norm
            could_start = norm in lex.date_starts or norm[:1].isdigit()
            found = _match_at(doc, i) if could_start else None
            if not found:
                i += 1
                continue
            used, when, has_day = found
            doc.date_tokens.update(range(i, i + used))
            opening = i == s.start or (
                i == s.start + 1 and toks[s.start].norm in lex.date_prepositions
            )
            if opening and has_day:
                s.opens_with_day = True
                s.opening_date = when.isoformat() if when is not None else None
            if when is not None and has_day:
                s.date = s.date or when.isoformat()
                s.dates.append((toks[i].start, when.isoformat()))
            if when is not None and doc.report.published is not None:
                _mark_background(s, when, has_day, doc.report.published)
            i += used


def _mark_background(s: Sentence, when: date, has_day: bool, published: date) -> None:
    """A sentence about a year before the report's (e.g. "in March 2019") is background."""
    if not has_day and when.year < published.year:
        s.background = True
