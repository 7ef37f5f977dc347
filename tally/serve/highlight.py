"""A report's text cut into pieces around its claims' evidence, so a page can mark each claim's
words where they stand (the offsets are characters into Report.text or Report.title)."""

from __future__ import annotations

from dataclasses import dataclass

from tally.serve.lists import ClaimItem


@dataclass
class Piece:
    """A run of the text; `claim` is the id of the claim whose evidence it is, if any."""

    text: str
    claim: int | None = None
    outcome: str | None = None
    status: str | None = None
    review: str | None = None


def segments(text: str, claims: list[ClaimItem], field: str) -> list[Piece]:
    """The text as pieces, marked where a claim's evidence lies. Where two claims' evidence
    overlaps, the earlier claim is marked (both are still listed beside the text)."""
    spans = sorted(
        (
            (c.stored.claim.evidence.start, c.stored.claim.evidence.end, c)
            for c in claims
            if c.stored.claim.evidence.field == field
        ),
        key=lambda s: (s[0], -s[1]),
    )
    pieces: list[Piece] = []
    at = 0
    for start, end, item in spans:
        if start < at or end > len(text) or start >= end:
            continue
        if start > at:
            pieces.append(Piece(text[at:start]))
        claim = item.stored.claim
        pieces.append(
            Piece(text[start:end], item.stored.id, claim.outcome, claim.status, item.review_status)
        )
        at = end
    if at < len(text):
        pieces.append(Piece(text[at:]))
    return pieces
