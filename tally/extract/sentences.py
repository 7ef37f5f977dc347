"""Split a report into sentences over its tokens: at full stops and line breaks."""

from __future__ import annotations

from tally.extract.doc import Doc, Sentence

_ENDERS = frozenset({".", "!", "?", "؟", "…"})


def split_sentences(doc: Doc) -> None:
    tokens, text, abbreviations = doc.tokens, doc.text, doc.lex.abbreviations
    start = 0
    n = len(tokens)
    for i, tok in enumerate(tokens):
        if i + 1 >= n:
            break
        nxt = tokens[i + 1]
        boundary = "\n" in text[tok.end : nxt.start]
        if not boundary and tok.text in _ENDERS and i > start:
            prev = tokens[i - 1]
            short = len(prev.text) == 1 and prev.text.isalpha()
            first = nxt.text[0]
            # a stop glued to the next word ends a sentence only in a script without case
            # (Arabic ".وقال"), where it cannot be "U.S." or "example.com"
            caseless = first.isalpha() and first.lower() == first.upper()
            boundary = (
                not short
                and prev.norm not in abbreviations
                and (nxt.start > tok.end or caseless)
                and not first.islower()
            )
        if boundary:
            doc.sentences.append(Sentence(start, i + 1))
            start = i + 1
    if start < n:
        doc.sentences.append(Sentence(start, n))
