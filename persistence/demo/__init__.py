"""The demo workspace: a CIO's relationships at Northwind Group, built fresh relative to today."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from persistence.demo.builder import DemoError, build_demo, demo_counts


def build_demo_workspace(path: Path, *, today: date | None = None, seed: int = 7) -> Path:
    """Create a workspace file at ``path`` and fill it with the demo (``make-demo PATH``).

    Refuses, like ``create_workspace``, if a file is already there; a failed build leaves no file.
    """
    from persistence.workspace import create_workspace

    path = Path(path)
    workspace = create_workspace(path)
    try:
        with workspace:
            build_demo(workspace.uow, today=today, seed=seed)
    except BaseException:
        for leftover in (
            path,
            path.with_name(path.name + "-wal"),
            path.with_name(path.name + "-shm"),
        ):
            leftover.unlink(missing_ok=True)
        raise
    return path


__all__ = ["DemoError", "build_demo", "build_demo_workspace", "demo_counts"]
