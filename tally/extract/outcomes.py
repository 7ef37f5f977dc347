"""Outcome words in each sentence ("killing", "were wounded", "fatalities"), and their negation."""

from __future__ import annotations

from tally.extract.doc import Doc, OutcomeMention

#: How many tokens before an outcome word a negation may stand ("neither injuries nor fatalities").
_NEGATION_WINDOW = 4


def find_outcomes(doc: Doc) -> None:
    toks, lex = doc.tokens, doc.lex
    first = lex.outcomes.first
    for s in doc.sentences:
        i = s.start
        while i < s.end:
            m = lex.outcomes.match(toks, i) if toks[i].norm in first else None
            if m is None:
                i += 1
                continue
            mention = OutcomeMention(i, i + m[0], m[1])
            lo = max(s.start, i - _NEGATION_WINDOW)
            mention.negated = any(toks[j].norm in lex.negation for j in range(lo, i))
            s.outcomes.append(mention)
            i += m[0]
