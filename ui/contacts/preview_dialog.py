"""The import preview: every contact as new, matching someone (why, and the score) or skipped
(why); the user ticks what to take. Nothing is stored until Import is pressed."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from domain.usecases.contact_preview import ImportPreview, RowStatus
from ui.contacts.preview_model import PreviewModel
from ui.plain_text import plain_label
from ui.translation import tr


class ImportPreviewDialog(QDialog):
    def __init__(self, preview: ImportPreview, source: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importContactsDialog")
        self.setWindowTitle(tr("Import contacts from {source}").format(source=source))
        self.resize(1040, 560)
        self.preview = preview
        new, matching, skipped = (
            preview.count(RowStatus.NEW),
            preview.count(RowStatus.MATCH),
            preview.count(RowStatus.SKIP),
        )
        self.summary = plain_label(
            tr(
                "{source}: {new} new, {matching} already in the register, "
                "{skipped} skipped. Ticked rows are taken: a new person is "
                "added; a match fills that person's empty fields and adds "
                "e-mail addresses, phone numbers and tags. Values that differ "
                "are listed and left as they are."
            ).format(source=source, new=new, matching=matching, skipped=skipped)
        )
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.model = PreviewModel(preview)
        self.table = QTableView()
        self.table.setObjectName("importContactsTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((44, 170, 150, 190, 70)):
            self.table.setColumnWidth(column, width)
        self.tags = QCheckBox(tr("Take categories, groups and labels as tags"))
        self.tags.setObjectName("takeTags")
        self.tags.setChecked(preview.take_tags)
        self.tags.toggled.connect(self._take_tags)
        all_button = QPushButton(tr("Tick All"))
        none_button = QPushButton(tr("Tick None"))
        all_button.clicked.connect(lambda: self.model.set_all(True))
        none_button.clicked.connect(lambda: self.model.set_all(False))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(tr("Import"))
        self.import_button.setObjectName("importButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.model.dataChanged.connect(self._update)
        row = QHBoxLayout()
        row.addWidget(all_button)
        row.addWidget(none_button)
        row.addWidget(self.tags)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.buttons)
        self._update()

    def _take_tags(self, take: bool) -> None:
        self.preview.take_tags = take

    def _update(self) -> None:
        chosen = sum(1 for r in self.preview.rows if r.take and r.status != RowStatus.SKIP)
        self.import_button.setEnabled(chosen > 0)
        self.import_button.setText(f"Import {chosen}" if chosen else "Import")
