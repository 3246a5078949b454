"""Table columns sized to what they hold, sharing the width the table has.

Short columns (numbers, dates, a relation) get their content's width. Text columns get theirs too
when there is room; when there is not, they give way in proportion, never below their heading's
width, and the cells cut short show their whole text on hover (:mod:`ui.elided_tooltips`). Once
the user drags a column edge, their widths stand: :attr:`ColumnFitter.user_sized` turns on, and
the caller may save ``header.saveState()`` to restore them next time.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QByteArray, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QHeaderView, QTableView

#: The widest a text column is made by fitting (the user may drag it wider).
MAX_TEXT_WIDTH = 340
#: Room a heading needs beside its text on each side, and for the sort arrow.
_HEADER_MARGIN = 9
_SORT_ARROW = 18


class ColumnFitter(QObject):
    def __init__(
        self,
        table: QTableView,
        text_columns: Sequence[int],
        grows: int,
        parent: QObject,
        keeps: dict[int, int] | None = None,
    ) -> None:
        """``text_columns`` give way when room is short; ``grows`` takes any room left over;
        ``keeps`` gives columns that give way only down to a width (a name stays readable)."""
        super().__init__(parent)
        self.keeps = dict(keeps or {})
        self.table = table
        self.text_columns = list(text_columns)
        self.grows = grows
        self.user_sized = False
        self._user_state: QByteArray | None = None  # the user's widths, put back after a reset
        self._fitting = False
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        for column in range(header.count()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.sectionResized.connect(self._resized)
        header.sortIndicatorChanged.connect(self._sorted)
        table.viewport().installEventFilter(self)
        self._pending = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and not self.user_sized and not self._pending:
            self._pending = True  # once the resizing is over (a drag sends many)
            QTimer.singleShot(0, self, self._fit_now)
        return False

    def _fit_now(self) -> None:
        self._pending = False
        self.fit()

    def _sorted(self, _column: int, _order: Qt.SortOrder) -> None:
        if not self._fitting and not self.user_sized:
            self.fit()  # the arrow moved: the sorted heading needs its room

    def _resized(self, _column: int, _old: int, _new: int) -> None:
        if not self._fitting:
            # Only a drag on a column edge (or restoring the user's widths) resizes a column
            # besides fitting and a model reset, which fit() follows with the user's widths.
            self.user_sized = True
            self._user_state = self.table.horizontalHeader().saveState()

    def restore(self, state: QByteArray) -> bool:
        """Put back widths the user chose (e.g. last time); True when they applied."""
        self._fitting = True
        try:
            done = self.table.horizontalHeader().restoreState(state)
        finally:
            self._fitting = False
        if done:
            self.user_sized = True
            self._user_state = state
        return done

    def minimum(self, column: int) -> int:
        """A heading never clipped: its text and margins, and the sort arrow where it shows."""
        header = self.table.horizontalHeader()
        text = str(self.table.model().headerData(column, Qt.Orientation.Horizontal) or "")
        width = header.fontMetrics().horizontalAdvance(text) + 2 * _HEADER_MARGIN
        if header.isSortIndicatorShown() and header.sortIndicatorSection() == column:
            width += _SORT_ARROW
        return width

    def wanted(self, column: int) -> int:
        content = self.table.sizeHintForColumn(column)
        width = max(content, self.minimum(column))
        return min(width, MAX_TEXT_WIDTH) if column in self.text_columns else width

    def widths(self, room: int) -> dict[int, int]:
        header = self.table.horizontalHeader()
        columns = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        wanted = {c: self.wanted(c) for c in columns}
        fixed = sum(w for c, w in wanted.items() if c not in self.text_columns)
        text = [c for c in columns if c in self.text_columns]
        text_room = room - fixed
        want_text = sum(wanted[c] for c in text)
        if want_text <= text_room:
            widths = dict(wanted)
            if self.grows in widths:
                widths[self.grows] += text_room - want_text
            return widths
        # Not enough room: each text column gives up the same share of what it has above its
        # minimum, so a long title and a long organisation both stay readable.
        floor = {c: min(max(self.minimum(c), self.keeps.get(c, 0)), wanted[c]) for c in text}
        spare = sum(wanted[c] - floor[c] for c in text)
        short = want_text - max(text_room, sum(floor.values()))
        widths = dict(wanted)
        for c in text:
            give = (wanted[c] - floor[c]) / spare * short if spare else 0
            widths[c] = int(wanted[c] - give)
        return widths

    def fit(self) -> None:
        """Fit the columns, or (once the user sized them) put their widths back."""
        if self.user_sized:
            if self._user_state is not None:
                self._fitting = True
                try:
                    self.table.horizontalHeader().restoreState(self._user_state)
                finally:
                    self._fitting = False
            return
        self._fitting = True
        try:
            header = self.table.horizontalHeader()
            for column, width in self.widths(self.table.viewport().width()).items():
                header.resizeSection(column, width)
        finally:
            self._fitting = False
