"""Every cell a view had to cut short ("Cloud Migration Progra…") shows its whole text on hover.

    show_whole_text_on_hover(table)

works for any item view (tables, trees, lists). A cell that fits keeps its model's own tooltip;
a clipped one shows the whole text, followed by that tooltip if it has one. Text is shown as
plain text, never as rich text.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QFontMetrics, QHelpEvent
from PySide6.QtGui import Qt as QtGui
from PySide6.QtWidgets import QAbstractItemView, QStyle, QToolTip

from ui.plain_text import rich_tooltip, tooltip

#: Room the style takes around a cell's text (margins, focus frame), in pixels.
_CELL_PADDING = 10


def is_elided(
    view: QAbstractItemView, row: int, column: int, parent: QModelIndex | None = None
) -> bool:
    """Whether the cell's text is wider than the room the view gives it."""
    model = view.model()
    index = model.index(row, column) if parent is None else model.index(row, column, parent)
    text = index.data(Qt.ItemDataRole.DisplayRole)
    if text is None:
        return False
    font = index.data(Qt.ItemDataRole.FontRole)
    metrics = view.fontMetrics() if font is None else QFontMetrics(font)
    room = view.visualRect(index).width() - _CELL_PADDING
    if index.data(Qt.ItemDataRole.DecorationRole) is not None:
        room -= view.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize) + 4
    widest = max((metrics.horizontalAdvance(line) for line in str(text).splitlines()), default=0)
    return widest > room


class _WholeText(QObject):
    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self.view = view

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ToolTip or not isinstance(event, QHelpEvent):
            return False
        index = self.view.indexAt(event.pos())
        if not index.isValid():
            return False
        text = index.data(Qt.ItemDataRole.DisplayRole)
        own = index.data(Qt.ItemDataRole.ToolTipRole)
        if text is None or not is_elided(self.view, index.row(), index.column(), index.parent()):
            return False  # the view shows the model's own tooltip, if any
        whole = tooltip(str(text))
        if own:
            # The model's own tooltip is made by ui.plain_text already (escaped rich text);
            # plain text from elsewhere is escaped here.
            own = str(own)
            whole += own if QtGui.mightBeRichText(own) else tooltip(own)
        QToolTip.showText(
            event.globalPos(),
            rich_tooltip(whole),
            self.view.viewport(),
            self.view.visualRect(index),
        )
        return True


def show_whole_text_on_hover(view: QAbstractItemView) -> None:
    view.viewport().installEventFilter(_WholeText(view))
