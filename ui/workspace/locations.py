"""Where Rapport keeps its files: the user's data folder as Qt reports it for this platform."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths

DEFAULT_WORKSPACE_NAME = "Rapport.rapport"
DEMO_WORKSPACE_NAME = "Rapport demo.rapport"


def data_dir() -> Path:
    """The app's data folder (created if missing), e.g. ~/.local/share/Rapport on Linux."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    path = Path(location)
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_workspace_path() -> Path:
    return data_dir() / DEFAULT_WORKSPACE_NAME


def demo_workspace_path() -> Path:
    """The demo lives in a folder of its own, apart from the user's workspaces."""
    folder = data_dir() / "demo"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / DEMO_WORKSPACE_NAME


def log_path() -> Path:
    return data_dir() / "rapport.log"
