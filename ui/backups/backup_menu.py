"""File ▸ Restore from Backup…, and the status bar line when an automatic backup fails."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from ui.translation import tr

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def install_backup_actions(window: MainWindow, menu: QMenu) -> QAction:
    """Add Restore from Backup… to ``menu``; returns the action."""
    ctx = window.ctx
    action = QAction(tr("Restore from &Backup…"), window)
    action.setObjectName("restoreFromBackupAction")
    action.setStatusTip(tr("See the workspace's backups and restore one"))

    def update() -> None:
        action.setEnabled(ctx.has_workspace and ctx.workspace.path is not None)

    def show_dialog() -> None:
        from ui.backups.restore_dialog import RestoreDialog

        if not ctx.has_workspace or ctx.workspace.path is None:
            return
        dialog = RestoreDialog(ctx, window.workspace_menu.open_path, window)
        window.restore_dialog = dialog
        dialog.open()

    action.triggered.connect(show_dialog)
    ctx.workspace_opened.connect(update)
    ctx.backups.failed.connect(lambda message: window.statusBar().showMessage(message, 15000))
    update()
    menu.addAction(action)
    return action
