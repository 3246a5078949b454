"""Fixtures for UI tests: the real main window on a real workspace file in a temp folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from ui.app import build_window, create_application
from ui.app_context import AppContext
from ui.main_window import MainWindow


@pytest.fixture
def isolated_settings(tmp_path: Path) -> Iterator[QSettings]:
    """Settings in a temp file, so tests never read or write the user's own."""
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    yield settings


def open_main_window(qtbot, workspace: Path, settings: QSettings) -> tuple[AppContext, MainWindow]:  # type: ignore[no-untyped-def]
    app = create_application()
    ctx, window = build_window(app)
    window.settings = settings
    window.workspace_menu.settings = settings
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert window.workspace_menu.open_path(workspace, create=not workspace.exists())
    return ctx, window
