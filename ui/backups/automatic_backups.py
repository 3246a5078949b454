"""Automatic backups of the open workspace, taken on a worker thread without any dialog.

When: on opening, if the newest backup is older than a day; an hour after the first edit since
the last backup; and before every destructive action, through ``ctx.backup_before("delete-map")``
(see :meth:`BackupKeeper.backup_before`). A backup is skipped when nothing changed since the last
one began, since that one holds the same data.

The copy is made by ``persistence.workspace.take_backup`` on its own connection, so the GUI
thread never waits for it, except, before a destructive action, for the moment it takes to begin
its read transaction (the snapshot the backup will hold), so the action cannot slip in first.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from domain.clock import utc_now
from ui.backups.backup_settings import load_backup_settings

if TYPE_CHECKING:
    from persistence.workspace import BackupFile
    from ui.app_context import AppContext

log = logging.getLogger(__name__)

#: On opening, a backup is taken when the newest one is older than this.
DAILY = timedelta(days=1)
#: How long the GUI waits for a backup to begin before a destructive action (it takes ms).
SNAPSHOT_WAIT_S = 5.0


class _Job:
    """One backup on its worker thread."""

    def __init__(self, path: Path, reason: str) -> None:
        self.path = path
        self.reason = reason
        self.snapshot_taken = threading.Event()
        self.thread: threading.Thread | None = None

    def wait(self, timeout: float | None = None) -> bool:
        if self.thread is not None:
            self.thread.join(timeout)
            return not self.thread.is_alive()
        return True


class BackupKeeper(QObject):
    """Takes the open workspace's automatic backups; one per AppContext (``ctx.backups``)."""

    #: A backup was written and checked (the persistence BackupFile).
    taken = Signal(object)
    #: A backup failed: the message to show.
    failed = Signal(str)
    # From the worker thread to the GUI thread: (job, BackupFile or None, exception or None).
    _finished = Signal(object, object, object)

    def __init__(self, ctx: AppContext, clock: Callable[[], datetime] = utc_now) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self.clock = clock
        #: Whether to back up on opening and after an hour of editing (the app turns it on;
        #: a bare context in a test backs up only when asked).
        self.scheduled = False
        #: How long after opening the daily backup starts (off the start-up path).
        self.open_delay_ms = 3000
        self._jobs: list[_Job] = []
        self._results: dict[_Job, tuple[object, object]] = {}
        self._pending: str | None = None
        #: Whether the workspace changed since the last backup began.
        self._changed = True
        self._edit_timer = QTimer(self)
        self._edit_timer.setSingleShot(True)
        self._edit_timer.setInterval(60 * 60 * 1000)
        self._edit_timer.timeout.connect(lambda: self.backup_now("hourly"))
        self._finished.connect(self._on_finished)
        ctx.changed.connect(self._on_changed)
        ctx.workspace_opened.connect(self._on_opened)

    # -- the public face ----------------------------------------------------------------------
    def set_editing_interval(self, milliseconds: int) -> None:
        """After how much editing time a backup is taken (an hour; tests shorten it)."""
        self._edit_timer.setInterval(milliseconds)

    @property
    def running(self) -> bool:
        return bool(self._jobs)

    def backup_now(self, reason: str = "manual") -> bool:
        """Start a backup on a worker thread; False when there is nothing to back up.

        If one is running already, this one follows it.
        """
        path = self._workspace_path()
        if path is None:
            return False
        if self._jobs:
            self._pending = reason
        else:
            self._start(path, reason)
        return True

    def backup_before(self, action: str) -> None:
        """Back the workspace up before a destructive ``action`` (``"delete-map"``,
        ``"remove-ratings"``, ``"import"``, ``"merge-people"``…), then return.

        Returns as soon as the backup holds the workspace as it is now (a few ms); the copy is
        written and checked on a worker thread while the action goes ahead. Call it after the
        user confirmed and just before the change:

            self.ctx.backup_before("delete-map")
            push(self.ctx, DeleteMapCommand(...))
        """
        path = self._workspace_path()
        if path is None:
            return
        if self._changed or not (self._jobs or self._newest(path) is not None):
            self._start(path, f"before-{action}")
        # (Otherwise the last backup begun holds this very state.)
        for job in list(self._jobs):
            if not job.snapshot_taken.wait(SNAPSHOT_WAIT_S):
                log.warning("a backup before a destructive action did not begin in time")

    def wait(self, timeout_s: float = 120.0) -> bool:
        """Block until the running backups (and one pending) are written (tests, closing)."""
        for _ in range(3):
            if not self._jobs:
                return True
            for job in list(self._jobs):
                if not job.wait(timeout_s):
                    return False
                # Deliver the result now rather than by the event loop (the window may be
                # closing); the queued delivery then finds it done.
                self._on_finished(job, *self._results.get(job, (None, None)))
        return not self._jobs

    # -- reacting -----------------------------------------------------------------------------
    def _on_changed(self, topic: str) -> None:
        if topic == "workspace":
            return
        self._changed = True
        if self.scheduled and not self._edit_timer.isActive():
            self._edit_timer.start()

    def _on_opened(self) -> None:
        self._edit_timer.stop()
        self._changed = True
        path = self._workspace_path()
        if not self.scheduled or path is None:
            return
        newest = self._newest(path)
        if newest is None or self.clock() - newest.taken_at >= DAILY:
            # With the keeper as context: a window closed within the delay takes the call along.
            QTimer.singleShot(self.open_delay_ms, self, lambda: self._open_backup(path))

    def _open_backup(self, path: Path) -> None:
        if self.scheduled and self._workspace_path() == path:
            self.backup_now("opened")

    # -- the worker ---------------------------------------------------------------------------
    def _start(self, path: Path, reason: str) -> _Job:
        from persistence.workspace import take_backup

        settings = load_backup_settings()
        job = _Job(path, reason)
        self._jobs.append(job)
        self._changed = False
        self._edit_timer.stop()  # this backup covers the editing so far

        def run() -> None:
            result: object = None
            error: object = None
            try:
                result = take_backup(
                    path,
                    reason,
                    folder=settings.folder,
                    budget_bytes=settings.budget_bytes,
                    now=self.clock(),
                    snapshot_taken=job.snapshot_taken.set,
                )
            except Exception as exc:  # told to the user on the GUI thread
                error = exc
            finally:
                job.snapshot_taken.set()  # nobody waits for a backup that failed to begin
            self._results[job] = (result, error)
            # RuntimeError: the window (and this keeper) is gone, nobody to tell.
            with contextlib.suppress(RuntimeError):
                self._finished.emit(job, result, error)

        # Not a daemon: a backup under way is finished before the process exits.
        job.thread = threading.Thread(target=run, name=f"backup-{reason}", daemon=False)
        job.thread.start()
        return job

    def _on_finished(self, job: _Job, result: object, error: object) -> None:
        self._results.pop(job, None)
        if job not in self._jobs:
            return  # delivered already (by wait())
        self._jobs.remove(job)
        if error is not None:
            self._changed = True  # the next chance tries again
            message = f"The backup of {job.path.name} was not taken: {error}"
            log.warning("a backup failed: %s", type(error).__name__)
            self.failed.emit(message)
            if job.reason.startswith("before-"):
                self.ctx.report(
                    message + "\n\nThe change was made; Edit ▸ Undo puts it back while this "
                    "window stays open."
                )
        else:
            log.info("backup taken (%s)", job.reason)
            self.taken.emit(result)
        if self._pending is not None and not self._jobs:
            pending, self._pending = self._pending, None
            self.backup_now(pending)

    def _workspace_path(self) -> Path | None:
        if not self.ctx.has_workspace or self.ctx.workspace.read_only:
            return None  # read-only: nothing changes, and nothing may be written beside it
        return self.ctx.workspace.path  # None for a server database: its admin backs it up

    def _newest(self, path: Path) -> BackupFile | None:
        from persistence.workspace import list_backups

        found = list_backups(path, load_backup_settings().folder)
        return found[0] if found else None
