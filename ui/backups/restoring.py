"""Restoring a backup from the window: into a new file, or over the open workspace (after
backing it up), each on a worker thread through ui/background.py."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from ui.app_context import AppContext
from ui.background import run_in_background
from ui.backups.backup_settings import load_backup_settings

if TYPE_CHECKING:
    from persistence.workspace import BackupFile


def restore_into_new_file(
    parent: QWidget, backup: BackupFile, out: Path, on_done: Callable[[Path], None]
) -> None:
    """Write ``backup`` as the new workspace ``out``; says why not if it cannot."""
    from persistence.workspace import restore_as_new

    run_in_background(
        parent,
        "Restoring the backup…",
        lambda _progress: restore_as_new(backup.path, out),
        on_done=on_done,
        on_error=lambda exc: _warn(parent, "The backup was not restored", exc),
        cancellable=False,
    )


def replace_workspace(
    ctx: AppContext,
    backup: BackupFile,
    reopen: Callable[[Path], bool],
    parent: QWidget,
    on_done: Callable[[BackupFile], None],
) -> None:
    """Back the open workspace up, write ``backup`` over it, then close and reopen it.

    ``on_done`` gets the backup of the workspace as it was before.
    """
    from persistence.workspace import restore_in_place, take_backup

    workspace = ctx.workspace
    path = workspace.path
    if path is None:
        return
    settings = load_backup_settings()
    ctx.backups.wait()  # an automatic backup under way finishes first

    def job(_progress: Any) -> BackupFile:
        before = take_backup(
            path,
            "before-restore",
            folder=settings.folder,
            budget_bytes=settings.budget_bytes,
            keep=[backup.path],
        )
        restore_in_place(backup.path, workspace)
        return before

    def done(before: BackupFile) -> None:
        ctx.close_workspace()
        reopen(path)
        on_done(before)

    def failed(exc: BaseException) -> None:
        _warn(parent, "The backup was not restored", exc)  # the workspace is as it was

    run_in_background(
        parent,
        "Restoring the backup…",
        job,
        on_done=done,
        on_error=failed,
        cancellable=False,
    )


def _warn(parent: QWidget, title: str, exc: BaseException) -> None:
    from persistence.workspace import WorkspaceError

    message = str(exc) if isinstance(exc, WorkspaceError | OSError) else f"{exc!r}"
    box = QMessageBox(
        QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, parent
    )
    box.setObjectName("restoreErrorBox")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.open()
