"""Help ▸ About and ``rapport --version``: the version, Qt, Python, the data folder and the log."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

import PySide6
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QMessageBox

from persistence.workspace import create_workspace
from tests.ui.conftest import open_main_window
from ui.about import about_facts
from ui.workspace.locations import data_dir, log_path

ROOT = Path(__file__).resolve().parents[3]
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def test_the_facts_name_the_real_folders_and_versions() -> None:
    facts = dict(about_facts())
    assert facts["Version"] == VERSION
    assert facts["Qt"].startswith(qVersion()) and PySide6.__version__ in facts["Qt"]
    assert facts["Python"].startswith(f"{sys.version_info.major}.{sys.version_info.minor}.")
    assert facts["Data folder"] == str(data_dir())  # where the app really keeps its files
    assert facts["Log file"] == str(log_path())


def test_version_on_the_command_line(tmp_path: Path) -> None:
    data = tmp_path / "data"
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--version"],
        env={**os.environ, "XDG_DATA_HOME": str(data)},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == f"Rapport {VERSION}"
    facts = dict(line.split(":", 1) for line in lines[1:])
    assert facts["Qt"].strip().startswith(qVersion())
    if sys.platform.startswith("linux"):
        assert facts["Data folder"].strip() == str(data / "Rapport")
        assert facts["Log file"].strip() == str(data / "Rapport" / "rapport.log")
    assert not data.exists()  # asking for the version creates nothing


def test_help_about_shows_the_same(qtbot, tmp_path: Path, isolated_settings) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "about.rapport"
    create_workspace(path).close()
    ctx, window = open_main_window(qtbot, path, isolated_settings)
    try:
        window.help_actions.about.trigger()
        box = window.findChild(QMessageBox, "aboutBox")
        qtbot.waitUntil(box.isVisible)
        text = box.text()
        assert f"Rapport {VERSION}" in text
        assert f"Qt: {qVersion()}" in text
        assert f"Data folder: {data_dir()}" in text
        assert f"Log file: {log_path()}" in text
        box.accept()
    finally:
        ctx.close_workspace()
