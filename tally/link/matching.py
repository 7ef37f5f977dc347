"""Does a report describe the same event as another? A score with its reasons, and a threshold.

The score adds up evidence, each piece weighed by how much more often it holds for two reports of
one event than for two reports of different events (roughly a log-likelihood ratio):

- when: the days the two reports give (in their openings, or when they were published) — the
  same day is strong evidence, days far apart rule the pair out (a wider window for reports that
  follow an event up: "the death toll has risen", "since the start of"); without days to compare,
  the same day of the year or the same weekday an undated report names ("on Friday");
- where: the same village or neighbourhood, or the same governorate; other places count against;
- words: the share of their content words in common (of the report with fewer);
- what and who: the kind of event, the parties, the same figures; other kinds and parties count
  against.

Two reports must share a place, a day (give or take one) or much of their wording to be linked at
all, so that the store only compares reports with something in common (LinkFeatures.blocking_keys).

The score of a pair depends on the two reports only, never on which others are stored or in what
order they came: that is what makes linking deterministic (see tally.link.clusters). The weights
were set from the distribution of these features among pairs of reports of the same and of
different Airwars incidents, then adjusted one at a time where that raised the linking F1 on half
of those incidents without costing much precision, and kept only as far as the other half
agreed (benchmarks/linking.py measures the result).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from tally.link.features import LinkFeatures

#: Two reports scoring at least this describe one incident (the groups' average, for groups).
THRESHOLD = 3.5
#: Days between two reports' days beyond which they are different events...
DAY_WINDOW = 7
#: ...unless one follows the other up ("the death toll has risen to"), within this many days.
FOLLOW_UP_WINDOW = 30
#: A report is published on the day of its event or within this many days after.
PUBLISHED_LAG = 3
#: A report dated only by its publication most often tells of that day or of this many before.
PUBLISHED_AFTER = 1
#: Evidence for days apart: 0, 1, 2-3 and 4 days or more (within the window).
SAME_DAY, NEXT_DAY, FEW_DAYS, DAYS_APART = 3.5, 2.0, 2.0, -1.0
#: Beyond DAY_WINDOW days, for a follow-up (within FOLLOW_UP_WINDOW); beyond its window a pair
#: is ruled out.
TOO_FAR, RULED_OUT = -3.0, -10.0
#: Neither report, or only one, gives a day.
UNDATED = -1.0
#: Without a day to compare: the same day of the year ("June 20" in a report of unknown year),
#: another one; the same weekday ("on Friday" in a report without a publication date), another.
#: The same day of the year weighs, with UNDATED, as much as the same day. Two weekdays named
#: that differ tell more against than one in common tells for (one day in seven shares it).
SAME_DAY_OF_YEAR, OTHER_DAY_OF_YEAR, SAME_WEEKDAY, OTHER_WEEKDAY = 4.5, -3.0, 1.0, -2.0
#: Places: one in common; the same governorate; both precise but none in common (within one
#: governorate, or not); other governorates.
SAME_PLACE, SAME_GOVERNORATE, OTHER_PLACE, OTHER_PLACE_ELSEWHERE, OTHER_GOVERNORATE = (
    2.5,
    2.5,
    0.0,
    -2.5,
    -2.0,
)
#: Words in common: nothing below a tenth of them, then up to WORDS_MAX at 79%.
FEW_WORDS, WORDS_SLOPE, WORDS_MAX = 0.0, 8.0, 5.5
#: Titles sharing at least half their words.
SAME_TITLE = 1.0
#: Kinds of event, parties and figures.
OTHER_KIND, SAME_PARTIES, OTHER_PARTIES, SAME_FIGURES, OTHER_FIGURES = -0.5, 0.5, -1.9, 0.6, -1.6
#: Share of words in common that ties two reports without a shared place or day.
TIED_BY_WORDS = 0.5


@dataclass(frozen=True)
class Match:
    """How alike two reports are: the score and the reasons, in plain words."""

    score: float
    reasons: tuple[str, ...]

    @property
    def linked(self) -> bool:
        return self.score >= THRESHOLD


def _gap(a: tuple[str, ...], b: tuple[str, ...]) -> int | None:
    """The smallest number of days between a day of `a` and a day of `b`."""
    if not a or not b:
        return None
    return min(abs((date.fromisoformat(x) - date.fromisoformat(y)).days) for x in a for y in b)


def _overlap(a: tuple[str, ...], b: tuple[str, ...]) -> float:
    """Shared words over the smaller set (0 when either has fewer than three)."""
    if len(a) < 3 or len(b) < 3:
        return 0.0
    return len(set(a) & set(b)) / min(len(a), len(b))


def _event_days(f: LinkFeatures, other: LinkFeatures) -> tuple[str, ...]:
    """The days `f` may tell of, compared with `other`'s: a report dated only by its
    publication tells of that day or of the day before, when the other gives days of its own
    (two publication dates are compared as they are)."""
    if not f.dated_by_publication or other.dated_by_publication:
        return f.dates
    day = date.fromisoformat(f.dates[0]).toordinal()
    return tuple(date.fromordinal(day - k).isoformat() for k in range(PUBLISHED_AFTER, -1, -1))


def _days_of_year(f: LinkFeatures) -> set[str]:
    return {*f.month_days, *(d[5:] for d in f.dates if not f.dated_by_publication)}


def _weekdays(f: LinkFeatures) -> set[int]:
    """Weekdays the event may have fallen on: those named, else those of its days (a
    publication date: that day or the one before)."""
    days = [date.fromisoformat(d) for d in f.dates]
    back = (0, 1) if f.dated_by_publication else (0,)
    return {*f.weekdays, *((d.toordinal() - k - 1) % 7 for d in days for k in back)}


def _year_gap(a: LinkFeatures, b: LinkFeatures) -> int | None:
    """Days between the days of the year two reports give, when one of them gives a day without
    a year ("on June 20"); the year wraps round (December 30 and January 2 are 3 days apart)."""
    ya, yb = _days_of_year(a), _days_of_year(b)
    if not (ya and yb and (a.month_days or b.month_days)):
        return None

    def day(month_day: str) -> int | None:
        # A leap year, so that February 29 is a day too; "February 31" is no day.
        try:
            return date.fromisoformat(f"2024-{month_day}").timetuple().tm_yday
        except ValueError:
            return None

    days_a = [d for d in map(day, sorted(ya)) if d is not None]
    days_b = [d for d in map(day, sorted(yb)) if d is not None]
    gaps = [abs(x - y) for x in days_a for y in days_b]
    return min(min(g, 366 - g) for g in gaps) if gaps else None


def _undated(a: LinkFeatures, b: LinkFeatures) -> list[tuple[float, str]]:
    """Evidence on the day of two reports that give no days to compare."""
    evidence = [(UNDATED, "no day to compare")]
    ya, yb = _days_of_year(a), _days_of_year(b)
    if ya and yb and (a.month_days or b.month_days):
        if ya & yb:
            return [*evidence, (SAME_DAY_OF_YEAR, "same day of the year")]
        evidence.append((OTHER_DAY_OF_YEAR, "other days of the year"))
    wa, wb = _weekdays(a), _weekdays(b)
    if wa and wb and (a.weekdays or b.weekdays):
        if wa & wb:
            evidence.append((SAME_WEEKDAY, "same weekday"))
        else:
            evidence.append((OTHER_WEEKDAY, "other weekdays"))
    return evidence


def _informative(f: LinkFeatures) -> bool:
    """Whether a report says anything of an event (a page that is only a login wall does not)."""
    return bool(
        f.places or f.governorates or f.dates or f.month_days or f.weekdays or f.figures or f.kinds
    )


def match(a: LinkFeatures, b: LinkFeatures) -> Match:
    """The score of two reports being about one event, with the reasons for it."""
    evidence: list[tuple[float, str]] = []
    tied = False

    # When.
    gap = _gap(_event_days(a, b), _event_days(b, a))
    window = FOLLOW_UP_WINDOW if a.follow_up or b.follow_up else DAY_WINDOW
    if a.dated_by_publication or b.dated_by_publication:
        # A publication date bounds the event from above: it happened then or a few days before.
        window += PUBLISHED_LAG
    starts = [
        g for g in (_gap(a.start_days, b.dates), _gap(b.start_days, a.dates)) if g is not None
    ]
    if gap is None:
        year_gap = _year_gap(a, b)
        if year_gap is not None and year_gap > window:
            return Match(RULED_OUT, (f"{year_gap} days apart in the year",))
        evidence.extend(_undated(a, b))
        tied = any(reason == "same day of the year" for _, reason in evidence)
    elif gap > window:
        return Match(RULED_OUT, (f"{gap} days apart",))
    elif starts and min(starts) == 0:
        evidence.append((SAME_DAY, "a running total counts from the other's event day"))
        tied = True
    elif gap <= 1:
        evidence.append(
            (SAME_DAY if gap == 0 else NEXT_DAY, "same day" if gap == 0 else "a day apart")
        )
        tied = True
    elif gap <= 3:
        evidence.append((FEW_DAYS, f"{gap} days apart"))
    else:
        evidence.append((DAYS_APART if gap <= DAY_WINDOW else TOO_FAR, f"{gap} days apart"))

    # Where.
    if set(a.places) & set(b.places):
        evidence.append((SAME_PLACE, "same place"))
        tied = True
    elif a.places and b.places:
        if set(a.governorates) & set(b.governorates):
            evidence.append((OTHER_PLACE, "other places in the same governorate"))
        else:
            evidence.append((OTHER_PLACE_ELSEWHERE, "other places"))
    elif a.governorates and b.governorates:
        if set(a.governorates) & set(b.governorates):
            evidence.append((SAME_GOVERNORATE, "same governorate"))
        else:
            evidence.append((OTHER_GOVERNORATE, "other governorates"))

    # Words.
    words = _overlap(a.words, b.words)
    if words < 0.1:
        evidence.append((FEW_WORDS, "few words in common"))
    else:
        weight = min(WORDS_MAX, WORDS_SLOPE * (words - 0.1))
        evidence.append((weight, f"{round(100 * words)}% of words in common"))
        tied = tied or (words >= TIED_BY_WORDS and _informative(a) and _informative(b))
    if _overlap(a.title, b.title) >= 0.5:
        evidence.append((SAME_TITLE, "titles alike"))

    # What and who.
    if a.kinds and b.kinds and not set(a.kinds) & set(b.kinds):
        evidence.append((OTHER_KIND, "other kinds of event"))
    if set(a.parties) & set(b.parties):
        evidence.append((SAME_PARTIES, "same parties"))
    elif a.parties and b.parties:
        evidence.append((OTHER_PARTIES, "other parties"))
    if set(a.figures) & set(b.figures):
        evidence.append((SAME_FIGURES, "same figures"))
    elif a.figures and b.figures:
        evidence.append((OTHER_FIGURES, "other figures"))

    score = round(sum(weight for weight, _ in evidence), 4)
    reasons = tuple(reason for _, reason in evidence)
    if not tied:
        # Without a place, a day or much wording in common nothing ties the two to one event.
        return Match(min(score, THRESHOLD - 1.0), (*reasons, "nothing ties them to one event"))
    return Match(score, reasons)
