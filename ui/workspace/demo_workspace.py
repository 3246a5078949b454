"""The demo workspace: built on first use and again when its dates have gone stale."""

from __future__ import annotations

from datetime import date
from pathlib import Path


def ensure_demo_workspace(path: Path) -> Path:
    """Build the demo at ``path`` unless one built today is already there.

    A stale demo that another Rapport window has open is left alone: opening it then says who
    holds it, instead of its file being replaced under that window.
    """
    stamp = path.with_suffix(".built")
    today = date.today().isoformat()
    if path.exists() and stamp.exists() and stamp.read_text().strip() == today:
        return path
    from persistence.demo import build_demo_workspace
    from persistence.workspace import WorkspaceError, WorkspaceLockedError, open_workspace

    if path.exists():
        try:
            open_workspace(path).close()  # takes the lock for a moment: no window holds it
        except WorkspaceLockedError:
            return path
        except WorkspaceError:
            pass  # damaged or from another version: it is only the demo, built afresh below
    for stale in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        stale.unlink(missing_ok=True)
    build_demo_workspace(path)
    stamp.write_text(today)
    return path
