"""Places a report names, resolved with the gazetteer, given to the claims of their sentence.

Only sentences that make claims of at least one person are searched (most of a page names no
casualty, and "no casualties were reported" needs no place), and the whole text only when none of
them names a place: the report's most precise place then stands for all.
"""

from __future__ import annotations

from tally.extract.doc import Doc
from tally.geo import Gazetteer
from tally.model import Place

_PRECISION_RANK = {
    "neighbourhood": 0,
    "community": 1,
    "subdistrict": 2,
    "district": 3,
    "governorate": 4,
    "country": 5,
}


def _rank(p: Place) -> int:
    return _PRECISION_RANK.get(p.precision, 9)


def find_places(doc: Doc) -> None:
    claiming = [s for s in doc.sentences if any(c.count.best != 0 for c in s.claims)]
    if not claiming:
        return
    gaz = Gazetteer.load()
    language = doc.lex.code
    for s in claiming:
        start = doc.tokens[s.start].start
        found = gaz.find(doc.sentence_text(s), language)
        s.places = [p for _, _, p in found]
        doc.places.extend((a + start, b + start, p) for a, b, p in found)
    fallback = None
    if not doc.places:
        whole = gaz.find(doc.text, language)
        doc.places = whole
        fallback = min((p for _, _, p in whole), key=_rank) if whole else None
    else:
        fallback = min((p for _, _, p in doc.places), key=_rank)
    for s in claiming:
        place = min(s.places, key=_rank) if s.places else fallback
        for claim in s.claims:
            claim.place = place
            for part in claim.parts:
                part.place = place
