"""Counts of people: numbers in digits or words, ranges, hedges and vague quantities, each with
the victims' noun phrase that follows ("at least 5 civilians", "dozens of ISIS fighters").
"""

from __future__ import annotations

from tally.extract.doc import CountMention, Doc, Sentence
from tally.extract.lexicon import Lexicon
from tally.extract.tokens import Token
from tally.model import Count

#: How far after a number its noun may stand ("4 Turkish soldiers", "2 pro-Houthi elements").
_NP_WINDOW = 6
_TENS = frozenset(range(20, 100, 10))


def _digits(tok: Token) -> int | None:
    t = tok.text.replace(",", "")
    if t.isdigit():
        return int(t)
    return None


def number_at(doc: Doc, i: int, end: int) -> tuple[int, int] | None:
    """A single number at token i: (tokens used, value)."""
    toks, lex = doc.tokens, doc.lex
    if i in doc.date_tokens:
        return None
    value = _digits(toks[i])
    if value is not None:
        nxt = toks[i + 1] if i + 1 < end else None
        if nxt is not None and nxt.start == toks[i].end and nxt.norm in lex.ordinal_suffixes:
            return None
        if "." in toks[i].text:
            return None
        k = i + 1
        if k < end and toks[k].norm in lex.scales:
            value *= lex.scales[toks[k].norm]
            k += 1
        return k - i, value
    m = lex.numbers.match(toks, i)
    if not m:
        return None
    k, total, current = i + m[0], 0, m[1]
    while k < end:
        tok = toks[k]
        if tok.norm in lex.scales:
            current = max(current, 1) * lex.scales[tok.norm]
            if lex.scales[tok.norm] >= 1000:
                total, current = total + current, 0
            k += 1
            continue
        j = k + (tok.norm in lex.number_joiners and k + 1 < end)
        more = lex.numbers.match(toks, j) if j < end else None
        if more and (current % 10 == 0 or current >= 100) and more[1] < 10 + 90 * (current >= 100):
            current += more[1]
            k = j + more[0]
            continue
        if more and 0 < current < 10 and more[1] in _TENS:
            # the unit first: "five and twenty", Arabic "خمسة وعشرين" (25)
            current += more[1]
            k = j + more[0]
            continue
        break
    return k - i, total + current


