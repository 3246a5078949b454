"""Concerns stakeholders raise, and settings kept in the workspace.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03

``concerns`` holds each complaint, risk or grievance a stakeholder raised: when, by when we mean to
deal with it, its status (open, resolved, withdrawn), when it was closed and how. A person's
concerns go with them (ON DELETE CASCADE).

``workspace_settings`` holds settings that belong to the workspace rather than to the computer
(the relationship-health grading: its weights and thresholds), as text under a key, so that the
report printed from the command line grades as the window does, and a copy grades the same.
Existing workspaces get neither rows.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | Sequence[str] | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "concerns",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("stakeholder_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("severity", sa.Integer(), nullable=False),
        sa.Column("raised_on", sa.Date(), nullable=False),
        sa.Column("target_on", sa.Date(), nullable=True),
        sa.Column("details", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("resolution", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["stakeholder_id"],
            ["stakeholders.id"],
            name=op.f("fk_concerns_stakeholder_id_stakeholders"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_concerns")),
        sqlite_autoincrement=True,
    )
    op.create_index(op.f("ix_concerns_stakeholder_id"), "concerns", ["stakeholder_id"])
    op.create_index(op.f("ix_concerns_status"), "concerns", ["status"])
    op.create_table(
        "workspace_settings",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_workspace_settings")),
    )


def downgrade() -> None:
    op.drop_table("workspace_settings")
    op.drop_index(op.f("ix_concerns_status"), table_name="concerns")
    op.drop_index(op.f("ix_concerns_stakeholder_id"), table_name="concerns")
    op.drop_table("concerns")
