"""The main window on a real workspace with the backup clock fixed (never the real date)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from ui.app import build_window, create_application
from ui.app_context import AppContext
from ui.main_window import MainWindow

#: "Now" for the backups' clock in these tests.
NOW = datetime(2026, 6, 17, 15, 0, tzinfo=UTC)


def open_window(
    qtbot, path: Path, *, clock: Callable[[], datetime] = lambda: NOW, open_delay_ms: int = 0
) -> tuple[AppContext, MainWindow]:  # type: ignore[no-untyped-def]
    app = create_application()
    ctx, window = build_window(app)
    ctx.backups.clock = clock
    ctx.backups.open_delay_ms = open_delay_ms
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    assert window.workspace_menu.open_path(path)
    return ctx, window


def close_window(ctx: AppContext, window: MainWindow) -> None:
    window.close()
    ctx.close_workspace()  # waits for a backup under way


def when_shown[T: QWidget](kind: type[T], name: str, act: Callable[[T], None]) -> None:
    """Act on the next dialog of ``kind`` called ``name`` as soon as it is open (modal ones
    included: the timer runs inside their event loop)."""

    def attempt() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, kind) and widget.objectName() == name and widget.isVisible():
                act(widget)
                return
        QTimer.singleShot(20, attempt)

    QTimer.singleShot(0, attempt)
