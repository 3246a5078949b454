"""Two team members on a test database: LOGIN roles with passwords in a `<db>_member` group
(TEAM.md's role conventions), made with plain SQL, the schema migrated by the administrator (the
server's superuser, who then owns the tables, as `team-setup` leaves them)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from persistence.schema import upgrade_to_head


@dataclass(frozen=True)
class Members:
    #: The administrator's URL (owner of the tables), and each member's login and URL.
    admin_url: str
    first: str
    first_url: str
    second: str
    second_url: str


@contextmanager
def two_members(database_url: str) -> Iterator[Members]:
    """Migrate the database at ``database_url`` and add two members; removed afterwards."""
    upgrade_to_head(database_url)
    url = make_url(database_url)
    database = str(url.database)
    suffix = uuid.uuid4().hex[:8]
    group = f"{database}_member"
    first, second = f"alice_{suffix}", f"bob_{suffix}"
    admin = create_engine(database_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.execute(text(f'CREATE ROLE "{group}" NOLOGIN'))
            connection.execute(
                text(
                    "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public"
                    f' TO "{group}"'
                )
            )
            connection.execute(
                text(f'GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO "{group}"')
            )
            for login in (first, second):
                connection.execute(
                    text(f'CREATE ROLE "{login}" LOGIN PASSWORD \'pw-{login}\' IN ROLE "{group}"')
                )

        def member_url(login: str) -> str:
            return url.set(username=login, password=f"pw-{login}").render_as_string(
                hide_password=False
            )

        yield Members(database_url, first, member_url(first), second, member_url(second))
    finally:
        with admin.connect() as connection:
            for role in (first, second, group):
                exists = connection.scalar(
                    text("SELECT 1 FROM pg_roles WHERE rolname = :role"), {"role": role}
                )
                if exists:
                    connection.execute(text(f'DROP OWNED BY "{role}"'))
                    connection.execute(text(f'DROP ROLE "{role}"'))
        admin.dispose()
