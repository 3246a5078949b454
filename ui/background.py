"""The one way the app runs slow work (imports, backups, big exports) off the GUI thread.

``run_in_background(parent, "Importing contacts…", job, on_done=…)`` starts ``job(progress)`` on a
worker thread and returns at once. If the job is still running after a moment a progress dialog
with Cancel appears; ``progress.report(done, total, text)`` moves its bar and raises
:class:`~domain.progress.Cancelled` once the user pressed Cancel. ``on_done(result)``,
``on_error(exception)`` and ``on_cancelled()`` are called back on the GUI thread, never from the
worker. The job must not touch widgets: it works on plain data and units of work.

Only one task at a time belongs to a window; :func:`running_tasks` lets a closing window (and
tests) wait for them.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from domain.progress import Cancelled
from ui.plain_text import plain_label
from ui.translation import tr

log = logging.getLogger(__name__)

#: A job that finishes sooner than this never shows a dialog (no flicker for quick work).
SHOW_DIALOG_AFTER_MS = 400

_running: set[BackgroundTask[Any]] = set()


def running_tasks() -> list[BackgroundTask[Any]]:
    """The tasks started and not yet finished (finished ones have called back already)."""
    return list(_running)


class _ThreadProgress:
    """The progress a worker reports through: thread-safe, raising Cancelled once cancelled."""

    def __init__(self, emit: Callable[[int, int, str], None]) -> None:
        self._emit = emit
        self.cancel_requested = threading.Event()

    def report(self, done: int, total: int | None = None, text: str = "") -> None:
        if self.cancel_requested.is_set():
            raise Cancelled
        self._emit(done, -1 if total is None else total, text)


class _Worker(QThread):
    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()

    def __init__(self, job: Callable[[_ThreadProgress], Any]) -> None:
        super().__init__()
        self._job = job
        self.progress = _ThreadProgress(self.progressed.emit)

    def run(self) -> None:
        try:
            result = self._job(self.progress)
        except Cancelled:
            self.cancelled.emit()
        except BaseException as exc:  # handed to the GUI thread, which decides what to say
            self.failed.emit(exc)
        else:
            if self.progress.cancel_requested.is_set():
                self.cancelled.emit()
            else:
                self.succeeded.emit(result)


class BackgroundTask[T](QObject):
    """One job on its worker thread, with its (delayed) progress dialog."""

    #: Emitted on the GUI thread when the task has ended, however it ended.
    finished = Signal()

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        job: Callable[[Any], T],
        on_done: Callable[[T], None],
        on_error: Callable[[BaseException], None] | None,
        on_cancelled: Callable[[], None] | None,
        cancellable: bool,
    ) -> None:
        super().__init__(parent)
        self.title = title
        self._on_done = on_done
        self._on_error = on_error
        self._on_cancelled = on_cancelled
        self._done = False
        self._dialog = QProgressDialog(title, "Cancel" if cancellable else "", 0, 0, parent)
        # Progress texts name files, meetings and people: shown as written, never as markup.
        self._dialog.setLabel(plain_label(title))
        self._dialog.setWindowTitle(title.rstrip("…. "))
        self._dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self._dialog.setMinimumDuration(0)
        self._dialog.setAutoReset(False)
        self._dialog.setAutoClose(False)
        if not cancellable:
            self._dialog.setCancelButton(None)
        self._dialog.canceled.connect(self.cancel)
        self._dialog.hide()
        self._worker = _Worker(job)
        self._worker.progressed.connect(self._show_progress)
        self._worker.succeeded.connect(self._succeeded)
        self._worker.failed.connect(self._failed)
        self._worker.cancelled.connect(self._cancelled)
        self._show_timer = QTimer(self)
        self._show_timer.setSingleShot(True)
        self._show_timer.timeout.connect(self._show_dialog)

    def start(self) -> None:
        _running.add(self)
        self._show_timer.start(SHOW_DIALOG_AFTER_MS)
        self._worker.start()

    @property
    def is_done(self) -> bool:
        return self._done

    @property
    def dialog(self) -> QProgressDialog:
        """The progress dialog (hidden until the job has run a moment)."""
        return self._dialog

    def cancel(self) -> None:
        """Ask the job to stop at its next progress report."""
        if not self._done:
            self._worker.progress.cancel_requested.set()
            self._dialog.setLabelText(tr("Cancelling…"))

    def wait(self, timeout_ms: int = 60_000) -> bool:
        """Block until the worker thread has ended (callbacks still come by the event loop)."""
        return self._worker.wait(timeout_ms)

    def _show_dialog(self) -> None:
        if not self._done:
            self._dialog.show()

    def _show_progress(self, done: int, total: int, text: str) -> None:
        if total < 0:
            self._dialog.setRange(0, 0)  # busy indicator: the total is not known
        else:
            self._dialog.setRange(0, max(total, 1))
            self._dialog.setValue(min(done, max(total, 1)))
        if text and not self._worker.progress.cancel_requested.is_set():
            self._dialog.setLabelText(text)

    def _finish(self) -> None:
        self._done = True
        self._show_timer.stop()
        self._dialog.canceled.disconnect(self.cancel)
        self._dialog.close()
        self._worker.wait()
        _running.discard(self)
        self.finished.emit()

    def _succeeded(self, result: T) -> None:
        self._finish()
        self._on_done(result)

    def _failed(self, exc: BaseException) -> None:
        self._finish()
        if self._on_error is None:
            log.error("background task %r failed: %s", self.title, type(exc).__name__)
            raise exc
        self._on_error(exc)

    def _cancelled(self) -> None:
        self._finish()
        log.info("background task %r cancelled", self.title)
        if self._on_cancelled is not None:
            self._on_cancelled()


def run_in_background[T](
    parent: QWidget | None,
    title: str,
    job: Callable[[Any], T],
    *,
    on_done: Callable[[T], None],
    on_error: Callable[[BaseException], None] | None = None,
    on_cancelled: Callable[[], None] | None = None,
    cancellable: bool = True,
) -> BackgroundTask[T]:
    """Start ``job(progress)`` on a worker thread; see the module docstring."""
    task: BackgroundTask[T] = BackgroundTask(
        parent, title, job, on_done, on_error, on_cancelled, cancellable
    )
    task.start()
    return task
