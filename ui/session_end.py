"""Close cleanly when the session ends or someone asks the process to stop.

Logging out or shutting down sends SIGTERM (a terminal's Ctrl+C sends SIGINT, closing it SIGHUP).
Left to their default, these end the process on the spot: nothing committed is lost (SQLite's
WAL), but the workspace lock, the WAL file and the window's layout are left behind. Python runs a
signal handler only when the interpreter gets control, which Qt's event loop does not give it, so
the signal also writes a byte to a socket that the event loop watches (``signal.set_wakeup_fd``);
reading it lets the handler run, and the handler closes the window as the user would.
"""

from __future__ import annotations

import contextlib
import signal
import socket
from collections.abc import Callable
from types import FrameType

from PySide6.QtCore import QObject, QSocketNotifier

_SIGNALS = ("SIGTERM", "SIGINT", "SIGHUP")


class SessionEnd(QObject):
    """Calls ``close`` once on SIGTERM, SIGINT or SIGHUP (those that exist on this system)."""

    def __init__(self, close: Callable[[], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._close = close
        self._reader, self._writer = socket.socketpair()
        for end in (self._reader, self._writer):
            end.setblocking(False)
        signal.set_wakeup_fd(self._writer.fileno())
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)
        self.received: int | None = None
        for name in _SIGNALS:
            number = getattr(signal, name, None)
            if number is not None:
                signal.signal(number, self._on_signal)

    def _drain(self) -> None:
        # Reading returns control to Python, which then runs _on_signal.
        with contextlib.suppress(OSError):
            self._reader.recv(64)

    def _on_signal(self, number: int, _frame: FrameType | None) -> None:
        if self.received is None:
            self.received = number
            self._close()
