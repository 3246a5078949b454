"""Workspaces: creating and opening workspace files (and PostgreSQL databases), checking them,
and saving copies. See ``persistence.workspace`` for the public API."""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import stat
import tempfile
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import NoReturn, Self

from sqlalchemy import Engine
from sqlalchemy.engine import URL

from domain.progress import Progress
from persistence.engine import make_engine, read_only_engine, sqlite_url
from persistence.errors import (
    LockHolder,
    NotWritableError,
    WorkspaceError,
    WorkspaceExistsError,
    WorkspaceNotFoundError,
    WorkspaceWriteError,
)
from persistence.output_files import check_output_target, sync_folder
from persistence.schema import SCHEMA_VERSION, upgrade_to_head
from persistence.team.server_address import ServerAddress
from persistence.unit_of_work import (
    SqlAlchemyUnitOfWork,
    SqlAlchemyUnitOfWorkFactory,
    write_error,
    write_failure,
)
from persistence.workspace.backups import backup_before_upgrade, copy_database
from persistence.workspace.file_identity import identify, read_only
from persistence.workspace.health import HealthReport, health_report
from persistence.workspace.lock_file import WorkspaceLock

WORKSPACE_SUFFIX = ".rapport"
DEFAULT_WORKSPACE_NAME = "Rapport" + WORKSPACE_SUFFIX


@dataclass(eq=False)
class Workspace:
    """An open workspace: a file (``path``) or a server database (``path`` None).

    ``uow`` is a unit-of-work factory: ``use_case(workspace.uow())``. ``close()`` (or leaving a
    ``with`` block) closes the connections and releases the lock.
    """

    path: Path | None
    url: str
    engine: Engine = field(repr=False)
    #: Copies saved before upgrading the schema, newest last.
    backups_made: list[Path] = field(default_factory=list)
    #: Opened read-only: nothing is written to the file or beside it, every change is refused.
    read_only: bool = False
    _lock: WorkspaceLock | None = field(default=None, repr=False)
    _closed: bool = field(default=False, repr=False)
    #: Run once closed (removes the upgraded copy an older workspace is read through).
    _cleanup: Callable[[], None] | None = field(default=None, repr=False)
    #: A shared workspace's address on its server (None: a file, or opened by a full URL).
    server: ServerAddress | None = None
    #: What a refused change says, when not the read-only file's message (a team's viewer).
    refusal: str | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        refusal = self.refusal
        if self.read_only and refusal is None:
            name = self.path.name if self.path is not None else "This workspace"
            refusal = (
                f"{name} is open read-only, so changes cannot be saved; nothing was changed. To "
                "edit it, open it again for editing (once it is writable, or once the other "
                "copy of Rapport that has it open is closed)."
            )
        self._factory = SqlAlchemyUnitOfWorkFactory(self.engine, refusal)

    def uow(self) -> SqlAlchemyUnitOfWork:
        """A new unit of work on this workspace."""
        if self._closed:
            raise WorkspaceError("This workspace has been closed.")
        return self._factory()

    @property
    def closed(self) -> bool:
        return self._closed

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        try:
            self.engine.dispose()
        finally:
            if self._lock is not None:
                self._lock.release()
            if self._cleanup is not None:
                self._cleanup()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def default_workspace_path(data_dir: Path) -> Path:
    return data_dir / DEFAULT_WORKSPACE_NAME


def create_workspace(path: Path) -> Workspace:
    """A new, empty workspace at ``path``; refuses if a file is there already."""
    path = Path(path)
    if path.exists():
        raise WorkspaceExistsError(
            f"{path} exists already; Rapport never overwrites a file with a new workspace."
        )
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise WorkspaceWriteError(
            f"The folder {path.parent} could not be created ({error.strerror or error})."
        ) from error
    lock = WorkspaceLock.acquire(path)
    try:
        if path.exists():  # created by someone else between the check and the lock
            raise WorkspaceExistsError(f"{path} exists already.")
        upgrade_to_head(sqlite_url(path))
        return _workspace_on_file(path, lock)
    except BaseException as error:
        lock.release()
        for leftover in (path, *_sidecars(path)):
            leftover.unlink(missing_ok=True)
        _raise_as_workspace_error(error)


