"""Schema versions and running the Alembic migrations.

A workspace file says what it is in its SQLite header: ``PRAGMA application_id`` is Rapport's
constant and ``PRAGMA user_version`` the number of the last migration applied (revision
``0001`` is version 1, and so on), which can be read without loading Alembic. The
``alembic_version`` table says the same in Alembic's terms, and is all a PostgreSQL database has.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from sqlalchemy import Connection, Engine, inspect, text
from sqlalchemy.engine import URL
from sqlalchemy.pool import NullPool

from persistence.engine import make_engine, sqlite_url
from persistence.team.change_triggers import install_change_notifications

#: ``PRAGMA application_id`` of every Rapport workspace: "Rapp" in ASCII.
APPLICATION_ID = 0x52617070
#: The newest schema this build knows: the number of its last migration.
SCHEMA_VERSION = 9
#: Its Alembic revision id. Revisions are numbered 0001, 0002, ... in order, one branch only.
HEAD_REVISION = f"{SCHEMA_VERSION:04d}"
#: Located from this file (not the working directory) so that a frozen app finds it too: the
#: packaged app must ship the folder's .py files as data, since Alembic loads them by path.
MIGRATIONS_DIR = Path(__file__).parent / "migrations"


class MigrationError(Exception):
    """A migration left the database inconsistent; it was rolled back."""


def version_of_revision(revision: str | None) -> int | None:
    """The schema version an Alembic revision id stands for (None: no revision, or unknown)."""
    if revision is None:
        return 0
    if len(revision) == 4 and revision.isdigit():
        return int(revision)
    return None


def stored_revision(connection: Connection) -> str | None:
    """The Alembic revision recorded in the database (None when it has no schema yet)."""
    if not inspect(connection).has_table("alembic_version"):
        return None
    revision = connection.scalar(text("SELECT version_num FROM alembic_version"))
    return None if revision is None else str(revision)


def upgrade_to_head(url: str | URL) -> None:
    """Run every migration the database at ``url`` lacks, in one transaction.

    On SQLite the header is stamped too (application id, user_version), in the same
    transaction, and foreign keys are checked before committing: they are off while migrating.
    """
    engine = make_engine(url, enforce_foreign_keys=False, poolclass=NullPool)
    try:
        with engine.begin() as connection:
            migrate(connection)
            install_change_notifications(connection)  # PostgreSQL: tables added are covered
            if connection.dialect.name == "sqlite":
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise MigrationError(
                        f"The upgrade would leave {len(broken)} broken references; "
                        "it was not applied."
                    )
                connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
                connection.exec_driver_sql(f"PRAGMA user_version = {SCHEMA_VERSION}")
    finally:
        engine.dispose()


def migrate(connection: Connection, target: str = "head") -> None:
    """Run the migrations up to ``target`` on ``connection``, in its transaction (the caller
    commits). A team server's upgrade goes through ``persistence.team.schema_upgrade``, which
    takes the server's upgrade lock first; tests use ``target`` to build an older schema."""
    from alembic import command

    command.upgrade(_alembic_config(connection), target)


def _alembic_config(connection: Connection | None = None):  # type: ignore[no-untyped-def]
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def script_head() -> str | None:
    """The head revision of the migration scripts (tests compare it with HEAD_REVISION)."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_alembic_config()).get_current_head()


def new_revision(message: str) -> None:
    """For developers: autogenerate the next migration from the difference between the tables
    in ``persistence.tables`` and a database upgraded to the current head.

    ``python -c 'from persistence.schema import new_revision; new_revision("what changed")'``,
    then read and correct the generated file and raise SCHEMA_VERSION to its number.
    """
    from alembic import command

    with tempfile.TemporaryDirectory() as folder:
        url = sqlite_url(Path(folder) / "head.rapport")
        engine: Engine = make_engine(url, poolclass=NullPool)
        try:
            if script_head() is not None:
                upgrade_to_head(url)
            with engine.begin() as connection:
                command.revision(
                    _alembic_config(connection),
                    message=message,
                    autogenerate=True,
                    rev_id=f"{SCHEMA_VERSION + 1:04d}" if script_head() else "0001",
                )
        finally:
            engine.dispose()
