"""Stakeholder ▸ Find Duplicates…: the likely duplicates with why, which of the two to keep, the
values that differ (the kept person's stay), and Merge, one undo step per pair."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from domain.usecases.duplicates import DuplicatePair
from domain.usecases.merge_people import merge_conflicts
from ui.app_context import AppContext
from ui.contacts.commands import MergePeopleCommand
from ui.translation import tr
from ui.undo.use_case_command import push


class DuplicatesDialog(QDialog):
    def __init__(
        self, ctx: AppContext, pairs: list[DuplicatePair], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("duplicatesDialog")
        self.setWindowTitle(tr("Find Duplicates"))
        self.resize(760, 480)
        self.ctx = ctx
        self.pairs = list(pairs)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.list = QTreeWidget()
        self.list.setObjectName("duplicatesList")
        self.list.setHeaderLabels([tr("Person"), tr("Same person as"), tr("Why")])
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setColumnWidth(0, 200)
        self.list.setColumnWidth(1, 200)
        self.keep_first = QRadioButton()
        self.keep_second = QRadioButton()
        self.keep_first.setChecked(True)
        self.details = QLabel()
        self.details.setObjectName("mergeDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.merge_button = QPushButton(tr("&Merge"))
        self.merge_button.setObjectName("mergeButton")
        self.merge_button.clicked.connect(self.merge_selected)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        keep_row = QHBoxLayout()
        keep_row.addWidget(QLabel(tr("Keep:")))
        keep_row.addWidget(self.keep_first)
        keep_row.addWidget(self.keep_second)
        keep_row.addStretch(1)
        keep_row.addWidget(self.merge_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.list, 1)
        layout.addLayout(keep_row)
        layout.addWidget(self.details)
        layout.addWidget(close)
        self.list.currentItemChanged.connect(lambda *_: self._show_pair())
        self.keep_first.toggled.connect(lambda *_: self._show_pair())
        self._fill()

    def _fill(self) -> None:
        self.list.clear()
        for pair in self.pairs:
            QTreeWidgetItem(self.list, [pair.first.name, pair.second.name, pair.reason])
        self.intro.setText(
            f"{len(self.pairs)} likely duplicate{'s' if len(self.pairs) != 1 else ''}. Merging "
            "moves every rating, interaction, commitment, map place, influence link and meeting "
            "to the person kept and fills their empty fields; values that differ stay as the "
            "kept person has them. Edit ▸ Undo takes a merge back."
            if self.pairs
            else "No likely duplicates in the register."
        )
        if self.pairs:
            self.list.setCurrentItem(self.list.topLevelItem(0))
        self._show_pair()

    def current_pair(self) -> DuplicatePair | None:
        index = self.list.indexOfTopLevelItem(self.list.currentItem())
        return self.pairs[index] if 0 <= index < len(self.pairs) else None

    def _show_pair(self) -> None:
        pair = self.current_pair()
        self.merge_button.setEnabled(pair is not None)
        self.keep_first.setEnabled(pair is not None)
        self.keep_second.setEnabled(pair is not None)
        if pair is None:
            self.details.clear()
            return
        self.keep_first.setText(pair.first.name)
        self.keep_second.setText(pair.second.name)
        keep, drop = self._chosen(pair)
        conflicts = merge_conflicts(keep, drop)
        self.details.setText(
            "Differs (not taken): " + "; ".join(str(c) for c in conflicts)
            if conflicts
            else "Nothing differs: the other's details fill the gaps."
        )

    def _chosen(self, pair: DuplicatePair) -> tuple:  # type: ignore[type-arg]
        if self.keep_first.isChecked():
            return pair.first, pair.second
        return pair.second, pair.first

    def merge_selected(self) -> bool:
        pair = self.current_pair()
        if pair is None:
            return False
        keep, drop = self._chosen(pair)
        self.ctx.backup_before("merge-people")
        if not push(self.ctx, MergePeopleCommand(self.ctx, keep, drop)):
            return False
        gone = {keep.id, drop.id}
        self.pairs = [p for p in self.pairs if not {p.first.id, p.second.id} & gone]
        self._fill()
        return True
