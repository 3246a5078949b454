"""The team's group roles on a server and what they may do.

For a team database D: the NOLOGIN roles ``D_member`` (read and write Rapport's tables, use its
sequences) and ``D_viewer`` (read only). Each person is a LOGIN role granted one of them (see
``persistence.team.members``). The tables belong to the administrator who set the team up, who
alone changes the schema; PUBLIC may neither connect to the database nor create in it.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

#: The longest PostgreSQL identifier (NAMEDATALEN - 1 bytes).
MAX_IDENTIFIER = 63
ROLE_KINDS = ("member", "viewer")
#: Alembic's bookkeeping: readable by all, changed only by upgrades (the owner).
VERSION_TABLE = "alembic_version"


def group_role(database: str, kind: str) -> str:
    """``D_member`` or ``D_viewer``."""
    if kind not in ROLE_KINDS:
        raise ValueError(f"{kind!r} is not a team role (member or viewer)")
    return f"{database}_{kind}"


def quote(name: str) -> str:
    """``name`` as a quoted SQL identifier (always quoted: names may hold capitals or spaces)."""
    return '"' + name.replace('"', '""') + '"'


def literal(connection: Connection, value: str) -> str:
    """``value`` as an SQL string literal (DDL takes no bound parameters)."""
    from psycopg import sql

    driver = connection.connection.driver_connection
    return sql.Literal(value).as_string(driver)


def role_exists(connection: Connection, name: str) -> bool:
    return bool(
        connection.scalar(text("SELECT count(*) FROM pg_roles WHERE rolname = :n"), {"n": name})
    )


def team_roles_exist(connection: Connection) -> bool:
    """Whether this database's group roles exist (``team-setup`` has run)."""
    database = str(connection.scalar(text("SELECT current_database()")))
    return all(role_exists(connection, group_role(database, kind)) for kind in ROLE_KINDS)


def create_group_roles(connection: Connection, database: str) -> list[str]:
    """Create the missing group roles of ``database``; returns those created."""
    created = []
    for kind in ROLE_KINDS:
        name = group_role(database, kind)
        if not role_exists(connection, name):
            connection.exec_driver_sql(f"CREATE ROLE {quote(name)} NOLOGIN")
            comment = f"Rapport team {database}: {kind}s" + (
                " (read and write)" if kind == "member" else " (read only)"
            )
            connection.exec_driver_sql(
                f"COMMENT ON ROLE {quote(name)} IS {literal(connection, comment)}"
            )
            created.append(name)
    return created


def grant_to_team_roles(connection: Connection) -> None:
    """Give this database's group roles their rights on every table and sequence there now,
    and on those that later upgrades add (default privileges of the login running this, the
    tables' owner). Idempotent; run by ``team-setup`` and after every upgrade."""
    database = str(connection.scalar(text("SELECT current_database()")))
    member = quote(group_role(database, "member"))
    viewer = quote(group_role(database, "viewer"))
    both = f"{member}, {viewer}"
    owner = quote(str(connection.scalar(text("SELECT current_user"))))
    db = quote(database)
    for statement in (
        # Only the team connects; nobody but the owner creates anything.
        f"REVOKE ALL ON DATABASE {db} FROM PUBLIC",
        f"GRANT CONNECT, TEMPORARY ON DATABASE {db} TO {both}",
        "REVOKE CREATE ON SCHEMA public FROM PUBLIC",
        f"GRANT USAGE ON SCHEMA public TO {both}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {member}",
        f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {viewer}",
        # UPDATE on sequences: setval, after rows added with given ids.
        f"GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO {member}",
        f"GRANT SELECT ON ALL SEQUENCES IN SCHEMA public TO {viewer}",
        f"ALTER DEFAULT PRIVILEGES FOR ROLE {owner} IN SCHEMA public "
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {member}",
        f"ALTER DEFAULT PRIVILEGES FOR ROLE {owner} IN SCHEMA public "
        f"GRANT SELECT ON TABLES TO {viewer}",
        f"ALTER DEFAULT PRIVILEGES FOR ROLE {owner} IN SCHEMA public "
        f"GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO {member}",
        f"ALTER DEFAULT PRIVILEGES FOR ROLE {owner} IN SCHEMA public "
        f"GRANT SELECT ON SEQUENCES TO {viewer}",
    ):
        connection.exec_driver_sql(statement)
    if connection.scalar(text("SELECT to_regclass('public.alembic_version') IS NOT NULL")):
        connection.exec_driver_sql(
            f"REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON {VERSION_TABLE} FROM {member}"
        )


def may_change_schema(connection: Connection) -> bool:
    """Whether the login may create or upgrade Rapport's tables here: it owns them (or is a
    member of the role that does), or owns the empty database, or is a superuser."""
    return bool(
        connection.scalar(
            text(
                """
                SELECT CASE
                  WHEN (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN true
                  WHEN to_regclass('public.alembic_version') IS NOT NULL THEN pg_has_role(
                      current_user,
                      (SELECT relowner FROM pg_class
                        WHERE oid = to_regclass('public.alembic_version')),
                      'USAGE')
                  ELSE pg_has_role(
                      current_user,
                      (SELECT datdba FROM pg_database WHERE datname = current_database()),
                      'USAGE')
                END
                """
            )
        )
    )


def may_write(connection: Connection) -> bool:
    """Whether the login may change the workspace (a member or the owner; not a viewer)."""
    return bool(
        connection.scalar(
            text(
                "SELECT to_regclass('public.stakeholders') IS NULL "
                "OR has_table_privilege(current_user, 'public.stakeholders', 'INSERT')"
            )
        )
    )
