"""Link counts of people to what happened to them, and make claims with their evidence.

A count takes its outcome from, in order of preference:
1. what follows its victims: "6 shepherds were killed", "4 soldiers dead", "5 deaths";
2. the verb or noun whose object list it stands in: "killing 1 woman and 2 children",
   "the death of 2 civilians";
3. a toll word before it: "the death toll has reached 332".
A count right after "including" or in a list after a colon belongs to the count before it as a
part. An outcome word that is negated and has no count ("no fatalities") gives a claim of zero.
"""

from __future__ import annotations

from tally.extract.doc import CountMention, Doc, OutcomeMention, Sentence
from tally.model import Claim, Count, Evidence, toll_outcome

#: How far a toll word may stand before its number ("the toll since ... has reached 332").
_TOLL_WINDOW = 22
#: How far a subject may stand before a state verb ("an ISIS emir known as X surrendered").
_STATE_WINDOW = 14
#: How many tokens an aside in brackets after a victim's name may hold ("(30 عاماً)").
_BRACKETS = 8
#: ...or a subject with an apposition set off by commas ("three farmers, A, B and C, were hurt").
_APPOSITION_WINDOW = 32
#: The groups a number of each group may be broken down into.
_PARTS_OF = {
    "all": frozenset({"civilians", "children", "women", "men", "combatants", "all"}),
    "civilians": frozenset({"children", "women", "men"}),
}


def _outcome_starting(s: Sentence, k: int) -> OutcomeMention | None:
    for o in s.outcomes:
        if o.start == k:
            return o
    return None


def _count_starting(s: Sentence, k: int) -> CountMention | None:
    for c in s.counts:
        if c.start == k:
            return c
    return None


def _skip_aux(doc: Doc, k: int, end: int) -> int:
    toks, lex = doc.tokens, doc.lex
    while k < end and (toks[k].norm in lex.auxiliaries or toks[k].text == ","):
        k += 1
    return k


def _following(doc: Doc, s: Sentence, c: CountMention) -> OutcomeMention | None:
    """An outcome that follows the victims: passive verbs, states and counted nouns."""
    toks, lex = doc.tokens, doc.lex
    k = _skip_aux(doc, c.np_end, s.end)
    # a comma alone is no auxiliary: "killing one civilian, injuring two others"
    aux = any(toks[j].text != "," for j in range(c.np_end, k))
    o = _outcome_starting(s, c.np_end) or _outcome_starting(s, k)
    if o is not None:
        if o.outcome.role == "verb" and not aux and lex.opens_clause(toks[o.start]):
            return None  # "قتلت امرأة وأصيبت أخرى": "and was injured" is the next clause's
        if o.outcome.role == "state" or (
            o.outcome.role == "verb" and (aux or _no_object(doc, s, o))
        ):
            return o
        return None
    if c.np_end == c.end and c.group is None:
        return None
    for o in s.outcomes:
        if c.np_end < o.start <= c.np_end + _STATE_WINDOW or _apposition(doc, s, c, o):
            between = range(c.np_end, o.start)
            if any(toks[j].text in ".;" for j in between):
                return None
            # counts in between only when they are its parts: "7 members of one family,
            # among them four children and two women, were killed", "a family of four: father,
            # mother and two girls, were killed"
            first = next((j for j in between if _count_starting(s, j)), None)
            parts = first is not None and (
                lex.including.ending_at(toks, first - 1, c.np_end) is not None
                or toks[c.np_end].text == ":"
            )
            if first is not None and not parts:
                return None
            before = range(max(c.np_end, o.start - 3), o.start)
            last = max(
                (x for x in s.counts if c.np_end <= x.start < o.start),
                key=lambda x: x.start,
                default=None,
            )
            headline = (  # "Family of four including two children killed"
                parts and last is not None and last.np_end == o.start and _no_object(doc, s, o)
            )
            passive = o.outcome.role == "verb" and (
                any(toks[j].norm in lex.passive for j in before) or headline
            )
            if o.outcome.role != "state" and not passive:
                return None
            return o
    return None


