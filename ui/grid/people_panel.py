"""The side list of a map's people, kept in step with the canvas selection.

Shows each person's quadrant and the gap to where the plan needs them; in compare mode, how they
moved between the two dates. People the filters leave out are greyed, not hidden.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from domain.model import Attitude
from domain.rules.quadrant import Quadrant
from domain.usecases.map_view import MapPerson, Placement
from ui.domain_words import quadrant_title
from ui.elided_tooltips import show_whole_text_on_hover
from ui.fitted_columns import MAX_TEXT_WIDTH, ColumnFitter
from ui.formatting import format_number
from ui.grid.grid_filter import Marks
from ui.grid.legend import LegendWidget
from ui.grid.marker_style import GridStyle
from ui.plain_text import make_plain, tooltip
from ui.translation import tr

type Index = QModelIndex | QPersistentModelIndex

ID_ROLE = Qt.ItemDataRole.UserRole + 1
HEADERS = (
    QT_TRANSLATE_NOOP("", "Person"),
    QT_TRANSLATE_NOOP("", "Quadrant"),
    QT_TRANSLATE_NOOP("", "Plan"),
    QT_TRANSLATE_NOOP("", "Gap"),
    QT_TRANSLATE_NOOP("", "Moved"),
)
#: The columns, by what they hold.
NAME, QUADRANT, PLAN, GAP, MOVED = range(len(HEADERS))


def dot_icon(colour: QColor, dashed: bool = False) -> QIcon:
    """A 14-pixel dot, drawn for 1×, 2× and 3× screens so that it stays crisp at 200 %."""
    icon = QIcon()
    for ratio in (1, 2, 3):
        pixmap = QPixmap(14 * ratio, 14 * ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.scale(ratio, ratio)
        painter.setPen(QColor("#6B7480") if dashed else colour.darker(120))
        painter.setBrush(colour)
        painter.drawEllipse(QRectF(1, 1, 12, 12))
        painter.end()
        pixmap.setDevicePixelRatio(ratio)
        icon.addPixmap(pixmap)
    return icon


class PeopleModel(QAbstractTableModel):
    def __init__(self, style: GridStyle, parent: Any = None) -> None:
        super().__init__(parent)
        self._ids: list[int] = []
        self._rows: dict[int, int] = {}
        self._sorting = (0, Qt.SortOrder.AscendingOrder)
        self._people: dict[int, MapPerson] = {}
        self._placements: dict[int, Placement] = {}
        self._dimmed: frozenset[int] = frozenset()
        self._moved: dict[int, tuple[str, float]] = {}
        self._icons = {
            attitude: dot_icon(style.fills[attitude].color(), attitude is None)
            for attitude in (*Attitude, None)
        }

    def set_map(
        self,
        people: dict[int, MapPerson],
        placements: dict[int, Placement],
        marks: Marks,
        moved: dict[int, tuple[str, float]] | None = None,
    ) -> None:
        self.beginResetModel()
        self._people, self._placements = people, placements
        self._dimmed = marks.dimmed
        self._moved = moved or {}
        self._ids = list(people)
        self._order()
        self.endResetModel()

    def row_of(self, person_id: int) -> int:
        return self._rows.get(person_id, -1)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorted here, with one key per row: a proxy would call data() for every comparison."""
        self._sorting = (column, order)
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        kept = [(self._ids[i.row()], i.column()) for i in before]
        self._order()
        self.changePersistentIndexList(
            before, [self.index(self._rows[pid], column) for pid, column in kept]
        )
        self.layoutChanged.emit()

    def _order(self) -> None:
        column, order = self._sorting
        placements, people = self._placements, self._people
        self._ids.sort(
            key=lambda pid: (
                self._sort_key(people[pid], placements.get(pid) or Placement(pid), column),
                people[pid].name.casefold(),
            ),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        self._rows = {pid: row for row, pid in enumerate(self._ids)}

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        person_id = self._ids[index.row()]
        person = self._people[person_id]
        placement = self._placements.get(person_id) or Placement(person_id)
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(person, placement, column)
        if role == Qt.ItemDataRole.EditRole:
            return self._sort_key(person, placement, column)
        if role == ID_ROLE:
            return person_id
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return self._icons[placement.attitude]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == GAP:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and person_id in self._dimmed:
            return QColor("#9AA1AA")
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            role_text = " · ".join(t for t in (person.job_title, person.organisation) if t)
            return tooltip(person.name + (f"\n{role_text}" if role_text else ""))
        return None

    def _display(self, person: MapPerson, placement: Placement, column: int) -> str:
        match column:
            case 0:
                return person.name
            case 1:
                quadrant = placement.quadrant
                return quadrant_title(quadrant) if quadrant else tr("Not placed")
            case 2:
                target = placement.desired_quadrant
                if placement.gap is None or target is None:
                    return ""
                if placement.on_target:
                    return "On target"
                return "Within quadrant" if target == placement.quadrant else f"→ {target.title}"
            case 3:
                gap = placement.gap
                return "" if gap is None or placement.on_target else format_number(gap)
            case _:
                moved = self._moved.get(person.stakeholder_id)
                return moved[0] if moved else ""

    def _sort_key(self, person: MapPerson, placement: Placement, column: int) -> Any:
        match column:
            case 1:
                order = list(Quadrant)
                quadrant = placement.quadrant
                return order.index(quadrant) if quadrant else len(order)
            case 2 | 3:
                return -1.0 if placement.gap is None else placement.gap
            case 4:
                moved = self._moved.get(person.stakeholder_id)
                return moved[1] if moved else -1.0
            case _:
                return person.name.casefold()


class PeoplePanel(QWidget):
    #: The ids now selected in the list (by the user).
    selection_changed = Signal(list)
    #: A person was double-clicked or Enter was pressed on them.
    activated = Signal(int)

    def __init__(self, style: GridStyle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = PeopleModel(style, self)
        self.title = QLabel()
        self.title.setObjectName("gridMapTitle")
        make_plain(self.title)
        self.title.setWordWrap(True)
        title_font = self.title.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.3)
        title_font.setWeight(QFont.Weight.DemiBold)
        self.title.setFont(title_font)
        self.purpose = QLabel()
        self.purpose.setObjectName("mutedLabel")
        make_plain(self.purpose)
        self.purpose.setWordWrap(True)
        self.heading = QLabel(tr("People on this map"))
        self.heading.setObjectName("gridPanelHeading")
        heading_font = self.heading.font()
        heading_font.setWeight(QFont.Weight.DemiBold)
        self.heading.setFont(heading_font)
        self.summary = QLabel()
        self.summary.setObjectName("mutedLabel")
        self.summary.setWordWrap(True)
        make_plain(self.summary)
        self.tree = QTreeView()
        show_whole_text_on_hover(self.tree)  # clipped cells show their whole text
        self.tree.setObjectName("gridPeople")
        self.tree.setAccessibleName(tr("People on this map"))
        self.tree.setModel(self.model)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSortingEnabled(True)
        self.tree.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Sized to their content (Qt measures at most the header's resizeContentsPrecision
        # rows, so a 5,000-person map costs no more than a 200-person one); names read whole,
        # quadrant, plan and move give way (their tooltips say it all).
        header = self.tree.header()
        header.setResizeContentsPrecision(200)
        self.columns = ColumnFitter(
            self.tree,
            [NAME, QUADRANT, PLAN, MOVED],
            grows=NAME,
            parent=self,
            keeps={NAME: MAX_TEXT_WIDTH},
            remember="mapPeople",
        )
        self.tree.setColumnHidden(MOVED, True)
        self.legend = LegendWidget(style)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        layout.addWidget(self.title)
        layout.addWidget(self.purpose)
        layout.addSpacing(4)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.legend)
        self._syncing = False
        self.tree.selectionModel().selectionChanged.connect(self._on_selection)
        self.tree.activated.connect(self._on_activated)

    def show_map(
        self,
        people: dict[int, MapPerson],
        placements: dict[int, Placement],
        marks: Marks,
        moved: dict[int, tuple[str, float]] | None = None,
    ) -> None:
        keep = self.selected_ids()
        self._syncing = True
        try:
            self.model.set_map(people, placements, marks, moved)
            # Comparing is about drift: the plan columns make room for it.
            self.tree.setColumnHidden(MOVED, moved is None)
            self.tree.setColumnHidden(PLAN, moved is not None)
            self.tree.setColumnHidden(GAP, moved is not None)
        finally:
            self._syncing = False
        self.select_ids(keep)
        self.heading.setText(tr("People ({n})").format(n=len(people)))
        self.summary.setText(_summary(placements, people))

    def set_map_info(self, name: str, purpose: str) -> None:
        self.title.setText(name)
        self.purpose.setText(purpose)
        self.purpose.setVisible(bool(purpose))

    def selected_ids(self) -> list[int]:
        return [int(i.data(ID_ROLE)) for i in self.tree.selectionModel().selectedRows()]

    def select_ids(self, ids: list[int]) -> None:
        """Mirror the canvas selection (without echoing it back)."""
        if sorted(ids) == sorted(self.selected_ids()):
            return
        selection = QItemSelection()
        last = self.model.columnCount() - 1
        for person_id in ids:
            row = self.model.row_of(person_id)
            if row >= 0:
                selection.select(self.model.index(row, 0), self.model.index(row, last))
        self._syncing = True
        try:
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
            self.tree.selectionModel().select(selection, flags)
            if ids:
                row = self.model.row_of(ids[0])
                if row >= 0:
                    index = self.model.index(row, 0)
                    self.tree.selectionModel().setCurrentIndex(
                        index, QItemSelectionModel.SelectionFlag.NoUpdate
                    )
                    self.tree.scrollTo(index)
        finally:
            self._syncing = False

    def _on_selection(self, *_args: object) -> None:
        if not self._syncing:
            self.selection_changed.emit(self.selected_ids())

    def _on_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.activated.emit(int(index.data(ID_ROLE)))


def _summary(placements: dict[int, Placement], people: dict[int, MapPerson]) -> str:
    counts = dict.fromkeys(Quadrant, 0)
    away = 0
    for person_id in people:
        placement = placements.get(person_id)
        if placement is None:
            continue
        if placement.quadrant is not None:
            counts[placement.quadrant] += 1
        if placement.gap is not None and not placement.on_target:
            away += 1
    # No-break spaces inside each part: a line may break between quadrants, never inside one.
    parts = [f"{quadrant_title(q)} {n}".replace(" ", "\u00a0") for q, n in counts.items()]
    text = " · ".join(parts)
    if away:
        text += f"\n{away} away from where the plan needs them"
    return text
