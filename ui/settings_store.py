"""Where Rapport keeps its settings (window layout, recent workspaces, attention thresholds…).

Every part of the app reads and writes settings through :func:`app_settings`, so that one call to
:func:`use_settings_file` moves them all: ``--self-test`` and the test suite keep theirs in a
temporary file and never touch the user's own (Open Recent, the last workspace, window layout).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

_ORGANISATION = "Rapport"
_APPLICATION = "Rapport"
_override: Path | None = None


def app_settings() -> QSettings:
    """The user's settings, or the file given to :func:`use_settings_file`."""
    if _override is not None:
        return QSettings(str(_override), QSettings.Format.IniFormat)
    return QSettings(_ORGANISATION, _APPLICATION)


def use_settings_file(path: Path | None) -> None:
    """Keep settings in ``path`` (an INI file) from now on; ``None`` goes back to the user's."""
    global _override
    _override = path


def settings_file_in_use() -> Path | None:
    return _override