def _apposition(doc: Doc, s: Sentence, c: CountMention, o: OutcomeMention) -> bool:
    """Whether the words between the victims and a passive verb are an apposition set off by
    commas (their names): "Three farmers, A, B and C, were injured"."""
    toks, lex = doc.tokens, doc.lex
    if not (c.np_end < o.start <= c.np_end + _APPOSITION_WINDOW) or toks[c.np_end].text != ",":
        return False
    j = o.start - 1
    while j > c.np_end and toks[j].norm in lex.auxiliaries:
        j -= 1
    return j > c.np_end + 1 and toks[j].text == ","


def _no_object(doc: Doc, s: Sentence, o: OutcomeMention) -> bool:
    """True when a verb has no victims after it, so it reads as passive ("8 fighters killed")."""
    k = o.end
    if k >= s.end:
        return True
    c = _count_starting(s, k)
    return c is None


def _preceding(
    doc: Doc, s: Sentence, c: CountMention, linked: dict[int, OutcomeMention]
) -> OutcomeMention | None:
    """The verb or noun whose object list this count stands in."""
    toks, lex = doc.tokens, doc.lex
    k = c.start - 1
    # "and" written onto the victim's word ("والطفلة") or standing before it
    listed = lex.joined(toks[c.start])
    if c.noun in lex.pronouns:
        # "killing him": a pronoun is the victim only right after the verb, or after a noun
        # and a filler ("the death of one and the injury of another").
        o = next((o for o in s.outcomes if o.end == c.start), None)
        if o is not None:
            return o if o.outcome.role == "verb" else None
        j = lex.fillers.ending_at(toks, k, s.start)
        o = next((o for o in s.outcomes if j is not None and o.end == j), None)
        return o if o is not None and o.outcome.role == "noun" else None
    while k >= s.start:
        o = next((o for o in s.outcomes if o.end - 1 == k), None)
        if o is not None:
            if o.outcome.role in ("verb", "noun"):
                return o
            return None
        prev = next((p for p in s.counts if p.np_end - 1 == k), None)
        if prev is not None:
            if id(prev) in linked:
                return linked[id(prev)]
            return None
        j = lex.list_joiners.ending_at(toks, k, s.start)
        listed = listed or j is not None
        if j is None:
            j = lex.fillers.ending_at(toks, k, s.start)
        if j is None:
            # the subject between a verb and its object: "قتلت قوات النظام 5 مدنيين"
            j = lex.party_ending_at(toks, k, s.start)
        if j is None:
            # a person noun as the subject, right after its verb: "خطف مسلحون 4 مدنيين"
            j = lex.groups.ending_at(toks, k, s.start)
            if j is None or not any(o.end == j and o.outcome.role == "verb" for o in s.outcomes):
                named = listed and _one_word(c)
                return _across_name(doc, s, k, linked) if named else None
        k = j - 1
    return None


def _across_name(
    doc: Doc, s: Sentence, k: int, linked: dict[int, OutcomeMention]
) -> OutcomeMention | None:
    """ "the deaths of the citizen Samer Khalil (30) and the girl Reem": a victim listed after
    another one's name (and age in brackets) shares that victim's verb. Token k ends the name."""
    toks, lex = doc.tokens, doc.lex
    end, words = k, 0
    while k >= s.start:
        prev = next((p for p in s.counts if p.np_end - 1 == k), None)
        if prev is not None:
            named = k < end and _one_word(prev) and prev.count.best == 1
            return linked.get(id(prev)) if named else None
        if toks[k].text == ")":
            back = range(k - 1, max(s.start, k - _BRACKETS) - 1, -1)
            opening = next((j for j in back if toks[j].text == "("), None)
            if opening is None:
                return None
            k = opening - 1
            continue
        if toks[k].text in ",،":
            k -= 1  # "سامر علي، 30 عاماً، والطفلة ريم"
            continue
        if k > s.start and toks[k].norm in lex.units and toks[k - 1].text[:1].isdigit():
            k -= 2  # an age: "سامر علي 30 عاماً والطفلة ريم"
            continue
        word = toks[k].norm
        if (
            words >= lex.name_words
            or not word.isalpha()
            or word in lex.name_breaks
            or any(o.start <= k < o.end for o in s.outcomes)
            or lex.agent_markers.match(toks, k)
        ):
            return None
        words += 1
        k -= 1
    return None


