"""Workspaces asked for from outside the window: a second launch (ui.single_instance) or, on macOS,
a file opened in the Finder (QFileOpenEvent). Either way the running window opens the file and
comes to the front.

A request that arrives before the window has opened its first workspace replaces that first
choice; one that arrives while a dialog is open waits until the dialog is closed, so nothing the
user is editing is switched away underneath it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication, QMainWindow

#: How often a request waiting for a dialog to close looks again.
RETRY_MS = 300


def bring_to_front(window: QMainWindow) -> None:
    """Un-minimises, shows, raises and activates the window; where the window system refuses a
    background app the focus, the task bar entry asks for attention instead."""
    if window.isMinimized():
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()
    QApplication.alert(window)


class OpenRequests(QObject):
    """Routes outside requests to ``open_path(path)`` once the window is ready for them."""

    def __init__(
        self,
        window: QMainWindow,
        open_path: Callable[[Path], object],
        current_path: Callable[[], Path | None],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.open_path = open_path
        self.current_path = current_path
        #: Until the first workspace is open: the workspace the latest request asked for.
        self.first_choice: Path | None = None
        self.ready = False
        self.waiting: list[Path | None] = []
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self._serve)

    def request(self, workspace: Path | None) -> None:
        """Open ``workspace`` (None: only bring the window to the front)."""
        if not self.ready:
            if workspace is not None:
                self.first_choice = workspace
            return
        self.waiting.append(workspace)
        self._serve()

    def mark_ready(self) -> None:
        """The first workspace is open (or failed to): later requests are served directly."""
        self.ready = True
        self._serve()

    def _serve(self) -> None:
        if QApplication.activeModalWidget() is not None:
            bring_to_front(self.window)  # the user sees the dialog that stands in the way
            self._retry.start()
            return
        while self.waiting:
            workspace = self.waiting.pop(0)
            current = self.current_path()
            if workspace is not None and not _same_file(workspace, current):
                self.open_path(workspace)
        bring_to_front(self.window)


def _same_file(a: Path, b: Path | None) -> bool:
    if b is None:
        return False
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


class FileOpenFilter(QObject):
    """macOS: a workspace opened from the Finder (or dropped on the Dock icon) arrives as a
    QFileOpenEvent on the application; it goes where a second launch's request goes."""

    def __init__(self, requests: OpenRequests) -> None:
        super().__init__(requests)
        self.requests = requests

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            name = event.file()
            if name:
                self.requests.request(Path(name))
                return True
        return super().eventFilter(watched, event)
