"""Places a report names, resolved with the gazetteer, given to the claims of their sentence."""

from __future__ import annotations

from tally.extract.doc import Doc
from tally.model import Place

_PRECISION_RANK = {"neighbourhood": 0, "community": 1, "subdistrict": 2, "district": 3, "governorate": 4, "country": 5}


def find_places(doc: Doc) -> None:
    try:
        from tally.geo import Gazetteer
    except ImportError:  # the gazetteer is an optional part while it is being built
        return
    gaz = Gazetteer.load()
    doc.places = gaz.find(doc.text, doc.report.language)
    if not doc.places:
        return
    report_place = min((p for _, _, p in doc.places), key=_rank)
    for s in doc.sentences:
        lo, hi = doc.tokens[s.start].start, doc.tokens[s.end - 1].end
        here = [p for a, b, p in doc.places if lo <= a and b <= hi]
        place = min(here, key=_rank) if here else report_place
        for claim in s.claims:
            claim.place = place
            for part in claim.parts:
                part.place = place


def _rank(p: Place) -> int:
    return _PRECISION_RANK.get(p.precision, 9)
