"""Who owns which relationship, and notes on people that may be private to their author.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03

``stakeholders.owner`` and ``organisations.owner`` name the team member (a login) who looks after
the person or the unit (existing ones: nobody). ``stakeholder_notes`` holds notes on people, each
with its author and whether it is private.

On PostgreSQL the server, not the app, decides who wrote a note and who may read it: the author
defaults to ``current_user`` and row-level security lets a login see a note only when it is not
private or is their own, and insert, change or delete only their own notes. The tables belong to
the administrator who ran the migration (members are not their owner), so the policies bind every
member. SQLite has no logins: a workspace file's notes are all its user's own.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | Sequence[str] | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: Who may see a note: anyone when it is not private, else its author alone.
_READABLE = "(NOT private OR author = current_user)"
_OWN = "(author = current_user)"


def upgrade() -> None:
    with op.batch_alter_table("stakeholders") as batch:
        batch.add_column(sa.Column("owner", sa.String(), nullable=True))
        batch.create_index(batch.f("ix_stakeholders_owner"), ["owner"])
    with op.batch_alter_table("organisations") as batch:
        batch.add_column(sa.Column("owner", sa.String(), nullable=True))
    postgres = op.get_bind().dialect.name == "postgresql"
    op.create_table(
        "stakeholder_notes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("stakeholder_id", sa.Integer(), nullable=False),
        sa.Column(
            "author",
            sa.String(),
            nullable=False,
            server_default=sa.text("current_user") if postgres else None,
        ),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("private", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["stakeholder_id"],
            ["stakeholders.id"],
            name=op.f("fk_stakeholder_notes_stakeholder_id_stakeholders"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stakeholder_notes")),
        sqlite_autoincrement=True,
    )
    op.create_index(
        op.f("ix_stakeholder_notes_stakeholder_id"), "stakeholder_notes", ["stakeholder_id"]
    )
    if postgres:
        op.execute("ALTER TABLE stakeholder_notes ENABLE ROW LEVEL SECURITY")
        op.execute(f"CREATE POLICY notes_read ON stakeholder_notes FOR SELECT USING {_READABLE}")
        op.execute(f"CREATE POLICY notes_add ON stakeholder_notes FOR INSERT WITH CHECK {_OWN}")
        op.execute(
            f"CREATE POLICY notes_change ON stakeholder_notes FOR UPDATE USING {_OWN} "
            f"WITH CHECK {_OWN}"
        )
        op.execute(f"CREATE POLICY notes_remove ON stakeholder_notes FOR DELETE USING {_OWN}")


def downgrade() -> None:
    op.drop_index(op.f("ix_stakeholder_notes_stakeholder_id"), table_name="stakeholder_notes")
    op.drop_table("stakeholder_notes")  # its policies go with it
    with op.batch_alter_table("organisations") as batch:
        batch.drop_column("owner")
    with op.batch_alter_table("stakeholders") as batch:
        batch.drop_index(batch.f("ix_stakeholders_owner"))
        batch.drop_column("owner")
