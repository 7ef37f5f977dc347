"""Incidents: reports linked to the events they describe, toll histories, reviews, bulletins.

Revision ID: 0002
Revises: 0001
Create Date: 2025-02-01

Databases made before this revision get incidents for their reports the next time a report is
stored; `tally incidents relink` links them all at once.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _report_fk(table: str, column: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], ["reports.id"], name=f"fk_{table}_{column}_reports", ondelete="CASCADE"
    )


def upgrade() -> None:
    op.create_table(
        "incidents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("merged_into", sa.Integer(), nullable=True),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("first_date", sa.Date(), nullable=True),
        sa.Column("last_date", sa.Date(), nullable=True),
        sa.Column("place_name", sa.Text(), nullable=True),
        sa.Column("place_pcode", sa.String(32), nullable=True),
        sa.Column("governorate", sa.Text(), nullable=True),
        sa.Column("kinds", sa.Text(), nullable=True),
        sa.Column("parties", sa.Text(), nullable=True),
        sa.Column("report_count", sa.Integer(), nullable=False),
        sa.Column("source_count", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(32), nullable=False),
        sa.Column("review_status", sa.String(32), nullable=True),
        sa.Column("review_note", sa.Text(), nullable=True),
        sa.Column("toll", sa.JSON(), nullable=False),
        sa.Column("conflicts", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_incidents"),
        sa.ForeignKeyConstraint(
            ["merged_into"], ["incidents.id"], name="fk_incidents_merged_into_incidents"
        ),
    )
    op.create_index("ix_incidents_first_date", "incidents", ["first_date"])
    op.create_index("ix_incidents_merged_into", "incidents", ["merged_into"])

    op.create_table(
        "incident_reports",
        sa.Column("report_id", sa.Integer(), nullable=False),
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("decision", sa.String(32), nullable=False),
        sa.Column("decided_by", sa.String(200), nullable=False),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("score", sa.Float(), nullable=True),
        sa.Column("reasons", sa.JSON(), nullable=True),
        sa.PrimaryKeyConstraint("report_id", name="pk_incident_reports"),
        _report_fk("incident_reports", "report_id"),
        sa.ForeignKeyConstraint(
            ["incident_id"], ["incidents.id"], name="fk_incident_reports_incident_id_incidents"
        ),
    )
    op.create_index("ix_incident_reports_incident_id", "incident_reports", ["incident_id"])

    op.create_table(
        "link_features",
        sa.Column("report_id", sa.Integer(), nullable=False),
        sa.Column("day_min", sa.Date(), nullable=True),
        sa.Column("day_max", sa.Date(), nullable=True),
        sa.Column("features", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("report_id", name="pk_link_features"),
        _report_fk("link_features", "report_id"),
    )

    op.create_table(
        "link_keys",
        sa.Column("key", sa.String(200), nullable=False),
        sa.Column("report_id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("key", "report_id", name="pk_link_keys"),
        _report_fk("link_keys", "report_id"),
    )
    op.create_index("ix_link_keys_report_id", "link_keys", ["report_id"])

    op.create_table(
        "report_links",
        sa.Column("report_a", sa.Integer(), nullable=False),
        sa.Column("report_b", sa.Integer(), nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("reasons", sa.JSON(), nullable=True),
        sa.PrimaryKeyConstraint("report_a", "report_b", name="pk_report_links"),
        _report_fk("report_links", "report_a"),
        _report_fk("report_links", "report_b"),
        sa.CheckConstraint("report_a < report_b", name="ck_report_links_ordered"),
    )
    op.create_index("ix_report_links_report_b", "report_links", ["report_b"])

    op.create_table(
        "link_decisions",
        sa.Column("report_a", sa.Integer(), nullable=False),
        sa.Column("report_b", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("decided_by", sa.String(200), nullable=False),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("report_a", "report_b", name="pk_link_decisions"),
        _report_fk("link_decisions", "report_a"),
        _report_fk("link_decisions", "report_b"),
        sa.CheckConstraint("report_a < report_b", name="ck_link_decisions_ordered"),
        sa.CheckConstraint("kind IN ('together', 'apart')", name="ck_link_decisions_kind"),
    )
    op.create_index("ix_link_decisions_report_b", "link_decisions", ["report_b"])

    op.create_table(
        "toll_revisions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("report_id", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(200), nullable=True),
        sa.Column("published", sa.Date(), nullable=True),
        sa.Column("changes", sa.JSON(), nullable=False),
        sa.Column("toll", sa.JSON(), nullable=False),
        sa.Column("conflicts", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_toll_revisions"),
        sa.ForeignKeyConstraint(
            ["incident_id"],
            ["incidents.id"],
            name="fk_toll_revisions_incident_id_incidents",
            ondelete="CASCADE",
        ),
        _report_fk("toll_revisions", "report_id"),
        sa.UniqueConstraint("incident_id", "number", name="uq_toll_revisions_incident_id_number"),
    )

    op.create_table(
        "reviews",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entity", sa.String(16), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(32), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("decided_by", sa.String(200), nullable=False),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_reviews"),
        sa.UniqueConstraint("entity", "entity_id", name="uq_reviews_entity_entity_id"),
        sa.CheckConstraint("entity IN ('incident', 'claim')", name="ck_reviews_entity"),
        sa.CheckConstraint(
            "status IN ('confirmed', 'contested', 'discounted')", name="ck_reviews_status"
        ),
    )

    op.create_table(
        "bulletins",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("issued_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("issued_by", sa.String(200), nullable=False),
        sa.Column("toll", sa.JSON(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_bulletins"),
        sa.ForeignKeyConstraint(
            ["incident_id"], ["incidents.id"], name="fk_bulletins_incident_id_incidents"
        ),
    )
    op.create_index("ix_bulletins_incident_id", "bulletins", ["incident_id"])


def downgrade() -> None:
    for table in (
        "bulletins",
        "reviews",
        "toll_revisions",
        "link_decisions",
        "report_links",
        "link_keys",
        "link_features",
        "incident_reports",
        "incidents",
    ):
        op.drop_table(table)
