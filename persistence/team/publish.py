"""Publishing: copying a local workspace file into an empty server database, as it is.

Everything goes (every table Rapport keeps, with its ids and its whole history), in one
transaction on the server: it commits complete or, on a failure or Cancel, leaves the database
empty. The server's tables are locked for the copy, so no one adds a row meanwhile, and a
database that holds anything is refused before a row is written. The server's id sequences are
moved past the copied ids, so the team's next insert does not collide with a copied row.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError

from domain.progress import NoProgress, Progress
from persistence.errors import WorkspaceError, WorkspaceNotFoundError
from persistence.schema import stored_revision
from persistence.table_copy import copied_tables, copy_all_rows, count_rows
from persistence.team.opening import open_server_workspace
from persistence.team.server_address import ServerAddress
from persistence.workspace import Workspace, open_database_url, open_workspace


class NotEmptyError(WorkspaceError):
    """The server database holds rows already; publishing copies into an empty one only."""


def publish_workspace(
    source: Path, target: Workspace, progress: Progress | None = None
) -> dict[str, int]:
    """Copy the workspace file ``source`` into the open server workspace ``target``, which
    must be empty; returns the rows copied per table. The file is only read (it may be open in
    Rapport meanwhile; an older one is read through an upgraded copy)."""
    progress = progress or NoProgress()
    if target.read_only:
        raise WorkspaceError(
            "You may only read the server database, so nothing was published: publishing needs "
            "a team member's or the administrator's login."
        )
    with (
        open_workspace(Path(source), read_only=True) as local,
        local.engine.connect() as reading,
        target.engine.begin() as writing,
    ):
        _lock_tables(writing)
        _refuse_other_schema(reading, writing)
        _refuse_non_empty(writing, target)
        authors = _authors_to_set(reading, writing)
        copied = copy_all_rows(reading, writing, progress, verb="Publishing", set_columns=authors)
    _analyze(target)
    return copied


def publish_to_url(source: Path, url: str, progress: Progress | None = None) -> dict[str, int]:
    """:func:`publish_workspace` into the database at ``url``, a full SQLAlchemy URL with its
    password (an administrator's, the benchmarks' and tests'), creating Rapport's schema there
    first if the database is new."""
    _must_exist(source)
    with open_database_url(url) as target:
        return publish_workspace(source, target, progress)


def publish_to_server(
    source: Path,
    address: ServerAddress,
    password: str | None = None,
    progress: Progress | None = None,
) -> dict[str, int]:
    """:func:`publish_workspace` into the team database at ``address`` (set up by
    ``team-setup``), logging in as its user with ``password`` (None: libpq reads PGPASSWORD or
    ~/.pgpass)."""
    _must_exist(source)
    with open_server_workspace(address, password) as target:
        return publish_workspace(source, target, progress)


def _must_exist(source: Path) -> None:
    if not Path(source).exists():  # before the server is touched at all
        raise WorkspaceNotFoundError(f"There is no workspace at {source}.")


def _authors_to_set(reading: Connection, writing: Connection) -> dict[str, dict[str, str]]:
    """Authorship a member's login must take over: per table, the columns to write as it.

    A table with row-level security whose author column the server fills (``DEFAULT
    current_user``, private notes) takes from a member only rows they wrote themselves. A
    workspace file is one person's, so its notes become the publishing member's own; a file
    with notes by several people (a copy of a shared workspace) must be published by the team's
    administrator, who owns the tables and keeps every author. The administrator keeps them.
    """
    if writing.dialect.name != "postgresql":
        return {}
    bound = writing.execute(
        text(
            "SELECT c.relname, a.attname FROM pg_class c"
            " JOIN pg_namespace n ON n.oid = c.relnamespace"
            " JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped"
            " JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum"
            " WHERE n.nspname = current_schema() AND c.relrowsecurity"
            "  AND c.relname = ANY(:names)"
            "  AND lower(pg_get_expr(d.adbin, d.adrelid)) = 'current_user'"
            "  AND NOT pg_has_role(current_user, c.relowner, 'USAGE')"
            "  AND NOT (SELECT rolsuper OR rolbypassrls FROM pg_roles"
            "           WHERE rolname = current_user)"
        ),
        {"names": [table.name for table in copied_tables()]},
    ).all()
    if not bound:
        return {}
    login = str(writing.scalar(text("SELECT current_user")))
    quote = reading.dialect.identifier_preparer.quote
    authors: dict[str, dict[str, str]] = {}
    for table, column in bound:
        found = reading.scalars(text(f"SELECT DISTINCT {quote(column)} FROM {quote(table)}")).all()
        others = sorted(str(name) for name in found if name != login)
        if len(found) > 1:
            raise WorkspaceError(
                f"The file holds {table.replace('_', ' ')} by several people "
                f"({', '.join(others[:3])}{', …' if len(others) > 3 else ''}); a team member "
                "may publish only their own, so nothing was copied. Ask the team's "
                "administrator to publish it: they keep every author."
            )
        authors.setdefault(table, {})[column] = login
    return authors


def _lock_tables(connection: Connection) -> None:
    """On PostgreSQL, let others read but not write Rapport's tables until the copy commits:
    two publishes at once cannot both find the database empty."""
    if connection.dialect.name != "postgresql":
        return
    quote = connection.dialect.identifier_preparer.quote
    names = ", ".join(quote(table.name) for table in copied_tables())
    connection.execute(text(f"LOCK TABLE {names} IN EXCLUSIVE MODE"))


def _analyze(target: Workspace) -> None:
    """Give the server's planner the copied tables' statistics now, rather than when its
    autovacuum gets round to them: until then it plans a million ratings as an empty table.
    Only the tables' owner may; for others the server skips them (and autovacuum will do it)."""
    if target.engine.dialect.name != "postgresql":
        return
    try:
        with target.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as c:
            quote = c.dialect.identifier_preparer.quote
            c.execute(text("ANALYZE " + ", ".join(quote(t.name) for t in copied_tables())))
    except DBAPIError:
        pass  # statistics are an optimisation; the copy itself is committed


def _refuse_other_schema(reading: Connection, writing: Connection) -> None:
    mine, theirs = stored_revision(reading), stored_revision(writing)
    if mine != theirs:
        raise WorkspaceError(
            f"The server database is in workspace format {theirs} and the file in {mine}; "
            "publishing needs both in the same format, so nothing was copied. Use the same "
            "version of Rapport for both."
        )


def _refuse_non_empty(connection: Connection, target: Workspace) -> None:
    held = {name: count for name, count in count_rows(connection).items() if count}
    if not held:
        return
    what = ", ".join(f"{name.replace('_', ' ')} {count}" for name, count in list(held.items())[:4])
    more = ", …" if len(held) > 4 else ""
    raise NotEmptyError(
        f"The server database {_database_name(target)} is not empty (it holds {what}{more}); "
        "Rapport publishes into an empty database only, so nothing was copied. Ask for a new, "
        "empty database to publish to, or open this one as a shared workspace."
    )


def _database_name(target: Workspace) -> str:
    return str(target.engine.url.database or target.url)