def _one_word(c: CountMention) -> bool:
    """A count that is one person noun, as a named victim's is ("المواطن", "وشقيقه"), not a
    number of people ("2 من المقاتلين")."""
    return c.np_end - c.start == 1


def _toll_before(doc: Doc, s: Sentence, c: CountMention) -> OutcomeMention | None:
    """ "the death toll since the start of the attack has reached 332": the word right before
    the number must be one that announces it ("reached", "to", "of", ":")."""
    if c.start == s.start or doc.tokens[c.start - 1].norm not in doc.lex.toll_links:
        return None
    for o in reversed(s.outcomes):
        if o.outcome.role == "toll" and o.end <= c.start <= o.end + _TOLL_WINDOW:
            between = range(o.end, c.start)
            if any(_count_starting(s, j) for j in between):
                return None
            if any(other.start in between for other in s.outcomes):
                return None
            return o
    return None


def _claim(doc: Doc, s: Sentence, c: CountMention, o: OutcomeMention | None) -> Claim:
    outcome = (
        c.outcome if c.outcome is not None and (o is None or o.outcome.role == "toll") else None
    )
    if outcome is None:
        assert o is not None
        outcome = o.outcome
    toks = doc.tokens
    spans = [c.start, c.np_end - 1] + ([o.start, o.end - 1] if o is not None else [])
    start, end = toks[min(spans)].start, toks[max(spans)].end
    group = _group(c)
    if group == "all" and o is not None and o.outcome.role == "toll":
        group = _group_named_in(doc, o)
    detail = outcome.detail
    if c.outcome is not None and o is not None and o.outcome.role != "toll":
        # "22 bodies were found": the noun names the outcome, the verb does not change it.
        outcome = c.outcome
    if detail == "casualties" and c.count.best is not None:
        # "6 killed and injured", "40 between dead and wounded": how many were hurt, not how
        # many were injured (as for "6 were killed or injured", _casualties)
        n = c.count
        c.count = Count(None, 0, n.high, False, "unspecified", n.text)
    claim = Claim(
        outcome=outcome.outcome,
        detail=detail,
        count=c.count,
        group=group,
        party=c.party,
        evidence=Evidence(start, end, doc.sentence_text(s), doc.text[start:end]),
        additional=c.additional,
    )
    c.claim = claim
    return claim


def _group_named_in(doc: Doc, o: OutcomeMention) -> str:
    """The victims a toll phrase names ("the number of civilians killed"), or "all"."""
    for i in range(o.start, o.end):
        found = doc.lex.groups.match(doc.tokens, i)
        if found is not None:
            return _group_of(*found[1])
    return "all"


def _group(c: CountMention) -> str:
    return _group_of(c.group, c.sub)


def _group_of(group: str | None, sub: str | None) -> str:
    """The victim group of a noun's (group, sex or age): "women" for a woman, and so on."""
    if sub == "child":
        return "children"
    if sub == "woman":
        return "women"
    if sub == "man":
        return "men" if group != "combatants" else "combatants"
    return group or "all"


