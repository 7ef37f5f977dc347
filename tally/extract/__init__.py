"""Extraction: every casualty claim a report makes, with its evidence, and the report's toll."""

from __future__ import annotations

from tally.extract.pipeline import Pipeline
from tally.extract.toll import bundle_toll, report_toll
from tally.model import Claim, Report

_default = Pipeline()


def extract_claims(report: Report) -> list[Claim]:
    """The claims a report makes, in the order it makes them."""
    return _default.claims(report)


__all__ = ["Pipeline", "bundle_toll", "extract_claims", "report_toll"]
