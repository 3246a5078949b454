"""Restoring a backup: into a new workspace file, or over the open workspace.

Either way the backup is identified first (a file that is not a Rapport workspace, is damaged or
was written by a newer Rapport is refused) and left as it is.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

from persistence.errors import WorkspaceError, WorkspaceExistsError, WorkspaceWriteError
from persistence.workspace.file_identity import identify, read_only
from persistence.workspace.opening import Workspace
from persistence.workspace.taking_backups import integrity_problems


def restore_as_new(backup: Path, out: Path) -> Path:
    """Write ``backup`` as the new workspace ``out``; refuses an ``out`` that exists."""
    backup, out = Path(backup), Path(out)
    if out.exists():
        raise WorkspaceExistsError(
            f"{out} exists already; a backup is restored into a new file, never over another one."
        )
    identify(backup)
    partial = out.with_name(f".{out.name}.partial-{os.getpid()}")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        with read_only(backup) as source, contextlib.closing(sqlite3.connect(partial)) as target:
            source.backup(target)
            target.execute("PRAGMA journal_mode=DELETE").fetchone()
        problems = integrity_problems(partial)
        if problems:
            raise WorkspaceError(f"The restored copy failed its check ({problems}); not kept.")
        try:
            os.link(partial, out)  # fails if a file appeared at ``out`` meanwhile
        except FileExistsError:
            raise WorkspaceExistsError(f"{out} exists already; nothing was written.") from None
        except OSError:  # a file system without hard links (FAT, some network shares)
            if out.exists():
                raise WorkspaceExistsError(f"{out} exists already; nothing was written.") from None
            os.replace(partial, out)
    except (sqlite3.Error, OSError) as error:
        detail = getattr(error, "strerror", None) or error
        raise WorkspaceWriteError(f"{out} could not be written ({detail}).") from error
    finally:
        partial.unlink(missing_ok=True)
    return out


def restore_in_place(backup: Path, workspace: Workspace) -> None:
    """Replace the contents of the open workspace file with ``backup``, in one transaction.

    The caller backs the workspace up first and closes and reopens it afterwards (its undo
    history no longer applies). On failure the workspace is left exactly as it was.
    """
    backup = Path(backup)
    if workspace.path is None:
        raise WorkspaceError("Only a workspace file can be restored from a backup.")
    if backup.resolve() == workspace.path.resolve():
        raise WorkspaceError("That is the workspace itself, not a backup of it.")
    identify(backup)
    workspace.engine.dispose()  # no pooled connection keeps reading the old pages
    try:
        with (
            read_only(backup) as source,
            contextlib.closing(sqlite3.connect(workspace.path, timeout=10)) as target,
        ):
            # The backup API writes through the target's own journal (WAL here): the
            # workspace changes as one transaction, and a crash midway leaves it as it was.
            source.backup(target)
    except sqlite3.Error as error:
        raise WorkspaceWriteError(
            f"{workspace.path.name} could not be replaced by the backup ({error}); it was left "
            "as it was."
        ) from error
