"""A localhost PostgreSQL server for the team.* benchmarks, and databases and logins on it.

The server is the tests' throw-away cluster (tests/persistence/postgres_server.py: a temporary
folder, a free port, scram password logins), or the one RAPPORT_TEST_PG_URL names; it is
started once per bench run and stopped when the run ends.
"""

from __future__ import annotations

import atexit
import contextlib
import sys
from typing import Any

from _registry import Context


def server_url(ctx: Context) -> Any:
    """The admin URL (a SQLAlchemy URL, password included) of the run's server."""

    def start() -> Any:
        if str(ctx.repo_root) not in sys.path:
            sys.path.insert(0, str(ctx.repo_root))
        from tests.persistence.postgres_server import postgres_server

        stack = contextlib.ExitStack()
        url = stack.enter_context(postgres_server())
        atexit.register(stack.close)
        return url

    return ctx.once("team.server", start)


def new_database(ctx: Context, name: str) -> str:
    """A new, empty database ``name`` (dropped first if a previous step left it), as a URL
    string with the admin's password."""
    from sqlalchemy import create_engine, text

    admin = server_url(ctx)
    engine = create_engine(admin, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            connection.execute(text(f'CREATE DATABASE "{name}"'))
    finally:
        engine.dispose()
    return str(admin.set(database=name).render_as_string(hide_password=False))


def member_logins(database_url: str, count: int, prefix: str = "bench_client") -> list[str]:
    """``count`` login roles that may read and write Rapport's tables in the database, each
    with a password; returns their URLs (password included)."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    url = make_url(database_url)
    engine = create_engine(url)
    logins = []
    try:
        with engine.begin() as connection:
            for number in range(count):
                name, password = f"{prefix}_{number:02d}", f"pw-{prefix}-{number}"
                exists = connection.scalar(
                    text("SELECT 1 FROM pg_roles WHERE rolname = :name"), {"name": name}
                )
                if not exists:
                    connection.execute(text(f"CREATE ROLE \"{name}\" LOGIN PASSWORD '{password}'"))
                connection.execute(
                    text(
                        "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public"
                        f' TO "{name}"'
                    )
                )
                connection.execute(
                    text(
                        f'GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO "{name}"'
                    )
                )
                logins.append(
                    url.set(username=name, password=password).render_as_string(hide_password=False)
                )
    finally:
        engine.dispose()
    return logins
