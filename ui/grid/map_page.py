"""The Maps page: pick a map, see its people on the power/interest grid, plan, replay, export.

Layout lives here, with the wiring between the parts; gestures become commands in
:mod:`ui.grid.map_actions`, and the page reloads what it shows when ``ctx.changed`` says so.
"""

from __future__ import annotations

import hashlib
from datetime import date, datetime

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from domain.model import StakeholderMap
from domain.usecases.map_history import MapHistory, drift, load_map_history
from domain.usecases.map_view import (
    MapView,
    load_map_people,
    load_map_placements,
    load_map_view,
)
from domain.usecases.maps import list_maps
from ui.app_context import AppContext, Topic
from ui.formatting import format_number
from ui.grid.empty_state import no_maps_page
from ui.grid.filter_bar import FilterBar
from ui.grid.grid_backdrop import Backdrop
from ui.grid.grid_export import Sheet
from ui.grid.grid_filter import GridFilter, mark
from ui.grid.grid_scene import CACHE_FROM, GridScene
from ui.grid.grid_view import GridView
from ui.grid.map_actions import MapActions
from ui.grid.marker_style import GridStyle
from ui.grid.people_panel import PeoplePanel
from ui.grid.scheme_follow import recolour
from ui.grid.time_bar import TimeBar, day_text
from ui.grid.trail_items import trail_from
from ui.look import is_dark
from ui.ownership.team_cache import my_login
from ui.plain_text import make_plain, tooltip
from ui.reload_when_shown import ReloadWhenShown
from ui.remembered_layout import remember_splitter
from ui.settings_store import app_settings
from ui.translation import tr

_RELOAD_ON = {
    Topic.MAPS,
    Topic.RATINGS,
    Topic.STAKEHOLDERS,
    Topic.ORGANISATIONS,
    Topic.INTERACTIONS,
    Topic.WORKSPACE,
}


class MapPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mapPage")
        self.ctx = ctx
        self.maps: list[StakeholderMap] = []
        self.current_map: StakeholderMap | None = None
        self.map_view: MapView | None = None
        self.history: MapHistory | None = None
        self.grid_filter = GridFilter()
        # A switch of workspace forgets the map shown, whether the page is visible or not.
        ctx.changed.connect(self._on_workspace_changed)
        self.freshness = ReloadWhenShown(self, ctx, _RELOAD_ON, self.reload, refresh=self._refresh)

        app = QApplication.instance()
        dark = is_dark(app) if isinstance(app, QApplication) else False
        self.style_ = GridStyle.make(dark, self.palette().highlight().color(), self.font())
        self.scene = GridScene(self.style_, Backdrop(dark, self.font()), self)
        self.view = GridView(self.scene)
        self.panel = PeoplePanel(self.style_)
        self.filters = FilterBar()
        self.time_bar = TimeBar()
        self.actions_ = MapActions(self)
        self._build_layout()
        self._sync_timer = QTimer(self, singleShot=True, interval=30)
        self._sync_timer.timeout.connect(self._selection_to_panel)
        self._connect()
        self.reload()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            highlight = self.palette().highlight().color()
            if recolour(
                self.scene,
                self.palette().window().color().lightness() < 128,
                highlight,
                self.font(),
            ):
                self.panel.update()
                self._build_banner_tint()

    # -- layout -------------------------------------------------------------------------------
    def _build_layout(self) -> None:
        a = self.actions_
        self.map_combo = QComboBox()
        self.map_combo.setObjectName("mapChooser")
        self.map_combo.setAccessibleName(tr("Map"))
        self.map_combo.setMinimumContentsLength(22)
        self.map_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        toolbar = QToolBar()
        toolbar.setObjectName("mapToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addWidget(self.map_combo)
        for action in (a.new_map, a.rename, a.duplicate, a.delete):
            toolbar.addAction(action)
        toolbar.addSeparator()
        toolbar.addAction(a.add_people)
        toolbar.addAction(a.remove_people)
        toolbar.addSeparator()
        toolbar.addAction(a.snap)
        toolbar.addAction(a.zoom_out)
        toolbar.addAction(a.fit)
        toolbar.addAction(a.zoom_in)
        toolbar.addSeparator()
        export = QToolButton()
        export.setText(tr("Export"))
        export.setObjectName("gridExport")
        export.setMenu(a.export_menu)
        export.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        toolbar.addWidget(export)

        canvas = QWidget()
        canvas_layout = QVBoxLayout(canvas)
        canvas_layout.setContentsMargins(0, 0, 0, 0)
        canvas_layout.setSpacing(6)
        canvas_layout.addWidget(self.filters)
        canvas_layout.addWidget(self._build_banner())
        canvas_layout.addWidget(self.view, 1)
        canvas_layout.addWidget(self.time_bar)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mapSplitter")
        self.splitter.addWidget(canvas)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([940, 440])
        remember_splitter(self.splitter, "mapSplitter")

        empty = no_maps_page(a.create_map)
        self.stack = QStackedWidget()
        self.stack.addWidget(empty)
        self.stack.addWidget(self.splitter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 8)
        layout.setSpacing(6)
        layout.addWidget(toolbar)
        layout.addWidget(self.stack, 1)

    def _build_banner(self) -> QWidget:
        """The strip over the canvas while it shows the past."""
        self.banner = QWidget()
        self.banner.setObjectName("gridReplayBanner")
        self.banner.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._build_banner_tint()
        self.banner_text = QLabel()
        make_plain(self.banner_text)
        back = QPushButton(tr("Back to Today"))
        back.setObjectName("gridBackToToday")
        back.clicked.connect(lambda: self.time_bar.replay.setChecked(False))
        row = QHBoxLayout(self.banner)
        row.setContentsMargins(10, 4, 6, 4)
        row.addWidget(self.banner_text, 1)
        row.addWidget(back)
        self.banner.hide()
        return self.banner

    def _build_banner_tint(self) -> None:
        tint = self.palette().highlight().color()
        rgb = f"{tint.red()}, {tint.green()}, {tint.blue()}"
        self.banner.setStyleSheet(
            f"#gridReplayBanner {{ background: rgba({rgb}, 0.13); border-radius: 4px; }}"
        )

    def _connect(self) -> None:
        a = self.actions_
        self.map_combo.activated.connect(lambda i: self.open_map(self.map_combo.itemData(i)))
        self.view.moves_requested.connect(a.move)
        self.view.people_dropped.connect(a.add)
        self.view.remove_requested.connect(a.remove)
        self.view.plan_requested.connect(a.plan)
        self.view.rate_requested.connect(a.rate)
        self.view.position_requested.connect(a.position)
        self.view.add_requested.connect(a.pick_people)
        self.view.open_requested.connect(self.ctx.show_stakeholder.emit)
        self.panel.activated.connect(self.ctx.show_stakeholder.emit)
        self.panel.selection_changed.connect(self._panel_to_selection)
        self.scene.selectionChanged.connect(self._sync_timer.start)
        self.filters.changed.connect(self._on_filter)
        self.time_bar.replay_toggled.connect(self._on_replay)
        self.time_bar.moment_changed.connect(lambda _m: self.show_moment())
        self.time_bar.compare_changed.connect(lambda _m: self.show_moment())

    # -- loading ------------------------------------------------------------------------------
    def _on_workspace_changed(self, topic: str) -> None:
        if topic == Topic.WORKSPACE and self.ctx.has_workspace:
            # Another workspace: its maps have nothing to do with these.
            self.current_map = self.map_view = None
            self.history = None

    def _refresh(self, topic: Topic) -> None:
        if topic == Topic.RATINGS and self.map_view is not None:
            self._reload_places()  # a move or a rating: the people and the maps are as they were
        else:
            self.reload()

    def reload(self) -> None:
        """Re-read the list of maps and the map shown."""
        self.freshness.loaded()
        if not self.ctx.has_workspace:
            return
        self.maps = list_maps(self.ctx.uow())
        wanted = self.current_map.id if self.current_map else self._remembered_map()
        if wanted not in {m.id for m in self.maps}:
            wanted = self.maps[0].id if self.maps else None
        self._fill_combo(wanted)
        self.open_map(wanted)

    def _settings_key(self) -> str:
        """Where the last map shown in this workspace is remembered."""
        workspace = self.ctx.workspace
        where = str(workspace.path) if workspace.path else workspace.url
        return "maps/lastShown/" + hashlib.sha1(where.encode("utf-8")).hexdigest()[:16]

    def _remembered_map(self) -> int | None:
        value = app_settings().value(self._settings_key())
        try:
            return int(value) if value is not None else None  # type: ignore[call-overload]
        except (TypeError, ValueError):
            return None

    def _remember_map(self, map_id: int | None) -> None:
        if map_id is not None:
            app_settings().setValue(self._settings_key(), map_id)

    def _fill_combo(self, selected: int | None) -> None:
        self.map_combo.blockSignals(True)
        self.map_combo.clear()
        for stakeholder_map in self.maps:
            self.map_combo.addItem(stakeholder_map.name, stakeholder_map.id)
            self.map_combo.setItemData(
                self.map_combo.count() - 1,
                tooltip(stakeholder_map.purpose) or None,
                Qt.ItemDataRole.ToolTipRole,
            )
        self.map_combo.setCurrentIndex(max(0, self.map_combo.findData(selected)))
        self.map_combo.blockSignals(False)

    def open_map(self, map_id: int | None) -> None:
        """Show the map with ``map_id`` (None: the empty page)."""
        changed_map = self.current_map is None or self.current_map.id != map_id
        found = next((m for m in self.maps if m.id == map_id), None)
        if found is None and map_id is not None:
            self.maps = list_maps(self.ctx.uow())
            self._fill_combo(map_id)
            found = next((m for m in self.maps if m.id == map_id), None)
        self.current_map = found
        # Names and places first, so that a big map is drawn at once; the other facts follow.
        view = load_map_view(self.ctx.uow(), map_id, facts=False) if map_id is not None else None
        self.map_view = view
        self.stack.setCurrentIndex(1 if view is not None else 0)
        if view is None:
            self.current_map = None
            self.actions_.update_enabled()
            return
        self.panel.set_map_info(view.stakeholder_map.name, view.stakeholder_map.purpose)
        self._remember_map(view.stakeholder_map.id)
        self.ctx.map_in_focus = view.stakeholder_map.id
        if changed_map:
            self.map_combo.setCurrentIndex(max(0, self.map_combo.findData(map_id)))
            self.scene.clearSelection()
            self.scene.forget_layout()
            self.view.fitting = True
        self.history = None
        if self.time_bar.replaying:
            self._load_history()
        if len(view.people) <= CACHE_FROM:
            self._complete_people(view)
        else:
            self.show_moment()
            QTimer.singleShot(0, lambda: self._complete_people(view))
        self.actions_.update_enabled()

    def _complete_people(self, view: MapView) -> None:
        if view is not self.map_view or not self.ctx.has_workspace:
            return  # another map (or a reload) came first
        view.people = load_map_people(self.ctx.uow(), view.people)
        view.complete = True
        self.filters.me = my_login(self.ctx)
        self.filters.set_people(view.people)  # shows the map through _on_filter

    def _reload_places(self) -> None:
        view = self.map_view
        assert view is not None and view.stakeholder_map.id is not None
        view.placements = load_map_placements(self.ctx.uow(), view.stakeholder_map.id)
        if self.time_bar.replaying:
            self._load_history()
        self.show_moment()

    def _load_history(self) -> None:
        assert self.current_map is not None and self.current_map.id is not None
        self.history = load_map_history(self.ctx.uow(), self.current_map.id)
        self.time_bar.set_span(self.history.first_moment, self.history.change_moments())

    # -- showing ------------------------------------------------------------------------------
    def show_moment(self) -> None:
        """Put the map on the canvas as of the time bar's moment, filtered and marked."""
        view = self.map_view
        if view is None:
            return
        replaying = self.time_bar.replaying and self.history is not None
        moment = self.time_bar.moment() if replaying else None
        placements, people = view.placements, view.people
        if moment is not None and self.history is not None:
            placements = self.history.placements_as_of(moment)
            people = self.history.people_as_of(people, moment)
        self.banner.setVisible(moment is not None)
        if moment is not None:
            self.banner_text.setText(
                tr("The map as it stood on {day}. Replaying history: nothing can be moved.").format(
                    day=day_text(self.time_bar.day())
                )
            )
        self.view.editable = not replaying
        self.scene.backdrop.hint = (
            ""
            if view.people
            else "Nobody on this map yet. Drag people here from the Stakeholders list, "
            "or use Add People…"
        )
        marks = mark(self.grid_filter, people, placements)
        self.scene.show_map(people, placements, tray=not replaying, marks=marks)
        moved = self._show_trails(placements) if replaying else None
        self.panel.show_map(people, placements, marks, moved)
        self.actions_.update_enabled()

    def _show_trails(self, placements: dict) -> dict[int, tuple[str, float]] | None:  # type: ignore[type-arg]
        since = self.time_bar.compare_from()
        if since is None or self.history is None:
            self.scene.set_trails([])
            return None
        until = self.time_bar.moment() or datetime.now().astimezone()
        trails = []
        moved: dict[int, tuple[str, float]] = {}
        for person_id, placement in placements.items():
            points = self.history.trail(person_id, since, until)
            trail = trail_from(person_id, points, self.style_.strokes[placement.attitude])
            change = drift(points)
            if trail is None or change is None:
                continue
            trails.append(trail)
            if change.changed_quadrant:
                text = f"{change.start.title} → {change.end.title}"
            elif change.distance >= 0.05:
                text = f"moved {format_number(change.distance)}"
            else:
                text = "back where they were"
            moved[person_id] = (text, change.distance)
        self.scene.set_trails(trails)
        return moved

    def _on_filter(self, grid_filter: GridFilter) -> None:
        self.grid_filter = grid_filter
        self.show_moment()

    def _on_replay(self, on: bool) -> None:
        if on and self.current_map is not None:
            self._load_history()
        if not on:
            self.history = None
            self.scene.set_trails([])
        self.show_moment()
        self.status("Replaying history: the map cannot be edited until you leave it." if on else "")

    # -- selection ----------------------------------------------------------------------------
    def _selection_to_panel(self) -> None:
        self.panel.select_ids(self.scene.selected_people())
        self.actions_.update_enabled()

    def _panel_to_selection(self, ids: list[int]) -> None:
        self.scene.select_people(ids)
        if ids and ids[0] in self.scene.markers:
            self.view.ensureVisible(self.scene.markers[ids[0]])

    # -- for actions --------------------------------------------------------------------------
    def sheet(self) -> Sheet:
        name = self.current_map.name if self.current_map else "Map"
        parts = []
        moment = self.time_bar.moment()
        parts.append(
            f"As of {day_text(self.time_bar.day())}" if moment else f"{day_text(date.today())}"
        )
        since = self.time_bar.compare_from()
        if since is not None:
            parts.append(f"Trails since {day_text(since.astimezone().date())}")
        described = self.filters.describe()
        if described:
            parts.append(f"Showing {described}")
        parts.append(f"{len(self.scene.people)} people")
        return Sheet(name, "  ·  ".join(parts))

    def status(self, message: str) -> None:
        window = self.window()
        bar = getattr(window, "statusBar", None)
        if callable(bar):
            if message:
                bar().showMessage(message, 5000)
            else:
                bar().clearMessage()
