"""Incidents in the store: linking on save, toll histories, merges and splits that later linking
respects, reviews, the audit trail, order independence and concurrent ingests.

Storage tests run on SQLite and PostgreSQL (conftest.db_url). The reports are written for these
tests, except the seed article, read from ../shared/eval/seed when it is there.
"""

from __future__ import annotations

import json
import multiprocessing
import random
import traceback
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from incident_reports import (
    ALL,
    GHUWAYRAN_FIRST,
    GHUWAYRAN_RISES,
    KANSAFRA_SAME_DAY,
    KANSAFRA_WEEKS_LATER,
    SARMADA_FIRST,
    SARMADA_OTHER_SOURCE,
    SARMADA_TOLL_RISES,
)
from sqlalchemy import func, select, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from tally.extract import extract_claims, report_toll
from tally.model import Range, Report
from tally.store import Store, StoreError
from tally.store.db import make_engine, upgrade
from tally.store.models import AuditEventRow, IncidentRow

SEED = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "seed" / "ghuwayran.json"

REVIEWER = "reviewer@example.org"


def seed_report() -> Report:
    if not SEED.is_file():
        pytest.skip(f"the seed article is not at {SEED}")
    from tally.commands.tolls import report_from

    return report_from(json.loads(SEED.read_text(encoding="utf-8")), str(SEED), "the seed")


def ingest(store: Store, report: Report) -> int:
    claims = extract_claims(report)
    report_id, _ = store.save_report(report, claims, report_toll(claims))
    return report_id


def incident_of(store: Store, report_id: int) -> int:
    incident = store.incident_of_report(report_id)
    assert incident is not None, f"report {report_id} is in no incident"
    return incident


def grouping(store: Store) -> dict[frozenset[str], Any]:
    """Incidents as sets of report hashes, each with its toll and history (order-free)."""
    out = {}
    for incident in store.list_incidents():
        detail = store.get_incident(incident.id)
        assert detail is not None
        hashes = {}
        for r in detail.reports:
            stored = store.get_report(r.report_id)
            assert stored is not None
            hashes[r.report_id] = stored.report.content_hash
        history = [(hashes[r.report_id], r.toll) for r in detail.revisions]
        out[frozenset(hashes.values())] = (incident.toll, history, incident.source_count)
    return out


def test_the_seed_article_after_two_earlier_reports_makes_one_incident(db_url: str) -> None:
    seed = seed_report()
    with Store.open(db_url) as store:
        first = ingest(store, GHUWAYRAN_FIRST)
        rises = ingest(store, GHUWAYRAN_RISES)
        article = ingest(store, seed)
        incident = incident_of(store, first)
        assert incident_of(store, rises) == incident_of(store, article) == incident
        assert store.count_incidents() == 1

        detail = store.get_incident(incident)
        assert detail is not None
        killed = [r.toll["killed"]["all"] for r in detail.revisions]
        assert [r.report_id for r in detail.revisions] == [first, rises, article]
        assert [k.best for k in killed] == [28, 181, 332]
        assert killed[-1].high >= 354, "the 22 bodies under verification widen the range"
        toll = detail.incident.toll["killed"]
        assert toll["all"].best == 332 and toll["all"].high >= 354
        assert toll["civilians"].best == 7
        assert "all killed: 181 → 332" in " ".join(
            c.describe() for c in detail.revisions[-1].changes
        )
        assert detail.incident.place_name == "Ghuwayran"
        assert detail.incident.first_date == date(2022, 1, 20)
        assert any(c.claim.count.best == 22 for c in detail.pending)
        decisions = {r.report_id: r for r in detail.reports}
        assert decisions[first].decision == "new"
        assert decisions[article].decision == "linked"
        assert decisions[article].reasons["reasons"]


def test_saving_a_report_again_changes_nothing(db_url: str) -> None:
    with Store.open(db_url) as store:
        ingest(store, SARMADA_FIRST)
        ingest(store, SARMADA_OTHER_SOURCE)
        before = grouping(store), len(store.history())
        ingest(store, SARMADA_FIRST)
        assert (grouping(store), len(store.history())) == before


def test_reports_of_other_events_make_other_incidents(db_url: str) -> None:
    with Store.open(db_url) as store:
        ids = [
            ingest(store, r)
            for r in (SARMADA_FIRST, KANSAFRA_SAME_DAY, SARMADA_TOLL_RISES, KANSAFRA_WEEKS_LATER)
        ]
        incidents = [incident_of(store, i) for i in ids]
        assert incidents[0] == incidents[2]
        assert len(set(incidents)) == 3
        listed = store.list_incidents(place="Idleb")
        assert len(listed) == 3
        sarmada = store.get_incident(incidents[0])
        assert sarmada is not None
        assert sarmada.incident.toll["killed"]["all"] == Range(4, 4, 4)
        assert sarmada.incident.status == "reported"  # one source, SOHR, twice
        alone = store.get_incident(incidents[1])
        assert alone is not None
        assert "below the threshold" in alone.reports[0].reasons["reasons"][0]


