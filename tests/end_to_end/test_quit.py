"""File ▸ Quit ends the process at once (no slow interpreter teardown) and still leaves
everything saved: the workspace closed and unlocked, the window's layout in the settings."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_quit_leaves_the_workspace_closed_and_the_layout_saved(tmp_path: Path) -> None:
    workspace = tmp_path / "quit.rapport"
    home = {name: str(tmp_path / name) for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME")}
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--workspace", str(workspace), "--quit-probe"],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **home},
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "rapport-probe quitting" in result.stdout
    assert workspace.exists()
    assert not workspace.with_name(workspace.name + ".lock").exists()
    assert not workspace.with_name(workspace.name + "-wal").exists()
    settings = list((tmp_path / "XDG_CONFIG_HOME").rglob("*.conf"))
    assert settings, "no settings written"
    text = settings[0].read_text(encoding="utf-8")
    assert "geometry" in text and str(workspace.resolve()) in text
    log = tmp_path / "XDG_DATA_HOME" / "Rapport" / "rapport.log"
    assert log.exists() and "stopped" in log.read_text(encoding="utf-8")
