"""The backup settings as a row of the Restore dialog: the folder backups go to (beside the
workspace, or one the user chose) and the disk budget."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QSpinBox, QWidget

from ui.backups.backup_settings import (
    MIN_BUDGET_MB,
    load_backup_settings,
    save_backup_settings,
)
from ui.plain_text import plain_label, tooltip
from ui.translation import tr


class BackupSettingsRow(QWidget):
    #: Emitted after the folder changed (and was saved): the backups listed change with it.
    changed = Signal()

    def __init__(self, workspace: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.folder_label = plain_label()
        self.folder_label.setObjectName("backupFolder")
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.change_button = QPushButton(tr("Change…"))
        self.change_button.clicked.connect(self.choose_folder)
        self.beside_button = QPushButton(tr("Beside the Workspace"))
        self.beside_button.setToolTip(
            tr("Keep backups in a 'backups' folder beside each workspace")
        )
        self.beside_button.clicked.connect(lambda: self.set_folder(None))
        self.budget = QSpinBox()
        self.budget.setObjectName("backupBudget")
        self.budget.setRange(MIN_BUDGET_MB, 1024 * 1024)
        self.budget.setSingleStep(256)
        self.budget.setSuffix(tr(" MB"))
        self.budget.setToolTip(tr("When the backups would take more room, the oldest go first"))
        self.budget.setKeyboardTracking(False)
        self.budget.valueChanged.connect(self.set_budget)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        kept_in = QLabel(tr("Kept in"))
        layout.addWidget(kept_in)
        layout.addWidget(self.folder_label, 1)
        layout.addWidget(self.change_button)
        layout.addWidget(self.beside_button)
        layout.addSpacing(16)
        layout.addWidget(QLabel(tr("using at most")))
        layout.addWidget(self.budget)
        self._show()

    def _show(self) -> None:
        from persistence.workspace import backup_folder

        settings = load_backup_settings()
        folder = backup_folder(self.workspace, settings.folder)
        self.folder_label.setText(str(folder))
        self.folder_label.setToolTip(tooltip(str(folder)))
        self.beside_button.setEnabled(settings.folder is not None)
        self.budget.blockSignals(True)
        self.budget.setValue(settings.budget_mb)
        self.budget.blockSignals(False)

    def choose_folder(self) -> None:
        current = load_backup_settings().folder or self.workspace.parent
        name = QFileDialog.getExistingDirectory(self, "Keep backups in", str(current))
        if name:
            self.set_folder(Path(name))

    def set_folder(self, folder: Path | None) -> None:
        save_backup_settings(replace(load_backup_settings(), folder=folder))
        self._show()
        self.changed.emit()

    def set_budget(self, megabytes: int) -> None:
        # Saved at once; the next backup thins the others to fit.
        save_backup_settings(replace(load_backup_settings(), budget_mb=megabytes))
