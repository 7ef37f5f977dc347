"""The store: schema by migrations, lossless round trips, idempotent and atomic saves, filters.

Every test runs on SQLite and on PostgreSQL (see conftest.db_url). The reports are invented.
"""

from __future__ import annotations

import dataclasses
import multiprocessing
import traceback
from datetime import UTC, date, datetime
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import func, inspect, select, text, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from tally.model import Claim, Count, Evidence, Place, Range, Report, Toll
from tally.store import Store, StoreError, queries
from tally.store.db import current_revision, downgrade, head_revision, make_engine
from tally.store.models import AuditEventRow, Base, ClaimRow, ReportRow, ReportTollRow

KANSAFRA = Place(
    name="Kansafra",
    precision="community",
    pcode="C4153",
    name_ar="كنصفرة",
    governorate="Idleb",
    lat=35.62,
    lon=36.52,
    mention="Kansafra",
)
ARIHA = Place(name="Ariha", precision="community", governorate="Idleb", mention="Ariha")
JARABLUS = Place(name="Jarablus", precision="district", governorate="Aleppo", mention="Jarablus")


def claim(
    text: str,
    words: str,
    outcome: str,
    best: int | None,
    *,
    low: int | None = None,
    high: int | None = None,
    group: str = "all",
    party: str | None = None,
    place: Place | None = None,
    day: str | None = None,
    parts: list[Claim] | None = None,
) -> Claim:
    """A claim whose evidence points at `words` inside `text`."""
    start = text.index(words)
    return Claim(
        outcome=outcome,
        count=Count(
            best=best,
            low=best if low is None else low,
            high=best if high is None else high,
            exact=low is None and high is None,
            kind="exact" if low is None and high is None else "approximate",
            text=words.split()[0],
        ),
        evidence=Evidence(start=start, end=start + len(words), sentence=text, text=words),
        group=group,
        party=party,
        date=day,
        place=place,
        parts=parts or [],
        parts_add_up=None if not parts else sum(p.count.best or 0 for p in parts) == best,
    )


def kansafra_report() -> tuple[Report, list[Claim], Toll]:
    text = (
        "On 3 March 2024, regime shelling killed five civilians, including two children, in "
        "Kansafra, Idleb countryside. Between 8 and 10 others were injured."
    )
    report = Report(
        text=text,
        title="Regime shelling on Kansafra",
        publisher="SOHR",
        url="https://example.org/kansafra",
        published=date(2024, 3, 4),
        language="en",
        external_id="sohr-1001",
        origin="reports/kansafra.txt",
    )
    children = claim(
        text, "two children", "killed", 2, group="children", party="regime", place=KANSAFRA
    )
    killed = claim(
        text,
        "five civilians",
        "killed",
        5,
        group="civilians",
        party="regime",
        place=KANSAFRA,
        day="2024-03-03",
        parts=[children],
    )
    injured = claim(
        text, "8 and 10 others", "injured", 9, low=8, high=10, place=KANSAFRA, day="2024-03-03"
    )
    toll = {
        "killed": {
            "all": Range(5, 5, 5),
            "civilians": Range(5, 5, 5),
            "children": Range(2, 2, 2),
        },
        "injured": {"all": Range(9, 8, 10)},
    }
    return report, [killed, injured], toll


def simple_report(
    number: int, publisher: str | None = "ACLED", external_id: str | None = None
) -> Report:
    text = f"On {number} May 2024, an airstrike killed {number} fighters near Jarablus."
    return Report(
        text=text, publisher=publisher, external_id=external_id, origin=f"batch.jsonl:{number}"
    )


def table_counts(store: Store) -> dict[str, int]:
    with Session(store.engine) as session:
        return {
            row.__tablename__: session.scalar(select(func.count()).select_from(row)) or 0
            for row in (ReportRow, ClaimRow, ReportTollRow)
        }


def test_opening_creates_the_schema_through_migrations(db_url: str) -> None:
    with Store.open(db_url) as store:
        tables = set(inspect(store.engine).get_table_names())
        assert {"reports", "claims", "report_tolls", "audit_events", "alembic_version"} <= tables
        assert current_revision(store.engine) == head_revision()


def test_migrations_build_exactly_the_schema_the_models_describe(db_url: str) -> None:
    with Store.open(db_url) as store, store.engine.connect() as conn:
        differences = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert differences == []


def test_migrations_can_be_undone_and_redone(db_url: str) -> None:
    Store.open(db_url).close()
    engine = make_engine(db_url)
    downgrade(engine, "base")
    assert set(inspect(engine).get_table_names()) == {"alembic_version"}
    assert current_revision(engine) is None
    engine.dispose()
    with Store.open(db_url) as store:
        assert store.save_report(*kansafra_report())[1] is True


