"""A report's toll from its claims, and an incident bundle's toll from its reports' statements.

Rules (docs/counting.md explains them for users):
- background numbers and denied numbers do not count;
- bodies found count as killed;
- numbers under verification widen the high end, never the best estimate;
- so do casualties of unknown split where the report gives its own injured figure;
- an unstated number ("a number of civilians", "others") counts as the least its words say;
- a number with parts counts once as a whole; its parts give the break-down by group;
- numbers in one sentence add up ("killing 1 woman and 2 children" is 3); across sentences a
  report restates its toll, so the largest figure stands, unless a number is marked as coming on
  top ("another 2", "3 other civilians"), and the body's additions do not add to the headline;
- period totals ("62 people in one month", "since early 2021") are not the event's toll;
- a sentence a page prints twice word for word counts once, and so does the same number of the
  same people said twice in one sentence;
- numbers listed under one verb in a headline add up; other headline numbers stand alone;
- a cumulative total supersedes the event numbers it already includes (the larger one stands);
- children and women are civilians too; "all" is every group together;
- people of unstated status may be civilians: they raise the civilians' high end, not the best.

For an incident, round_up_tolls reads a round-up of the day's events (people harmed in three or
more villages) as the one event at the incident's place, not as the day's total.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from tally.extract.places import LOCAL, named_places
from tally.link.reconcile import Statement, reconcile
from tally.model import GROUPS, Claim, Range, Report, Toll, toll_outcome

_CIVILIAN_PARTS = ("children", "women", "men")

#: A report tells its own event first: event numbers count from its first few sentences that
#: state one; later sentences count only when they add to them ("another 2 were killed").
#: Later numbers in long pages are most often other events (a month's summary, related news).
_LEDE = 2


def _outcome(c: Claim) -> str:
    return toll_outcome(c.outcome)


def _groups_of(c: Claim) -> set[str]:
    """The toll groups a claim's number belongs to, besides "all"."""
    groups = {c.group} - {"all"}
    if c.group in _CIVILIAN_PARTS and c.party is None:
        groups.add("civilians")
    if c.group == "all" and c.party is not None:
        groups.add("combatants")
    return groups


def _least(c: Claim) -> int:
    """The figure a claim stands for: its best, or for "many", "a number of", "others" the
    least the words say (an unstated number of dead is not zero dead)."""
    if c.count.best is not None:
        return c.count.best
    return c.count.low or 0


