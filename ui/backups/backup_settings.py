"""The user's backup settings: where backups go and how much room they may take.

Kept in the app's settings (``backups/folder``, ``backups/budget_mb``); persistence takes them as
plain parameters.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings

from ui.settings_store import app_settings

FOLDER_KEY = "backups/folder"
BUDGET_KEY = "backups/budget_mb"
DEFAULT_BUDGET_MB = 1024
MIN_BUDGET_MB = 10


@dataclass(frozen=True, slots=True)
class BackupSettings:
    #: The folder the user chose, or None: ``backups/`` beside each workspace.
    folder: Path | None = None
    budget_mb: int = DEFAULT_BUDGET_MB

    @property
    def budget_bytes(self) -> int:
        return self.budget_mb * 1024 * 1024


def load_backup_settings(settings: QSettings | None = None) -> BackupSettings:
    settings = settings if settings is not None else app_settings()
    folder = settings.value(FOLDER_KEY, "")
    try:
        budget = int(settings.value(BUDGET_KEY, DEFAULT_BUDGET_MB))  # type: ignore[call-overload]
    except (TypeError, ValueError):  # a hand-edited settings file
        budget = DEFAULT_BUDGET_MB
    return BackupSettings(
        Path(folder) if isinstance(folder, str) and folder else None,
        max(budget, MIN_BUDGET_MB),
    )


def save_backup_settings(value: BackupSettings, settings: QSettings | None = None) -> None:
    settings = settings if settings is not None else app_settings()
    settings.setValue(FOLDER_KEY, str(value.folder) if value.folder is not None else "")
    settings.setValue(BUDGET_KEY, value.budget_mb)
    settings.sync()
