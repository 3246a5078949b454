"""``team-setup``: a team database with Rapport's schema, its roles and their rights.

Idempotent: each step first looks at what is there, and the report says what it found and
what it did. Every schema change runs under the server's upgrade lock.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError, ProgrammingError

from persistence.schema import SCHEMA_VERSION
from persistence.team.connecting import server_engine
from persistence.team.errors import TeamSetupError
from persistence.team.members import TeamMember, team_members
from persistence.team.opening import connect
from persistence.team.roles import (
    MAX_IDENTIFIER,
    create_group_roles,
    group_role,
    may_change_schema,
    quote,
)
from persistence.team.schema_upgrade import (
    schema_version,
    take_upgrade_lock,
    upgrade_locked,
)
from persistence.team.server_address import DEFAULT_SSL_MODE, ServerAddress


@dataclass
class SetupReport:
    """What ``team-setup`` found and did, in lines to print."""

    database: str
    database_created: bool = False
    version_before: int = 0
    version_after: int = 0
    roles_created: list[str] = field(default_factory=list)
    members: list[TeamMember] = field(default_factory=list)
    #: The address a member types, with LOGIN standing for their login.
    member_address: str = ""

    def lines(self) -> list[str]:
        found = "created" if self.database_created else "found, kept"
        if self.version_before == 0:
            schema = f"created (format {self.version_after})"
        elif self.version_before == self.version_after:
            schema = f"up to date (format {self.version_after})"
        else:
            schema = f"upgraded from format {self.version_before} to {self.version_after}"
        member, viewer = (group_role(self.database, kind) for kind in ("member", "viewer"))
        roles = "created" if self.roles_created else "found"
        people = ", ".join(f"{m.login} ({m.name}, {m.role})" for m in self.members) or "none yet"
        return [
            f"Database “{self.database}”: {found}.",
            f"Rapport's tables: {schema}.",
            f"Roles: {member} (reads and edits) and {viewer} (reads only) {roles}; their "
            "rights granted; nobody else may connect or create tables there.",
            f"Members: {people}.",
        ]


def team_setup(admin_url: URL, database: str) -> SetupReport:
    """Create (or check) the team database ``database`` on the server of ``admin_url``, set up
    or upgrade Rapport's schema there as the admin (who then owns the tables), and create the
    group roles with their rights."""
    _check_name(database)
    report = SetupReport(database)
    report.database_created = _create_database(admin_url, database)
    engine = server_engine(admin_url.set(database=database))
    try:
        with connect(engine) as connection, connection.begin():
            take_upgrade_lock(connection)
            report.version_before = schema_version(connection)
            if report.version_before > SCHEMA_VERSION:
                raise TeamSetupError(
                    f"“{database}” was set up by a newer Rapport (format "
                    f"{report.version_before}; this one knows {SCHEMA_VERSION}); nothing was "
                    "changed. Run team-setup with the newer Rapport."
                )
            if not may_change_schema(connection):
                owner = connection.scalar(
                    text(
                        "SELECT pg_get_userbyid(relowner) FROM pg_class "
                        "WHERE oid = to_regclass('public.alembic_version')"
                    )
                )
                raise TeamSetupError(
                    f"Rapport's tables in “{database}” belong to {owner}; run team-setup as "
                    f"{owner} (the tables' owner changes them). Nothing was changed."
                )
            report.roles_created = _refused_without_right(
                lambda: create_group_roles(connection, database), "create roles (CREATEROLE)"
            )
            report.version_after = upgrade_locked(connection).after
        with engine.connect() as connection:
            report.members = team_members(connection)
    finally:
        engine.dispose()
    host = admin_url.host or "localhost"
    report.member_address = str(
        ServerAddress("LOGIN", host, database, admin_url.port or 5432, DEFAULT_SSL_MODE)
    )
    return report


def _check_name(database: str) -> None:
    longest = MAX_IDENTIFIER - len("_member")
    if not database.strip() or database != database.strip():
        raise TeamSetupError("Give the team database a name (without spaces around it).")
    if len(database.encode("utf-8")) > longest:
        raise TeamSetupError(
            f"“{database}” is too long for a team database: at most {longest} characters, so "
            "that its roles' names (…_member, …_viewer) fit."
        )
    if database.startswith("pg_") or database in ("postgres", "template0", "template1"):
        raise TeamSetupError(f"“{database}” is one of the server's own names; choose another.")


def _create_database(admin_url: URL, database: str) -> bool:
    """Create ``database`` unless it exists; whether it was created."""
    engine = server_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        with connect(engine) as connection:
            exists = connection.scalar(
                text("SELECT count(*) FROM pg_database WHERE datname = :d"), {"d": database}
            )
            if exists:
                return False
            try:
                _refused_without_right(
                    lambda: connection.exec_driver_sql(f"CREATE DATABASE {quote(database)}"),
                    "create databases (CREATEDB)",
                )
            except ProgrammingError as error:
                if getattr(error.orig, "sqlstate", None) == "42P04":  # created meanwhile
                    return False
                raise
            return True
    finally:
        engine.dispose()


def _refused_without_right[T](step: Callable[[], T], right: str) -> T:
    try:
        return step()
    except DBAPIError as error:
        if getattr(error.orig, "sqlstate", None) == "42501":
            raise TeamSetupError(
                f"This login may not {right}; run team-setup as the server's administrator "
                "(e.g. postgres) or a login with that right. Nothing was changed."
            ) from error
        raise
