"""Extraction: every casualty claim a report makes, with its evidence, and the report's toll."""

from __future__ import annotations

from dataclasses import replace

from tally.extract.pipeline import Pipeline
from tally.extract.toll import bundle_toll, report_toll
from tally.ingest.normalise import detect_language
from tally.lang import SUPPORTED
from tally.model import Claim, Report

_default = Pipeline()
#: How much of a text shows its script, for checking the language a report was labelled with.
_SCRIPT_SAMPLE = 2000


def extract_claims(report: Report) -> list[Claim]:
    """The claims a report makes, in the order it makes them.

    A report is read in the language its script shows when that disagrees with the language it
    was labelled with (an Arabic post filed as English is read as Arabic).
    """
    seen = detect_language(report.text[:_SCRIPT_SAMPLE])
    if seen not in ("und", report.language) and seen in SUPPORTED:
        report = replace(report, language=seen)
    claims = _default.claims(report)
    title = (report.title or "").strip()
    if title and title not in report.text:
        # A headline often states the toll: read it too, its evidence pointing into the title.
        headline = _default.claims(replace(report, text=title, title=None))
        for claim in headline:
            for c in (claim, *claim.parts):
                c.evidence.field = "title"
        claims = headline + claims
    return claims


__all__ = ["Pipeline", "bundle_toll", "extract_claims", "report_toll"]
