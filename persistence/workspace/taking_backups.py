"""Taking a backup of a workspace file: SQLite's online backup API on a connection of its own, so
the app's connections are never blocked; the copy is checked before it takes its name, then the
older backups are thinned.

Safe to call from a worker thread while the workspace is open (and edited) in the app: the copy
is the workspace as it was when the backup's read transaction began (``snapshot_taken`` is
called then), whatever is written after.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
from collections.abc import Callable, Collection
from datetime import UTC, datetime
from pathlib import Path

from persistence.errors import CorruptWorkspaceError, NewerWorkspaceError, WorkspaceWriteError
from persistence.workspace.backup_files import BackupFile, backup_folder, backup_name, list_backups
from persistence.workspace.backup_thinning import RetentionPolicy, backups_to_keep
from persistence.workspace.file_identity import identify, read_only

#: The disk budget when the user has not chosen one.
DEFAULT_BUDGET_BYTES = 1024 * 1024 * 1024


def take_backup(
    workspace: Path,
    reason: str,
    *,
    folder: Path | None = None,
    budget_bytes: int | None = DEFAULT_BUDGET_BYTES,
    now: datetime | None = None,
    snapshot_taken: Callable[[], None] | None = None,
    keep: Collection[Path] = (),
) -> BackupFile:
    """Back ``workspace`` up into its backup folder, check the copy, thin the older ones.

    ``keep``: backups the thinning must not delete this time (one about to be restored).
    Raises WorkspaceWriteError when the copy cannot be written, CorruptWorkspaceError when the
    copy fails SQLite's integrity check (nothing is left behind then).
    """
    workspace = Path(workspace)
    # Refuses another program's file; a newer Rapport's workspace may be backed up all the same.
    with contextlib.suppress(NewerWorkspaceError):
        identify(workspace, quick_check=False)
    now = now or datetime.now(UTC)
    where = backup_folder(workspace, folder)
    try:
        where.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise WorkspaceWriteError(
            f"The backup folder {where} could not be created ({error.strerror or error})."
        ) from error
    dest, sequence = _free_name(where, backup_name(workspace, now, reason))
    partial = where / f".{dest.name}.partial-{os.getpid()}-{id(dest)}"
    try:
        with read_only(workspace) as source:
            source.isolation_level = None
            source.execute("BEGIN")
            source.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()  # the snapshot
            if snapshot_taken is not None:
                snapshot_taken()
            with contextlib.closing(sqlite3.connect(partial)) as target:
                source.backup(target)
                # A file of its own: no -wal or -shm beside it, whoever opens it later.
                target.execute("PRAGMA journal_mode=DELETE").fetchone()
            source.execute("COMMIT")
        problems = integrity_problems(partial)
        if problems:
            raise CorruptWorkspaceError(
                f"The backup of {workspace.name} failed its check ({problems}); the workspace "
                "itself may be damaged: run 'check' on it. No backup was kept."
            )
        _same_permissions(workspace, partial)
        os.replace(partial, dest)
    except sqlite3.Error as error:
        raise WorkspaceWriteError(
            f"The backup {dest.name} could not be written in {where} ({error}); is the disk full "
            "or the folder read-only? The workspace itself was not changed."
        ) from error
    except OSError as error:
        raise WorkspaceWriteError(
            f"The backup {dest.name} could not be written in {where} "
            f"({error.strerror or error}). The workspace itself was not changed."
        ) from error
    finally:
        partial.unlink(missing_ok=True)
    taken_at = now.astimezone(UTC).replace(microsecond=0)
    taken = BackupFile(dest, taken_at, reason, dest.stat().st_size, True, sequence)
    thin_backups(
        workspace, folder=folder, budget_bytes=budget_bytes, now=now, keep=(taken.path, *keep)
    )
    return taken


def thin_backups(
    workspace: Path,
    *,
    folder: Path | None = None,
    budget_bytes: int | None = DEFAULT_BUDGET_BYTES,
    now: datetime | None = None,
    keep: Collection[Path] = (),
) -> list[Path]:
    """Delete the automatic backups the thinning rule no longer keeps; returns those deleted.

    Those in ``keep`` (the backup just taken, even by a clock that went backwards) stay.
    """
    now = now or datetime.now(UTC)
    automatic = [b for b in list_backups(workspace, folder) if b.automatic]
    policy = RetentionPolicy(budget_bytes=budget_bytes)
    kept = {b.path for b in backups_to_keep(automatic, now, policy)}
    deleted = []
    for backup in automatic:
        if backup.path in kept or backup.path in keep:
            continue
        with contextlib.suppress(OSError):  # one that cannot be deleted waits for the next time
            backup.path.unlink()
            deleted.append(backup.path)
    return deleted


def integrity_problems(path: Path) -> str:
    """What SQLite's integrity check finds wrong with the file at ``path`` ('' when nothing)."""
    with contextlib.closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as db:
        rows = [row[0] for row in db.execute("PRAGMA integrity_check(20)")]
    return "" if rows == ["ok"] else "; ".join(rows)


def _free_name(folder: Path, name: str) -> tuple[Path, int]:
    """``name`` in ``folder``, or ``name-2``, ``name-3``… when taken; with its number."""
    dest = folder / name
    stem, suffix = dest.stem, dest.suffix
    counter = 1
    while dest.exists():
        counter += 1
        dest = folder / f"{stem}-{counter}{suffix}"
    return dest, counter


def _same_permissions(workspace: Path, copy: Path) -> None:
    """The copy is as private as the workspace (a workspace kept 0600 gets 0600 backups)."""
    with contextlib.suppress(OSError):
        os.chmod(copy, stat.S_IMODE(workspace.stat().st_mode))