def _count_at(doc: Doc, i: int, end: int) -> tuple[int, Count] | None:
    """A count of people starting at token i: (end token, Count)."""
    toks, lex = doc.tokens, doc.lex
    start_char = toks[i].start
    approx = lex.approximators.match(toks, i)
    k = i + approx[0] if approx else i
    hedge = approx[1] if approx else None
    opened = k < end and toks[k].norm in lex.range_openers
    k += opened
    first = number_at(doc, k, end) if k < end else None
    if first is None:
        quant = lex.quantifiers.match(toks, i)
        if quant is None:
            return None
        best, low, high = quant[1]
        j = i + quant[0]
        kind = "exact" if high == best == 0 else ("approximate" if high else "unspecified")
        text = doc.text[start_char : toks[j - 1].end]
        return j, Count(None if high is None else best, low, high, best == high == 0, kind, text)
    k += first[0]
    low = high = best = first[1]
    exact = hedge in (None, "family")
    joiner = toks[k].norm if k + 1 < end else None
    if joiner in lex.range_joiners or (opened and joiner in lex.between_joiners):
        second = number_at(doc, k + 1, end)
        if second is not None and second[1] > first[1]:
            high = second[1]
            k += 1 + second[0]
            exact = False
    if hedge == "at_least":
        exact = False
    elif hedge == "more_than":
        low = best = first[1] + 1
        high = max(high, best)
        exact = False
    elif hedge == "about":
        low, high = int(best * 0.8), max(high, -(-best * 12 // 10))
        exact = False
    elif hedge in ("up_to", "fewer_than"):
        low, best = (1 if best > 1 else best), best - (hedge == "fewer_than")
        high = best
        exact = False
    kind = "exact" if exact else "approximate"
    return k, Count(best, low, high, exact, kind, doc.text[start_char : toks[k - 1].end])


def _victims(doc: Doc, m: CountMention, end: int) -> None:
    """Read the noun phrase after a count: who the people are and which party they belong to."""
    toks, lex = doc.tokens, doc.lex
    k = m.end
    selector = lex.selectors.match(toks, k) if k < end else None
    if selector:
        k += selector[0]  # "one of the employees": the noun after says who
    limit = min(end, k + _NP_WINDOW)
    while k < limit:
        tok = toks[k]
        if tok.norm in lex.additional:
            m.additional = True
            k += 1
            m.np_end = k
            continue
        party = lex.party_at(toks, k)
        group = lex.groups.match(toks, k)
        if group and (not party or group[0] >= party[0]):
            modifier = group[1][0]
            k = _last_noun(doc, k, group[0], end)
            group = lex.groups.match(toks, k)
            assert group is not None
            m.group, m.sub = group[1]
            # "civilian officials": a noun before the head may say who they are
            m.group = m.group or modifier
            m.noun = toks[k].norm
            m.np_end = k + group[0]
            # "5 أطفال آخرون" (five other children): "others" after the noun is part of it
            while m.np_end < end and toks[m.np_end].norm in lex.additional:
                m.additional = True
                m.np_end += 1
            tail = lex.noun_tails.match(toks, m.np_end) if m.np_end < end else None
            if tail:
                m.np_end += tail[0]  # "two boys from one family"
            _status_after(doc, m, end)
            _party_after(doc, m, end)
            return
        outcome = lex.outcomes.match(toks, k)
        if outcome and lex.opens_clause(tok):
            break  # "مقتل 4 من أبنائها وإصابة 5": a new clause, not the noun of the 4
        if outcome and outcome[1].role in ("noun", "toll"):
            m.outcome = outcome[1]
            m.np_end = k + outcome[0]
            _group_after(doc, m, end)
            _party_after(doc, m, end)
            return
        if lex.agent_markers.match(toks, k) or tok.norm in lex.majority:
            break  # "برصاص مجهولين" (by whom), "معظمهم من النساء" (most of them, not all)
        if tok.norm in lex.recalling:
            break  # "مئات يشيعون جثمان شاب": the mourners are not the dead
        if party:
            m.party = party[1]
            k += party[0]
            last = lex.groups.match(toks, k - 1)
            if last and last[0] == 1:
                m.group, m.sub = last[1]
                m.noun = toks[k - 1].norm
                m.np_end = k
                _party_after(doc, m, end)
                return
            continue
        if tok.norm in lex.definite or tok.norm in lex.indefinite or tok.norm in lex.pronouns:
            break
        if tok.norm in lex.auxiliaries and tok.norm not in lex.additional:
            break
        if tok.norm in lex.units or outcome or not (tok.text.isalpha() or tok.text in "-'’"):
            break
        if tok.text == "-" and tok.start > toks[k - 1].end:
            break  # "Daraa 24 - a young man died": a dash set apart ends a name, not a noun
        if lex.list_joiners.match(toks, k) or lex.numbers.match(toks, k):
            break
        if tok.norm in lex.reporting:
            break
        k += 1


def _group_after(doc: Doc, m: CountMention, end: int) -> None:
    """A person noun right after a counted outcome noun says who: "6 قتلى مدنيين" (6 civilian
    dead), "جثة شاب" (the body of a young man); so does one after a word for "among" ("2
    injuries among the civilians")."""
    toks, lex = doc.tokens, doc.lex
    group = lex.groups.match(toks, m.np_end) if m.np_end < end else None
    k = m.np_end
    if group is None and k < end and (among := lex.among.match(toks, k)) is not None:
        k += among[0]
        group = lex.groups.match(toks, k) if k < end else None
        if group is None or group[1][0] is None:
            return  # "among the people": no status said
    if group is not None:
        m.group, m.sub = group[1]
        m.noun = toks[k].norm
        m.np_end = k + group[0]


def _status_after(doc: Doc, m: CountMention, end: int) -> None:
    """A person noun after people of unstated status says what they were: "شخصين مدنيين" (two
    civilian persons), "3 أشخاص مسلحين" (three armed men). One joined by "and" is other people
    ("3 أشخاص وطفل")."""
    toks, lex = doc.tokens, doc.lex
    if m.group is not None or m.np_end >= end or lex.joined(toks[m.np_end]):
        return
    found = lex.groups.match(toks, m.np_end)
    if found is not None and found[1][0] is not None:
        m.group, m.sub = found[1][0], m.sub or found[1][1]
        m.np_end += found[0]


def _party_after(doc: Doc, m: CountMention, end: int) -> None:
    """ "members of Asayish", "fighters from ISIS", "in the ranks of the SDF"."""
    toks, lex = doc.tokens, doc.lex
    k = m.np_end
    for _ in range(5):
        if k >= end:
            return
        party = lex.party_at(toks, k)
        if party:
            m.party = m.party or party[1]
            m.np_end = k + party[0]
            return
        if not toks[k].text.isalpha() or lex.outcomes.match(toks, k):
            return
        side = lex.party_side.match(toks, k)
        if side:
            k += side[0]  # "in the ranks of the SDF": the victims' own side follows
            continue
        if lex.agent_markers.match(toks, k):
            return  # "برصاص مجهولين", "in Turkish shelling": the party after it is who did it
        k += 1


def find_counts(doc: Doc) -> None:
    """Find every count of people in each sentence."""
    lex = doc.lex
    for s in doc.sentences:
        if not s.outcomes:
            continue  # no outcome word, no claim: numbers here are not casualties
        i = s.start
        toks = doc.tokens
        while i < s.end:
            norm = toks[i].norm
            if norm not in lex.count_starts and not norm[:1].isdigit() and norm not in lex.groups:
                i += 1
                continue
            found = _count_at(doc, i, s.end)
            if found is None:
                m = (
                    _indefinite(doc, lex, s, i)
                    or _counted(doc, s, i)
                    or _bare_part(doc, s, i)
                    or _uncounted(doc, s, i)
                )
                if m is None:
                    i += 1
                    continue
            else:
                j, count = found
                m = CountMention(i, j, count, j)
                _victims(doc, m, s.end)
                hedge = lex.approximators.match(toks, i)
                if hedge and hedge[1] == "family" and m.sub is None:
                    m.group = "civilians"  # "a family of four members": a family, not fighters
                if not _plausible(doc, m, s):
                    i += 1
                    continue
            if m.np_end < s.end and toks[m.np_end].norm in lex.reporting:
                i = max(m.np_end, i + 1)  # "..., a medic said": who tells it, not a victim
                continue
            s.counts.append(m)
            i = max(m.np_end, i + 1)
        _others(s)
        _mostly_civilians(doc, s)


def _mostly_civilians(doc: Doc, s: Sentence) -> None:
    """ "12 killed, most of them children and women": people of unstated status most of whom
    are civilians are presumed civilians (Additional Protocol I, art. 50(1))."""
    toks, lex = doc.tokens, doc.lex
    for m in s.counts:
        if m.group is not None or m.party is not None:
            continue
        k = m.np_end
        while k < s.end and toks[k].text in ",،":
            k += 1
        mostly = lex.mostly.match(toks, k) if k < s.end else None
        if mostly is None:
            continue
        k += mostly[0]
        found = lex.groups.match(toks, k) if k < s.end else None
        if found is not None and (found[1][0] == "civilians" or found[1][1] in ("child", "woman")):
            m.group = "civilians"


def _others(s: Sentence) -> None:
    """Counts of "others" after a number of people in their sentence ("killing 2 civilians and
    injuring 3 others"): others than those, so of their group, and not on top of the report's
    earlier numbers as "another" in a sentence of its own is ("more deaths ... and 22 other
    bodies" stays on top: "more" states no number)."""
    before: CountMention | None = None
    for idx, c in enumerate(s.counts):
        if c.outcome is None and c.group is None and c.party is not None and c.np_end == c.end:
            c.group = "combatants"
        if c.additional and any(p.count.best for p in s.counts[:idx]):
            c.additional = False
            if c.group is None and c.outcome is None and before is not None:
                c.group = before.group or ("civilians" if before.sub and not before.party else None)
        if c.group is not None or c.sub is not None:
            before = c


def _plausible(doc: Doc, m: CountMention, s: Sentence) -> bool:
    """Rule out numbers that are not people: units, ages, years without a noun."""
    toks, lex = doc.tokens, doc.lex
    if m.end < s.end and toks[m.end].norm in lex.units:
        return False
    if m.start > s.start and toks[m.start - 1].norm in lex.age_markers:
        return False
    if (
        m.start > s.start
        and toks[m.start - 1].norm in lex.naming_markers
        and not lex.joined(toks[m.start])
    ):
        return False  # "أب لثلاثة أطفال" (a father of three), "حي الأربعين": not victims
    if m.end + 1 < s.end and toks[m.end].text == "-" and toks[m.end + 1].norm in lex.units:
        return False
    if m.group is None and m.outcome is None and m.end < s.end:
        nxt = toks[m.end]
        if nxt.start == toks[m.end - 1].end and nxt.text[:1].isalpha():
            return False  # glued to a word that is not a person: "1y", "31w" (post furniture)
    value = m.count.best
    return not (
        m.group is None and m.outcome is None and value is not None and 1900 <= value <= 2100
    )


def _indefinite(doc: Doc, lex: Lexicon, s: Sentence, i: int) -> CountMention | None:
    """ "a civilian", "an elderly man", "a 12-year-old boy", "him": one person; a word that may
    be either ("another person", "injuring another") is a pronoun only without its noun."""
    found = _indefinite_noun(doc, lex, s, i)
    if found is not None or doc.tokens[i].norm not in lex.pronouns:
        return found
    return _pronoun(doc, lex, s, i)


def _pronoun(doc: Doc, lex: Lexicon, s: Sentence, i: int) -> CountMention | None:
    toks = doc.tokens
    tok = toks[i]
    if i > s.start and (
        lex.including.ending_at(toks, i, s.start) is not None
        or lex.partitives.ending_at(toks, i, s.start) is not None
    ):
        return None  # "among them", "one of them": not victims of their own
    n = lex.pronouns[tok.norm]
    count = Count(n, n or 1, n, n is not None, "exact" if n else "unspecified", tok.text)
    m = CountMention(i, i + 1, count, i + 1, noun=tok.norm)
    # "killing a boy and wounding another": one more of the people just named (_others)
    m.additional = tok.norm in lex.additional
    return m


def _indefinite_noun(doc: Doc, lex: Lexicon, s: Sentence, i: int) -> CountMention | None:
    toks = doc.tokens
    tok = toks[i]
    definite = tok.norm in lex.definite
    if tok.norm not in lex.indefinite and not definite:
        return None
    m = CountMention(i, i + 1, Count(1, 1, 1, True, "exact", tok.text), i + 1)
    m.additional = tok.norm in lex.additional  # "another civilian died of his wounds"
    k = i + 1
    limit = min(s.end, k + 7)
    plain_words = 0
    while k < limit:
        party = lex.party_at(toks, k)
        group = lex.groups.match(toks, k)
        if group and (not party or group[0] >= party[0]):
            k = _last_noun(doc, k, group[0], s.end)
            group = lex.groups.match(toks, k)
            assert group is not None
            noun = toks[k + group[0] - 1].norm
            if definite and not lex.is_singular(noun):
                return None
            m.group, m.sub = group[1]
            m.noun = noun
            m.np_end = k + group[0]
            m.count.text = doc.text[tok.start : toks[m.np_end - 1].end]
            _party_after(doc, m, s.end)
            return m
        outcome = lex.outcomes.match(toks, k)
        one_body = not definite or (tok.norm in lex.possessives and k == i + 1)
        if (
            one_body
            and outcome
            and outcome[1].role == "noun"
            and outcome[1].outcome == "bodies_found"
        ):
            m.outcome = outcome[1]
            m.np_end = k + outcome[0]
            return m
        if party:
            m.party = party[1]
            k += party[0]
            continue
        if outcome or not (toks[k].text.isalnum() or toks[k].text in "-'’“”\""):
            return None
        if toks[k].norm in lex.reporting:
            return None  # "a relative told reporters": the verb ends the noun phrase
        if toks[k].norm in lex.indefinite or toks[k].norm in lex.definite:
            return None
        if toks[k].text.isdigit() and not (k + 1 < s.end and toks[k + 1].text == "-"):
            return None
        if toks[k].text.islower() and len(toks[k].text) > 2:
            plain_words += 1
            if plain_words > 3:
                return None
        k += 1
    return None


def _counted(doc: Doc, s: Sentence, i: int) -> CountMention | None:
    """A noun that is itself a count: a bare singular or a dual (Arabic "طفل", one child;
    "طفلين", two children), or a noun whose number word follows it ("مدنيين اثنين")."""
    toks, lex = doc.tokens, doc.lex
    counted = lex.counted.match(toks, i)
    if counted is not None:
        size, (n, group, sub) = counted
        longer = lex.groups.match(toks, i)
        if longer is not None and longer[0] > size:
            # a longer name of people that begins with the noun: "رجل أمن" (a security man)
            size, (group, sub) = longer[0], longer[1]
        end = i + size
        if any(o.start <= i < o.end and o.end - o.start > size for o in s.outcomes):
            return None  # "بين قتيل وجريح" (killed or wounded): part of a longer phrase
        after = _number_word_at(doc, end, s.end)
        if after is not None and after[1] == n:
            end += after[0]  # "طفلين اثنين": the number repeats the dual
        same = lex.counted.match(toks, end) if end < s.end else None
        if same and same[1][0] == n and not lex.joined(toks[end]):
            # "طفلان شقيقان" (two children, brothers): a second noun, with no clitic joining
            # it, says more about the same people ("شخص مدني", a civilian person)
            end += same[0]
            if group is None and same[1][1] is not None:
                group, sub = same[1][1], sub or same[1][2]
    else:
        person = lex.groups.match(toks, i)
        after = _number_word_at(doc, i + person[0], s.end) if person else None
        if person is None or after is None:
            return None
        size, n, (group, sub) = person[0], after[1], person[1]
        end = i + size + after[0]
    count = Count(n, n, n, True, "exact", doc.text[toks[i].start : toks[end - 1].end])
    m = CountMention(i, end, count, end, group=group, sub=sub, noun=toks[i].norm)
    outcome = lex.outcomes.match(toks, i)
    if outcome is not None and outcome[1].role == "noun" and outcome[0] == size:
        m.outcome = outcome[1]
        if group is None:
            _group_after(doc, m, s.end)
    else:
        _status_after(doc, m, s.end)
    while m.np_end < s.end and toks[m.np_end].norm in lex.additional:
        m.np_end += 1
    # "مدني آخر" (another civilian), "وإصابة آخر" (another one injured)
    m.additional = any(toks[j].norm in lex.additional for j in range(i, m.np_end))
    _party_after(doc, m, s.end)
    return m


def _number_word_at(doc: Doc, k: int, end: int) -> tuple[int, int] | None:
    """A number written as a word (not digits) at token k."""
    if k >= end or doc.tokens[k].text[:1].isdigit():
        return None
    return number_at(doc, k, end)


def _last_noun(doc: Doc, k: int, size: int, end: int) -> int:
    """In "police traffic officer", the head is the last person noun of the run."""
    toks, lex = doc.tokens, doc.lex
    j = k + size
    for gap in (0, 1):
        run = range(j, j + gap + 1)
        if j + gap < end and all(toks[x].text.isalpha() and toks[x].text.islower() for x in run):
            if lex.outcomes.match(toks, j) or lex.list_joiners.match(toks, j):
                return k
            if any(
                toks[x].norm in lex.indefinite
                or toks[x].norm in lex.definite
                or toks[x].norm in lex.auxiliaries
                or lex.outcomes.match(toks, x)
                for x in run
            ):
                return k
            nxt = lex.groups.match(toks, j + gap)
            if nxt:
                return _last_noun(doc, j + gap, nxt[0], end)
    return k


#: Marks after which a headline's next part starts ("Military escalation | Child killed ...").
_HEADLINE_BREAKS = frozenset("|:")


def _headline_subject(doc: Doc, s: Sentence, i: int, size: int) -> bool:
    """A bare singular noun opening a sentence or a headline part, right before what happened
    to him ("Civilian killed", "Child dies", "citizen lost his life")."""
    toks = doc.tokens
    if i > s.start and toks[i - 1].text not in _HEADLINE_BREAKS:
        return False
    k = i + size
    return any(o.start == k and o.outcome.role in ("verb", "state") for o in s.outcomes)


def _headline_object(doc: Doc, s: Sentence, i: int, end: int) -> bool:
    """A bare singular noun right after a verb that has no article before it: a headline's
    object ("Drone kills civilian", "shelling kills woman, injures child"); "the wounded man"
    is no count, its article belongs to the noun, and in "killed civilian residents" or
    "civilian and military personnel" the word describes the plural noun after it."""
    toks, lex = doc.tokens, doc.lex
    verb = next((o for o in s.outcomes if o.end == i and o.outcome.role == "verb"), None)
    if verb is None:
        return False
    before = toks[verb.start - 1].norm if verb.start > s.start else ""
    if before in lex.definite or before in lex.indefinite:
        return False
    for k in range(end, min(end + 3, s.end)):
        noun = lex.groups.match(toks, k)
        if noun and not lex.is_singular(toks[k + noun[0] - 1].norm):
            return False
    return True


def _in_opened_list(doc: Doc, s: Sentence, i: int) -> bool:
    """Whether token i follows "including" or a colon, or stands in the list they open."""
    if _after_list_opener(doc, s, i):
        return True
    last = s.counts[-1] if s.counts else None
    return (
        last is not None
        and last.noun is not None
        and last.np_end < i
        and all(doc.lex.list_joiners.match(doc.tokens, j) for j in range(last.np_end, i))
        and _after_list_opener(doc, s, last.start)
    )


def _after_list_opener(doc: Doc, s: Sentence, i: int) -> bool:
    """Whether token i comes right after "including" or a colon."""
    toks = doc.tokens
    if i == s.start:
        return False
    return doc.lex.including.ending_at(toks, i - 1, s.start) is not None or toks[i - 1].text == ":"


def _bare_part(doc: Doc, s: Sentence, i: int) -> CountMention | None:
    """ "Three killed including woman and child": after "including" (and in the list it opens),
    a singular person noun without an article is one person; so is one that opens a headline
    ("Civilian killed in shelling", "Turkish drone attack | Child dies of wounds")."""
    toks, lex = doc.tokens, doc.lex
    group = lex.groups.match(toks, i)
    if group is None:
        return None
    end = i + group[0]
    text = doc.text[toks[i].start : toks[end - 1].end]
    if not lex.is_singular(toks[end - 1].norm):
        # "nine hurt, including women and girls": parts of unstated number
        if toks[end - 1].norm not in lex.unstated_parts or not _in_opened_list(doc, s, i):
            return None
        count = Count(None, 1, None, False, "unspecified", text)
    elif (
        _headline_subject(doc, s, i, group[0])
        or _in_opened_list(doc, s, i)
        or _headline_object(doc, s, i, end)
    ):
        count = Count(1, 1, 1, True, "exact", text)
    else:
        return None
    noun_group, sub = group[1]
    return CountMention(i, end, count, end, group=noun_group, sub=sub, noun=toks[end - 1].norm)


def _uncounted(doc: Doc, s: Sentence, i: int) -> CountMention | None:
    """ "injuries among the civilians", "civilians wounded in the shelling": a plural outcome
    noun with no number says some people were hurt, at least two, not how many. Not when it is
    negated ("دون وقوع إصابات", without injuries: a zero) or part of a longer phrase."""
    toks = doc.tokens
    if toks[i].norm not in doc.lex.uncounted:
        return None
    o = next((o for o in s.outcomes if o.start <= i < o.end), None)
    if o is None or o.start != i or o.end != i + 1 or o.negated or o.outcome.role != "noun":
        return None
    count = Count(None, 2, None, False, "unspecified", toks[i].text)
    m = CountMention(i, i + 1, count, i + 1, outcome=o.outcome)
    _group_after(doc, m, s.end)
    _party_after(doc, m, s.end)
    return m
