"""Workspaces asked for from outside the window: a second launch (ui.single_instance) or, on macOS,
a file opened in the Finder (QFileOpenEvent). Either way the running window opens the file and
comes to the front.

A request that arrives before the window has opened its first workspace replaces that first
choice; one that arrives while a dialog is open waits until the dialog is closed, so nothing the
user is editing is switched away underneath it.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication, QMainWindow

#: How often a request waiting for a dialog to close looks again.
RETRY_MS = 300


#: Where Qt's Wayland platform looks for an xdg-activation token when a window asks to be
#: activated (it spends the token and removes the variable).
ACTIVATION_TOKEN = "XDG_ACTIVATION_TOKEN"


def bring_to_front(window: QMainWindow, activation_token: str | None = None) -> None:
    """Un-minimises, shows, raises and activates the window; where the window system refuses a
    background app the focus, the task bar entry asks for attention instead.

    ``activation_token``: the one the desktop gave the launch that asked for this (Wayland's
    xdg-activation). Qt's Wayland platform activates the window with it, which compositors
    honour as the user's own request; other platforms ignore it, and it is never left in the
    environment for programs Rapport starts later.
    """
    if window.isMinimized():
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    if activation_token:
        os.environ[ACTIVATION_TOKEN] = activation_token
    try:
        window.activateWindow()
    finally:
        if activation_token:
            os.environ.pop(ACTIVATION_TOKEN, None)
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
        #: The activation token the latest request came with, until a raise spends it.
        self.activation_token: str | None = None
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

    def offer_activation(self, token: str) -> None:
        """The next raise of the window uses ``token`` (see bring_to_front)."""
        self.activation_token = token

    def _bring_to_front(self) -> None:
        token, self.activation_token = self.activation_token, None
        bring_to_front(self.window, token)

    def mark_ready(self) -> None:
        """The first workspace is open (or failed to): later requests are served directly."""
        self.ready = True
        self._serve()

    def _serve(self) -> None:
        if QApplication.activeModalWidget() is not None:
            self._bring_to_front()  # the user sees the dialog that stands in the way
            self._retry.start()
            return
        while self.waiting:
            workspace = self.waiting.pop(0)
            current = self.current_path()
            if workspace is not None and not _same_file(workspace, current):
                self.open_path(workspace)
        self._bring_to_front()


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
