"""A Qt table model over the stakeholder register (rows cached; reset on change)."""

from __future__ import annotations

import json
from datetime import datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from domain.model import without_honorific
from domain.usecases.register import RegisterRow
from ui.formatting import format_date, format_rating
from ui.plain_text import tooltip
from ui.translation import tr

type Index = QModelIndex | QPersistentModelIndex

#: The role that holds a row's stakeholder id.
ID_ROLE = Qt.ItemDataRole.UserRole + 1
#: The role that holds the text searched by type-to-filter.
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2
#: The role that holds the login of the row's owner (None: nobody).
OWNER_ROLE = Qt.ItemDataRole.UserRole + 3
#: Dragged rows carry their stakeholder ids as a JSON list under this type (the grid takes them).
STAKEHOLDER_IDS_MIME = "application/x-rapport-stakeholder-ids"


class Column(IntEnum):
    NAME = 0
    TITLE = 1
    ORGANISATION = 2
    RELATION = 3
    TRUST = 4
    INFLUENCE = 5
    LAST_CONTACT = 6


HEADERS = {
    Column.NAME: QT_TRANSLATE_NOOP("", "Name"),
    Column.TITLE: QT_TRANSLATE_NOOP("", "Job title"),
    Column.ORGANISATION: QT_TRANSLATE_NOOP("", "Organisation"),
    Column.RELATION: QT_TRANSLATE_NOOP("", "Relation"),
    Column.TRUST: QT_TRANSLATE_NOOP("", "Trust"),
    Column.INFLUENCE: QT_TRANSLATE_NOOP("", "Influence"),
    Column.LAST_CONTACT: QT_TRANSLATE_NOOP("", "Last contact"),
}


def _date(moment: datetime | None) -> str:
    return format_date(moment)


class RegisterModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[RegisterRow] = []

    def set_rows(self, rows: list[RegisterRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_of(self, stakeholder_id: int) -> int:
        for number, row in enumerate(self._rows):
            if row.stakeholder.id == stakeholder_id:
                return number
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(Column)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else flags

    def mimeTypes(self) -> list[str]:
        return [STAKEHOLDER_IDS_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        ids = sorted({self._rows[i.row()].stakeholder.id for i in indexes if i.isValid()})
        data = QMimeData()
        data.setData(STAKEHOLDER_IDS_MIME, json.dumps(ids).encode("utf-8"))
        return data

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(HEADERS[Column(section)])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        person = row.stakeholder
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.EditRole:  # used for sorting
            return self._sort_key(row, column)
        if role == ID_ROLE:
            return person.id
        if role == OWNER_ROLE:
            return person.owner
        if role == SEARCH_ROLE:
            return " ".join(
                [
                    person.name,
                    person.job_title,
                    row.organisation,
                    row.unit,
                    person.relation,
                    *person.tags,
                ]
            ).casefold()
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.NAME and person.tags:
            return tooltip("Tags: " + ", ".join(person.tags))
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.ORGANISATION and row.unit:
            return tooltip(row.place)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (Column.TRUST, Column.INFLUENCE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and person.archived:
            return QColor("#8a8f98")
        if role == Qt.ItemDataRole.FontRole and person.archived:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    @staticmethod
    def _display(row: RegisterRow, column: Column) -> str:
        person = row.stakeholder
        match column:
            case Column.NAME:
                return person.name + ("  (archived)" if person.archived else "")
            case Column.TITLE:
                return person.job_title
            case Column.ORGANISATION:
                return row.organisation
            case Column.RELATION:
                return person.relation
            case Column.TRUST:
                return format_rating(row.trust)
            case Column.INFLUENCE:
                return format_rating(row.influence)
            case Column.LAST_CONTACT:
                return _date(row.last_contact)

    @staticmethod
    def _sort_key(row: RegisterRow, column: Column) -> Any:
        match column:
            case Column.TRUST:
                return -1.0 if row.trust is None else row.trust
            case Column.INFLUENCE:
                return -1.0 if row.influence is None else row.influence
            case Column.LAST_CONTACT:
                return row.last_contact.timestamp() if row.last_contact else 0.0
            case Column.NAME:  # "Dr. Katrin Vogel" among the Ks
                return without_honorific(row.stakeholder.name).casefold()
            case _:
                return RegisterModel._display(row, column).casefold()


class RegisterFilter(QSortFilterProxyModel):
    """Sorts by the source's EditRole and keeps rows whose text contains every typed word."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        #: Only the people this login owns ("Mine"); None: everyone.
        self._owner: str | None = None
        self.setSortRole(Qt.ItemDataRole.EditRole)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._words = text.casefold().split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_owner(self, login: str | None) -> None:
        self.beginFilterChange()
        self._owner = login
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if self._owner is not None:
            owner = model.data(model.index(source_row, 0, source_parent), OWNER_ROLE)
            if owner != self._owner:
                return False
        if not self._words:
            return True
        haystack = model.data(model.index(source_row, 0, source_parent), SEARCH_ROLE) or ""
        return all(word in haystack for word in self._words)
