"""The Open Recent list, kept in the user's settings: workspace files, and shared workspaces by
their server address (never with a password)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from persistence.team.server_address import (
    ServerAddress,
    ServerAddressError,
    looks_like_server_address,
    parse_server_address,
)

_KEY = "workspace/recent"
_LIMIT = 8


def recent_workspaces(settings: QSettings) -> list[Path]:
    """The recent workspace files, newest first."""
    return [entry for entry in recent_entries(settings) if isinstance(entry, Path)]


def recent_entries(settings: QSettings) -> list[Path | ServerAddress]:
    """The recent workspaces, files and shared ones, newest first."""
    value = settings.value(_KEY, [])
    names = [value] if isinstance(value, str) else list(value or [])
    return [entry for entry in map(read_location, names) if entry is not None]


def read_location(text: object) -> Path | ServerAddress | None:
    """A file's path or a shared workspace's address, as kept in the settings (None: neither)."""
    if not isinstance(text, str) or not text:
        return None
    if looks_like_server_address(text):
        try:
            return parse_server_address(text)[0]
        except ServerAddressError:
            return None
    return Path(text)


def remember_workspace(settings: QSettings, location: Path | ServerAddress) -> None:
    kept = str(location.resolve()) if isinstance(location, Path) else str(location)
    names = [_text(entry) for entry in recent_entries(settings) if _text(entry) != kept]
    settings.setValue(_KEY, [kept, *names][:_LIMIT])


def forget_workspace(settings: QSettings, location: Path | ServerAddress) -> None:
    kept = [entry for entry in recent_entries(settings) if entry != location]
    settings.setValue(_KEY, [_text(entry) for entry in kept])


def _text(entry: Path | ServerAddress) -> str:
    return str(entry)
