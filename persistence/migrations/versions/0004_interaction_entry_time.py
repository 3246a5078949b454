"""Interactions keep when they were entered.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03

``interactions.recorded_at`` is when an interaction was entered, as ``ratings.recorded_at`` is
for a rating (``happened_at`` is when it took place, often hours or days before). Interactions
from before this revision get NULL, not a copy of ``happened_at``: when they were entered was
never kept, and copying the time they took place would pass a guess off as a record (a call
logged a week late would look logged on the day). History shows their "Entered" empty.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | Sequence[str] | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("interactions") as batch:
        batch.add_column(sa.Column("recorded_at", sa.DateTime(timezone=False), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("interactions") as batch:
        batch.drop_column("recorded_at")