def test_independent_sources_corroborate_an_incident(db_url: str) -> None:
    with Store.open(db_url) as store:
        ingest(store, SARMADA_FIRST)
        incident = incident_of(store, ingest(store, SARMADA_OTHER_SOURCE))
        listed = store.list_incidents(status="corroborated", min_sources=2)
        assert [i.id for i in listed] == [incident]
        assert listed[0].status_text == "corroborated by 2 independent sources"
        detail = store.get_incident(incident)
        assert detail is not None
        three = [
            c
            for c in detail.claims
            if (c.stored.claim.count.best, c.stored.claim.group) == (3, "civilians")
        ]
        assert len(three) == 3, "SOHR's title and text, the monitor's title"
        assert all(c.status == "corroborated" and c.sources == 2 for c in three)
        alone = next(c for c in detail.claims if c.stored.claim.group == "all")
        assert (alone.status, alone.sources) == ("reported", 1)
        assert three[0].status_text == "corroborated by 2 independent sources"
        store.review("claim", three[0].stored.id, "contested", "one family, not three", REVIEWER)
        detail = store.get_incident(incident)
        assert detail is not None
        reviewed = next(c for c in detail.claims if c.stored.id == three[0].stored.id)
        assert (reviewed.status, reviewed.note) == ("contested", "one family, not three")
        assert reviewed.status_text == "contested by a reviewer"


def test_merges_and_splits_hold_when_later_reports_are_linked(db_url: str) -> None:
    with Store.open(db_url) as store:
        sarmada = ingest(store, SARMADA_FIRST)
        kansafra = ingest(store, KANSAFRA_SAME_DAY)
        a, b = incident_of(store, sarmada), incident_of(store, kansafra)
        assert a != b
        assert store.merge_incidents(a, b, "one bombardment of two villages", REVIEWER) == a
        assert incident_of(store, kansafra) == a
        merged_away = store.get_incident(b)
        assert merged_away is not None and merged_away.incident.merged_into == a
        assert [i.id for i in store.list_incidents()] == [a]

        # A new report like Sarmada's regroups the incident; the reviewer's merge holds.
        other = ingest(store, SARMADA_OTHER_SOURCE)
        assert incident_of(store, other) == incident_of(store, kansafra) == a

        new = store.split_incident(
            a, [kansafra], "Kansafra was shelled, not hit by the drone", REVIEWER
        )
        assert new != a
        assert incident_of(store, kansafra) == new
        assert incident_of(store, sarmada) == incident_of(store, other) == a
        # Later reports never put the two together again.
        rises = ingest(store, SARMADA_TOLL_RISES)
        assert incident_of(store, rises) == a
        assert incident_of(store, kansafra) == new
        detail = store.get_incident(new)
        assert detail is not None
        assert detail.reports[0].decision == "split"
        assert detail.reports[0].reasons["reason"] == "Kansafra was shelled, not hit by the drone"

        actions = [(e.action, e.actor) for e in store.history(incident=a)]
        assert ("merge_decision", REVIEWER) in actions
        assert ("split_decision", REVIEWER) in actions


def test_decisions_that_cannot_be_made_are_refused_in_plain_words(db_url: str) -> None:
    with Store.open(db_url) as store:
        sarmada = ingest(store, SARMADA_FIRST)
        a = incident_of(store, sarmada)
        with pytest.raises(StoreError, match="no incident 999"):
            store.merge_incidents(a, 999, "typo", REVIEWER)
        with pytest.raises(StoreError, match="at least one report"):
            store.split_incident(a, [sarmada], "nothing would stay", REVIEWER)
        with pytest.raises(StoreError, match="does not hold report"):
            store.split_incident(a, [sarmada + 50], "not there", REVIEWER)
        with pytest.raises(StoreError, match="itself"):
            store.merge_incidents(a, a, "same", REVIEWER)