def test_audit_events_cannot_be_changed_or_deleted(db_url: str) -> None:
    with Store.open(db_url) as store:
        with Session(store.engine) as session, session.begin():
            session.add(
                AuditEventRow(
                    at=datetime.now(UTC),
                    actor="reviewer@example.org",
                    action="correct",
                    entity="claim",
                    entity_id="7",
                    before={"best": 5},
                    after={"best": 6},
                    reason="the report's correction of 5 March",
                )
            )
        with pytest.raises(DBAPIError), store.engine.begin() as conn:
            conn.execute(update(AuditEventRow).values(reason="rewritten"))
        with pytest.raises(DBAPIError), store.engine.begin() as conn:
            conn.execute(text("DELETE FROM audit_events"))
        with Session(store.engine) as session:
            kept = session.scalars(select(AuditEventRow)).one()
        assert kept.reason == "the report's correction of 5 March"
        assert kept.after == {"best": 6}


def test_a_report_comes_back_as_it_went_in(db_url: str) -> None:
    report, claims, toll = kansafra_report()
    with Store.open(db_url) as store:
        report_id, created = store.save_report(report, claims, toll)
        assert created

        stored = store.get_report(report_id)
        assert stored is not None
        assert stored.report == report
        assert stored.toll == toll
        assert stored.claim_count == 2
        assert stored.ingested_at.tzinfo is not None

        listed = store.list_claims(report_id=report_id)
        assert [c.claim for c in listed] == claims
        assert listed[0].claim.parts[0].place == KANSAFRA
        assert {c.report_id for c in listed} == {report_id}
        assert listed[0].to_dict()["parts"][0]["group"] == "children"
        assert store.get_report(report_id + 1000) is None


def _assert_no_field_left_at_default(value: object) -> None:
    """Guard for the test below: a field the model gains must be given a value here (and stored)."""
    for f in dataclasses.fields(value):  # type: ignore[arg-type]
        default = f.default_factory() if f.default_factory is not dataclasses.MISSING else f.default
        assert getattr(value, f.name) != default, f"give {type(value).__name__}.{f.name} a value"


def test_every_field_of_a_claim_and_its_report_is_kept(db_url: str) -> None:
    text = "Activists said 40 to 50 bodies were found in a mass grave near Raqqa, spread across two sites."
    part = claim(text, "40 to 50 bodies", "bodies_found", 20, low=15, high=25, group="men")
    whole = Claim(
        outcome="killed",
        count=Count(best=45, low=40, high=50, exact=False, kind="approximate", text="40 to 50"),
        evidence=Evidence(
            start=0, end=10, sentence="Mass grave near Raqqa", text="Mass grave", field="title"
        ),
        group="civilians",
        party="isis",
        perpetrator="ISIS cells",
        status="not_definitive",
        scope="period",
        date="2017-10",
        place=KANSAFRA,
        parts=[part],
        parts_add_up=False,
        detail="executed",
        additional=True,
        background=True,
        shared_by=2,
    )
    report = Report(
        text=text,
        title="Mass grave near Raqqa",
        publisher="Raqqa Is Being Slaughtered Silently",
        url="https://example.org/grave",
        published=date(2018, 2, 1),
        language="ar",
        external_id="grave-1",
        origin="feeds/rbss.xml#4",
    )
    for value in (whole, whole.count, whole.evidence, KANSAFRA, report):
        _assert_no_field_left_at_default(value)
    with Store.open(db_url) as store:
        report_id, _ = store.save_report(report, [whole], {"killed": {"all": Range(45, 40, 50)}})
        stored = store.get_report(report_id)
        assert stored is not None and stored.report == report
        assert [c.claim for c in store.list_claims()] == [whole]


def test_saving_the_same_report_again_stores_nothing(db_url: str) -> None:
    report, claims, toll = kansafra_report()
    with Store.open(db_url) as store:
        first_id, _ = store.save_report(report, claims, toll)
        before = table_counts(store)
        assert store.save_report(report, claims, toll) == (first_id, False)
        # The same publisher's same id is the same report, even if the text was reworded.
        edited = Report(**{**report.__dict__, "text": report.text + " Updated."})
        assert store.save_report(edited, claims, toll) == (first_id, False)
        assert table_counts(store) == before


