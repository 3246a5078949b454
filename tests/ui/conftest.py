"""Fixtures for UI tests: the real main window on a real workspace file in a temp folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QHeaderView

from ui.app import build_window, create_application
from ui.app_context import AppContext
from ui.main_window import MainWindow
from ui.settings_store import settings_file_in_use, use_settings_file


@pytest.fixture(autouse=True)
def _settings_of_its_own(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Each UI test keeps the app's settings (column widths, splitters) in a file of its own,
    so that no test starts from another's drag."""
    before = settings_file_in_use()
    use_settings_file(tmp_path_factory.mktemp("settings") / "settings.ini")
    yield
    use_settings_file(before)


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


def drag_column_edge(header: QHeaderView, column: int, by: int) -> None:
    """Drag the right edge of ``column``'s heading ``by`` pixels, as the user does."""
    edge = header.sectionViewportPosition(column) + header.sectionSize(column) - 1
    start = QPoint(edge, header.height() // 2)
    end = start + QPoint(by, 0)
    viewport = header.viewport()
    QTest.mouseMove(viewport, start)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for step in range(1, 5):
        QTest.mouseMove(viewport, start + QPoint(by * step // 4, 0))
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
