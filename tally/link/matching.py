"""Does a report describe the same event as another? A score with its reasons, and a threshold.

The score adds what two reports share — when (days given in their openings, publication dates),
where (the same village or neighbourhood, the same governorate), what (kind of event, parties,
the same figures) and their words — and takes away for what sets them apart (days too far apart,
other governorates, other kinds of event). Reports that follow up an event ("death toll rises",
"since the start of") may come later, so the time window is wider for them.

The score of a pair depends on the two reports only, never on which others are stored or in what
order they came: that is what makes linking deterministic (see tally.link.clusters).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from tally.link.features import LinkFeatures

#: Two reports scoring at least this describe one incident.
THRESHOLD = 1.5
#: Days between the event days two reports give beyond which they are different events...
DAY_WINDOW = 3
#: ...unless one follows the other up ("the death toll has risen to"), within this many days.
FOLLOW_UP_WINDOW = 30
#: A report is published on the day of its event or within this many days after.
PUBLISHED_LAG = 3


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


def match(a: LinkFeatures, b: LinkFeatures) -> Match:
    """The score of two reports being about one event, with the reasons for it."""
    score = 0.0
    reasons: list[str] = []
    follow_up = a.follow_up or b.follow_up
    window = FOLLOW_UP_WINDOW if follow_up else DAY_WINDOW

    # When.
    anchored = False
    gap = _gap(a.dates, b.dates)
    if a.dated_by_publication or b.dated_by_publication:
        # A publication date bounds the event from above: it happened then or a few days before.
        window += PUBLISHED_LAG
    starts = _gap(a.start_days, b.dates) if a.start_days else None
    if b.start_days:
        other = _gap(b.start_days, a.dates)
        starts = other if starts is None or (other is not None and other < starts) else starts
    if gap is not None and gap > window:
        return Match(-1.0, (f"{gap} days apart",))
    if starts == 0:
        score += 1.0
        anchored = True
        reasons.append("a running total counts from the other's event day")
    elif gap is not None:
        if gap <= 1:
            score += 0.8
            anchored = True
            reasons.append("same day" if gap == 0 else "a day apart")
        elif gap <= DAY_WINDOW:
            score += 0.3
            reasons.append(f"{gap} days apart")

    # Where.
    shared_places = set(a.places) & set(b.places)
    shared_govs = set(a.governorates) & set(b.governorates)
    if shared_places:
        score += 1.0
        anchored = True
        reasons.append("same place")
    elif a.governorates and b.governorates:
        if shared_govs:
            score += 0.2
            reasons.append("same governorate")
        else:
            score -= 1.0
            reasons.append("different governorates")

    # What and who.
    if set(a.kinds) & set(b.kinds):
        score += 0.2
        reasons.append("same kind of event")
    elif a.kinds and b.kinds:
        score -= 0.3
        reasons.append("different kinds of event")
    if set(a.parties) & set(b.parties):
        score += 0.2
        reasons.append("same parties")
    if set(a.figures) & set(b.figures):
        score += 0.5
        reasons.append("same figures")

    # Words.
    words = _overlap(a.words, b.words)
    title = _overlap(a.title, b.title)
    similarity = max(words, title)
    if similarity >= 0.2:
        score += 2.0 * similarity
        anchored = anchored or similarity >= 0.5
        reasons.append(f"{round(100 * similarity)}% of words shared")

    if not anchored:
        # Without a shared place, day or wording, nothing ties the two to one event.
        return Match(min(score, THRESHOLD - 0.5), (*reasons, "nothing ties them to one event"))
    return Match(round(score, 4), tuple(reasons))
