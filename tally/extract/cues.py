"""How sure a report is of its numbers and what they cover, sentence by sentence.

Certainty words ("under verification", "not definitive") set the status of the claims in their
sentence; a sentence that only comments on an earlier toll ("this death toll is not definitive")
passes its status back to the last cumulative claim. Scope words ("since", "total", "has reached")
make a number cumulative from the date the sentence names.
"""

from __future__ import annotations

from tally.extract.doc import Doc, OutcomeMention
from tally.extract.numbers import number_at
from tally.extract.tokens import Token
from tally.model import Claim

#: How far into a sentence the particle of a past perfect opener may stand ("وكان المرصد السوري
#: لحقوق الإنسان قد وثق").
_PAST_PERFECT_WINDOW = 8

#: When several certainty cues share a sentence, the least sure wins.
_WEAKEST = ("denied", "under_verification", "not_definitive", "confirmed", "reported")
#: How many words into a sentence its opening reaches ("Altogether, those raids ...").
_OPENING = 4


def find_cues(doc: Doc) -> None:
    toks, lex = doc.tokens, doc.lex
    # The last sentence with a number summed up a period ("since early 2021 ... 14 dead"): the
    # sentences that go on with it ("Those raids killed ...", a bulleted break-down) do too.
    period = False
    # The sentence before recalled an earlier event (in the past perfect).
    recalled = False
    for s in doc.sentences:
        statuses: set[str] = set()
        scopes: set[str] = set()
        for i in range(s.start, s.end):
            if toks[i].norm not in lex.cue_starts:
                continue
            sc = lex.scope.match(toks, i)
            if sc:
                scopes.add(sc[1])
            if toks[i].norm in lex.year_spans and _year_follows(toks, i + 1, s.end):
                scopes.add("period")
            if not s.outcomes:
                continue
            m = lex.certainty.match(toks, i)
            if m:
                statuses.add(m[1])
            if lex.background.match(toks, i):
                s.background = True
            if toks[i].norm in lex.also and _also_of_an_outcome(s.outcomes, i, s.start):
                # "SOHR also reported ...": another source's account, not more victims
                s.also = s.also or not (i + 1 < s.end and toks[i + 1].norm in lex.reporting)
        if period and any(t.norm in lex.continuing for t in toks[s.start : s.start + _OPENING]):
            scopes.add("period")
        # A period total is never an event's toll, whatever verb carries it ("has reached").
        s.scope = next((sc for sc in ("period", "cumulative") if sc in scopes), None)
        if s.scope == "period":
            period = True
        elif s.counts:
            period = False
        s.status = next((st for st in _WEAKEST if st in statuses), None)
        opening = toks[s.start : s.start + _OPENING]
        if _past_perfect(doc, s.start, s.end) or (
            # "وكان الجيش قد قصف سيارة أمس. وأسفر هذا القصف عن ...": "this shelling" goes on
            # with the earlier event just recalled
            recalled and any(t.norm in lex.continuing for t in opening)
        ):
            s.background = True
        recalled = s.background


#: How far after an outcome word "also" may stand and still be about it ("killed too").
_ALSO_AFTER = 3
#: How far before an outcome word "also" may stand and still be about it ("كما أصيب أيضاً").
_ALSO_BEFORE = 6


def _also_of_an_outcome(outcomes: list[OutcomeMention], i: int, start: int) -> bool:
    """ "Also" opening the sentence, or near an outcome word, says its numbers come on top; far
    from them it belongs to another clause ("..., which was also shelled", "shelled villages
    west of the town, and also some to the east; in the shelling three children were hurt")."""
    if i < start + _OPENING:
        return True
    return any(
        o.start - _ALSO_BEFORE <= i < o.start or o.end <= i < o.end + _ALSO_AFTER for o in outcomes
    )


