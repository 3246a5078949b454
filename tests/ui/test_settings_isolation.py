"""The test suite keeps settings in its own sandbox file, never in the user's."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings

from tests.ui.conftest import open_main_window
from ui.settings_store import app_settings, settings_file_in_use


def _mtime(path: str) -> float | None:
    return os.path.getmtime(path) if os.path.exists(path) else None


def test_a_window_opened_with_the_apps_own_settings_writes_only_to_the_sandbox(
    qtbot, tmp_path: Path
) -> None:
    users_own = QSettings("Rapport", "Rapport").fileName()
    before = _mtime(users_own)
    sandbox = settings_file_in_use()
    assert sandbox is not None
    assert Path(app_settings().fileName()) == sandbox
    assert Path(users_own) != sandbox

    workspace = tmp_path / "mine.rapport"
    ctx, window = open_main_window(qtbot, workspace, app_settings())
    window.close()
    ctx.close_workspace()

    assert app_settings().value("workspace/last") == str(workspace.resolve())
    assert _mtime(users_own) == before
