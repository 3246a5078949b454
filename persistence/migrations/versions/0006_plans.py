"""Planning ahead: engagement plans with their touchpoints, and the communication plan
(standing messages, their recipients, the interactions in which they went out).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03

``engagement_plans`` hold one person's objective, strategy and owner; ``plan_touchpoints`` their
dated steps (a repeated one is stored as one row per date, ``series`` saying the rhythm), done by
an interaction or ticked. ``plan_messages``, ``plan_message_recipients`` and
``plan_message_sends`` are the communication plan. Existing workspaces get none of them.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | Sequence[str] | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: Naive UTC in the database (persistence.tables.base.UtcDateTime); written out so that this
#: revision stays as it was written.
UTC_DATETIME = sa.DateTime(timezone=False)


def upgrade() -> None:
    op.create_table(
        "plan_messages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("channel", sa.String(length=32), nullable=False),
        sa.Column("tone", sa.String(length=32), nullable=False),
        sa.Column("frequency", sa.String(length=32), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("owner", sa.String(length=200), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_messages")),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "plan_message_sends",
        sa.Column("message_id", sa.Integer(), nullable=False),
        sa.Column("interaction_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["interaction_id"],
            ["interactions.id"],
            name=op.f("fk_plan_message_sends_interaction_id_interactions"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["message_id"],
            ["plan_messages.id"],
            name=op.f("fk_plan_message_sends_message_id_plan_messages"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("message_id", "interaction_id", name=op.f("pk_plan_message_sends")),
    )
    with op.batch_alter_table("plan_message_sends", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_plan_message_sends_interaction_id"), ["interaction_id"], unique=False
        )

    op.create_table(
        "engagement_plans",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("stakeholder_id", sa.Integer(), nullable=False),
        sa.Column("map_id", sa.Integer(), nullable=True),
        sa.Column("objective", sa.Text(), nullable=False),
        sa.Column("strategy", sa.Text(), nullable=False),
        sa.Column("owner", sa.String(length=200), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("target_attitude", sa.Integer(), nullable=True),
        sa.Column("target_date", sa.Date(), nullable=True),
        sa.Column("created_at", UTC_DATETIME, nullable=True),
        sa.ForeignKeyConstraint(
            ["map_id"],
            ["maps.id"],
            name=op.f("fk_engagement_plans_map_id_maps"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["stakeholder_id"],
            ["stakeholders.id"],
            name=op.f("fk_engagement_plans_stakeholder_id_stakeholders"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_engagement_plans")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("engagement_plans", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_engagement_plans_stakeholder_id"), ["stakeholder_id"], unique=False
        )

    op.create_table(
        "plan_message_recipients",
        sa.Column("message_id", sa.Integer(), nullable=False),
        sa.Column("stakeholder_id", sa.Integer(), nullable=False),
        sa.Column("assigned_at", UTC_DATETIME, nullable=False),
        sa.ForeignKeyConstraint(
            ["message_id"],
            ["plan_messages.id"],
            name=op.f("fk_plan_message_recipients_message_id_plan_messages"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["stakeholder_id"],
            ["stakeholders.id"],
            name=op.f("fk_plan_message_recipients_stakeholder_id_stakeholders"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "message_id", "stakeholder_id", name=op.f("pk_plan_message_recipients")
        ),
    )
    with op.batch_alter_table("plan_message_recipients", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_plan_message_recipients_stakeholder_id"),
            ["stakeholder_id"],
            unique=False,
        )

    op.create_table(
        "plan_touchpoints",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("on_date", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("purpose", sa.Text(), nullable=False),
        sa.Column("series", sa.String(length=200), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("interaction_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["interaction_id"],
            ["interactions.id"],
            name=op.f("fk_plan_touchpoints_interaction_id_interactions"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["plan_id"],
            ["engagement_plans.id"],
            name=op.f("fk_plan_touchpoints_plan_id_engagement_plans"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_touchpoints")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("plan_touchpoints", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_plan_touchpoints_interaction_id"), ["interaction_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_plan_touchpoints_on_date"), ["on_date"], unique=False)
        batch_op.create_index(batch_op.f("ix_plan_touchpoints_plan_id"), ["plan_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("plan_touchpoints", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_plan_touchpoints_plan_id"))
        batch_op.drop_index(batch_op.f("ix_plan_touchpoints_on_date"))
        batch_op.drop_index(batch_op.f("ix_plan_touchpoints_interaction_id"))

    op.drop_table("plan_touchpoints")
    with op.batch_alter_table("plan_message_recipients", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_plan_message_recipients_stakeholder_id"))

    op.drop_table("plan_message_recipients")
    with op.batch_alter_table("engagement_plans", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_engagement_plans_stakeholder_id"))

    op.drop_table("engagement_plans")
    with op.batch_alter_table("plan_message_sends", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_plan_message_sends_interaction_id"))

    op.drop_table("plan_message_sends")
    op.drop_table("plan_messages")