def open_workspace(
    path: Path,
    *,
    create_if_missing: bool = False,
    lock: bool = True,
    read_only: bool = False,
    take_over: LockHolder | None = None,
) -> Workspace:
    """Open the workspace at ``path``, upgrading its schema (after a backup) if it is older.

    Refuses, leaving the file untouched, one that is not a Rapport workspace, is damaged, was
    written by a newer Rapport, or is open elsewhere (:class:`WorkspaceLockedError`, naming who
    has it); one that cannot be written (read-only, or no room for the lock) with
    :class:`NotWritableError`. ``read_only`` opens it for reading only: no lock, nothing
    written to the file or beside it, every change refused (an older workspace is read
    through an upgraded copy in the temporary folder). ``take_over``: the lock holder the user
    confirmed is gone. ``lock=False`` skips the lock (tests and benchmarks only: two writers
    would each believe they are alone).
    """
    path = Path(path)
    if not path.exists():
        if create_if_missing:
            return create_workspace(path)
        raise WorkspaceNotFoundError(f"There is no workspace at {path}.")
    identify(path)  # before the lock: refusing a file must not even leave a lock beside it
    if read_only:
        return _open_read_only(path)
    if not os.access(path, os.W_OK):
        raise NotWritableError(
            f"{path.name} is read-only (the file, or the disk or medium it is on), so it can "
            "only be opened read-only. To change it, make it writable (or copy it to a folder "
            "you can write to) and open it again.",
            "read-only",
        )
    held = WorkspaceLock.acquire(path, take_over=take_over) if lock else None
    backups: list[Path] = []
    try:
        _make_sidecars_writable(path)
        found = identify(path, quick_check=False)  # again: another process may have upgraded it
        if found.version < SCHEMA_VERSION:
            backups.append(_upgrade(path))
        workspace = _workspace_on_file(path, held)
    except BaseException as error:
        if held is not None:
            held.release()
        _raise_as_workspace_error(error)
    workspace.backups_made.extend(backups)
    return workspace


def _open_read_only(path: Path) -> Workspace:
    """``path`` for reading only (see :func:`open_workspace`)."""
    source = path
    cleanup: Callable[[], None] | None = None
    if identify(path, quick_check=False).version < SCHEMA_VERSION:
        # Rapport reads only its own format: an older workspace is read through an upgraded
        # copy, since the file itself may not change.
        folder = Path(tempfile.mkdtemp(prefix="rapport-read-only-"))
        cleanup = lambda: shutil.rmtree(folder, ignore_errors=True)  # noqa: E731
        try:
            source = folder / path.name
            with read_only(path) as original:
                copy_database(original, source)
            upgrade_to_head(sqlite_url(source))
        except BaseException as error:
            cleanup()
            _raise_as_workspace_error(error)
    url = sqlite_url(path).render_as_string() + "?mode=ro"
    return Workspace(
        path=path, url=url, engine=read_only_engine(source), read_only=True, _cleanup=cleanup
    )


def _make_sidecars_writable(path: Path) -> None:
    """SQLite's -wal and -shm beside a workspace take the file's permissions when created: a
    Rapport before 0.2 reading a read-only workspace left read-only ones, which refuse every
    edit after the file itself was made writable. Give them the file's permissions again."""
    for sidecar in _sidecars(path)[:2]:
        if sidecar.exists() and not os.access(sidecar, os.W_OK):
            try:
                os.chmod(sidecar, stat.S_IMODE(path.stat().st_mode))
            except OSError as error:
                raise NotWritableError(
                    f"{sidecar.name}, which SQLite keeps beside {path.name}, is read-only "
                    f"({error.strerror or error}), so the workspace can only be opened "
                    "read-only. Make that file writable too, and open the workspace again.",
                    "read-only",
                ) from error


def open_database_url(url: str | URL) -> Workspace:
    """Open a server database from its full SQLAlchemy URL (``postgresql+psycopg://``, password
    included), creating or upgrading its schema when the login may (it owns the database or
    the tables; see ``persistence.team.opening``, which members' clients use instead).

    No lock and no backup: the server serialises writers, and backing it up is its
    administrator's job.
    """
    from persistence.team.opening import open_server_url

    return open_server_url(url, create=True, upgrade=True)


