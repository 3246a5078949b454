"""Close cleanly when the session ends or someone asks the process to stop.

Logging out or shutting down sends SIGTERM (a terminal's Ctrl+C sends SIGINT, closing it SIGHUP).
Left to their default, these end the process on the spot: nothing committed is lost (SQLite's
WAL), but the workspace lock, the WAL file and the window's layout are left behind. Python runs a
signal handler only when the interpreter gets control, which Qt's event loop does not give it, so
the signal also writes a byte to a socket that the event loop watches (``signal.set_wakeup_fd``);
reading it lets the handler run. The handler only notes the signal and asks the event loop to
close the windows next, as the user would; a second signal ends the process at once (if closing
hangs).
"""

from __future__ import annotations

import contextlib
import signal
import socket
from collections.abc import Callable
from types import FrameType
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier, QTimer

_SIGNALS = tuple(
    number
    for number in (getattr(signal, name, None) for name in ("SIGTERM", "SIGINT", "SIGHUP"))
    if number is not None
)


class SessionEnd(QObject):
    """Calls ``close`` once, from the event loop, on SIGTERM, SIGINT or SIGHUP (those that exist
    on this system). :meth:`release` puts everything back as it was."""

    def __init__(self, close: Callable[[], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._close = close
        self.received: int | None = None
        self._reader, self._writer = socket.socketpair()
        for end in (self._reader, self._writer):
            end.setblocking(False)
        self._wakeup_before = signal.set_wakeup_fd(self._writer.fileno())
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)
        self._handlers_before: dict[int, Any] = {
            number: signal.signal(number, self._on_signal) for number in _SIGNALS
        }

    def release(self) -> None:
        """The handlers and wake-up descriptor as before; the sockets closed."""
        for number, handler in self._handlers_before.items():
            signal.signal(number, handler)
        self._handlers_before = {}
        signal.set_wakeup_fd(self._wakeup_before)
        self._notifier.setEnabled(False)
        for end in (self._reader, self._writer):
            end.close()

    def _drain(self) -> None:
        # Reading returns control to Python, which then runs _on_signal.
        with contextlib.suppress(OSError):
            self._reader.recv(64)

    def _on_signal(self, number: int, _frame: FrameType | None) -> None:
        if self.received is not None:
            return
        self.received = number
        for each in _SIGNALS:  # a second signal: the default (end the process now)
            signal.signal(each, signal.SIG_DFL)
        # Not from inside whatever Python code the signal interrupted: from the event loop.
        QTimer.singleShot(0, self._close)
