"""The pipeline board: one column per status (idea → assessed → approved → delivered, and
declined), each a list of cards painted by a delegate.

Each column is a QListView over a small list model, so a board of thousands of items paints only
the cards on screen (a widget per card would take seconds to build). A card shows the title, the
unit, the kind as a coloured chip, the sponsor, the estimated value and how long it has sat in its
status; a stalled card has a red edge.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from domain.model import DemandKind, DemandStatus
from domain.usecases.demand import DemandRow
from ui.plain_text import plain_label, tooltip

#: The board's columns, left to right.
COLUMNS = (
    DemandStatus.IDEA,
    DemandStatus.ASSESSED,
    DemandStatus.APPROVED,
    DemandStatus.DELIVERED,
    DemandStatus.DECLINED,
)
KIND_COLOURS = {
    DemandKind.REQUEST: QColor("#6b7580"),
    DemandKind.OPPORTUNITY: QColor("#2f6fae"),
    DemandKind.JOINT_INITIATIVE: QColor("#23845a"),
}
STALLED_COLOUR = QColor("#c0392b")
ROW_ROLE = Qt.ItemDataRole.UserRole
_CARD_HEIGHT = 74


def format_value(value: float | None) -> str:
    """ "250k", "1.2m", "" for none: short enough for a card."""
    if value is None:
        return ""
    if value >= 1_000_000:
        return f"{value / 1_000_000:.1f}m"
    if value >= 1_000:
        return f"{value / 1_000:.0f}k"
    return f"{value:.0f}"


def waited(days: int) -> str:
    if days < 1:
        return "today"
    if days < 60:
        return f"{days} d"
    return f"{days // 30} mo"


class ColumnModel(QAbstractListModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[DemandRow] = []

    def set_rows(self, rows: list[DemandRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.item.title
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [
                row.item.title,
                row.unit,
                f"{row.item.kind.label} · {row.item.status.label} for {row.days_in_status} days",
            ]
            if row.sponsor:
                lines.append(f"Sponsor: {row.sponsor}")
            if row.item.value is not None:
                lines.append(f"Estimated value: {row.item.value:,.0f}")
            if row.stalled:
                lines.append("Stalled: no move for longer than the limit")
            if row.item.notes:
                lines.append(row.item.notes)
            return tooltip("\n".join(lines))
        return None


class CardDelegate(QStyledItemDelegate):
    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        # As narrow as need be: the view lays the cards out the width of its column.
        return QSize(120, _CARD_HEIGHT)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        row: DemandRow | None = index.data(ROW_ROLE)
        if row is None:
            return
        palette = option.palette  # type: ignore[attr-defined]
        full: QRect = option.rect  # type: ignore[attr-defined]
        view = self.parent()
        if isinstance(view, QListView):  # the card spans the column, whatever its hint
            full = QRect(full.left(), full.top(), view.viewport().width(), full.height())
        rect = full.adjusted(4, 3, -4, -3)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        base = palette.color(QPalette.ColorRole.Base)
        border = palette.color(QPalette.ColorRole.Mid)
        if selected:
            border = palette.color(QPalette.ColorRole.Highlight)
        painter.setPen(QPen(border, 2 if selected else 1))
        painter.setBrush(base)
        painter.drawRoundedRect(rect, 5, 5)
        edge = STALLED_COLOUR if row.stalled else KIND_COLOURS[row.item.kind]
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(edge)
        painter.drawRoundedRect(QRect(rect.left(), rect.top(), 4, rect.height()), 2, 2)

        inner = rect.adjusted(11, 6, -8, -6)
        font = QFont(option.font)  # type: ignore[attr-defined]
        bold = QFont(font)
        bold.setBold(True)
        small = QFont(font)
        small.setPointSizeF(max(font.pointSizeF() * 0.86, 6.5))
        text = palette.color(QPalette.ColorRole.Text)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)

        metrics = QFontMetrics(bold)
        line = metrics.height()
        value = format_value(row.item.value)
        value_width = QFontMetrics(font).horizontalAdvance(value) + 6 if value else 0
        painter.setFont(bold)
        painter.setPen(text)
        title = metrics.elidedText(
            row.item.title, Qt.TextElideMode.ElideRight, inner.width() - value_width
        )
        painter.drawText(inner.left(), inner.top() + metrics.ascent(), title)
        if value:
            painter.setFont(font)
            painter.drawText(
                QRect(inner.right() - value_width, inner.top(), value_width, line),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop),
                value,
            )

        small_metrics = QFontMetrics(small)
        painter.setFont(small)
        painter.setPen(muted)
        unit = small_metrics.elidedText(row.unit, Qt.TextElideMode.ElideLeft, inner.width())
        second = inner.top() + line + small_metrics.ascent() + 1
        painter.drawText(inner.left(), second, unit)

        # Third line: kind chip, sponsor, time in status.
        third_top = inner.bottom() - small_metrics.height() - 1
        chip = row.item.kind.label
        chip_width = small_metrics.horizontalAdvance(chip) + 10
        chip_rect = QRect(inner.left(), third_top, chip_width, small_metrics.height() + 2)
        painter.setPen(Qt.PenStyle.NoPen)
        colour = QColor(KIND_COLOURS[row.item.kind])
        colour.setAlpha(40)
        painter.setBrush(colour)
        painter.drawRoundedRect(chip_rect, 4, 4)
        painter.setPen(KIND_COLOURS[row.item.kind])
        painter.drawText(chip_rect, int(Qt.AlignmentFlag.AlignCenter), chip)
        age = waited(row.days_in_status)
        age_width = small_metrics.horizontalAdvance(age) + 2
        painter.setPen(STALLED_COLOUR if row.stalled else muted)
        painter.drawText(
            QRect(inner.right() - age_width, third_top, age_width, chip_rect.height()),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            age,
        )
        if row.sponsor:
            painter.setPen(muted)
            room = inner.width() - chip_width - age_width - 16
            sponsor = small_metrics.elidedText(row.sponsor, Qt.TextElideMode.ElideRight, room)
            painter.drawText(
                QRect(chip_rect.right() + 8, third_top, room, chip_rect.height()),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                sponsor,
            )
        painter.restore()


class PipelineColumn(QWidget):
    def __init__(self, status: DemandStatus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = status
        self.setObjectName(f"column-{status.value}")
        self.heading = plain_label(object_name="columnHeading")
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.totals = plain_label(object_name="mutedLabel")
        self.model = ColumnModel(self)
        self.view = QListView()
        self.view.setObjectName(f"cards-{status.value}")
        self.view.setModel(self.model)
        self.view.setItemDelegate(CardDelegate(self.view))
        self.view.setUniformItemSizes(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setMinimumWidth(190)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 0, 2, 0)
        layout.setSpacing(2)
        layout.addWidget(self.heading)
        layout.addWidget(self.totals)
        layout.addWidget(self.view, 1)

    def set_rows(self, rows: list[DemandRow]) -> None:
        self.model.set_rows(rows)
        self.heading.setText(f"{self.status.label}  ·  {len(rows)}")
        value = sum(r.item.value or 0 for r in rows)
        stalled = sum(1 for r in rows if r.stalled)
        parts = [f"estimated {format_value(value)}" if value else "no estimate"]
        if stalled:
            parts.append(f"{stalled} stalled")
        self.totals.setText(" · ".join(parts))


class PipelineBoard(QWidget):
    """The five columns; one card is current across them."""

    #: The current card's item id (0: none).
    current_changed = Signal(int)
    #: A card was double-clicked (or Enter pressed on it).
    activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pipelineBoard")
        self.columns = {status: PipelineColumn(status) for status in COLUMNS}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        for column in self.columns.values():
            layout.addWidget(column, 1)
            view = column.view
            view.selectionModel().currentChanged.connect(
                lambda current, _previous, v=view: self._on_current(v, current)
            )
            view.activated.connect(lambda index: self.activated.emit(self._id_of(index)))
            view.doubleClicked.connect(lambda index: self.activated.emit(self._id_of(index)))
        self._current = 0

    def set_rows(self, rows: Sequence[DemandRow]) -> None:
        by_status: dict[DemandStatus, list[DemandRow]] = {status: [] for status in COLUMNS}
        for row in rows:
            by_status[row.item.status].append(row)
        # Open columns: the longest waiting first; closed ones: the most recently closed first.
        for status, column in self.columns.items():
            column.set_rows(by_status[status] if status.is_open else by_status[status][::-1])
        keep = self._current
        self._current = 0
        if keep and not self.select(keep):
            self.current_changed.emit(0)

    def current_id(self) -> int:
        return self._current

    def select(self, item_id: int) -> bool:
        for column in self.columns.values():
            for number, row in enumerate(column.model.rows):
                if row.item.id == item_id:
                    index = column.model.index(number)
                    column.view.setCurrentIndex(index)
                    column.view.scrollTo(index)
                    return True
        return False

    def cards(self, status: DemandStatus) -> list[DemandRow]:
        return list(self.columns[status].model.rows)

    @staticmethod
    def _id_of(index: QModelIndex) -> int:
        row: DemandRow | None = index.data(ROW_ROLE)
        return row.item.id or 0 if row is not None else 0

    def _on_current(self, view: QListView, current: QModelIndex) -> None:
        if not current.isValid():
            return
        for column in self.columns.values():
            if column.view is not view:
                column.view.selectionModel().clear()
        self._current = self._id_of(current)
        self.current_changed.emit(self._current)
