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
