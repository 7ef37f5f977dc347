"""The seed article (../shared/eval/seed/ghuwayran.json) yields every claim of seed/expected.md.

The article is third-party text used for evaluation only: it is read from ../shared at test time
and never copied into the repository. The test skips when ../shared is absent.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from tally.extract import extract_claims, report_toll
from tally.model import Claim, Report

SEED = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "seed" / "ghuwayran.json"

pytestmark = pytest.mark.skipif(
    not SEED.exists(), reason="../shared/eval/seed is not beside the repository"
)


@pytest.fixture(scope="module")
def report() -> Report:
    data = json.loads(SEED.read_text(encoding="utf-8"))
    return Report(
        text=data["text"],
        published=date.fromisoformat(data["published"]),
        language=data["language"],
        publisher=data["publisher"],
    )


@pytest.fixture(scope="module")
def claims(report: Report) -> list[Claim]:
    return extract_claims(report)


def _one(claims: list[Claim], outcome: str, **where: object) -> Claim:
    found = [
        c
        for c in claims
        if c.outcome == outcome and all(getattr(c, k) == v for k, v in where.items())
    ]
    assert found, (
        f"no {outcome} claim with {where}; got {[(c.outcome, c.count.best) for c in claims]}"
    )
    return found[-1]


def test_every_claim_points_at_its_words(report: Report, claims: list[Claim]) -> None:
    for c in claims:
        ev = c.evidence
        assert report.text[ev.start : ev.end] == ev.text
        assert ev.text in ev.sentence
        assert ev.sentence in report.text


def test_claim_1_cumulative_toll_with_parts(claims: list[Claim]) -> None:
    toll = next(c for c in claims if c.outcome == "killed" and c.count.best == 332)
    assert toll.count.exact and toll.group == "all"
    assert toll.scope == "cumulative" and toll.date == "2022-01-20"
    assert toll.status == "not_definitive"
    parts = {(p.count.best, p.group, p.party) for p in toll.parts}
    assert parts == {(246, "combatants", "isis"), (7, "civilians", None), (79, "combatants", "sdf")}
    assert toll.parts_add_up is True
    assert "332" in toll.evidence.text


def test_claim_2_bodies_under_verification(claims: list[Claim]) -> None:
    bodies = _one(claims, "bodies_found", party="isis")
    assert bodies.count.best == 22 and bodies.status == "under_verification" and bodies.additional


def test_claim_3_more_sdf_deaths_unspecified(claims: list[Claim]) -> None:
    more = _one(claims, "killed", party="sdf", status="under_verification")
    assert more.count.best is None and more.count.kind == "unspecified"


def test_claim_4_dozens_fled(claims: list[Claim]) -> None:
    fled = _one(claims, "escaped", date="2022-01-20")
    assert fled.party == "isis" and not fled.count.exact and fled.count.kind == "approximate"
    assert fled.count.high is not None and fled.count.high > fled.count.low  # type: ignore[operator]


def test_claim_5_surrendered_with_followers(claims: list[Claim]) -> None:
    surrendered = _one(claims, "surrendered")
    assert surrendered.count.best == 21 and surrendered.party == "isis"
    assert surrendered.date == "2022-01-27"


def test_claims_6_to_8(claims: list[Claim]) -> None:
    injured = _one(claims, "injured")
    assert injured.count.best is None and injured.count.kind == "unspecified"
    displaced = _one(claims, "displaced")
    assert displaced.group == "civilians" and displaced.count.kind == "approximate"
    assert displaced.count.low >= 1000  # type: ignore[operator]
    missing = _one(claims, "missing")
    assert missing.party == "isis" and missing.count.kind == "approximate"


def test_background_is_not_a_claim(claims: list[Claim]) -> None:
    assert not any(c.count.best in (2019, 21) and c.outcome != "surrendered" for c in claims)


def test_incident_toll_of_the_report(claims: list[Claim]) -> None:
    killed = report_toll(claims)["killed"]
    assert killed["all"].best == 332
    assert killed["civilians"].best == 7
    assert killed["combatants"].best == 325
    assert killed["all"].high >= 354  # the 22 bodies widen the range, not the best estimate