def link_claims(doc: Doc) -> None:
    """Turn each sentence's counts and outcomes into claims."""
    last_outcome: str | None = None
    for s in doc.sentences:
        linked: dict[int, OutcomeMention] = {}
        parent_of: dict[int, CountMention] = {}
        for idx, c in enumerate(s.counts):
            whole = _whole_of(doc, s, idx, linked, parent_of)
            if whole is not None:
                parent_of[id(c)] = whole
                linked[id(c)] = linked[id(whole)]
                continue
            o = _following(doc, s, c)
            if o is None or _through_relative(doc, c, o):
                o = _preceding(doc, s, c, linked) or o
            if o is None and c.outcome is not None:
                # "5 deaths", "22 other bodies": the noun is the outcome.
                o = OutcomeMention(c.np_end - 1, c.np_end, c.outcome)
            elif o is None:
                o = _toll_before(doc, s, c)
            if o is None:
                continue
            linked[id(c)] = o
            o.used = True
            _share_with_listed(doc, s, idx, o, linked)
        for c in s.counts:
            if id(c) not in linked:
                continue
            o = linked[id(c)]
            parent = parent_of.get(id(c))
            claim = _claim(doc, s, c, o)
            if o.outcome.role == "toll":
                s.toll_claims.append(claim)
            if parent is not None and parent.claim is not None:
                claim.outcome = parent.claim.outcome
                parent.claim.parts.append(claim)
            else:
                s.claims.append(claim)
        _companions(doc, s, linked)
        _casualties(doc, s, linked)
        _recalled(doc, s, linked)
        _negated(doc, s)
        for claim in s.claims:
            if claim.parts:
                total = sum(p.count.best or 0 for p in claim.parts)
                claim.parts_add_up = total == claim.count.best
            # "... four farmers died. Besides, 12 other people were hurt":
            # others than the dead just named, not on top of the injured said before.
            outcome = toll_outcome(claim.outcome)
            # "the death of the village elder, while 12 other civilians were injured": an
            # outcome word without a number says whom the others are other than
            said = [o for o in s.outcomes if doc.tokens[o.end - 1].end <= claim.evidence.start]
            if said:
                last_outcome = toll_outcome(said[-1].outcome.outcome)
            if claim.additional and last_outcome not in (None, outcome):
                claim.additional = False
            last_outcome = outcome


def _whole_of(
    doc: Doc,
    s: Sentence,
    idx: int,
    linked: dict[int, OutcomeMention],
    parent_of: dict[int, CountMention],
) -> CountMention | None:
    """The count this one is part of: after "including", or listed after "N:"."""
    toks, lex = doc.tokens, doc.lex
    c = s.counts[idx]
    if c.end < s.end and lex.partitives.match(toks, c.end):
        # "killing 2 civilians, one of them a media activist", "3 منهم أطفال"
        for prev in reversed(s.counts[:idx]):
            if id(prev) in linked:
                return prev
    if idx and id(s.counts[idx - 1]) in linked and _described(doc, s, s.counts[idx - 1], c):
        return s.counts[idx - 1]
    if idx and s.counts[idx - 1].np_end <= c.start:
        # (no gap: a joiner written onto the word, Arabic "بينهم امرأة وطفل")
        prev = s.counts[idx - 1]
        gap = range(prev.np_end, c.start)
        listed = all(lex.list_joiners.match(toks, j) for j in gap)
        if id(prev) in parent_of and listed and c.outcome is None:
            # (a count with an outcome noun of its own is not a part: "13 dead, among them a
            # woman and a child, and 28 wounded")
            return parent_of[id(prev)]
    k = c.start - 1
    while k >= s.start and (toks[k].text == "(" or lex.list_joiners.match(toks, k)):
        k -= 1
    inc_start = lex.including.ending_at(toks, k, s.start)
    if inc_start is not None:
        for prev in reversed(s.counts[:idx]):
            if prev.np_end <= inc_start and id(prev) in linked:
                return prev
        return None
    # an apposition: "killing 2 civilians a child and a woman"
    if (
        idx
        and id(s.counts[idx - 1]) in linked
        and s.counts[idx - 1].np_end == c.start
        and not lex.joined(toks[c.start])
    ):
        prev = s.counts[idx - 1]
        if prev.count.best and c.count.best and c.count.best < prev.count.best:
            return prev
    # set off by a comma, when the list adds up to the number before it: "the death of three
    # civilians, a girl and two boys," (but "killing 3 civilians, 2 fighters and a child" is 6)
    if idx and id(s.counts[idx - 1]) in linked and c.outcome is None:
        prev = s.counts[idx - 1]
        comma = c.start == prev.np_end + 1 and toks[prev.np_end].text == ","
        parts = _PARTS_OF.get(_group(prev))
        if comma and prev.count.best and _listed_total(doc, s, idx, parts) == prev.count.best:
            return prev
    # a list after a colon: "the toll reached 40: 31 civilians and 9 fighters", also
    # with words between ("the deaths of 28 people so far: 20 ISIS members and 8 ...")
    for prev in reversed(s.counts[:idx]):
        if id(prev) not in linked:
            return None
        colon = prev.np_end
        while colon < s.end and toks[colon].text != ":" and lex.fillers.match(toks, colon):
            colon += 1
        if colon < s.end and toks[colon].text == ":":
            between = range(colon + 1, c.start)
            if all(lex.list_joiners.match(toks, j) or _inside_count(s, j) for j in between):
                return prev
            return None
        if prev.np_end < s.end and not lex.list_joiners.match(toks, prev.np_end):
            return None
    return None


