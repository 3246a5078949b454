"""``team-add-member`` and the team's members: LOGIN roles, each granted one group role.

A person's display name is their role's comment (``COMMENT ON ROLE``). The password is sent as
a SCRAM verifier (``persistence.team.scram``), never as itself.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, text
from sqlalchemy.engine import URL

from persistence.team.connecting import server_engine
from persistence.team.errors import TeamSetupError
from persistence.team.opening import connect
from persistence.team.roles import (
    MAX_IDENTIFIER,
    ROLE_KINDS,
    group_role,
    literal,
    quote,
    role_exists,
    team_roles_exist,
)
from persistence.team.scram import scram_verifier


@dataclass(frozen=True, slots=True)
class TeamMember:
    login: str
    #: The display name (the role's comment), the login when it has none.
    name: str
    #: "member" or "viewer".
    role: str


def team_members(connection: Connection) -> list[TeamMember]:
    """The logins granted this database's member or viewer role, by login."""
    database = str(connection.scalar(text("SELECT current_database()")))
    rows = connection.execute(
        text(
            """
            SELECT r.rolname, shobj_description(r.oid, 'pg_authid'), g.rolname
              FROM pg_auth_members m
              JOIN pg_roles r ON r.oid = m.member
              JOIN pg_roles g ON g.oid = m.roleid
             WHERE g.rolname IN (:member, :viewer) AND r.rolcanlogin
             ORDER BY r.rolname
            """
        ),
        {"member": group_role(database, "member"), "viewer": group_role(database, "viewer")},
    ).all()
    return [
        TeamMember(str(login), str(name or login), str(group).rsplit("_", 1)[1])
        for login, name, group in rows
    ]


def add_member(
    admin_url: URL, database: str, *, login: str, name: str, role: str, password: str
) -> bool:
    """Give ``login`` (with ``password`` and the display ``name``) the team's ``role``:
    creates the login, or updates an existing one (role, name, password). True if created."""
    if role not in ROLE_KINDS:
        raise TeamSetupError(f"“{role}” is not a team role; use member or viewer.")
    if not login or len(login.encode("utf-8")) > MAX_IDENTIFIER or login != login.strip():
        raise TeamSetupError(
            f"“{login}” is not a login name: 1 to {MAX_IDENTIFIER} characters, no spaces around."
        )
    if login.startswith("pg_"):
        raise TeamSetupError("Logins starting with pg_ are the server's own; choose another.")
    if not password:
        raise TeamSetupError("Give the new member a password (it may not be empty).")
    engine = server_engine(admin_url.set(database=database))
    try:
        with connect(engine) as connection, connection.begin():
            if not team_roles_exist(connection):
                raise TeamSetupError(
                    f"“{database}” has no team roles yet; run team-setup for it first."
                )
            groups = {kind: group_role(database, kind) for kind in ROLE_KINDS}
            if login in groups.values():
                raise TeamSetupError(f"{login} is one of the team's group roles, not a person.")
            created = not role_exists(connection, login)
            if not created and connection.scalar(
                text("SELECT rolsuper FROM pg_roles WHERE rolname = :n"), {"n": login}
            ):
                raise TeamSetupError(
                    f"{login} is a superuser of the server; a team member needs a login of "
                    "their own."
                )
            who = quote(login)
            secret = literal(connection, scram_verifier(password))
            verb = "CREATE" if created else "ALTER"
            connection.exec_driver_sql(f"{verb} ROLE {who} LOGIN PASSWORD {secret}")
            for kind, group in groups.items():
                if kind != role:
                    connection.exec_driver_sql(f"REVOKE {quote(group)} FROM {who}")
            connection.exec_driver_sql(f"GRANT {quote(groups[role])} TO {who}")
            connection.exec_driver_sql(
                f"COMMENT ON ROLE {who} IS {literal(connection, name.strip() or login)}"
            )
            return created
    finally:
        engine.dispose()
