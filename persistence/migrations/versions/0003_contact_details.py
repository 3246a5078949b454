"""Contacts as cards bring them: several e-mail addresses and phone numbers, and a photo.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-03

``stakeholders.other_emails`` and ``stakeholders.other_phones`` hold the addresses and numbers
beyond the main ones, one per line (an imported vCard or a merged duplicate brings them).
``stakeholder_photos`` holds at most one photo per person (a vCard's PHOTO), in a table of its own
so that reading the register never loads image bytes. Existing people get none of either.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("stakeholders") as batch:
        batch.add_column(sa.Column("other_emails", sa.Text(), nullable=False, server_default=""))
        batch.add_column(sa.Column("other_phones", sa.Text(), nullable=False, server_default=""))
    op.create_table(
        "stakeholder_photos",
        sa.Column("stakeholder_id", sa.Integer(), nullable=False),
        sa.Column("mime", sa.String(length=32), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["stakeholder_id"],
            ["stakeholders.id"],
            name=op.f("fk_stakeholder_photos_stakeholder_id_stakeholders"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("stakeholder_id", name=op.f("pk_stakeholder_photos")),
    )


def downgrade() -> None:
    op.drop_table("stakeholder_photos")
    with op.batch_alter_table("stakeholders") as batch:
        batch.drop_column("other_phones")
        batch.drop_column("other_emails")
