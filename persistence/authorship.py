"""Who is changing the workspace: the author recorded on every change (schema 9).

On a workspace file that is the computer's user (the OS login); on a team server the login
(``current_user``), which the server itself also writes into every row a member changes, through a
trigger (persistence/migrations/versions/0008_authorship_and_versions.py), so that nobody can
record a change under another member's name. Each pooled connection learns its author once, when
it connects, and keeps it in ``Connection.info`` where the columns' defaults read it
(persistence/tables/base.py).
"""

from __future__ import annotations

import getpass
from typing import Any

from sqlalchemy import Connection, Engine, event

from persistence.tables.base import AUTHOR_KEY


def local_user() -> str:
    """The computer's user name ("" when the system does not say: the author is then unknown)."""
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):  # no USER/LOGNAME variable and no passwd entry
        return ""


def record_authors(engine: Engine) -> None:
    """Make every connection of ``engine`` record its author (see the module's docstring)."""

    @event.listens_for(engine, "connect")
    def remember_author(dbapi_connection: Any, record: Any) -> None:
        if engine.dialect.name == "postgresql":
            cursor = dbapi_connection.cursor()
            try:
                cursor.execute("SELECT current_user")
                record.info[AUTHOR_KEY] = str(cursor.fetchone()[0])
            finally:
                cursor.close()
            dbapi_connection.rollback()  # hand the connection out idle, as it came
        else:
            record.info[AUTHOR_KEY] = local_user()


def current_author(connection: Connection) -> str:
    """Who the changes made through ``connection`` are recorded under ("" when unknown)."""
    return str(connection.info.get(AUTHOR_KEY) or "")
