"""The Open Recent list, kept in the user's settings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

_KEY = "workspace/recent"
_LIMIT = 8


def recent_workspaces(settings: QSettings) -> list[Path]:
    value = settings.value(_KEY, [])
    names = [value] if isinstance(value, str) else list(value or [])
    return [Path(n) for n in names if n]


def remember_workspace(settings: QSettings, path: Path) -> None:
    resolved = str(path.resolve())
    names = [str(p) for p in recent_workspaces(settings) if str(p) != resolved]
    settings.setValue(_KEY, [resolved, *names][:_LIMIT])


def forget_workspace(settings: QSettings, path: Path) -> None:
    settings.setValue(_KEY, [str(p) for p in recent_workspaces(settings) if p != path])