def _pieces(c: Claim) -> dict[str, tuple[int, int, int]]:
    """group -> (best, low, high) that one claim contributes, "all" included."""
    share = max(c.shared_by, 1)
    whole = _least(c)
    best = (2 * whole + share) // (2 * share)  # the nearest whole share, halves rounded up
    low = min(c.count.low if c.count.low is not None else whole, whole) // share
    high = -(-max(c.count.high or whole, whole) // share)
    out = {"all": (best, low, high)}
    out.update((g, (best, low, high)) for g in _groups_of(c))
    if (
        c.group == "all"
        and c.party is None
        and c.parts
        and all("civilians" in _groups_of(p) for p in c.parts)
        and not any(p.group == "civilians" for p in c.parts)
    ):
        # "eight people, including two children and a woman": people of unstated status among
        # civilians are presumed civilians (Additional Protocol I, art. 50(1)). Not when the
        # report singles the civilians out ("three people, among them a civilian"): it tells
        # the others apart from them, so only the civilians it names count as civilians.
        out["civilians"] = (best, low, high)
    whole_groups = set(out)
    for p in c.parts:
        pb = _least(p)
        pl = min(p.count.low if p.count.low is not None else pb, pb)
        ph = max(p.count.high or pb, pb)
        for g in _groups_of(p) - whole_groups:
            b, lo, h = out.get(g, (0, 0, 0))
            out[g] = (b + pb, lo + pl, h + ph)
    return out


@dataclass
class _Sentence:
    """What one sentence says of one outcome and group."""

    best: int = 0
    low: int = 0
    high: int = 0
    #: Every number in it comes on top of earlier ones ("another", "also").
    additional: bool = True
    parties: set[str | None] = field(default_factory=set)
    headline: bool = False
    #: A number in it is broken down into parts ("14 hurt, among them three boys").
    broken_down: bool = False
    #: Some number in it is a count, not only words with no number ("others", "a number of").
    stated: bool = False


#: A report that tells of people harmed at this many villages, towns or neighbourhoods, in at
#: least two sentences, is a round-up of several events (a daily report, a news summary).
_ROUND_UP = 3


def _round_up_events(claims: list[Claim]) -> dict[str, list[Claim]]:
    """For a round-up, the claims of each local event (place key -> claims); else nothing."""
    events: dict[str, list[Claim]] = defaultdict(list)
    sentences: set[str] = set()
    for c in claims:
        if c.background or c.scope != "event" or c.evidence.field != "text" or not c.count.best:
            continue
        if _outcome(c) not in ("killed", "injured") or c.place is None:
            continue
        if c.place.precision in LOCAL:
            events[c.place.pcode or c.place.name].append(c)
            sentences.add(c.evidence.sentence)
    if len(events) < _ROUND_UP or len(sentences) < 2:
        return {}
    return dict(events)


def _event_toll(events: dict[str, list[Claim]], focus: Collection[str]) -> Toll:
    """The toll a round-up of several events (a daily report) gives for one incident: that of
    the event at the places in focus (keys of the places the incident's other reports name),
    or, when none of them is there, of its least event (fewest killed, then fewest injured): the
    day's total is not one incident's."""
    chosen = [c for key, said in events.items() if key in focus for c in said]
    if chosen:
        return report_toll(chosen)

    def size(toll: Toll) -> tuple[int, int]:
        killed, injured = (toll.get(o, {}).get("all") for o in ("killed", "injured"))
        return (killed.best if killed else 0, injured.best if injured else 0)

    return min((report_toll(said) for said in events.values()), key=size)


def round_up_tolls(reports: Sequence[tuple[Report, list[Claim]]]) -> dict[int, Toll]:
    """The tolls the round-ups among one incident's reports count for it (position -> toll):
    each its event at the places the incident's other reports name (_event_toll). Reports that
    are not round-ups are not in the answer: their own toll stands."""
    round_ups = {
        i: events for i, (_, claims) in enumerate(reports) if (events := _round_up_events(claims))
    }
    if not round_ups:
        return {}
    places = {
        i: named_places(report, claims)
        for i, (report, claims) in enumerate(reports)
        if i not in round_ups
    }
    return {
        i: _event_toll(events, set().union(*(p for j, p in places.items() if j != i)))
        for i, events in round_ups.items()
    }


def report_toll(claims: list[Claim]) -> Toll:
    """The toll one report states: outcome -> group -> best / low / high."""
    events: dict[str, dict[str, dict[str, _Sentence]]] = defaultdict(lambda: defaultdict(dict))
    cumulative: dict[str, dict[str, list[int]]] = defaultdict(
        lambda: defaultdict(lambda: [0, 0, 0])
    )
    # outcome -> group -> [in the body, largest in the headline]: a headline restating an
    # unverified number must not add it twice.
    unverified: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    # sentence text -> where its first copy starts: pages often print a story twice (a teaser,
    # then the full text), and a sentence said again word for word is not a second event.
    first_copy: dict[str, int] = {}
    # The same number of the same people twice in one sentence is said twice, not two events: a
    # post's heading run into its text ("3 children injured ...3 children were injured").
    told_twice: set[tuple[object, ...]] = set()
    # Numbers listed under one verb in a headline ("a young man and his sister killed") add up:
    # their evidence overlaps. claim id -> the headline key of the first of them.
    listed_with: dict[int, str] = {}
    heads = [c for c in claims if c.evidence.field != "text"]
    for prev, c in pairwise(heads):
        e, p = c.evidence, prev.evidence
        if e.sentence == p.sentence and e.start < p.end and p.start < e.end:
            listed_with[id(c)] = listed_with.get(id(prev), f"title:{id(prev)}")
    split = _split_given(claims)
    elsewhere = _not_the_event(claims)
    for c in claims:
        if c.background or c.status == "denied" or c.scope == "period":
            continue
        if c.evidence.field != "text" and (c.outcome, c.count.best) in elsewhere:
            continue
        if c.evidence.field == "text":
            start = first_copy.setdefault(c.evidence.sentence, c.evidence.start)
            if abs(c.evidence.start - start) >= len(c.evidence.sentence):
                continue
            stated = (c.evidence.sentence, c.outcome, c.group, c.party, c.count.best)
            # one person told twice in the same words ("the civilian who was killed")
            worded = (*stated, c.evidence.text)
            if not c.additional and (
                ((c.count.best or 0) >= 2 and stated in told_twice) or worded in told_twice
            ):
                continue
            told_twice.update((stated, worded))
        outcome = _outcome(c)
        for group, (best, low, high) in _pieces(c).items():
            if c.status == "under_verification" or (
                c.detail == "casualties" and _outcome(c) in split
            ):
                cell = unverified[outcome][group]
                if c.evidence.field == "text":
                    cell[0] += high
                else:
                    cell[1] = max(cell[1], high)
            elif c.scope == "cumulative":
                cell = cumulative[outcome][group]
                cell[:] = max(cell[0], best), max(cell[1], low), max(cell[2], high)
            else:
                # A headline repeats the toll (often several times over): each of its numbers
                # stands alone and none of them adds to the body's.
                headline = c.evidence.field != "text"
                where = c.evidence.sentence
                if headline:
                    where = listed_with.get(id(c), f"title:{id(c)}")
                s = events[outcome][group].setdefault(where, _Sentence(headline=headline))
                s.best, s.low, s.high = s.best + best, s.low + low, s.high + high
                s.additional = s.additional and c.additional
                s.broken_down = s.broken_down or bool(c.parts)
                s.parties.add(c.party)
                s.stated = s.stated or c.count.best is not None
    toll: Toll = {}
    for outcome in set(events) | set(cumulative) | set(unverified):
        # The lede: the first sentences that state a number of this outcome, whatever the group.
        told = dict.fromkeys(w for g in events[outcome].values() for w in g)
        body = [w for w in told if not w.startswith("title:")]
        lede = {w for w in told if w.startswith("title:")} | set(body[:_LEDE])
        lede |= _restating(events[outcome].get("all", {}), lede)
        groups: dict[str, Range] = {}
        for group in GROUPS:
            said = events[outcome].get(group, {})
            sentences = [x for w, x in said.items() if w in lede or x.additional]
            best, low, high = _combine(sentences)
            total = cumulative[outcome].get(group)
            if total is not None:
                best, low, high = max(best, total[0]), max(low, total[1]), max(high, total[2])
            extra = max(unverified[outcome].get(group, [0, 0]))
            if not sentences and total is None and not extra:
                continue
            given = total is not None or any(x.stated for x in sentences)
            groups[group] = Range(best, min(low, best), max(high, best) + extra, given)
        _unstated_may_be_civilians(groups)
        toll[outcome] = groups
    return toll


def _not_the_event(claims: list[Claim]) -> set[tuple[str, int | None]]:
    """The figures the body gives as a period's total or as background: a headline with the same
    figure ("24 civilians killed" over a month's report) is about that total, not an event."""
    return {
        (c.outcome, c.count.best)
        for c in claims
        if c.evidence.field == "text" and (c.background or c.scope == "period") and c.count.best
    }


def _split_given(claims: list[Claim]) -> set[str]:
    """The outcomes a report states on their own ("3 killed and 3 injured"): its one number for
    the dead and wounded together ("6 killed and injured") does not add to them or stand for them.
    """
    return {
        _outcome(c)
        for c in claims
        if c.detail != "casualties" and not c.background and c.scope != "period" and c.count.best
    }


def _restating(said: dict[str, _Sentence], lede: set[str]) -> set[str]:
    """Later sentences that give the lede's own figure for everyone again, broken down ("14
    hurt, among them three boys"): a restatement, which may say who the people were."""
    figures = {x.best for w, x in said.items() if w in lede and x.best}
    return {w for w, x in said.items() if w not in lede and x.broken_down and x.best in figures}


def _unstated_may_be_civilians(groups: dict[str, Range]) -> None:
    """People whose status the report does not give may be civilians: the civilians' high end
    takes them in, their best estimate stays what the report states ("three people were killed"
    is civilians 0, range 0-3)."""
    whole = groups.get("all")
    if whole is None:
        return
    fighters = groups.get("combatants", Range(0, 0, 0)).low
    unstated = whole.high - fighters
    said = groups.get("civilians")
    if said is None:
        if unstated > 0:
            groups["civilians"] = Range(0, 0, unstated)
    elif unstated > said.high:
        groups["civilians"] = Range(said.best, said.low, unstated, said.stated)


def _combine(sentences: list[_Sentence]) -> tuple[int, int, int]:
    """Event figures across sentences: restatements keep the largest, additions add up. A
    headline sums up the story: the body's additions add to the body's figures, not to it."""
    best = low = high = 0
    head = (0, 0, 0)
    parties: set[str | None] = set()
    for s in sentences:
        if s.headline:
            head = max(head[0], s.best), max(head[1], s.low), max(head[2], s.high)
            continue
        other_people = None not in s.parties and parties and not (s.parties & parties)
        parties |= s.parties
        if s.additional or other_people:
            best, low, high = best + s.best, low + s.low, high + s.high
        else:
            best, low, high = max(best, s.best), max(low, s.low), max(high, s.high)
    return max(best, head[0]), max(low, head[1]), max(high, head[2])


def bundle_toll(statements: list[Statement]) -> Toll:
    """An incident's toll from what its reports say, by the reconciliation rules of
    tally.link.reconcile: a source's later figure supersedes its earlier one, numbers under
    verification widen the range, independent sources that disagree give a range around the
    middle figure, a part never exceeds its whole. Build each statement with
    tally.link.reconcile.statement_of(key, report, claims, report_toll(claims)).
    """
    return reconcile(statements).toll
