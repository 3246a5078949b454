"""Table columns sized to what they hold, sharing the width the table has.

Short columns (numbers, dates, a relation) get their content's width. Text columns get theirs too
when there is room; when there is not, they give way in proportion, never below their heading's
width, and the cells cut short show their whole text on hover (:mod:`ui.elided_tooltips`). Once
the user drags a column edge, their widths stand: :attr:`ColumnFitter.user_sized` turns on; with a
``remember`` key they are kept in the settings and put back next time (else the caller may save
``header.saveState()`` itself). Works for tables and trees; it refits when the rows change.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QByteArray, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHeaderView, QTableView, QTreeView

from ui.settings_store import app_settings

#: The widest a text column is made by fitting (the user may drag it wider).
MAX_TEXT_WIDTH = 340
#: Room a heading needs beside its text on each side, and for the sort arrow.
_HEADER_MARGIN = 9
_SORT_ARROW = 18
#: Air beside a cell's text beyond the style's own margins (a cell exactly as wide as its
#: text reads cramped, and the text of a bold or a different font may round wider).
_CELL_AIR = 8


class ColumnFitter(QObject):
    def __init__(
        self,
        table: QTableView | QTreeView,
        text_columns: Sequence[int],
        grows: int,
        parent: QObject,
        keeps: dict[int, int] | None = None,
        remember: str | None = None,
        drops: Sequence[int] = (),
        measure: dict[int, Callable[[], int]] | None = None,
        give_first: Sequence[int] = (),
    ) -> None:
        """``text_columns`` give way when room is short; ``grows`` takes any room left over;
        ``keeps`` gives columns that give way only down to a width (a name stays readable);
        ``remember`` names the setting the user's widths are kept in; ``drops`` are columns
        hidden, in that order, while the others would not fit beside them (their contents are in
        a tooltip elsewhere), and shown again when there is room; ``measure`` gives columns whose
        content width the caller knows better than Qt (a tree's first column, where headings
        span the row); ``give_first`` are text columns that give way (down to their floor)
        before the other text columns give any."""
        super().__init__(parent)
        self.give_first = set(give_first)
        self.measure = dict(measure or {})
        self.drops = list(drops)
        self._dropped: set[int] = set()
        self.remember = remember
        self.keeps = dict(keeps or {})
        self.table = table
        self.text_columns = list(text_columns)
        self.grows = grows
        self.user_sized = False
        self._user_state: QByteArray | None = None  # the user's widths, put back after a reset
        self._fitting = False
        header = self.header
        header.setStretchLastSection(False)
        for column in range(header.count()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.sectionResized.connect(self._resized)
        header.sortIndicatorChanged.connect(self._sorted)
        table.viewport().installEventFilter(self)
        header.viewport().installEventFilter(self)  # to tell the user's drags from Qt's resizes
        self._pressed = False
        self._pending = False
        model = table.model()
        if model is not None:  # new rows may need wider columns (a tree fills in after a reset)
            for signal in (model.modelReset, model.rowsInserted, model.layoutChanged):
                signal.connect(self._schedule)
        if remember is not None:
            state = app_settings().value(f"columns/{remember}")
            if isinstance(state, QByteArray):
                self.restore(state)

    @property
    def header(self) -> QHeaderView:
        view = self.table
        return view.horizontalHeader() if isinstance(view, QTableView) else view.header()

    def _schedule(self, *_args: object) -> None:
        if not self._pending:
            self._pending = True  # once (a tree sends a signal per row it adds)
            QTimer.singleShot(0, self, self._fit_now)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.header.viewport():
            if event.type() == QEvent.Type.MouseButtonPress:
                self._pressed = True
            elif event.type() == QEvent.Type.MouseButtonRelease:
                self._pressed = False
            return False
        if event.type() == QEvent.Type.Resize and not self.user_sized:
            self._schedule()  # once the resizing is over (a drag sends many)
        return False

    def _fit_now(self) -> None:
        self._pending = False
        self.fit()

    def _sorted(self, _column: int, _order: Qt.SortOrder) -> None:
        if not self._fitting and not self.user_sized:
            self.fit()  # the arrow moved: the sorted heading needs its room

    def _resized(self, _column: int, old: int, new: int) -> None:
        # Only a drag on a column edge counts (Qt resizes sections of its own accord too, as a
        # view is first shown or its model reset; fit() follows those with the user's widths).
        if self._pressed and not self._fitting and old > 0 and new > 0:
            self.user_sized = True
            self._user_state = self.header.saveState()
            if self.remember is not None:
                app_settings().setValue(f"columns/{self.remember}", self._user_state)

    def restore(self, state: QByteArray) -> bool:
        """Put back widths the user chose (e.g. last time); True when they applied."""
        self._fitting = True
        try:
            done = self.header.restoreState(state)
        finally:
            self._fitting = False
        if done:
            self.user_sized = True
            self._user_state = state
        return done

    def minimum(self, column: int) -> int:
        """A heading never clipped: its text and margins, and the sort arrow where it shows."""
        header = self.header
        text = str(self.table.model().headerData(column, Qt.Orientation.Horizontal) or "")
        # Headings are set in semibold by the style sheet, which the header's font does not say.
        bold = QFont(header.font())
        bold.setWeight(QFont.Weight.DemiBold)
        width = QFontMetrics(bold).horizontalAdvance(text) + 2 * _HEADER_MARGIN
        if header.isSortIndicatorShown() and header.sortIndicatorSection() == column:
            width += _SORT_ARROW
        return width

    def wanted(self, column: int) -> int:
        measure = self.measure.get(column)
        content = (measure() if measure else self.table.sizeHintForColumn(column)) + _CELL_AIR
        width = max(content, self.minimum(column))
        return min(width, MAX_TEXT_WIDTH) if column in self.text_columns else width

    def widths(self, room: int) -> dict[int, int]:
        header = self.header
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
        # Not enough room: the columns that ``give_first`` give way down to their floor before
        # the others give anything; within a group each text column gives up the same share of
        # what it has above its floor, so a long title and a long organisation both stay
        # readable.
        floor = {c: min(max(self.minimum(c), self.keeps.get(c, 0)), wanted[c]) for c in text}
        short = want_text - max(text_room, sum(floor.values()))
        widths = dict(wanted)
        first = [c for c in text if c in self.give_first]
        for group in (first, [c for c in text if c not in self.give_first]):
            spare = sum(wanted[c] - floor[c] for c in group)
            take = min(short, spare)
            for c in group:
                give = (wanted[c] - floor[c]) / spare * take if spare else 0
                widths[c] = int(wanted[c] - give)
            short -= take
        return widths

    def fit(self) -> None:
        """Fit the columns, or (once the user sized them) put their widths back."""
        if self.user_sized:
            if self._user_state is not None:
                self._fitting = True
                try:
                    self.header.restoreState(self._user_state)
                finally:
                    self._fitting = False
            return
        self._fitting = True
        try:
            header = self.header
            room = self.table.viewport().width()
            self._drop_what_does_not_fit(room)
            for column, width in self.widths(room).items():
                header.resizeSection(column, width)
        finally:
            self._fitting = False

    def least(self, squeezing: Sequence[int] | None = None) -> int:
        """The narrowest the shown columns go without scrolling sideways, the text columns (or
        only those in ``squeezing``) at their floor."""
        header = self.header
        squeezed = self.text_columns if squeezing is None else squeezing
        total = 0
        for column in range(header.count()):
            if header.isSectionHidden(column):
                continue
            wanted = self.wanted(column)
            if column in squeezed:
                wanted = min(max(self.minimum(column), self.keeps.get(column, 0)), wanted)
            total += wanted
        return total

    def _drop_what_does_not_fit(self, room: int) -> None:
        header = self.header
        for column in self._dropped:
            header.showSection(column)
        self._dropped = set()
        # With columns that give way first, a column is dropped before the others give way (a
        # whole "What" matters more than "Entered"); else only when even squeezed they would not
        # fit.
        squeezing = sorted(self.give_first) if self.give_first else None
        for column in self.drops:
            if self.least(squeezing) <= room:
                return
            if not header.isSectionHidden(column):
                header.hideSection(column)
                self._dropped.add(column)

    def dropped(self) -> set[int]:
        """The columns hidden for want of room now."""
        return set(self._dropped)