def _described(doc: Doc, s: Sentence, prev: CountMention, c: CountMention) -> bool:
    """ "one of whom was an infant": the count after the copula says who the one picked out is,
    it is no one more."""
    toks, lex = doc.tokens, doc.lex
    k = prev.end
    part = lex.partitives.match(toks, k) if k < c.start else None
    if part is None:
        return False
    copula = range(k + part[0], c.start)
    return len(copula) > 0 and all(toks[j].norm in lex.passive for j in copula)


def _listed_total(doc: Doc, s: Sentence, idx: int, groups: frozenset[str] | None) -> int:
    """The sum of the list of counts that starts with count idx ("two women and a man"), or 0
    when one of them is not of the groups given."""
    toks, lex = doc.tokens, doc.lex
    listed = [s.counts[idx]]
    for prev, c in zip(s.counts[idx:], s.counts[idx + 1 :], strict=False):
        gap = range(prev.np_end, c.start)
        if not gap or not all(lex.list_joiners.match(toks, j) for j in gap) or c.outcome:
            break
        listed.append(c)
    if groups is None or any(_group(c) not in groups for c in listed):
        return 0
    return sum(c.count.best or 0 for c in listed)


def _inside_count(s: Sentence, j: int) -> bool:
    return any(c.start <= j < c.np_end for c in s.counts)


def _companions(doc: Doc, s: Sentence, linked: dict[int, OutcomeMention]) -> None:
    """ "surrendered with 20 of his followers": the companions join the subject's count."""
    toks, lex = doc.tokens, doc.lex
    for claim in list(s.claims):
        subject = next((c for c in s.counts if c.claim is claim), None)
        o = linked.get(id(subject)) if subject else None
        if subject is None or o is None or o.outcome.role == "toll" or o.start < subject.np_end:
            continue
        k = o.end
        comp = lex.companions.match(toks, k) if k < s.end else None
        if not comp:
            continue
        other = _count_starting(s, k + comp[0])
        if other is not None and other.noun in lex.pronouns:
            # "a student was killed with him": he is counted where he was named; the student
            # comes on top of him
            claim.additional = True
            continue
        while other is not None and other.count.best is not None and claim.count.best is not None:
            claim.count = Count(
                claim.count.best + other.count.best,
                (claim.count.low or 0) + (other.count.low or 0),
                (claim.count.high or 0) + (other.count.high or 0),
                claim.count.exact and other.count.exact,
                claim.count.kind,
                claim.count.text,
            )
            end = toks[other.np_end - 1].end
            claim.evidence.end = end
            claim.evidence.text = doc.text[claim.evidence.start : end]
            s.counts.remove(other)
            k = other.np_end
            while k < s.end and (joiner := lex.list_joiners.match(toks, k)):
                k += joiner[0]
            other = _count_starting(s, k)