def test_reviews_set_statuses_change_tolls_and_are_logged(db_url: str) -> None:
    with Store.open(db_url) as store:
        incident = incident_of(store, ingest(store, SARMADA_FIRST))
        store.review(
            "incident", incident, "confirmed", "names of the three victims documented", REVIEWER
        )
        detail = store.get_incident(incident)
        assert detail is not None
        assert detail.incident.status == "confirmed"
        assert detail.incident.review_note == "names of the three victims documented"

        # The report states its three dead twice (title and text): discount both.
        threes = [c for c in store.list_claims(outcome="killed") if c.claim.count.best == 3]
        assert len(threes) == 2
        for claim in threes:
            store.review("claim", claim.id, "discounted", "the figure double counts", REVIEWER)
        detail = store.get_incident(incident)
        assert detail is not None
        assert "killed" not in detail.incident.toll
        store.review("claim", threes[0].id, None, "back as reported", REVIEWER)
        detail = store.get_incident(incident)
        assert detail is not None
        assert detail.incident.toll["killed"]["all"] == Range(3, 3, 3)

        reviews = store.history(action="review")
        assert [(e.entity, e.actor) for e in reviews] == [
            ("claim", REVIEWER),
            ("claim", REVIEWER),
            ("claim", REVIEWER),
            ("incident", REVIEWER),
        ]
        assert reviews[1].after == {"status": "discounted", "note": "the figure double counts"}
        assert reviews[0].before == {"status": "discounted", "note": "the figure double counts"}
        assert reviews[0].after is None
        with pytest.raises(StoreError, match="no claim"):
            store.review("claim", 10_000, "confirmed", "?", REVIEWER)

        # The log is append-only: the database itself refuses to rewrite it.
        with pytest.raises(DBAPIError), store.engine.begin() as conn:
            conn.execute(update(AuditEventRow).values(actor="someone else"))


def test_a_discounted_claim_no_longer_counts_and_a_contested_one_only_widens(db_url: str) -> None:
    with Store.open(db_url) as store:
        first = ingest(store, SARMADA_FIRST)
        incident = incident_of(store, first)
        ingest(store, SARMADA_TOLL_RISES)
        update_claims = [
            c
            for c in store.list_claims(outcome="killed")
            if c.claim.count.best == 4 and c.claim.scope == "cumulative"
        ]
        assert update_claims, "the update states a running total of four"
        for c in update_claims:
            store.review(
                "claim", c.id, "contested", "no hospital confirms the fourth death", REVIEWER
            )
        detail = store.get_incident(incident)
        assert detail is not None
        killed = detail.incident.toll["killed"]["all"]
        assert killed.best == 3 and killed.high >= 4, "contested: in the range, not the best"
        assert {c.id for c in detail.pending} >= {c.id for c in update_claims}
        for c in update_claims:
            store.review("claim", c.id, "discounted", "withdrawn by the source", REVIEWER)
        detail = store.get_incident(incident)
        assert detail is not None
        assert detail.incident.toll["killed"]["all"] == Range(3, 3, 3)


def test_the_same_reports_in_any_order_give_the_same_incidents(db_url: str, tmp_path: Path) -> None:
    reports = list(ALL)
    with Store.open(db_url) as store:
        for report in reports:
            ingest(store, report)
        expected = grouping(store)
    assert len(expected) == 4
    rng = random.Random(3)
    for attempt in range(3):
        shuffled = reports[:]
        rng.shuffle(shuffled)
        with Store.open(f"sqlite:///{tmp_path / f'order{attempt}.db'}") as store:
            for report in shuffled:
                ingest(store, report)
            assert grouping(store) == expected


def test_reports_stored_before_incidents_existed_are_linked_on_request(db_url: str) -> None:
    engine = make_engine(db_url)
    upgrade(engine, "0001")
    from tally.store.convert import report_row

    with Session(engine) as session, session.begin():
        for report in (SARMADA_FIRST, SARMADA_OTHER_SOURCE):
            claims = extract_claims(report)
            session.add(report_row(report, claims, report_toll(claims)))
    engine.dispose()
    with Store.open(db_url) as store:
        assert store.count_incidents() == 0
        assert store.link_unlinked() == 2
        assert store.link_unlinked() == 0
        [incident] = store.list_incidents()
        assert incident.report_count == 2


def test_aggregates_sum_incident_tolls(db_url: str) -> None:
    with Store.open(db_url) as store:
        for report in (SARMADA_FIRST, SARMADA_TOLL_RISES, KANSAFRA_SAME_DAY, KANSAFRA_WEEKS_LATER):
            ingest(store, report)
        by_month = {a.key: (a.incidents, a.best) for a in store.aggregates("month")}
        assert by_month == {"2024-03": (2, 6), "2024-04": (1, 2)}
        by_place = store.aggregates("governorate", "killed", "civilians")
        assert [(a.key, a.incidents) for a in by_place] == [("Idleb", 3)]
        assert by_place[0].best == 3 + 2 + 2
        assert store.aggregates("day", since=date(2024, 4, 1))[0].key == "2024-04-20"


