"""--demo's workspace: rebuilt when stale, but never replaced under a window that has it open."""

from __future__ import annotations

from pathlib import Path

from persistence.workspace import open_workspace
from ui.workspace.demo_workspace import ensure_demo_workspace


def test_a_stale_demo_is_rebuilt_unless_a_window_holds_it(tmp_path: Path) -> None:
    path = tmp_path / "demo.rapport"
    stamp = path.with_suffix(".built")
    ensure_demo_workspace(path)
    assert path.exists() and stamp.exists()

    stamp.write_text("2000-01-01")  # built on another day
    held = open_workspace(path)  # as another Rapport window would
    inode = path.stat().st_ino
    assert ensure_demo_workspace(path) == path
    assert path.stat().st_ino == inode  # the same file, not replaced
    assert stamp.read_text() == "2000-01-01"
    held.close()

    ensure_demo_workspace(path)
    assert stamp.read_text() != "2000-01-01"
    with open_workspace(path) as workspace, workspace.uow() as uow:
        assert uow.stakeholders.count() >= 30
