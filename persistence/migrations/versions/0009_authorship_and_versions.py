"""Who changed what and when, and a version on every record people edit together.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03

Each record that people change (stakeholders, organisations, maps, interactions, commitments,
influence links, concerns, meetings, engagement plans, standing messages, demand items) gains
``changed_by`` (the login or computer user behind its last change), ``changed_at`` (when) and
``version`` (1 when added, one more at every change: a change names the version it was made
from, and a later one refuses it instead of overwriting someone's work). Ratings, which are only
ever added, gain ``recorded_by`` beside their ``recorded_at``.

Existing rows get NULL for the author and the time, shown as unknown: who made them was never
kept, and guessing (the user upgrading the file, say) would pass a guess off as a record. Their
version starts at 1.

On PostgreSQL the server writes the author itself: BEFORE triggers set ``changed_by`` /
``recorded_by`` to ``current_user`` (and ``changed_at`` to the server's time, and ``version`` to
one more than before), whatever a member's statement said, so nobody can record a change under
another member's name or overwrite a later version silently by hand. Only the tables' owner (the
administrator who ran the set-up, who could drop the triggers anyway) keeps what it writes:
publishing a workspace or importing a file onto the server copies the recorded authors as they
are, unknown ones staying unknown.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | Sequence[str] | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: The tables whose rows people change: they carry changed_by, changed_at and version.
VERSIONED_TABLES = (
    "stakeholders",
    "organisations",
    "maps",
    "interactions",
    "commitments",
    "influence_links",
    "concerns",
    "meetings",
    "engagement_plans",
    "plan_messages",
    "demand_items",
)

#: The server-side stamping below is written but not installed yet: publishing runs as a member
#: (not the tables' owner), and the triggers would record the publisher as the author of every
#: copied row. Until publish and the triggers agree, the app records the login on PostgreSQL as
#: on a file (persistence/authorship.py), which a member writing plain SQL could forge.
_SERVER_STAMPS = False

_IS_OWNER = """
CREATE OR REPLACE FUNCTION rapport_owns(relation oid) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT pg_has_role(current_user, c.relowner, 'MEMBER') FROM pg_class AS c
     WHERE c.oid = relation
$$
"""

_STAMP_CHANGE = """
CREATE OR REPLACE FUNCTION rapport_stamp_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF rapport_owns(TG_RELID) THEN
        RETURN NEW;  -- the administrator's own writes (publish, import) keep what they say
    END IF;
    NEW.changed_by := current_user;
    NEW.changed_at := timezone('UTC', statement_timestamp());
    IF TG_OP = 'UPDATE' THEN
        NEW.version := OLD.version + 1;
    ELSE
        NEW.version := 1;
    END IF;
    RETURN NEW;
END
$$
"""

_STAMP_RATING = """
CREATE OR REPLACE FUNCTION rapport_stamp_rating() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NOT rapport_owns(TG_RELID) THEN
        NEW.recorded_by := current_user;
    END IF;
    RETURN NEW;
END
$$
"""


def upgrade() -> None:
    for table in VERSIONED_TABLES:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("changed_by", sa.String(), nullable=True))
            batch.add_column(sa.Column("changed_at", sa.DateTime(timezone=False), nullable=True))
            batch.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
    with op.batch_alter_table("ratings") as batch:
        batch.add_column(sa.Column("recorded_by", sa.String(), nullable=True))
    if op.get_bind().dialect.name == "postgresql" and _SERVER_STAMPS:
        op.execute(_IS_OWNER)
        op.execute(_STAMP_CHANGE)
        op.execute(_STAMP_RATING)
        for table in VERSIONED_TABLES:
            op.execute(
                f"CREATE TRIGGER rapport_stamp_change BEFORE INSERT OR UPDATE ON {table} "
                "FOR EACH ROW EXECUTE FUNCTION rapport_stamp_change()"
            )
        op.execute(
            "CREATE TRIGGER rapport_stamp_rating BEFORE INSERT ON ratings "
            "FOR EACH ROW EXECUTE FUNCTION rapport_stamp_rating()"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS rapport_stamp_rating ON ratings")
        for table in VERSIONED_TABLES:
            op.execute(f"DROP TRIGGER IF EXISTS rapport_stamp_change ON {table}")
        op.execute("DROP FUNCTION IF EXISTS rapport_stamp_rating()")
        op.execute("DROP FUNCTION IF EXISTS rapport_stamp_change()")
        op.execute("DROP FUNCTION IF EXISTS rapport_owns(oid)")
    with op.batch_alter_table("ratings") as batch:
        batch.drop_column("recorded_by")
    for table in reversed(VERSIONED_TABLES):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("version")
            batch.drop_column("changed_at")
            batch.drop_column("changed_by")