def one_event_many_sources(count: int) -> list[Report]:
    """Reports of the drone strike near Sarmada from `count` different monitors."""
    return [
        Report(
            title=f"Drone strike near Sarmada kills three civilians (monitor {n})",
            text=f"{SARMADA_FIRST.text} Our correspondent number {n} confirmed the toll.",
            publisher=f"Monitor {n}",
            published=SARMADA_FIRST.published,
        )
        for n in range(count)
    ]


def _save_all(url: str, reverse: bool, ready: Any, results: Any) -> None:
    try:
        reports = [*ALL, *one_event_many_sources(12)]
        prepared = [(r, extract_claims(r)) for r in reports]
        prepared = prepared[::-1] if reverse else prepared
        with Store.open(url) as store:
            ready.wait()  # both processes save at the same moment, extraction done
            results.put([store.save_report(r, c, report_toll(c))[0] for r, c in prepared])
    except Exception:
        results.put(traceback.format_exc())


def test_two_processes_ingesting_at_once_lose_nothing_and_duplicate_nothing(
    db_url: str, tmp_path: Path
) -> None:
    Store.open(db_url).close()
    context = multiprocessing.get_context("spawn")
    ready, results = context.Barrier(2), context.Queue()
    workers = [
        context.Process(target=_save_all, args=(db_url, reverse, ready, results))
        for reverse in (False, True)
    ]
    for worker in workers:
        worker.start()
    outcomes = [results.get(timeout=180) for _ in workers]
    for worker in workers:
        worker.join(timeout=30)
    for outcome in outcomes:
        assert isinstance(outcome, list), outcome
    with Store.open(db_url) as store:
        assert store.count_reports() == len(ALL) + 12
        together = grouping(store)
        with Session(store.engine) as session:
            empty = session.scalar(
                select(func.count(IncidentRow.id)).where(
                    IncidentRow.report_count == 0, IncidentRow.merged_into.is_(None)
                )
            )
        assert empty == 0
        assert max(len(reports) for reports in together) == 12 + 3, "one incident for the strike"
    # The same as one process storing them one after the other.
    with Store.open(f"sqlite:///{tmp_path / 'sequential.db'}") as store:
        for report in [*ALL, *one_event_many_sources(12)]:
            ingest(store, report)
        assert grouping(store) == together


def test_a_report_the_linker_cannot_read_is_refused_by_name(
    db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tally.store as store_module

    def unreadable(*_: object) -> None:
        raise ValueError("no words")

    monkeypatch.setattr(store_module, "link_features", unreadable)
    report = Report(text="Two civilians were killed in Saraqab.", origin="feed.xml#3")
    with Store.open(db_url) as store:
        with pytest.raises(StoreError, match=r"feed.xml#3: tally could not read it for linking"):
            store.save_report(report, [], {})
        assert store.count_reports() == 0


# A rescue service's round-up of the day, in the project's own words: four places, one total.
_DAY_ROUND_UP = Report(
    text=(
        "قتل 9 مدنيين وأصيب 14 آخرون يوم الأحد في هجمات شنتها قوات النظام على ريف إدلب.\n"
        "إذ قتل 4 مدنيين وأصيب 6 مدنيين بقصف مدفعي على مدينة سرمين.\n"
        "وقتل 3 مدنيين وأصيب 5 مدنيين بقصف صاروخي على مدينة أريحا.\n"
        "وقتل مدنيان وأصيب 3 مدنيين بقصف على بلدة كفرنبل.\n"
    ),
    language="ar",
    publisher="rescue service",
    published=date(2024, 3, 3),
)
_ARIHA_SHELLING = Report(
    text="سقطت قذائف صاروخية على حي سكني في مدينة أريحا ظهر الأحد وسط حالة من الهلع.",
    language="ar",
    publisher="local network",
    published=date(2024, 3, 3),
)


def test_a_round_up_counts_for_an_incident_its_event_at_the_incidents_place(db_url: str) -> None:
    with Store.open(db_url) as store:
        round_up = ingest(store, _DAY_ROUND_UP)
        ariha = ingest(store, _ARIHA_SHELLING)
        a, b = incident_of(store, round_up), incident_of(store, ariha)
        if a != b:
            store.merge_incidents(a, b, "the Ariha shelling of the round-up", REVIEWER)
        detail = store.get_incident(incident_of(store, ariha))
        assert detail is not None
        toll = detail.incident.toll
        assert toll["killed"]["civilians"].best == 3
        assert toll["injured"]["civilians"].best == 5
