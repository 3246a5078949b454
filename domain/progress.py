"""How long work reports its progress and learns that the user wants it stopped.

Plain Python, so that use cases and persistence (imports, backups, exports) can report without
knowing who listens: a progress dialog in the app, a line on the command line, nothing in a test.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol


class Cancelled(Exception):
    """The user asked the work to stop; whatever it had begun is to be rolled back."""


class Progress(Protocol):
    """What long work is handed: ``report`` says how far it is, and raises :class:`Cancelled`."""

    def report(self, done: int, total: int | None = None, text: str = "") -> None:
        """``done`` of ``total`` steps (``None``: unknown); raises Cancelled once cancelled."""
        ...


class NoProgress:
    """Progress nobody watches: for tests and for work run where no one can cancel it."""

    def report(self, done: int, total: int | None = None, text: str = "") -> None:
        return None


class CallbackProgress:
    """Progress handed to a callback (the command line prints it); never cancelled."""

    def __init__(self, callback: Callable[[int, int | None, str], None]) -> None:
        self._callback = callback

    def report(self, done: int, total: int | None = None, text: str = "") -> None:
        self._callback(done, total, text)
