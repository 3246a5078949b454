"""Backing up the big workspace, and what it costs the GUI thread.

Workspace (built once per run, untimed, shared with bench/attention.py): 10,000 people, 1,000,000
ratings over five years, 20,000 interactions, 10,000 commitments.

    backup.write      persistence's take_backup, as the app and the `backup` command run it: the
                      online backup API on a connection of its own, the copy's integrity_check,
                      then the thinning of older backups. Baseline: shutil.copyfile of the same
                      file (no consistency, no check) in the same run.
    backup.gui_stall  the longest gap between ticks of a 5 ms QTimer on a running Qt event loop
                      while the app backs the workspace up through its own path, the one taken
                      before a destructive action (ctx.backup_before: the GUI thread waits for
                      the backup's snapshot, the copy and check run on a worker thread), until
                      the result is delivered back on the GUI thread. Includes the 5 ms period.

Target: backup.gui_stall ≤ 50 ms.
"""

from __future__ import annotations

import itertools
import os
import shutil
import time
from pathlib import Path
from typing import Any

from _registry import Context, Measurement, benchmark

TICK_MS = 5


def _workspace(ctx: Context) -> Path:
    from attention import build_workspace

    path: Path = ctx.once(
        "attention.workspace", lambda: build_workspace(ctx.workdir / "big.rapport")
    )
    return path


@benchmark("backup.write")
def write(ctx: Context) -> dict[str, Measurement]:
    from persistence.workspace import take_backup

    path = _workspace(ctx)
    folder = ctx.workdir / "backup-write"
    started = time.perf_counter()
    backup = take_backup(path, "manual", folder=folder)
    elapsed = (time.perf_counter() - started) * 1000
    copy = ctx.workdir / "plain-copy.rapport"
    started = time.perf_counter()
    shutil.copyfile(path, copy)
    baseline = (time.perf_counter() - started) * 1000
    copy.unlink()
    backup.path.unlink()
    return {"backup.write": Measurement(elapsed, "ms", baseline=baseline)}


def _gui(ctx: Context) -> Any:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from persistence.workspace import open_workspace
    from ui.app import create_application
    from ui.app_context import AppContext
    from ui.settings_store import use_settings_file

    use_settings_file(ctx.workdir / "bench-settings.ini")  # the default folder, beside it
    app = create_application()
    app_ctx = AppContext()
    app_ctx.set_workspace(open_workspace(_workspace(ctx), lock=False))
    return app, app_ctx


@benchmark("backup.gui_stall")
def gui_stall(ctx: Context) -> dict[str, Measurement]:
    from PySide6.QtCore import QEventLoop, QTimer

    from ui.app_context import Topic

    _app, app_ctx = ctx.once("backup.gui", lambda: _gui(ctx))
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(TICK_MS)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    loop = QEventLoop()
    app_ctx.backups.taken.connect(loop.quit)
    app_ctx.backups.failed.connect(loop.quit)
    app_ctx.announce(Topic.RATINGS)  # an edit since the last backup: one is taken
    timer.start()
    QTimer.singleShot(50, lambda: app_ctx.backup_before("bench"))
    QTimer.singleShot(int(ctx.timeout * 1000), loop.quit)
    loop.exec()
    timer.stop()
    app_ctx.backups.taken.disconnect(loop.quit)
    app_ctx.backups.failed.disconnect(loop.quit)
    if app_ctx.backups.running or len(ticks) < 2:
        return {"backup.gui_stall": Measurement.missing("ms", "the backup did not finish")}
    gaps = [(b - a) * 1000 for a, b in itertools.pairwise(ticks)]
    return {"backup.gui_stall": Measurement(max(gaps), "ms")}
