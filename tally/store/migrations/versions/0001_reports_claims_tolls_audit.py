"""Reports, their claims and tolls, and the append-only audit log.

Revision ID: 0001
Revises:
Create Date: 2025-01-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

APPEND_ONLY_MESSAGE = "audit events are append-only: they cannot be changed or deleted"


def upgrade() -> None:
    op.create_table(
        "reports",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("external_id", sa.String(200), nullable=True),
        sa.Column("publisher", sa.String(200), nullable=True),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("published", sa.Date(), nullable=True),
        sa.Column("language", sa.String(16), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("origin", sa.Text(), nullable=True),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_reports"),
        sa.UniqueConstraint("content_hash", name="uq_reports_content_hash"),
        sa.UniqueConstraint("publisher", "external_id", name="uq_reports_publisher_external_id"),
    )
    op.create_index("ix_reports_published", "reports", ["published"])

    op.create_table(
        "claims",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("report_id", sa.Integer(), nullable=False),
        sa.Column("parent_claim_id", sa.Integer(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("outcome", sa.String(32), nullable=False),
        sa.Column("detail", sa.String(64), nullable=True),
        sa.Column("best", sa.Integer(), nullable=True),
        sa.Column("low", sa.Integer(), nullable=True),
        sa.Column("high", sa.Integer(), nullable=True),
        sa.Column("exact", sa.Boolean(), nullable=False),
        sa.Column("count_kind", sa.String(32), nullable=False),
        sa.Column("count_text", sa.Text(), nullable=False),
        sa.Column("group", sa.String(32), nullable=False),
        sa.Column("party", sa.String(64), nullable=True),
        sa.Column("perpetrator", sa.Text(), nullable=True),
        sa.Column("status", sa.String(32), nullable=False),
        sa.Column("scope", sa.String(32), nullable=False),
        sa.Column("date", sa.String(32), nullable=True),
        sa.Column("place_name", sa.Text(), nullable=True),
        sa.Column("place_name_ar", sa.Text(), nullable=True),
        sa.Column("place_mention", sa.Text(), nullable=True),
        sa.Column("place_pcode", sa.String(32), nullable=True),
        sa.Column("place_precision", sa.String(32), nullable=True),
        sa.Column("place_governorate", sa.Text(), nullable=True),
        sa.Column("place_lat", sa.Float(), nullable=True),
        sa.Column("place_lon", sa.Float(), nullable=True),
        sa.Column("parts_add_up", sa.Boolean(), nullable=True),
        sa.Column("additional", sa.Boolean(), nullable=False),
        sa.Column("background", sa.Boolean(), nullable=False),
        sa.Column("shared_by", sa.Integer(), nullable=False),
        sa.Column("evidence_start", sa.Integer(), nullable=False),
        sa.Column("evidence_end", sa.Integer(), nullable=False),
        sa.Column("evidence_sentence", sa.Text(), nullable=False),
        sa.Column("evidence_text", sa.Text(), nullable=False),
        sa.Column("evidence_field", sa.String(16), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_claims"),
        sa.ForeignKeyConstraint(
            ["report_id"], ["reports.id"], name="fk_claims_report_id_reports", ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["parent_claim_id"],
            ["claims.id"],
            name="fk_claims_parent_claim_id_claims",
            ondelete="CASCADE",
        ),
        sa.CheckConstraint("best IS NULL OR best >= 0", name="ck_claims_best_not_negative"),
        sa.CheckConstraint("low IS NULL OR low >= 0", name="ck_claims_low_not_negative"),
        sa.CheckConstraint(
            "low IS NULL OR high IS NULL OR low <= high", name="ck_claims_low_not_above_high"
        ),
        sa.CheckConstraint(
            "best IS NULL OR ((low IS NULL OR low <= best) AND (high IS NULL OR best <= high))",
            name="ck_claims_best_within_range",
        ),
        sa.CheckConstraint("evidence_start <= evidence_end", name="ck_claims_evidence_span"),
        sa.CheckConstraint("shared_by >= 1", name="ck_claims_shared_by_positive"),
    )
    op.create_index("ix_claims_report_id", "claims", ["report_id"])
    op.create_index("ix_claims_parent_claim_id", "claims", ["parent_claim_id"])
    op.create_index("ix_claims_outcome", "claims", ["outcome"])

    op.create_table(
        "report_tolls",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("report_id", sa.Integer(), nullable=False),
        sa.Column("outcome", sa.String(32), nullable=False),
        sa.Column("group", sa.String(32), nullable=False),
        sa.Column("best", sa.Integer(), nullable=False),
        sa.Column("low", sa.Integer(), nullable=False),
        sa.Column("high", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_report_tolls"),
        sa.ForeignKeyConstraint(
            ["report_id"],
            ["reports.id"],
            name="fk_report_tolls_report_id_reports",
            ondelete="CASCADE",
        ),
        sa.UniqueConstraint(
            "report_id", "outcome", "group", name="uq_report_tolls_report_id_outcome_group"
        ),
        sa.CheckConstraint(
            "low <= best AND best <= high AND low >= 0", name="ck_report_tolls_ordered_range"
        ),
    )

    op.create_table(
        "audit_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(200), nullable=False),
        sa.Column("action", sa.String(64), nullable=False),
        sa.Column("entity", sa.String(64), nullable=False),
        sa.Column("entity_id", sa.String(64), nullable=True),
        sa.Column("before", sa.JSON(), nullable=True),
        sa.Column("after", sa.JSON(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_audit_events"),
    )
    op.create_index("ix_audit_events_entity", "audit_events", ["entity", "entity_id"])
    _forbid_audit_changes()


def _forbid_audit_changes() -> None:
    """Make the database itself refuse UPDATE and DELETE on audit_events."""
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for verb in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER audit_events_no_{verb.lower()} BEFORE {verb} ON audit_events "
                f"BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY_MESSAGE}'); END"
            )
    elif dialect == "postgresql":
        op.execute(
            "CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS "
            f"$$ BEGIN RAISE EXCEPTION '{APPEND_ONLY_MESSAGE}'; END $$"
        )
        op.execute(
            "CREATE TRIGGER audit_events_no_change BEFORE UPDATE OR DELETE ON audit_events "
            "FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()"
        )
        op.execute(
            "CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events "
            "FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only()"
        )
    else:
        raise RuntimeError(f"tally's schema supports SQLite and PostgreSQL, not {dialect}")


def downgrade() -> None:
    op.drop_table("audit_events")
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION audit_events_append_only()")
    op.drop_table("report_tolls")
    op.drop_table("claims")
    op.drop_table("reports")
