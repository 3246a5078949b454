"""Invites as they are meant: attendees' responses, cancelled meetings, recurring meetings.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-03

``meetings.cancelled`` marks a meeting its organiser called off (an invite's METHOD:CANCEL);
``meetings.recurrence`` keeps a recurring invite's RRULE (empty for a one-off meeting);
``meeting_attendees.response`` holds what an attendee answered (METHOD:REPLY): "", "accepted",
"declined" or "tentative". Existing rows get the defaults: not cancelled, one-off, no answer.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("meetings") as batch:
        batch.add_column(
            sa.Column("cancelled", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch.add_column(sa.Column("recurrence", sa.String(), nullable=False, server_default=""))
    with op.batch_alter_table("meeting_attendees") as batch:
        batch.add_column(
            sa.Column("response", sa.String(length=16), nullable=False, server_default="")
        )


def downgrade() -> None:
    with op.batch_alter_table("meeting_attendees") as batch:
        batch.drop_column("response")
    with op.batch_alter_table("meetings") as batch:
        batch.drop_column("recurrence")
        batch.drop_column("cancelled")
