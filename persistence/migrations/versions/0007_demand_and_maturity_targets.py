"""The relationship manager's workbench: archived units, who assessed a unit's maturity, a
unit's maturity target, and the demand log.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03

``organisations.archived`` hides an organisation or unit from the pickers while keeping its
history (existing ones stay active). ``maturity_assessments.assessor`` says who assessed the level
(existing assessments: nobody named). ``maturity_targets`` holds at most one target level and date
per unit. ``demand_items`` is the demand log of a unit, its last status and dates kept beside the
item for fast pipelines; ``demand_steps`` every status an item reached, in order.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | Sequence[str] | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("organisations") as batch:
        batch.add_column(
            sa.Column("archived", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    with op.batch_alter_table("maturity_assessments") as batch:
        batch.add_column(sa.Column("assessor", sa.String(), nullable=False, server_default=""))
    op.create_table(
        "maturity_targets",
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_maturity_targets_organisation_id_organisations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("organisation_id", name=op.f("pk_maturity_targets")),
    )
    op.create_table(
        "demand_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("sponsor_id", sa.Integer(), nullable=True),
        sa.Column("value", sa.Float(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("status_on", sa.Date(), nullable=False),
        sa.Column("raised_on", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(
            ["sponsor_id"],
            ["stakeholders.id"],
            name=op.f("fk_demand_items_sponsor_id_stakeholders"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["unit_id"],
            ["organisations.id"],
            name=op.f("fk_demand_items_unit_id_organisations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_demand_items")),
        sqlite_autoincrement=True,
    )
    op.create_index(op.f("ix_demand_items_status"), "demand_items", ["status"])
    op.create_index(op.f("ix_demand_items_unit_id"), "demand_items", ["unit_id"])
    op.create_table(
        "demand_steps",
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("on", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["demand_items.id"],
            name=op.f("fk_demand_steps_item_id_demand_items"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("item_id", "position", name=op.f("pk_demand_steps")),
    )


def downgrade() -> None:
    op.drop_table("demand_steps")
    op.drop_index(op.f("ix_demand_items_unit_id"), table_name="demand_items")
    op.drop_index(op.f("ix_demand_items_status"), table_name="demand_items")
    op.drop_table("demand_items")
    op.drop_table("maturity_targets")
    with op.batch_alter_table("maturity_assessments") as batch:
        batch.drop_column("assessor")
    with op.batch_alter_table("organisations") as batch:
        batch.drop_column("archived")
