"""Telling what a file is before anything writes to it: a Rapport workspace of which version,
another program's SQLite file, something else entirely, or a damaged workspace.

Everything here opens the file read-only (``mode=ro``) and never writes to it, so a file that
is refused is left exactly as it was.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path

from persistence.errors import (
    CorruptWorkspaceError,
    NewerWorkspaceError,
    NotAWorkspaceError,
    WorkspaceNotFoundError,
)
from persistence.schema import APPLICATION_ID, SCHEMA_VERSION, version_of_revision

SQLITE_MAGIC = b"SQLite format 3\x00"
_HEADER_SIZE = 100


@dataclass(frozen=True, slots=True)
class FileIdentity:
    #: ``PRAGMA user_version``: the number of the last migration applied (0 for none).
    version: int
    #: The revision in ``alembic_version`` (None when there is no such table yet).
    revision: str | None


@contextmanager
def read_only(path: Path) -> Iterator[sqlite3.Connection]:
    """A read-only connection to ``path``: SQLite will not write to the file through it.

    Without a WAL file beside it (nobody has it open, and it was closed cleanly) the file is
    read as immutable, so that not even the -wal and -shm files SQLite keeps beside a WAL
    database are created next to a file that may be refused. With one, SQLite must read it too.
    """
    immutable = not path.with_name(path.name + "-wal").exists()
    uri = path.resolve().as_uri() + ("?mode=ro&immutable=1" if immutable else "?mode=ro")
    connection = sqlite3.connect(uri, uri=True, timeout=5)
    with closing(connection):
        yield connection


def identify(path: Path, *, quick_check: bool = True) -> FileIdentity:
    """What the workspace at ``path`` is, or the WorkspaceError saying why it is not usable.

    ``quick_check`` reads every page once (SQLite's ``PRAGMA quick_check``) to find damage
    before Rapport writes into a damaged file.
    """
    check_header(path)
    try:
        with read_only(path) as connection:
            application_id = connection.execute("PRAGMA application_id").fetchone()[0]
            if application_id != APPLICATION_ID:
                raise NotAWorkspaceError(
                    f"{path.name} is a database of another program, not a Rapport workspace."
                )
            version = connection.execute("PRAGMA user_version").fetchone()[0]
            revision = alembic_revision(connection)
            refuse_newer(path, version, revision)
            if quick_check:
                problems = [row[0] for row in connection.execute("PRAGMA quick_check(5)")]
                if problems != ["ok"]:
                    raise _corrupt(path, "; ".join(problems))
    except sqlite3.DatabaseError as error:
        raise _corrupt(path, str(error)) from error
    return FileIdentity(version, revision)


def check_header(path: Path) -> None:
    """Refuse a missing file, a folder, or a file that does not start as SQLite files do."""
    if not path.exists():
        raise WorkspaceNotFoundError(f"There is no workspace at {path}.")
    if not path.is_file():
        raise NotAWorkspaceError(f"{path.name} is a folder, not a Rapport workspace.")
    try:
        with path.open("rb") as file:
            header = file.read(_HEADER_SIZE)
    except OSError as error:
        raise CorruptWorkspaceError(
            f"{path.name} could not be read ({error.strerror or error})."
        ) from error
    if len(header) < _HEADER_SIZE or not header.startswith(SQLITE_MAGIC):
        raise NotAWorkspaceError(f"{path.name} is not a Rapport workspace.")


def alembic_revision(connection: sqlite3.Connection) -> str | None:
    has_table = connection.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
    ).fetchone()
    if not has_table:
        return None
    row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    return row[0] if row else None


def refuse_newer(path: Path, version: int, revision: str | None) -> None:
    """Refuse a schema this build does not know (a higher number, or a revision not ours)."""
    revision_version = version_of_revision(revision)
    if version > SCHEMA_VERSION or revision_version is None or revision_version > SCHEMA_VERSION:
        found = max(version, revision_version or 0) or revision
        raise NewerWorkspaceError(
            f"{path.name} was written by a newer version of Rapport (workspace format {found}; "
            f"this version reads up to {SCHEMA_VERSION}). Update Rapport to open it; the file "
            "was not changed."
        )
    if version != revision_version:
        raise _corrupt(path, f"its version stamps disagree: {version} and {revision}")


def _corrupt(path: Path, detail: str) -> CorruptWorkspaceError:
    return CorruptWorkspaceError(
        f"{path.name} is damaged and cannot be opened safely ({detail}). It was not changed. "
        "Open a backup copy (Rapport keeps them in the 'backups' folder beside it) or restore "
        "it from your own backups."
    )
