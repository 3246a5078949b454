"""The column-mapping step: which field each column of an unknown table holds, guessed from
its headings and shown with a few values; the choice is remembered for that header."""

from __future__ import annotations

import json

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from domain.model import ColumnMapping, ContactField
from persistence.contacts import ContactTable, header_key
from ui.plain_text import plain_label
from ui.settings_store import app_settings
from ui.translation import tr

_SETTINGS_GROUP = "contactColumnMappings"


def remembered_mapping(header: list[str]) -> ColumnMapping | None:
    """The mapping chosen before for a table with this header (None: never asked)."""
    settings = app_settings()
    stored = settings.value(f"{_SETTINGS_GROUP}/{_settings_key(header)}", "")
    try:
        values = json.loads(str(stored)) if stored else None
        if not isinstance(values, list) or len(values) != len(header):
            return None
        return ColumnMapping(tuple(ContactField(v) for v in values))
    except (ValueError, TypeError):
        return None


def remember_mapping(header: list[str], mapping: ColumnMapping) -> None:
    settings = app_settings()
    settings.setValue(
        f"{_SETTINGS_GROUP}/{_settings_key(header)}", json.dumps([f.value for f in mapping.fields])
    )
    settings.sync()


def _settings_key(header: list[str]) -> str:
    import hashlib

    return hashlib.sha1(header_key(header).encode("utf-8")).hexdigest()[:16]


class ColumnMappingDialog(QDialog):
    def __init__(
        self, table: ContactTable, guess: ColumnMapping, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("columnMappingDialog")
        self.setWindowTitle(tr("Columns of {name}").format(name=table.name))
        self.resize(640, 420)
        intro = plain_label(
            tr(
                "Rapport does not know the columns of {name}. Say what each "
                "column holds; the choice is remembered for files with the "
                "same columns."
            ).format(name=table.name)
        )
        intro.setWordWrap(True)
        self.grid = QTableWidget(len(table.header), 3)
        self.grid.setObjectName("mappingTable")
        self.grid.setHorizontalHeaderLabels([tr("Column"), tr("For example"), tr("Holds")])
        self.grid.verticalHeader().hide()
        self.grid.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.combos: list[QComboBox] = []
        samples = [cells for _, cells in table.rows[:3]]
        for column, heading in enumerate(table.header):
            self.grid.setItem(column, 0, QTableWidgetItem(heading))
            example = ", ".join(r[column] for r in samples if column < len(r) and r[column].strip())
            self.grid.setItem(column, 1, QTableWidgetItem(example))
            combo = QComboBox()
            for field in ContactField:
                combo.addItem(field.value, field)
            combo.setCurrentIndex(list(ContactField).index(guess.fields[column]))
            combo.currentIndexChanged.connect(self._update)
            self.grid.setCellWidget(column, 2, combo)
            self.combos.append(combo)
        self.hint = QLabel()
        self.hint.setObjectName("mutedLabel")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Continue"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self._update()

    def mapping(self) -> ColumnMapping:
        return ColumnMapping(tuple(ContactField(c.currentData()) for c in self.combos))

    def _update(self) -> None:
        ok = self.mapping().names_someone
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        self.hint.setText(
            "" if ok else "Choose the column with the full name, or the first and last names."
        )
