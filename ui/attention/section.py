"""One section of the attention page: a titled card with a count and a table of people.

Activating a row (double-click or Enter) asks the app to open that person.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.elided_tooltips import show_whole_text_on_hover
from ui.fitted_columns import MAX_TEXT_WIDTH, ColumnFitter
from ui.plain_text import make_plain, plain_label, tooltip

type Index = QModelIndex | QPersistentModelIndex

#: The role holding a row's stakeholder id.
PERSON_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True, slots=True)
class Column:
    title: str
    text: Callable[[Any], str]
    tooltip: Callable[[Any], str | None] | None = None
    align_right: bool = False
    bold: bool = False
    #: A colour for the cell's text ("#rrggbb"), or None.
    colour: Callable[[Any], str | None] | None = None
    #: Free text that takes the room left over, and gives way first when there is none.
    stretch: bool = False


def _alignment(column: Column) -> int:
    flag = Qt.AlignmentFlag
    return int((flag.AlignRight if column.align_right else flag.AlignLeft) | flag.AlignVCenter)


class SectionModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], person: Callable[[Any], int], parent: Any = None):
        super().__init__(parent)
        self.columns = list(columns)
        self._person = person
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, number: int) -> Any:
        return self._rows[number]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.title
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = (
                Qt.AlignmentFlag.AlignRight if column.align_right else Qt.AlignmentFlag.AlignLeft
            )
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == PERSON_ROLE:
            return self._person(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(column.tooltip(row) or "") or None if column.tooltip else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = (
                Qt.AlignmentFlag.AlignRight if column.align_right else Qt.AlignmentFlag.AlignLeft
            )
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and column.bold:
            font = QFont()
            font.setWeight(QFont.Weight.DemiBold)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and column.colour:
            colour = column.colour(row)
            return QBrush(QColor(colour)) if colour else None
        return None


#: A card's table shows at least this many rows (or all it has, when fewer) without scrolling,
#: and asks for room for up to SHOWN_ROWS_MAX; longer lists scroll inside the card.
SHOWN_ROWS_MIN = 4
SHOWN_ROWS_MAX = 8


class _Table(QTableView):
    activated_person = Signal(int)

    def _height_for(self, rows: int) -> int:
        shown = min(self.model().rowCount(), rows) if self.model() is not None else 0
        header = self.horizontalHeader().sizeHint().height()
        scroll = self.horizontalScrollBar().sizeHint().height()
        frame = 2 * self.frameWidth()
        return header + shown * self.verticalHeader().defaultSectionSize() + scroll + frame

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._height_for(SHOWN_ROWS_MAX))

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self._height_for(SHOWN_ROWS_MIN))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated_person.emit(int(self.currentIndex().data(PERSON_ROLE)))
            return
        super().keyPressEvent(event)


class _Stack(QStackedWidget):
    """As tall as the page it shows (an empty card is short, not as tall as its table)."""

    def sizeHint(self) -> QSize:
        shown = self.currentWidget()
        return shown.sizeHint() if shown is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        shown = self.currentWidget()
        return shown.minimumSizeHint() if shown is not None else super().minimumSizeHint()


class AttentionSection(QFrame):
    """A card: title, count, explanation, and the table (or a calm "nothing here")."""

    #: Emitted with a stakeholder id when a row is opened.
    open_person = Signal(int)

    def __init__(
        self,
        title: str,
        columns: Sequence[Column],
        person: Callable[[Any], int],
        empty_text: str,
        parent: QWidget | None = None,
        name: str = "",
    ) -> None:
        """``name`` keys the column widths the user drags to in the settings."""
        super().__init__(parent)
        self.setObjectName("attentionCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = plain_label(title, object_name="attentionCardTitle")
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setWeight(QFont.Weight.DemiBold)
        self.title.setFont(font)
        self.count = QLabel("0", objectName="attentionCount")
        self.count.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.count.setMinimumWidth(26)
        self.subtitle = QLabel("", objectName="mutedLabel")
        make_plain(self.subtitle)
        self.subtitle.setWordWrap(True)
        self.model = SectionModel(columns, person, self)
        self.table = _Table(objectName="attentionTable")
        show_whole_text_on_hover(self.table)  # clipped cells show their whole text
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setFrameShape(QFrame.Shape.NoFrame)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setCursor(Qt.CursorShape.PointingHandCursor)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setMinimumSectionSize(40)
        # Numbers, dates and short words at their content's width; the name and the stretching
        # text ("Why", "Commitment", "Map") share the rest, the name kept readable, the text
        # giving way down to its heading (its tooltip has the whole text). Drags are kept.
        stretching = [n for n, c in enumerate(columns) if c.stretch]
        self.columns = ColumnFitter(
            self.table,
            [0, *stretching],
            grows=stretching[0] if stretching else 0,
            parent=self,
            keeps={0: MAX_TEXT_WIDTH},  # names read whole
            remember=f"attention/{name}" if name else None,
        )
        self.empty = plain_label(empty_text, object_name="mutedLabel")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = _Stack()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.title)
        top.addWidget(self.count)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.subtitle)
        layout.addSpacing(4)
        layout.addWidget(self.stack, 1)
        self.table.doubleClicked.connect(self._open_index)
        self.table.activated_person.connect(self.open_person)

    def set_rows(self, rows: Sequence[Any], subtitle: str) -> None:
        self.model.set_rows(rows)
        self.count.setText(str(len(rows)))
        self.count.setProperty("urgent", bool(rows))
        self.count.style().unpolish(self.count)
        self.count.style().polish(self.count)
        self.subtitle.setText(subtitle)
        self.stack.setCurrentWidget(self.table if rows else self.empty)
        self.table.updateGeometry()
        self.stack.updateGeometry()

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_person.emit(int(index.data(PERSON_ROLE)))
