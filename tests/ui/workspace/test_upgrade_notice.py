"""Opening a workspace from an older Rapport in the window: it is upgraded, and the user is told
that a backup was made and where (issue 10, item 5)."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from tests.ui.conftest import open_main_window

FIXTURE = Path(__file__).parents[2] / "persistence" / "fixtures" / "v1.rapport"


def test_the_window_says_where_the_backup_made_before_an_upgrade_is(
    qtbot, tmp_path: Path, isolated_settings: QSettings
) -> None:
    path = tmp_path / "Old.rapport"
    shutil.copyfile(FIXTURE, path)
    ctx, window = open_main_window(qtbot, path, isolated_settings)
    box = window.findChild(QMessageBox, "workspaceUpgradedBox")
    assert box is not None and box.isVisible()
    [backup] = (tmp_path / "backups").iterdir()
    assert "has been upgraded" in box.text()
    assert str(backup) in box.text()
    assert window.register.model.rowCount() >= 1  # its people are there
    box.close()
    ctx.close_workspace()

    # Opened again: already current, so nothing to say.
    ctx, window = open_main_window(qtbot, path, isolated_settings)
    assert window.findChild(QMessageBox, "workspaceUpgradedBox") is None
    ctx.close_workspace()
