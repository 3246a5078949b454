"""Copies of a workspace made with SQLite's online backup API: consistent even while the
workspace is open, and never a half-written file at the destination."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from persistence.errors import WorkspaceWriteError
from persistence.workspace.file_identity import read_only

BACKUP_FOLDER = "backups"


def copy_database(source: sqlite3.Connection, dest: Path) -> None:
    """Copy the database behind ``source`` to ``dest`` (replaced if it exists) via a temp file."""
    partial = dest.with_name(f".{dest.name}.partial-{os.getpid()}")
    partial.unlink(missing_ok=True)
    try:
        with contextlib.closing(sqlite3.connect(partial)) as target:
            source.backup(target)
        os.replace(partial, dest)
    except sqlite3.OperationalError as error:
        raise WorkspaceWriteError(
            f"The copy {dest.name} could not be written ({error}); is the disk full or the "
            "folder read-only? The workspace itself was not changed."
        ) from error
    finally:
        partial.unlink(missing_ok=True)


def backup_before_upgrade(workspace: Path, to_version: int) -> Path:
    """Save ``workspace`` as backups/<name>.before-v<N>-<UTC time>.rapport beside it."""
    folder = workspace.parent / BACKUP_FOLDER
    folder.mkdir(exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    dest = folder / f"{workspace.stem}.before-v{to_version}-{stamp}{workspace.suffix}"
    counter = 1
    while dest.exists():
        counter += 1
        dest = folder / f"{workspace.stem}.before-v{to_version}-{stamp}-{counter}{workspace.suffix}"
    with read_only(workspace) as source:
        copy_database(source, dest)
    return dest
