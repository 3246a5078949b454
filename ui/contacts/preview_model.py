"""The rows of an import preview as a table: tick to take, who, and what the import would do."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from domain.usecases.contact_preview import ImportPreview, PreviewRow, RowStatus
from ui.translation import tr

COLUMNS = (
    QT_TRANSLATE_NOOP("", "Take"),
    QT_TRANSLATE_NOOP("", "Name"),
    QT_TRANSLATE_NOOP("", "Organisation"),
    QT_TRANSLATE_NOOP("", "E-mail"),
    QT_TRANSLATE_NOOP("", "Status"),
    QT_TRANSLATE_NOOP("", "Why / what it adds"),
)
_Index = QModelIndex | QPersistentModelIndex


def _organisation(row: PreviewRow) -> str:
    return " / ".join(p for p in (row.card.organisation, *row.card.units) if p)


def _detail(row: PreviewRow) -> str:
    if row.status == RowStatus.NEW:
        return ""
    if row.status == RowStatus.SKIP or row.merge is None:
        return row.reason
    text = f"{row.person_name}: {row.reason}; {row.merge.describe()}"
    if row.merge.conflicts:
        text += "; differs: " + "; ".join(str(c) for c in row.merge.conflicts)
    return text


class PreviewModel(QAbstractTableModel):
    def __init__(self, preview: ImportPreview) -> None:
        super().__init__()
        self.preview = preview

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.preview.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(COLUMNS[section])
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        row = self.preview.rows[index.row()]
        if index.column() == 0 and row.status != RowStatus.SKIP:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.preview.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == 0:
            if row.status == RowStatus.SKIP:
                return None
            return Qt.CheckState.Checked if row.take else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            values = (
                "",
                row.card.name or "(no name)",
                _organisation(row),
                ", ".join(row.card.emails),
                row.status.value,
                _detail(row),
            )
            return values[column]
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != 0:
            return False
        row = self.preview.rows[index.row()]
        if row.status == RowStatus.SKIP:
            return False
        row.take = Qt.CheckState(value) == Qt.CheckState.Checked
        self.dataChanged.emit(index, index, [role])
        return True

    def set_all(self, take: bool) -> None:
        for row in self.preview.rows:
            if row.status != RowStatus.SKIP:
                row.take = take
        if self.preview.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.preview.rows) - 1, 0))
