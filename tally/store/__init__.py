"""Where tally keeps reports, their claims and tolls: SQLite by default, PostgreSQL by URL.

    store = Store.open("sqlite:///tally.db")      # or "postgresql+psycopg://…", or a file path
    report_id, created = store.save_report(report, claims, toll)   # linked to an incident too
    store.list_incidents(place="Idleb"); store.get_incident(7)

Opening a database brings its schema up to date with the migrations that ship with tally. Saving is
idempotent (a report already stored is reported as known, never stored twice) and atomic (a report
is stored with all its claims and its toll, or not at all), also when several processes import
the same reports at once.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from types import TracebackType
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session

from tally.link.features import link_features
from tally.model import Claim, Report, Toll, toll_to_dict
from tally.store import incident_queries, incidents, queries
from tally.store.accounts import Accounts
from tally.store.convert import report_row
from tally.store.db import (
    DEFAULT_URL,
    StoreError,
    describe_url,
    make_engine,
    upgrade,
    writer,
)
from tally.store.incident_queries import (
    Aggregate,
    AuditEvent,
    IncidentClaim,
    IncidentDetail,
    IncidentReport,
    StoredIncident,
    StoredRevision,
)
from tally.store.models import BulletinRow, LinkFeaturesRow, ReportRow
from tally.store.queries import StoredClaim, StoredReport

__all__ = [
    "DEFAULT_URL",
    "Accounts",
    "Aggregate",
    "AuditEvent",
    "IncidentClaim",
    "IncidentDetail",
    "IncidentReport",
    "Store",
    "StoreError",
    "StoredClaim",
    "StoredIncident",
    "StoredReport",
    "StoredRevision",
]


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
        """Store a report with its claims and toll, and attach it to an incident, in one
        transaction.

        Returns (report id, True) when stored now, (id of the stored copy, False) when the report
        was already known. Raises StoreError, storing nothing, when the database refuses a value
        or the linker cannot read the report.
        """
        try:
            features = link_features(report, claims, toll)
        except Exception as err:  # a report the linker cannot read is named, not lost silently
            where = report.origin or report.title or "a report"
            reason = f"tally could not read it for linking ({type(err).__name__}: {err})"
            raise StoreError(f"Could not store {where}: {reason}", reason) from err
        try:
            with Session(writer(self.engine)) as session, session.begin():
                incidents.lock(session)
                known = queries.find_existing_report(session, report)
                if known is not None:
                    return known, False
                row = report_row(report, claims, toll)
                session.add(row)
                session.flush()
                incidents.link_report(session, row.id, features)
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

    @contextmanager
    def _deciding(self) -> Iterator[Session]:
        """A transaction that changes incidents, one linker at a time; a decision that cannot be
        made raises StoreError, changing nothing."""
        try:
            with Session(writer(self.engine)) as session, session.begin():
                incidents.lock(session)
                yield session
        except incidents.DecisionError as err:
            raise StoreError(f"Cannot do that: {err}.", str(err)) from err

    def link_unlinked(self) -> int:
        """Attach the reports stored before tally kept incidents (schema 0001) to incidents, in
        the order they were stored; returns how many. Safe to run again."""
        linked = 0
        while True:
            with Session(self.engine) as session:
                pending = session.scalars(
                    select(ReportRow.id)
                    .where(~ReportRow.id.in_(select(LinkFeaturesRow.report_id)))
                    .order_by(ReportRow.id)
                    .limit(100)
                ).all()
            if not pending:
                return linked
            for report_id in pending:
                stored = self.get_report(report_id)
                assert stored is not None
                claims = [c.claim for c in self.list_claims(report_id=report_id)]
                features = link_features(stored.report, claims, stored.toll)
                with self._deciding() as session:
                    if session.get(LinkFeaturesRow, report_id) is None:
                        incidents.link_report(session, report_id, features)
                        linked += 1

    def list_incidents(
        self, limit: int | None = None, offset: int = 0, **filters: Any
    ) -> list[StoredIncident]:
        """Incidents holding reports, most recent first; filters as incident_conditions takes."""
        with Session(self.engine) as session:
            return incident_queries.find_incidents(
                session, incident_queries.incident_conditions(**filters), limit, offset
            )

    def count_incidents(self, **filters: Any) -> int:
        with Session(self.engine) as session:
            return incident_queries.count_incidents(
                session, incident_queries.incident_conditions(**filters)
            )

    def get_incident(self, incident_id: int) -> IncidentDetail | None:
        """An incident with its reports, toll history and pending claims (None if unknown)."""
        with Session(self.engine) as session:
            return incident_queries.incident_detail(session, incident_id)

    def incident_of_report(self, report_id: int) -> int | None:
        with Session(self.engine) as session:
            return incident_queries.incident_of_report(session, report_id)

    def merge_incidents(self, keep: int, other: int, reason: str, actor: str) -> int:
        """Move incident `other`'s reports into `keep`, for good (later linking respects it)."""
        with self._deciding() as session:
            return incidents.merge(session, keep, other, actor, reason)

    def split_incident(
        self, incident_id: int, report_ids: list[int], reason: str, actor: str
    ) -> int:
        """Move these reports of an incident to a new one, for good; returns its number."""
        with self._deciding() as session:
            return incidents.split(session, incident_id, report_ids, actor, reason)

    def review(
        self, entity: str, entity_id: int, status: str | None, note: str | None, actor: str
    ) -> None:
        """Set a reviewer's status ("confirmed", "contested", "discounted") on an incident or a
        claim, or clear it with None; the incident's toll follows a claim's review."""
        with self._deciding() as session:
            incidents.review(session, entity, entity_id, status, note, actor)

    def record_bulletin(self, incident_id: int, text: str, toll: Toll, actor: str) -> int:
        """Keep a bulletin as issued, so that the next says what changed since."""
        with self._deciding() as session:
            row = BulletinRow(
                incident_id=incident_id,
                issued_at=incidents.now(),
                issued_by=actor,
                toll=toll_to_dict(toll),
                text=text,
            )
            session.add(row)
            session.flush()
            incidents.audit(
                session,
                actor,
                "bulletin",
                "incident",
                incident_id,
                None,
                {"bulletin": row.id, "toll": toll_to_dict(toll)},
                None,
            )
            return row.id

    def history(
        self,
        incident: int | None = None,
        report: int | None = None,
        claim: int | None = None,
        actor: str | None = None,
        action: str | None = None,
        since: date | None = None,
        until: date | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[AuditEvent]:
        """The audit log, newest first; --incident covers its reports and their claims too."""
        with Session(self.engine) as session:
            subjects: dict[str | None, list[str] | None] = {None: None}
            if incident is not None:
                subjects = dict(incident_queries.incident_subjects(session, incident).items())
            elif report is not None:
                subjects = {"report": [str(report)]}
            elif claim is not None:
                subjects = {"claim": [str(claim)]}
            # Enough of each subject's events to fill the page once merged, newest first.
            enough = offset + limit if limit else None
            events: list[AuditEvent] = []
            for entity, ids in subjects.items():
                events += incident_queries.find_events(
                    session,
                    entity=entity,
                    entity_ids=ids,
                    actor=actor,
                    action=action,
                    since=since,
                    until=until,
                    limit=enough,
                )
        events.sort(key=lambda e: -e.id)
        return events[offset:enough]

    def aggregates(
        self, by: str, outcome: str = "killed", group: str = "all", **filters: Any
    ) -> list[Aggregate]:
        """Incident tolls summed per day, month or governorate (discounted incidents left out)."""
        with Session(self.engine) as session:
            return incident_queries.aggregate(
                session, by, outcome, group, incident_queries.incident_conditions(**filters)
            )

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