def test_a_report_another_process_stored_meanwhile_is_reported_as_known(
    db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    report, claims, toll = kansafra_report()
    with Store.open(db_url) as store:
        first_id, _ = store.save_report(report, claims, toll)
        before = table_counts(store)
        real_lookup = queries.find_existing_report
        lookups: list[Report] = []

        def not_yet_visible(session: Session, wanted: Report) -> int | None:
            # The first look does not see the copy, as if another process committed it just after.
            lookups.append(wanted)
            return None if len(lookups) == 1 else real_lookup(session, wanted)

        monkeypatch.setattr(queries, "find_existing_report", not_yet_visible)
        assert store.save_report(report, claims, toll) == (first_id, False)
        assert len(lookups) == 2
        assert table_counts(store) == before


def test_an_id_without_a_publisher_does_not_merge_different_reports(db_url: str) -> None:
    with Store.open(db_url) as store:
        first = store.save_report(simple_report(1, publisher=None, external_id="42"), [], {})
        second = store.save_report(simple_report(2, publisher=None, external_id="42"), [], {})
        assert first[1] and second[1]
        assert first[0] != second[0]


def test_a_refused_claim_leaves_no_part_of_the_report(db_url: str) -> None:
    report, claims, toll = kansafra_report()
    impossible = claims[1]
    impossible.count.low, impossible.count.high = 12, 10  # a range whose low is above its high
    with Store.open(db_url) as store:
        with pytest.raises(StoreError, match="refused"):
            store.save_report(report, claims, toll)
        assert table_counts(store) == {"reports": 0, "claims": 0, "report_tolls": 0}

        impossible.count.low, impossible.count.high = 8, 10
        assert store.save_report(report, claims, toll)[1] is True
        assert table_counts(store) == {"reports": 1, "claims": 3, "report_tolls": 4}


def _save_all(url: str, numbers: list[int], start: Any, results: Any) -> None:
    try:
        start.wait()
        with Store.open(url) as store:
            results.put([store.save_report(simple_report(n), [], {})[1] for n in numbers])
    except Exception:
        results.put(traceback.format_exc())


def test_two_processes_saving_the_same_reports_store_each_once(db_url: str) -> None:
    numbers = list(range(1, 31))
    context = multiprocessing.get_context("spawn")
    start, results = context.Barrier(2), context.Queue()
    # Both open the database at the same moment (it has no tables yet) and race on every report.
    workers = [
        context.Process(target=_save_all, args=(db_url, numbers, start, results)) for _ in range(2)
    ]
    for worker in workers:
        worker.start()
    outcomes = [results.get(timeout=120) for _ in workers]
    for worker in workers:
        worker.join(timeout=30)
    for outcome in outcomes:
        assert isinstance(outcome, list), outcome
    created = [a + b for a, b in zip(*outcomes, strict=True)]
    assert created == [1] * len(numbers)
    with Store.open(db_url) as store:
        assert store.count_reports() == len(numbers)


def test_reports_and_claims_can_be_filtered(db_url: str) -> None:
    with Store.open(db_url) as store:
        store.save_report(*kansafra_report())
        ariha_text = "On 20 March 2024, two men were killed by Russian airstrikes on Ariha."
        ariha = Report(ariha_text, publisher="SOHR", published=date(2024, 3, 21))
        store.save_report(
            ariha,
            [claim(ariha_text, "two men", "killed", 2, group="men", party="russia", place=ARIHA)],
            {"killed": {"all": Range(2, 2, 2), "men": Range(2, 2, 2)}},
        )
        jarablus_text = "Clashes near Jarablus on 2 April 2024 left 3 SDF fighters dead."
        jarablus = Report(
            jarablus_text, publisher="ACLED", published=date(2024, 4, 2), external_id="SYR1"
        )
        store.save_report(
            jarablus,
            [
                claim(
                    jarablus_text,
                    "3 SDF fighters",
                    "killed",
                    3,
                    group="combatants",
                    party="sdf",
                    place=JARABLUS,
                    day="2024-04-02",
                )
            ],
            {"killed": {"combatants": Range(3, 3, 3), "all": Range(3, 3, 3)}},
        )

        def titles(**filters: object) -> list[str]:
            return [s.report.text[:12] for s in store.list_reports(**filters)]  # type: ignore[arg-type]

        assert len(titles()) == 3
        assert titles(publisher="sohr") == ["On 20 March ", "On 3 March 2"]  # newest first
        assert titles(since=date(2024, 3, 5), until=date(2024, 3, 31)) == ["On 20 March "]
        assert titles(place="IDLEB") == ["On 20 March ", "On 3 March 2"]
        assert titles(place="kansafra") == ["On 3 March 2"]
        assert titles(language="ar") == []
        assert store.count_reports(place="Aleppo") == 1
        assert len(store.list_reports(limit=2)) == 2
        assert len(store.list_reports(limit=2, offset=2)) == 1

        def counts(**filters: object) -> list[int | None]:
            return [s.claim.count.best for s in store.list_claims(**filters)]  # type: ignore[arg-type]

        assert counts() == [3, 2, 5, 9]  # most recent event first, then the report's own order
        assert counts(outcome="injured") == [9]
        assert counts(group="children") == [5]  # found through its part, listed whole
        assert counts(party="SDF") == [3]
        assert counts(place="c4153") == [5, 9]
        assert counts(place="كنصفرة") == [5, 9]
        assert counts(since=date(2024, 3, 4)) == [3, 2]  # Ariha's claim has no date: published
        assert counts(until=date(2024, 3, 3)) == [5, 9]
        assert counts(publisher="ACLED", outcome="killed") == [3]
        assert counts(limit=1, offset=1) == [2]
        assert store.count_claims(group="children") == 1
        children = store.list_claims(group="children")[0].claim
        assert [p.group for p in children.parts] == ["children"]