def _past_perfect(doc: Doc, start: int, end: int) -> bool:
    """Whether a sentence opens in the past perfect, which tells an earlier event."""
    toks, lex = doc.tokens, doc.lex
    opener = lex.past_perfect.match(toks, start) if start < end else None
    if opener is None:
        return False
    size, particles = opener
    window = range(start + size, min(end, start + size + _PAST_PERFECT_WINDOW))
    return any(toks[j].norm in particles for j in window)


def _year_follows(toks: list[Token], i: int, end: int) -> bool:
    """The first number within a few words is a year: "since (early) 2022", not "since May 3"."""
    for tok in toks[i : min(end, i + _OPENING)]:
        if tok.text.isdigit():  # Western or Arabic-Indic digits ("2022", "٢٠٢٢")
            return len(tok.text) == 4 and 1900 <= int(tok.text) <= 2099
    return False


def apply_cues(doc: Doc) -> None:
    """Give claims the status, scope, date and background flag of their sentence."""
    last_toll = None
    previous: list[Claim] = []
    published = doc.report.published
    current_date = published.isoformat() if published else None
    for s in doc.sentences:
        current_date = s.date or current_date
        for claim in s.claims:
            if s.status and claim.count.best != 0:
                claim.status = s.status
            if (s.scope == "cumulative" and claim in s.toll_claims) or s.scope == "period":
                claim.scope = s.scope
            claim.date = _nearest(s.dates, claim.evidence.start, claim.evidence.end) or current_date
            claim.background = claim.background or s.background
            claim.additional = claim.additional or s.also
            for part in claim.parts:
                part.status, part.scope, part.date = claim.status, claim.scope, claim.date
            if claim.scope == "cumulative":
                last_toll = claim
        commenting = any(o.outcome.role == "toll" and not o.used for o in s.outcomes)
        weak = s.status in ("not_definitive", "under_verification")
        if weak and commenting and last_toll and last_toll not in s.claims and s.status:
            last_toll.status = s.status
        elif weak and s.status and not s.claims and previous:
            # "The Monitor is still verifying whether they were among the missing."
            for claim in previous:
                if claim.count.best:
                    claim.status = s.status
        previous = s.claims
    _recalled_days(doc)


def _recalled_days(doc: Doc) -> None:
    """A later sentence that opens with another day recalls an earlier event ("On June 29,
    shells killed two farmers in ..." under today's news): background.
    Not when it gives a running total, repeats the lead's figures (a lead restated: all of its
    figures are the lead's, one shared figure is a coincidence), or names a day no earlier than
    the lead's."""
    lead = next((s for s in doc.sentences if s.claims), None)
    if lead is None:
        return
    published = doc.report.published
    lead_date = lead.date or (published.isoformat() if published else None)
    lead_figures = {(c.outcome, c.count.best) for c in lead.claims}
    for s in doc.sentences:
        if s is lead or not s.claims or not s.opens_with_day or s.scope:
            continue
        if s.opening_date and lead_date and s.opening_date >= lead_date:
            continue
        if all((c.outcome, c.count.best) in lead_figures for c in s.claims):
            continue
        for claim in s.claims:
            claim.background = True


def shared_across(doc: Doc) -> None:
    """ "Fatalities spread across three locations": each claim is shared by that many events."""
    toks, lex = doc.tokens, doc.lex
    if not any(s.claims for s in doc.sentences):
        return
    for s in doc.sentences:
        if not s.outcomes:
            continue
        for i in range(s.start, s.end):
            m = lex.shared_across.match(toks, i)
            if not m:
                continue
            n = number_at(doc, i + m[0], s.end)
            if n is None or n[1] < 2:
                continue
            for claim in doc.claims:
                if claim.outcome == "killed":
                    claim.shared_by = n[1]


def _nearest(dates: list[tuple[int, str]], start: int, end: int) -> str | None:
    """The date stated closest to a claim's words ("Idlib, 2 April - ... killed yesterday")."""
    if not dates:
        return None
    return min(dates, key=lambda d: min(abs(d[0] - start), abs(d[0] - end)))[1]