def check_workspace(path: Path) -> list[str]:
    """The problems SQLite's integrity and foreign key checks find (an empty list: healthy).

    Reads the file only; it may be open in Rapport meanwhile. Raises WorkspaceError for a file
    Rapport would refuse (another program's, damaged beyond reading, or from a newer Rapport).
    """
    return health_report(Path(path)).problems


def workspace_health(path: Path) -> HealthReport:
    """What :func:`check_workspace` finds, with the file's workspace format (an older one is
    upgraded when opened)."""
    return health_report(Path(path))


def save_copy(
    workspace: Workspace, dest: Path, *, replace: bool = False, progress: Progress | None = None
) -> None:
    """Write a consistent copy of an open workspace (a file, or a server's) to ``dest``.

    Never over a workspace (this one or another); over another existing file only when
    ``replace`` (the user agreed). A server workspace is copied row by row into a new file,
    reporting ``progress`` (and stopping, leaving nothing, on Cancel).
    """
    dest = Path(dest)
    if workspace.path is None:
        from persistence.workspace.server_copy import save_server_copy

        save_server_copy(workspace, dest, replace=replace, progress=progress)
        return
    check_output_target(dest, replace=replace, protect=[workspace.path])
    raw = workspace.engine.raw_connection()
    try:
        copy_database(raw.driver_connection, dest)  # type: ignore[arg-type]
    finally:
        raw.close()


def _upgrade(path: Path) -> Path:
    """Upgrade the file's schema; returns the backup of the file as it was.

    The upgrade runs on a copy beside the file, which replaces it only once it succeeded. A
    failed upgrade leaves the file byte for byte as it was (not even its header switched to
    WAL) and no backup behind, however often it is tried. Runs under the workspace lock.
    """
    work = path.with_name(f".{path.name}.upgrading")
    _remove_with_sidecars(work)  # left by a crash during an earlier attempt
    try:
        with read_only(path) as source:
            copy_database(source, work)
        upgrade_to_head(sqlite_url(work))
        identify(work, quick_check=False)
    except Exception as error:
        _remove_with_sidecars(work)
        if write_failure(error) is not None or isinstance(error, WorkspaceWriteError):
            reason = {"full": "the disk is full", "read-only": "the folder is read-only"}.get(
                write_failure(error) or "", "is the disk full or the folder read-only?"
            )
            raise WorkspaceWriteError(
                f"{path.name} must be upgraded to this version of Rapport, which works on a copy "
                f"beside it, and that copy could not be written ({reason}). The workspace was "
                "left as it was: free some space or move it to a folder you can write to, then "
                "open it again."
            ) from error
        detail = getattr(error, "orig", None) or error
        raise WorkspaceError(
            f"{path.name} could not be upgraded to this version of Rapport ({detail}). It was "
            "left as it was."
        ) from error
    try:
        backup = backup_before_upgrade(path, SCHEMA_VERSION)
        _fold_in_wal(path)
        os.replace(work, path)
    except BaseException:
        _remove_with_sidecars(work)
        raise
    sync_folder(path.parent)
    return backup


def _fold_in_wal(path: Path) -> None:
    """Write back a WAL left beside ``path`` (after a crash) before the file is replaced: a WAL
    beside the new file would be replayed into it. Its changes are in the upgraded copy."""
    if not path.with_name(path.name + "-wal").exists():
        return
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for leftover in _sidecars(path):
        leftover.unlink(missing_ok=True)


def _remove_with_sidecars(path: Path) -> None:
    for leftover in (path, *_sidecars(path)):
        with contextlib.suppress(OSError):
            leftover.unlink(missing_ok=True)


def _workspace_on_file(path: Path, lock: WorkspaceLock | None) -> Workspace:
    url = sqlite_url(path)
    return Workspace(path=path, url=url.render_as_string(), engine=make_engine(url), _lock=lock)


def _sidecars(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


def _raise_as_workspace_error(error: BaseException) -> NoReturn:
    """Re-raise ``error`` from SQLite or a migration in the user's terms; others unchanged."""
    kind = write_failure(error) if not isinstance(error, WorkspaceError) else None
    if kind is not None:
        raise write_error(kind) from error
    raise error
