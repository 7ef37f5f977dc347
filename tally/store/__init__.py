"""Where tally keeps reports, their claims and tolls: SQLite by default, PostgreSQL by URL.

    store = Store.open("sqlite:///tally.db")      # or "postgresql+psycopg://…", or a file path
    report_id, created = store.save_report(report, claims, toll)

Opening a database brings its schema up to date with the migrations that ship with tally. Saving is
idempotent (a report already stored is reported as known, never stored twice) and atomic (a report
is stored with all its claims and its toll, or not at all), also when several processes import
the same reports at once.
"""

from __future__ import annotations

from datetime import date
from types import TracebackType

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session

from tally.model import Claim, Report, Toll
from tally.store import queries
from tally.store.convert import report_row
from tally.store.db import (
    DEFAULT_URL,
    StoreError,
    describe_url,
    make_engine,
    upgrade,
    writer,
)
from tally.store.models import ReportRow
from tally.store.queries import StoredClaim, StoredReport

__all__ = ["DEFAULT_URL", "Store", "StoreError", "StoredClaim", "StoredReport"]


class Store:
    """A tally database. Use `Store.open(url)`; close it (or use `with`) when done."""

    def __init__(self, engine: Engine, url: str) -> None:
        self.engine = engine
        self.url = url

    @classmethod
    def open(cls, url: str = DEFAULT_URL) -> Store:
        """Connect to `url` and apply any migrations it lacks (creating the schema if new)."""
        engine = make_engine(url)
        try:
            upgrade(engine)
        except DBAPIError as err:
            engine.dispose()
            raise StoreError(
                f"Cannot open the database {describe_url(url)}: {_first_line(err.orig)}"
            ) from err
        return cls(engine, url)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def save_report(self, report: Report, claims: list[Claim], toll: Toll) -> tuple[int, bool]:
        """Store a report with its claims and toll in one transaction.

        Returns (report id, True) when stored now, (id of the stored copy, False) when the report
        was already known. Raises StoreError, storing nothing, when the database refuses a value.
        """
        try:
            with Session(writer(self.engine)) as session, session.begin():
                known = queries.find_existing_report(session, report)
                if known is not None:
                    return known, False
                row = report_row(report, claims, toll)
                session.add(row)
                session.flush()
                return row.id, True
        except IntegrityError as err:
            # Another process may have stored the same report between our check and our insert.
            with Session(self.engine) as session:
                known = queries.find_existing_report(session, report)
            if known is not None:
                return known, False
            where = report.origin or report.title or "a report"
            reason = f"the database refused it ({_first_line(err.orig)})"
            raise StoreError(f"Could not store {where}: {reason}", reason) from err

    def get_report(self, report_id: int) -> StoredReport | None:
        with Session(self.engine) as session:
            found = queries.find_reports(session, [ReportRow.id == report_id], limit=1)
        return found[0] if found else None

    def list_reports(
        self,
        since: date | None = None,
        until: date | None = None,
        publisher: str | None = None,
        language: str | None = None,
        place: str | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[StoredReport]:
        conditions = queries.report_conditions(
            since=since, until=until, publisher=publisher, language=language, place=place
        )
        with Session(self.engine) as session:
            return queries.find_reports(session, conditions, limit, offset)

    def count_reports(
        self,
        since: date | None = None,
        until: date | None = None,
        publisher: str | None = None,
        language: str | None = None,
        place: str | None = None,
    ) -> int:
        conditions = queries.report_conditions(
            since=since, until=until, publisher=publisher, language=language, place=place
        )
        with Session(self.engine) as session:
            return queries.count_reports(session, conditions)

    def list_claims(
        self,
        since: date | None = None,
        until: date | None = None,
        publisher: str | None = None,
        place: str | None = None,
        outcome: str | None = None,
        group: str | None = None,
        party: str | None = None,
        limit: int | None = None,
        offset: int = 0,
        report_id: int | None = None,
    ) -> list[StoredClaim]:
        """Top-level claims (parts nested inside them) matching every filter given."""
        conditions = queries.claim_conditions(
            since=since,
            until=until,
            publisher=publisher,
            place=place,
            outcome=outcome,
            group=group,
            party=party,
            report_id=report_id,
        )
        with Session(self.engine) as session:
            return queries.find_claims(session, conditions, limit, offset)

    def count_claims(
        self,
        since: date | None = None,
        until: date | None = None,
        publisher: str | None = None,
        place: str | None = None,
        outcome: str | None = None,
        group: str | None = None,
        party: str | None = None,
        report_id: int | None = None,
    ) -> int:
        conditions = queries.claim_conditions(
            since=since,
            until=until,
            publisher=publisher,
            place=place,
            outcome=outcome,
            group=group,
            party=party,
            report_id=report_id,
        )
        with Session(self.engine) as session:
            return queries.count_claims(session, conditions)


def _first_line(err: BaseException | None) -> str:
    return str(err).strip().splitlines()[0] if err is not None and str(err).strip() else "unknown"
