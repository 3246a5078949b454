"""What Help ▸ About and ``rapport --version`` say: the version, the Qt and Python underneath, and
where the user's data and the log file are.

The data folder is Qt's AppDataLocation for the app named "Rapport" (~/.local/share/Rapport on
Linux, ~/Library/Application Support/Rapport on macOS, %APPDATA%\\Rapport on Windows); the log file
is rapport.log in it (ui.workspace.locations.log_path).
"""

from __future__ import annotations

import sys
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QStandardPaths, qVersion

APP_NAME = "Rapport"
LOG_FILE_NAME = "rapport.log"


def app_version() -> str:
    """The version in pyproject.toml (the packaged app carries it in its dist-info)."""
    # Here, not at the top: data_folder() is on the start path, importlib.metadata is not.
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("rapport")
    except PackageNotFoundError:
        return "development"


def data_folder() -> Path:
    """Where Rapport keeps workspaces, backups and its log; not created here."""
    if QCoreApplication.instance() is None:
        # Before (or without) the QApplication, e.g. `rapport --version`: name the app as
        # ui.app.create_application does, so Qt reports the same folder.
        QCoreApplication.setApplicationName(APP_NAME)
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location)


def about_facts() -> list[tuple[str, str]]:
    """(label, value) pairs, in the order shown."""
    import platform

    from ui.frozen import build_info

    facts = [("Version", app_version())]
    info = build_info()
    if info.get("commit"):
        facts.append(("Build", f"{info['commit']} ({info.get('built', 'date unknown')})"))
    facts += [
        ("Qt", f"{qVersion()} (Qt for Python {PySide6.__version__})"),
        ("Python", f"{platform.python_version()} ({sys.platform})"),
        ("Data folder", str(data_folder())),
        ("Log file", str(data_folder() / LOG_FILE_NAME)),
    ]
    return facts


def version_text() -> str:
    """``rapport --version``: the first line is "Rapport X.Y.Z", the facts follow."""
    facts = about_facts()
    width = max(len(label) for label, _ in facts[1:]) + 1
    lines = [f"{APP_NAME} {facts[0][1]}"]
    lines += [f"{label + ':':<{width}} {value}" for label, value in facts[1:]]
    return "\n".join(lines)