def _negated(doc: Doc, s: Sentence) -> None:
    """ "No fatalities were reported", "neither injuries nor fatalities": claims of zero."""
    seen: set[str] = set()
    for o in s.outcomes:
        if not o.negated or o.used or o.outcome.role not in ("noun", "verb", "state"):
            continue
        outcomes = (
            ["killed", "injured"] if o.outcome.detail == "casualties" else [o.outcome.outcome]
        )
        for outcome in outcomes:
            if outcome in seen or any(c.outcome == outcome for c in s.claims):
                continue
            seen.add(outcome)
            start, end = doc.tokens[o.start].start, doc.tokens[o.end - 1].end
            s.claims.append(
                Claim(
                    outcome=outcome,
                    count=Count(0, 0, 0, True, "exact", doc.text[start:end]),
                    evidence=Evidence(start, end, doc.sentence_text(s), doc.text[start:end]),
                )
            )


def _share_with_listed(
    doc: Doc, s: Sentence, idx: int, o: OutcomeMention, linked: dict[int, OutcomeMention]
) -> None:
    """ "a man and a child were shot dead": earlier counts in the same list share the outcome."""
    if o.start < s.counts[idx].start:
        return
    toks, lex = doc.tokens, doc.lex
    k = s.counts[idx].start
    for prev in reversed(s.counts[:idx]):
        if id(prev) in linked:
            return
        between = range(prev.np_end, k)
        # (no gap: a joiner written onto the word, Arabic "الأب وطفلتان استشهدوا"; not when the
        # word is itself the outcome: "ممرضة وجريح آخر", a nurse and another wounded man)
        joined = not between and lex.joined(toks[k]) and o.start >= s.counts[idx].np_end
        if not joined and (
            not between or not all(lex.list_joiners.match(toks, j) for j in between)
        ):
            return
        linked[id(prev)] = o
        k = prev.start


def _casualties(doc: Doc, s: Sentence, linked: dict[int, OutcomeMention]) -> None:
    """ "killing and injuring nine", "6 were killed or injured": one number for two outcomes
    says how many were hurt, not how many died; the claim becomes casualties of unknown split."""
    toks, lex = doc.tokens, doc.lex
    for c in s.counts:
        o = linked.get(id(c))
        if o is None or c.claim is None or c.claim not in s.claims:
            continue
        pair = [x for x in s.outcomes if x is not o and x.outcome.outcome != o.outcome.outcome]
        joiners = lex.casualty_joiners
        if o.start >= c.np_end:
            joiners = joiners | lex.casualty_joiners_after
        for other in pair:
            gap = range(other.end, o.start) if other.end <= o.start else range(o.end, other.start)
            if (
                len(gap) == 1
                and toks[gap[0]].norm in joiners
                and (other.outcome.role == o.outcome.role)
            ):
                n = c.claim.count
                c.claim.count = Count(None, 0, n.high, False, "unspecified", n.text)
                c.claim.detail = "casualties"
                break


def _recalled(doc: Doc, s: Sentence, linked: dict[int, OutcomeMention]) -> None:
    """ "a protest against the airstrike that killed 33 soldiers": the 33 are another event's."""
    toks, lex = doc.tokens, doc.lex
    if not any(toks[j].norm in lex.recalling for j in range(s.start, s.end)):
        return
    for c in s.counts:
        o = linked.get(id(c))
        if o is None or c.claim is None:
            continue
        relative = any(
            toks[j].norm in lex.relative for j in range(max(s.start, o.start - 3), o.start)
        )
        definite = c.start > s.start and toks[c.start - 1].norm in lex.definite
        if relative or definite:
            c.claim.background = True


def _through_relative(doc: Doc, c: CountMention, o: OutcomeMention) -> bool:
    """ "killing a civilian who was displaced": the verb after "who" is not what killed them."""
    return any(doc.tokens[j].norm in doc.lex.relative for j in range(c.np_end, o.start))
