"""The "Charts" page: several people side by side, averages per organisation or unit, and the
relationship maturity of business units over time. Exports PNG, SVG and CSV.

matplotlib is imported only once the page has been shown: the page appears at once with
"Drawing…" where the chart goes, and the first chart is drawn in the next turn of the event loop.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from domain.clock import utc_now
from domain.model import Dimension
from domain.rules.trends import RangePreset
from domain.usecases import charts_data
from domain.usecases.maps import list_maps, members
from domain.usecases.stakeholders import list_stakeholders
from ui.app_context import AppContext, Topic
from ui.charts.export import ExportButton, PlottedSeries, write_csv
from ui.charts.range_picker import RangePicker
from ui.plain_text import make_plain
from ui.reload_when_shown import ReloadWhenShown
from ui.translation import tr

if TYPE_CHECKING:
    from ui.charts.canvas import ChartCanvas

PEOPLE, AVERAGES, MATURITY = 0, 1, 2
_VIEWS = ["Compare people", "Average per organisation or unit", "Relationship maturity"]
_TOPICS = {
    Topic.RATINGS,
    Topic.STAKEHOLDERS,
    Topic.ORGANISATIONS,
    Topic.MAPS,
    Topic.WORKSPACE,
}
#: The first chart waits this long, so the page (list and all) is painted before matplotlib
#: loads and draws, which blocks for a second or two; a zero delay can run before the paint.
_FIRST_DRAW_DELAY_MS = 40
#: People ticked when the page first opens (everyone on the first map, up to this many).
_FIRST_PICK = 6


class ChartsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chartsPage")
        self.ctx = ctx
        self.plotted: list[PlottedSeries] = []
        self.freshness = ReloadWhenShown(self, ctx, _TOPICS, self.reload)
        self._picked_once = False
        self._canvas: ChartCanvas | None = None
        self._first_draw_queued = False

        self.view = QComboBox(objectName="chartViewCombo")
        self.view.addItems(_VIEWS)
        self.dimension = QComboBox(objectName="chartDimensionCombo")
        self.dimension.addItem(tr("Trust"), Dimension.TRUST.value)
        self.dimension.addItem(tr("Influence"), Dimension.INFLUENCE.value)

        # People
        self.filter = QLineEdit(objectName="chartPeopleFilter", placeholderText="Find a person…")
        self.filter.setClearButtonEnabled(True)
        self.people = QListWidget(objectName="chartPeopleList")
        self.people.setAlternatingRowColors(True)
        self.map_combo = QComboBox(objectName="chartMapCombo")
        self.add_map = QPushButton(tr("Add everyone"), objectName="chartAddMap")
        self.clear = QPushButton(tr("Clear"), objectName="chartClearPeople")
        self.side_by_side = QCheckBox(tr("Side by side panels"), objectName="chartSideBySide")
        people_box = QWidget()
        people_layout = QVBoxLayout(people_box)
        people_layout.setContentsMargins(0, 0, 0, 0)
        people_layout.addWidget(self.filter)
        people_layout.addWidget(self.people, 1)
        from_map = QHBoxLayout()
        from_map.addWidget(QLabel(tr("On map")))
        from_map.addWidget(self.map_combo, 1)
        from_map.addWidget(self.add_map)
        people_layout.addLayout(from_map)
        bottom = QHBoxLayout()
        bottom.addWidget(self.side_by_side)
        bottom.addStretch(1)
        bottom.addWidget(self.clear)
        people_layout.addLayout(bottom)

        # Averages
        self.grouping = QComboBox(objectName="chartGroupingCombo")
        self.grouping.addItem(tr("Organisation"), charts_data.Grouping.ORGANISATION.value)
        self.grouping.addItem(tr("Unit"), charts_data.Grouping.UNIT.value)
        averages_box = QWidget()
        averages_form = QFormLayout(averages_box)
        averages_form.setContentsMargins(0, 0, 0, 0)
        averages_form.addRow(tr("Group by"), self.grouping)
        hint = QLabel(
            tr(
                "The mean of everyone rated in each group, as it stood at each date. "
                "The number in brackets is the group's headcount."
            ),
            objectName="mutedLabel",
        )
        hint.setWordWrap(True)
        averages_form.addRow(hint)

        maturity_box = QWidget()
        maturity_layout = QVBoxLayout(maturity_box)
        maturity_layout.setContentsMargins(0, 0, 0, 0)
        maturity_hint = QLabel(
            tr(
                "Business–IT relationship maturity of each assessed unit: order taker → "
                "consultative → partner."
            ),
            objectName="mutedLabel",
        )
        maturity_hint.setWordWrap(True)
        maturity_layout.addWidget(maturity_hint)
        maturity_layout.addStretch(1)

        self.options = QStackedWidget()
        self.options.addWidget(people_box)
        self.options.addWidget(averages_box)
        self.options.addWidget(maturity_box)

        side = QFrame(objectName="chartSide")
        side.setFixedWidth(300)
        side_form = QFormLayout()
        side_form.setContentsMargins(0, 0, 0, 0)
        side_form.addRow(tr("&View"), self.view)
        self.dimension_label = QLabel(tr("&Rating"))
        self.dimension_label.setBuddy(self.dimension)
        side_form.addRow(self.dimension_label, self.dimension)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addLayout(side_form)
        side_layout.addSpacing(6)
        side_layout.addWidget(self.options, 1)

        self.title = QLabel(objectName="chartTitle")
        make_plain(self.title)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setWeight(QFont.Weight.DemiBold)
        self.title.setFont(font)
        self.range = RangePicker(RangePreset.LAST_YEAR)
        self.export_button = ExportButton(self.export_to, lambda: self.title.text())
        self.drawing = QLabel(tr("Drawing…"), objectName="mutedLabel")
        self.drawing.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.chart_stack = QStackedWidget(objectName="chartStack")
        self.chart_stack.addWidget(self.drawing)
        bar = QHBoxLayout()
        bar.addWidget(self.title)
        bar.addStretch(1)
        bar.addWidget(self.range)
        bar.addWidget(self.export_button)
        right = QVBoxLayout()
        right.addLayout(bar)
        right.addWidget(self.chart_stack, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(16)
        layout.addWidget(side)
        layout.addLayout(right, 1)

        self.view.currentIndexChanged.connect(self._view_changed)
        self.dimension.currentIndexChanged.connect(lambda _i: self.redraw())
        self.grouping.currentIndexChanged.connect(lambda _i: self.redraw())
        self.side_by_side.toggled.connect(lambda _on: self.redraw())
        self.range.changed.connect(self.redraw)
        self.people.itemChanged.connect(lambda _item: self.redraw())
        self.filter.textChanged.connect(self._filter_people)
        self.add_map.clicked.connect(self.add_map_people)
        self.clear.clicked.connect(self.clear_people)
        self._view_changed()

    # -- choosing -------------------------------------------------------------------------------
    def reload(self) -> None:
        """Refill the people and map lists (keeping the ticks), then draw."""
        self.freshness.loaded()
        if not self.ctx.has_workspace:
            return
        ticked = set(self.picked_ids())
        self.people.blockSignals(True)
        self.people.clear()
        for person in list_stakeholders(self.ctx.uow()):
            item = QListWidgetItem(person.name)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if person.id in ticked else Qt.CheckState.Unchecked
            )
            self.people.addItem(item)
        self.people.blockSignals(False)
        current_map = self.map_combo.currentData()
        self.map_combo.clear()
        for stakeholder_map in list_maps(self.ctx.uow()):
            self.map_combo.addItem(stakeholder_map.name, stakeholder_map.id)
        index = self.map_combo.findData(current_map)
        self.map_combo.setCurrentIndex(max(index, 0))
        if not self._picked_once:
            self._picked_once = True
            if self.map_combo.count():
                self.add_map_people(limit=_FIRST_PICK)
                return
        self._filter_people(self.filter.text())
        self.redraw()

    def picked_ids(self) -> list[int]:
        return [
            int(self.people.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.people.count())
            if self.people.item(row).checkState() == Qt.CheckState.Checked
        ]

    def set_picked(self, stakeholder_ids: list[int]) -> None:
        wanted = set(stakeholder_ids)
        self.people.blockSignals(True)
        for row in range(self.people.count()):
            item = self.people.item(row)
            checked = int(item.data(Qt.ItemDataRole.UserRole)) in wanted
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.people.blockSignals(False)
        self.redraw()

    def add_map_people(self, limit: int | None = None) -> None:
        map_id = self.map_combo.currentData()
        if map_id is None:
            return
        on_map = [m.stakeholder_id for m in members(self.ctx.uow(), int(map_id))]
        self.set_picked(self.picked_ids() + on_map[:limit])

    def clear_people(self) -> None:
        self.set_picked([])

    def _filter_people(self, text: str) -> None:
        needle = text.strip().casefold()
        for row in range(self.people.count()):
            item = self.people.item(row)
            item.setHidden(bool(needle) and needle not in item.text().casefold())

    def _view_changed(self) -> None:
        view = self.view.currentIndex()
        self.options.setCurrentIndex(view)
        self.dimension.setVisible(view != MATURITY)
        self.dimension_label.setVisible(view != MATURITY)
        self.redraw()

    # -- drawing --------------------------------------------------------------------------------
    @property
    def chosen_dimension(self) -> Dimension:
        return Dimension(self.dimension.currentData())

    @property
    def canvas(self) -> ChartCanvas:
        return self.ensure_canvas()

    def ensure_canvas(self) -> ChartCanvas:
        """The figure, made (and matplotlib imported) the first time it is needed."""
        if self._canvas is None:
            from ui.charts.canvas import ChartCanvas

            self._canvas = ChartCanvas()
            self._canvas.theme_changed.connect(self.redraw)
            self.chart_stack.addWidget(self._canvas)
            self.chart_stack.setCurrentWidget(self._canvas)
            self.redraw()  # the chart the page is waiting for
        return self._canvas

    def _first_draw(self) -> None:
        self._first_draw_queued = False
        self.ensure_canvas()

    def redraw(self) -> None:
        if self.freshness.stale or not self.ctx.has_workspace:
            return
        if self._canvas is None:
            # First chart: let the page show ("Drawing…") before matplotlib loads.
            if not self._first_draw_queued:
                self._first_draw_queued = True
                QTimer.singleShot(_FIRST_DRAW_DELAY_MS, self, self._first_draw)
            return
        from ui.charts.compare_plots import draw_averages, draw_maturity, draw_people

        now = utc_now()
        window = self.range.date_window(now)
        view = self.view.currentIndex()
        dimension = self.chosen_dimension
        what = dimension.value.capitalize()
        if view == PEOPLE:
            people = charts_data.people_series(self.ctx.uow(), self.picked_ids(), dimension, now)
            self.plotted = draw_people(
                self.canvas, people, dimension, window, self.side_by_side.isChecked()
            )
            count = len(people)
            self.title.setText(f"{what} — {count} {'person' if count == 1 else 'people'}")
        elif view == AVERAGES:
            grouping = charts_data.Grouping(self.grouping.currentData())
            groups = charts_data.group_averages(self.ctx.uow(), dimension, grouping, now)
            self.plotted = draw_averages(self.canvas, groups, dimension, window)
            self.title.setText(
                tr("Average {dimension} per {grouping}").format(
                    dimension=dimension.value, grouping=grouping.value
                )
            )
        else:
            units = charts_data.maturity_by_unit(self.ctx.uow(), now)
            self.plotted = draw_maturity(self.canvas, units, window)
            self.title.setText(tr("Relationship maturity per business unit"))

    def export_to(self, path: Path) -> None:
        if path.suffix.lower() == ".csv":
            write_csv(path, self.plotted)
        else:
            self.canvas.canvas.draw()
            self.canvas.save_image(path)
