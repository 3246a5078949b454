"""Splitters that keep where the user put them, from one session to the next."""

from __future__ import annotations

from PySide6.QtWidgets import QSplitter

from ui.settings_store import app_settings


def remember_splitter(splitter: QSplitter, key: str) -> None:
    """Put ``splitter`` where the user left it last time (if ever), and keep each drag."""
    state = app_settings().value(f"layout/{key}")
    if state is not None:
        splitter.restoreState(state)  # type: ignore[arg-type]
    splitter.splitterMoved.connect(
        lambda _pos, _index: app_settings().setValue(f"layout/{key}", splitter.saveState())
    )
