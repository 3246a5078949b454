"""Creating and upgrading Rapport's schema on a team server, one client at a time.

Every Rapport that migrates a server database first takes the transaction-level advisory lock
:data:`UPGRADE_LOCK_KEY` on it (``pg_advisory_xact_lock``): a second client asking to upgrade at
the same moment waits, then finds the schema already current and does nothing. The lock ends
with the migration's transaction, committed or rolled back.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, Engine, inspect, text

from persistence.errors import NewerWorkspaceError
from persistence.schema import SCHEMA_VERSION, migrate, stored_revision, version_of_revision
from persistence.team.change_triggers import install_change_notifications
from persistence.team.errors import ForeignDatabaseError, OlderServerSchemaError
from persistence.team.roles import grant_to_team_roles, may_change_schema, team_roles_exist

#: The advisory lock key of schema upgrades: "Rappschm" in ASCII, as one bigint.
UPGRADE_LOCK_KEY = 0x52617070_7363686D


@dataclass(frozen=True, slots=True)
class UpgradeResult:
    """The schema version before and after (equal: it was current already)."""

    before: int
    after: int

    @property
    def changed(self) -> bool:
        return self.after != self.before


def upgrade_server_schema(engine: Engine, target: str = "head") -> UpgradeResult:
    """Bring the server database's schema up to ``target`` (the newest by default) under the
    upgrade lock, in one transaction, then give the team's roles their rights on any new
    table. Refuses (before changing anything) a login that does not own the tables, a database
    holding other tables, and a schema newer than this Rapport's."""
    with engine.begin() as connection:
        take_upgrade_lock(connection)
        before = schema_version(connection)
        if before > SCHEMA_VERSION:
            raise NewerWorkspaceError(newer_message(before))
        if target == "head" and before == SCHEMA_VERSION:
            return UpgradeResult(before, before)
        if not may_change_schema(connection):
            raise OlderServerSchemaError(
                older_message(before, can_upgrade=False), version=before, can_upgrade=False
            )
        return upgrade_locked(connection, target)


def take_upgrade_lock(connection: Connection) -> None:
    """Wait for, then hold until the transaction ends, the server's schema upgrade lock."""
    connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": UPGRADE_LOCK_KEY})


def upgrade_locked(connection: Connection, target: str = "head") -> UpgradeResult:
    """THE upgrade of a server schema (``team-setup`` and the owner's client both end here):
    the migrations up to ``target``, then :func:`after_upgrade`. The caller holds the upgrade
    lock (:func:`take_upgrade_lock`) in the transaction of ``connection`` and commits."""
    before = schema_version(connection)
    migrate(connection, target)
    after_upgrade(connection)
    return UpgradeResult(before, schema_version(connection))


def after_upgrade(connection: Connection) -> None:
    """What every upgrade (or first creation) of a server schema ends with, in its transaction:
    change notifications on every table, and the team's rights on any new one."""
    install_change_notifications(connection)
    if team_roles_exist(connection):
        grant_to_team_roles(connection)


def schema_version(connection: Connection) -> int:
    """The schema version of the server database (0: empty). Raises ForeignDatabaseError for a
    database holding other tables and NewerWorkspaceError for a revision this Rapport does not
    know."""
    revision = stored_revision(connection)
    if revision is None:
        if inspect(connection).get_table_names():
            raise ForeignDatabaseError(
                "That database holds tables of another program; give Rapport a database of "
                "its own (team-setup creates one)."
            )
        return 0
    version = version_of_revision(revision)
    if version is None:
        raise NewerWorkspaceError(newer_message(None))
    return version


def newer_message(version: int | None) -> str:
    found = "a newer format" if version is None else f"format {version}"
    return (
        f"This shared workspace was set up by a newer version of Rapport ({found}; this one "
        f"reads format {SCHEMA_VERSION}). Update Rapport to open it; nothing was changed."
    )


def older_message(version: int, *, can_upgrade: bool) -> str:
    said = (
        f"This shared workspace is in an older format ({version}) than this version of Rapport "
        f"reads ({SCHEMA_VERSION})."
    )
    if can_upgrade:
        return (
            f"{said} You own it and may upgrade it; then everyone on the team needs this "
            "version of Rapport."
        )
    return (
        f"{said} Only its administrator (who owns its tables) may upgrade it: ask them to run "
        "team-setup again, which upgrades it."
    )
