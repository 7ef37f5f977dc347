"""The database tables, as SQLAlchemy ORM classes.

The schema itself is only ever created by the Alembic migrations in ``migrations/versions``; these
classes describe it to the ORM and let a test check that the migrations and the classes agree.
Constraint names follow ``NAMING_CONVENTION`` so that later migrations (an incidents table, a
column on claims) can refer to them by name, including through SQLite's batch mode.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class ReportRow(Base):
    """One stored report: its text and where it came from."""

    __tablename__ = "reports"
    __table_args__ = (
        UniqueConstraint("publisher", "external_id"),
        Index("ix_reports_published", "published"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    #: Report.content_hash: the same text from the same publisher is stored once.
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    external_id: Mapped[str | None] = mapped_column(String(200))
    publisher: Mapped[str | None] = mapped_column(String(200))
    url: Mapped[str | None] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    published: Mapped[date | None] = mapped_column(Date)
    language: Mapped[str] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text)
    origin: Mapped[str | None] = mapped_column(Text)
    ingested_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))

    claims: Mapped[list[ClaimRow]] = relationship(
        back_populates="report", cascade="all, delete-orphan", passive_deletes=True
    )
    tolls: Mapped[list[ReportTollRow]] = relationship(
        back_populates="report", cascade="all, delete-orphan", passive_deletes=True
    )


class ClaimRow(Base):
    """One casualty number a report states; a part of another claim points to it by parent_claim_id."""

    __tablename__ = "claims"
    __table_args__ = (
        CheckConstraint("best IS NULL OR best >= 0", name="best_not_negative"),
        CheckConstraint("low IS NULL OR low >= 0", name="low_not_negative"),
        CheckConstraint("low IS NULL OR high IS NULL OR low <= high", name="low_not_above_high"),
        CheckConstraint(
            "best IS NULL OR ((low IS NULL OR low <= best) AND (high IS NULL OR best <= high))",
            name="best_within_range",
        ),
        CheckConstraint("evidence_start <= evidence_end", name="evidence_span"),
        CheckConstraint("shared_by >= 1", name="shared_by_positive"),
        Index("ix_claims_report_id", "report_id"),
        Index("ix_claims_parent_claim_id", "parent_claim_id"),
        Index("ix_claims_outcome", "outcome"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("reports.id", ondelete="CASCADE"))
    parent_claim_id: Mapped[int | None] = mapped_column(ForeignKey("claims.id", ondelete="CASCADE"))
    #: Order among the report's claims (or among a claim's parts), as extraction gave them.
    position: Mapped[int] = mapped_column(Integer)

    outcome: Mapped[str] = mapped_column(String(32))
    detail: Mapped[str | None] = mapped_column(String(64))
    best: Mapped[int | None] = mapped_column(Integer)
    low: Mapped[int | None] = mapped_column(Integer)
    high: Mapped[int | None] = mapped_column(Integer)
    exact: Mapped[bool] = mapped_column(Boolean)
    count_kind: Mapped[str] = mapped_column(String(32))
    count_text: Mapped[str] = mapped_column(Text)
    group: Mapped[str] = mapped_column(String(32))
    party: Mapped[str | None] = mapped_column(String(64))
    perpetrator: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(32))
    scope: Mapped[str] = mapped_column(String(32))
    date: Mapped[str | None] = mapped_column(String(32))

    place_name: Mapped[str | None] = mapped_column(Text)
    place_name_ar: Mapped[str | None] = mapped_column(Text)
    place_mention: Mapped[str | None] = mapped_column(Text)
    place_pcode: Mapped[str | None] = mapped_column(String(32))
    place_precision: Mapped[str | None] = mapped_column(String(32))
    place_governorate: Mapped[str | None] = mapped_column(Text)
    place_lat: Mapped[float | None] = mapped_column(Float)
    place_lon: Mapped[float | None] = mapped_column(Float)

    parts_add_up: Mapped[bool | None] = mapped_column(Boolean)
    additional: Mapped[bool] = mapped_column(Boolean)
    background: Mapped[bool] = mapped_column(Boolean)
    #: Claim.shared_by: how many events the report spreads this number across.
    shared_by: Mapped[int] = mapped_column(Integer)

    evidence_start: Mapped[int] = mapped_column(Integer)
    evidence_end: Mapped[int] = mapped_column(Integer)
    evidence_sentence: Mapped[str] = mapped_column(Text)
    evidence_text: Mapped[str] = mapped_column(Text)
    #: Evidence.field: whether the offsets point into the report's "text" or its "title".
    evidence_field: Mapped[str] = mapped_column(String(16))

    report: Mapped[ReportRow] = relationship(back_populates="claims")
    parent: Mapped[ClaimRow | None] = relationship(back_populates="parts", remote_side=[id])
    parts: Mapped[list[ClaimRow]] = relationship(
        back_populates="parent", order_by="ClaimRow.position", passive_deletes=True
    )


class ReportTollRow(Base):
    """One figure of a report's toll: outcome and group with best, low and high."""

    __tablename__ = "report_tolls"
    __table_args__ = (
        UniqueConstraint("report_id", "outcome", "group"),
        CheckConstraint("low <= best AND best <= high AND low >= 0", name="ordered_range"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("reports.id", ondelete="CASCADE"))
    outcome: Mapped[str] = mapped_column(String(32))
    group: Mapped[str] = mapped_column(String(32))
    best: Mapped[int] = mapped_column(Integer)
    low: Mapped[int] = mapped_column(Integer)
    high: Mapped[int] = mapped_column(Integer)

    report: Mapped[ReportRow] = relationship(back_populates="tolls")


class AuditEventRow(Base):
    """One change someone made, kept for good: the database refuses to update or delete these rows."""

    __tablename__ = "audit_events"
    __table_args__ = (Index("ix_audit_events_entity", "entity", "entity_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    actor: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(64))
    entity: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[str | None] = mapped_column(String(64))
    before: Mapped[Any | None] = mapped_column(JSON)
    after: Mapped[Any | None] = mapped_column(JSON)
    reason: Mapped[str | None] = mapped_column(Text)


class IncidentRow(Base):
    """One incident: an event several reports may describe, with its current toll and status.

    Everything but the review is worked out from the incident's reports (tally.store.incidents
    refreshes it whenever they change); an incident whose reports all moved to another keeps its
    number, with merged_into pointing to where they went.
    """

    __tablename__ = "incidents"
    __table_args__ = (
        Index("ix_incidents_first_date", "first_date"),
        Index("ix_incidents_merged_into", "merged_into"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    merged_into: Mapped[int | None] = mapped_column(ForeignKey("incidents.id"))
    #: The title of its earliest report.
    title: Mapped[str | None] = mapped_column(Text)
    first_date: Mapped[date | None] = mapped_column(Date)
    last_date: Mapped[date | None] = mapped_column(Date)
    place_name: Mapped[str | None] = mapped_column(Text)
    place_pcode: Mapped[str | None] = mapped_column(String(32))
    governorate: Mapped[str | None] = mapped_column(Text)
    #: Kinds of event its reports name (airstrike, shelling, ...), comma-separated.
    kinds: Mapped[str | None] = mapped_column(Text)
    #: Party keys its reports name, comma-separated.
    parties: Mapped[str | None] = mapped_column(Text)
    report_count: Mapped[int] = mapped_column(Integer)
    source_count: Mapped[int] = mapped_column(Integer)
    #: reported, corroborated (set by tally), or a reviewer's confirmed / contested / discounted.
    status: Mapped[str] = mapped_column(String(32))
    #: The reviewer's status, if any, and the note that came with it.
    review_status: Mapped[str | None] = mapped_column(String(32))
    review_note: Mapped[str | None] = mapped_column(Text)
    #: The current toll (outcome -> group -> best/low/high) and the conflicts to review.
    toll: Mapped[Any] = mapped_column(JSON, nullable=False)
    conflicts: Mapped[Any] = mapped_column(JSON, nullable=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class IncidentReportRow(Base):
    """Which incident a report belongs to, who decided it, when and why."""

    __tablename__ = "incident_reports"
    __table_args__ = (Index("ix_incident_reports_incident_id", "incident_id"),)

    report_id: Mapped[int] = mapped_column(
        ForeignKey("reports.id", ondelete="CASCADE"), primary_key=True
    )
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id"))
    #: "new" (it started the incident), "linked" (like a report already there), "merged",
    #: "split" (a reviewer's decision) or "regrouped" (moved when its reports were regrouped).
    decision: Mapped[str] = mapped_column(String(32))
    decided_by: Mapped[str] = mapped_column(String(200))
    decided_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    score: Mapped[float | None] = mapped_column(Float)
    #: {"report": id of the most alike report, "score", "reasons": [...]} or a reviewer's reason.
    reasons: Mapped[Any | None] = mapped_column(JSON)


class LinkFeaturesRow(Base):
    """What the linker read of a report (tally.link.features), kept so it is read only once."""

    __tablename__ = "link_features"

    report_id: Mapped[int] = mapped_column(
        ForeignKey("reports.id", ondelete="CASCADE"), primary_key=True
    )
    #: The earliest and latest day the report gives or was published on, for finding candidates.
    day_min: Mapped[date | None] = mapped_column(Date)
    day_max: Mapped[date | None] = mapped_column(Date)
    features: Mapped[Any] = mapped_column(JSON, nullable=False)


class LinkKeyRow(Base):
    """A blocking key of a report: only reports sharing one are compared."""

    __tablename__ = "link_keys"
    __table_args__ = (Index("ix_link_keys_report_id", "report_id"),)

    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    report_id: Mapped[int] = mapped_column(
        ForeignKey("reports.id", ondelete="CASCADE"), primary_key=True
    )


class ReportLinkRow(Base):
    """Two reports alike enough to be one incident (score at least tally.link.matching.THRESHOLD)."""

    __tablename__ = "report_links"
    __table_args__ = (
        CheckConstraint("report_a < report_b", name="ordered"),
        Index("ix_report_links_report_b", "report_b"),
    )

    report_a: Mapped[int] = mapped_column(
        ForeignKey("reports.id", ondelete="CASCADE"), primary_key=True
    )
    report_b: Mapped[int] = mapped_column(
        ForeignKey("reports.id", ondelete="CASCADE"), primary_key=True
    )
    score: Mapped[float] = mapped_column(Float)
    reasons: Mapped[Any | None] = mapped_column(JSON)


class LinkDecisionRow(Base):
    """A reviewer's decision on two reports: "together" (merged) or "apart" (split).

    Automatic linking never undoes these; a later decision on the same pair replaces an earlier.
    """

    __tablename__ = "link_decisions"
    __table_args__ = (
        CheckConstraint("report_a < report_b", name="ordered"),
        CheckConstraint("kind IN ('together', 'apart')", name="kind"),
        Index("ix_link_decisions_report_b", "report_b"),
    )

    report_a: Mapped[int] = mapped_column(
        ForeignKey("reports.id", ondelete="CASCADE"), primary_key=True
    )
    report_b: Mapped[int] = mapped_column(
        ForeignKey("reports.id", ondelete="CASCADE"), primary_key=True
    )
    kind: Mapped[str] = mapped_column(String(16))
    decided_by: Mapped[str] = mapped_column(String(200))
    decided_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    reason: Mapped[str | None] = mapped_column(Text)


class TollRevisionRow(Base):
    """The incident's toll after one more of its reports, in publication order (tally.link.history)."""

    __tablename__ = "toll_revisions"
    __table_args__ = (UniqueConstraint("incident_id", "number"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    report_id: Mapped[int] = mapped_column(ForeignKey("reports.id", ondelete="CASCADE"))
    source: Mapped[str | None] = mapped_column(String(200))
    published: Mapped[date | None] = mapped_column(Date)
    changes: Mapped[Any] = mapped_column(JSON, nullable=False)
    toll: Mapped[Any] = mapped_column(JSON, nullable=False)
    conflicts: Mapped[Any] = mapped_column(JSON, nullable=False)


class ReviewRow(Base):
    """A reviewer's current status for an incident or a claim; earlier ones are in the audit log."""

    __tablename__ = "reviews"
    __table_args__ = (
        UniqueConstraint("entity", "entity_id"),
        CheckConstraint("entity IN ('incident', 'claim')", name="entity"),
        CheckConstraint("status IN ('confirmed', 'contested', 'discounted')", name="status"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entity: Mapped[str] = mapped_column(String(16))
    entity_id: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(32))
    note: Mapped[str | None] = mapped_column(Text)
    decided_by: Mapped[str] = mapped_column(String(200))
    decided_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class BulletinRow(Base):
    """A bulletin recorded as issued: the toll it gave, so the next one can say what changed."""

    __tablename__ = "bulletins"
    __table_args__ = (Index("ix_bulletins_incident_id", "incident_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id"))
    issued_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    issued_by: Mapped[str] = mapped_column(String(200))
    toll: Mapped[Any] = mapped_column(JSON, nullable=False)
    text: Mapped[str] = mapped_column(Text)
