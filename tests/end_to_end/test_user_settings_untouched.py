"""``--self-test`` runs on a temporary demo and leaves the user's settings and data folder alone."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_self_test_neither_becomes_the_last_workspace_nor_joins_open_recent(
    tmp_path: Path,
) -> None:
    home = tmp_path / "home"
    config = home / ".config"
    settings = config / "Rapport" / "Rapport.conf"  # where QSettings keeps them on Linux
    settings.parent.mkdir(parents=True)
    mine = home / "Documents" / "Mine.rapport"
    settings.write_text(
        f"[workspace]\nlast={mine}\nrecent={mine}\n",
        encoding="utf-8",
    )
    before = _files(home)
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(config),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_STATE_HOME": str(home / ".local" / "state"),
    }
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--self-test"],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test passed" in result.stdout
    after = _files(home)
    # matplotlib may fill its font cache; nothing else may appear or change.
    after = {name: data for name, data in after.items() if not name.startswith(".cache/")}
    assert after == before
