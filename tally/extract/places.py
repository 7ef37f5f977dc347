"""Places a report names, resolved with the gazetteer, given to the claims of their sentence.

The text is read once, up to the last sentence that needs a place (the governorate named in one
sentence tells which of several villages of the same name another sentence means; in long pages
only the opening, and later claim sentences on their own), and only for reports that claim at
least one person harmed: "no casualties were reported" needs no place. A claim takes the most precise place
of its own sentence, or else the report's most precise place; in a sentence that names several
villages ("a child was killed in A, and a man in B") it takes the first named after it.
"""

from __future__ import annotations

from collections.abc import Sequence

from tally.extract.doc import Doc
from tally.geo import Gazetteer
from tally.model import Claim, Place, Report

#: Places that tell one event from another: a village, a town, a neighbourhood.
LOCAL = ("neighbourhood", "community")

_PRECISION_RANK = {
    "neighbourhood": 0,
    "community": 1,
    "subdistrict": 2,
    "district": 3,
    "governorate": 4,
    "country": 5,
}


#: How much of a long page is read whole for places; later claim sentences are read alone.
_OPENING = 2000


def _rank(p: Place) -> int:
    return 2 * _PRECISION_RANK.get(p.precision, 9) + (p.pcode is None)


def find_places(doc: Doc) -> None:
    claiming = [s for s in doc.sentences if any(c.count.best != 0 for c in s.claims)]
    if not claiming:
        return
    # Up to the last sentence that needs a place (what names the place comes before or with
    # it), but in long pages only the opening and then the sentences themselves.
    gaz, language = Gazetteer.load(), doc.lex.code
    end = min(doc.tokens[claiming[-1].end - 1].end, _OPENING)
    doc.places = gaz.find(doc.text[:end], language)
    for s in claiming:
        lo, hi = doc.tokens[s.start].start, doc.tokens[s.end - 1].end
        if hi > end:
            doc.places += [(a + lo, b + lo, p) for a, b, p in gaz.find(doc.text[lo:hi], language)]
    if not doc.places:
        return
    fallback = min((p for _, _, p in doc.places), key=_rank)
    for s in claiming:
        lo, hi = doc.tokens[s.start].start, doc.tokens[s.end - 1].end
        s.places = [p for a, b, p in doc.places if lo <= a and b <= hi]
        place = min(s.places, key=_rank) if s.places else fallback
        local = [(a, p) for a, b, p in doc.places if lo <= a and b <= hi and p.precision in LOCAL]
        several = len({p.pcode or p.name for _, p in local}) > 1
        for claim in s.claims:
            # a sentence that tells of people harmed in several villages ("a child was killed
            # in A, and a man in B"): each number takes the first village named after it
            after = [p for a, p in local if a >= claim.evidence.end] if several else []
            claim.place = after[0] if after else place
            for part in claim.parts:
                part.place = claim.place


#: How much of a report's opening names the places it is about (named_places).
_ABOUT = 500


def named_places(report: Report, claims: Sequence[Claim] = ()) -> set[str]:
    """Keys (P-code, or else name) of the villages, towns and neighbourhoods a report is about:
    those its title and opening name, and those of its claims."""
    from tally.extract.lexicon import lexicon

    text = "\n".join(t for t in (report.title, report.text[:_ABOUT]) if t)
    found = [p for _, _, p in Gazetteer.load().find(text, lexicon(report.language).code)]
    found += [c.place for c in claims if c.place is not None and not c.background]
    return {p.pcode or p.name for p in found if p.precision in LOCAL}
