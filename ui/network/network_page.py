"""The Network page: who influences whom, drawn, and "How do I reach X?".

Pick whose network to see (one map's people, or everybody), then a person to reach: the strongest
influence paths to them from people who already support us are listed as talking points and the
chosen one is highlighted on the drawing. The network is read and laid out off the GUI thread
(ui/background.py); the picture is kept while the same people and links come back.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from domain.usecases.influence_network import (
    InfluenceNetwork,
    ReachAnswer,
    ReachPath,
    influence_network,
    reach,
)
from domain.usecases.maps import list_maps
from ui.app_context import AppContext, Topic
from ui.background import BackgroundTask, run_in_background
from ui.network.layout import NetworkLayout, layout_key, network_layout
from ui.network.legend import NetworkLegend
from ui.network.network_scene import NetworkScene
from ui.network.network_view import NetworkView
from ui.plain_text import plain_label, tooltip
from ui.reload_when_shown import ReloadWhenShown
from ui.translation import tr

_RELOAD_ON = {
    Topic.INFLUENCE,
    Topic.STAKEHOLDERS,
    Topic.MAPS,
    Topic.RATINGS,
    Topic.WORKSPACE,
}
EVERYBODY = "Everybody"
PATH_ROLE = Qt.ItemDataRole.UserRole + 1


class NetworkPage(QWidget):
    #: Emitted each time a network has been drawn.
    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("networkPage")
        self.ctx = ctx
        self.network: InfluenceNetwork | None = None
        self.answer: ReachAnswer | None = None
        self._layout: NetworkLayout | None = None
        self._task: BackgroundTask[Any] | None = None
        self._again = False
        self._scope_chosen = False

        self.scene = NetworkScene(self.font())
        self.view = NetworkView(self.scene)
        self.view.open_requested.connect(self.ctx.show_stakeholder.emit)

        self.scope = QComboBox()
        self.scope.setObjectName("networkScope")
        self.scope.setToolTip(tr("Only the people on one map, or everybody"))
        self.scope.setMinimumContentsLength(18)
        self.scope.currentIndexChanged.connect(self._scope_changed)
        self.target = QComboBox()
        self.target.setObjectName("networkTarget")
        self.target.setEditable(True)
        self.target.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.target.setMinimumContentsLength(20)
        self.target.setToolTip(tr("The strongest ways to them from people who already support us"))
        line = self.target.lineEdit()
        line.setPlaceholderText(tr("Type or pick a person…"))
        completer = QCompleter(self.target.model(), self.target)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.target.setCompleter(completer)
        self.target.currentIndexChanged.connect(self._target_changed)
        self.clear_button = QPushButton(tr("Clear"))
        self.clear_button.setObjectName("networkClear")
        self.clear_button.setToolTip(tr("Show the whole network again"))
        self.clear_button.clicked.connect(self.clear_reach)

        self.fit_action = QAction(tr("Fit"), self)
        self.fit_action.setToolTip(tr("Show the whole network (0)"))
        self.fit_action.triggered.connect(lambda: self.view.fit())
        self.zoom_in_action = QAction("+", self)
        self.zoom_in_action.setToolTip(tr("Zoom in (+ or the mouse wheel)"))
        self.zoom_in_action.triggered.connect(lambda: self.view.zoom_by(1.25))
        self.zoom_out_action = QAction("−", self)
        self.zoom_out_action.setToolTip(tr("Zoom out (− or the mouse wheel)"))
        self.zoom_out_action.triggered.connect(lambda: self.view.zoom_by(0.8))
        buttons = []
        for action, name in (
            (self.zoom_out_action, "networkZoomOut"),
            (self.zoom_in_action, "networkZoomIn"),
            (self.fit_action, "networkFit"),
        ):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setObjectName(name)
            buttons.append(button)

        self.summary = plain_label(object_name="networkSummary")

        self.message = plain_label(object_name="reachMessage")
        self.message.setWordWrap(True)
        self.paths = QListWidget()
        self.paths.setObjectName("reachPaths")
        self.paths.setWordWrap(True)
        self.paths.setAlternatingRowColors(True)
        self.paths.currentItemChanged.connect(lambda *_: self._path_chosen())
        self.copy_button = QPushButton(tr("Copy Talking Point"))
        self.copy_button.setObjectName("copyTalkingPoint")
        self.copy_button.setToolTip(
            tr("Copy the chosen path, to paste into a meeting's talking points")
        )
        self.copy_button.clicked.connect(self.copy_talking_point)
        self.legend = NetworkLegend()

        side = QWidget()
        side.setObjectName("reachPanel")
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(8, 0, 0, 0)
        title = QLabel(tr("How do I reach them?"))
        title.setObjectName("sectionTitle")
        side_layout.addWidget(title)
        side_layout.addWidget(self.message)
        side_layout.addWidget(self.paths, 1)
        side_layout.addWidget(self.copy_button)
        key = QLabel(tr("Key"))
        key.setObjectName("sectionTitle")
        side_layout.addWidget(key)
        side_layout.addWidget(self.legend)

        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Show")))
        top.addWidget(self.scope)
        top.addSpacing(16)
        top.addWidget(QLabel(tr("How do I reach")))
        top.addWidget(self.target)
        top.addWidget(self.clear_button)
        top.addStretch(1)
        for button in buttons:
            top.addWidget(button)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([900, 320])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.summary)

        # Before the reload below hears of it: another workspace starts afresh (its maps, its
        # map in focus, a new layout).
        ctx.changed.connect(self._on_changed)
        self.freshness = ReloadWhenShown(self, ctx, _RELOAD_ON, self.reload)
        self._show_answer(None)

    def _on_changed(self, topic: str) -> None:
        if topic != Topic.WORKSPACE:
            return
        self._scope_chosen = False
        self._layout = None
        self.scope.blockSignals(True)
        self.scope.clear()
        self.scope.blockSignals(False)

    # -- reading ------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the network in scope and lay it out, off the GUI thread."""
        self.freshness.loaded()
        if not self.ctx.has_workspace:
            return
        if self._task is not None and not self._task.is_done:
            self._again = True  # read once more when this one is drawn
            return
        self._fill_scopes()
        map_id = self.scope.currentData()
        uow = self.ctx.uow
        kept = self._layout

        def job(progress: Any) -> tuple[InfluenceNetwork, NetworkLayout]:
            network = influence_network(uow(), map_id)
            linked = [p.id for p in network.linked_people]
            links = [(k.source_id, k.target_id, k.strength) for k in network.links]
            if kept is not None and kept.key == layout_key(linked, links):
                return network, kept
            progress.report(0, None, f"Laying out {len(linked)} people…")
            return network, network_layout(linked, links)

        self._task = run_in_background(
            self,
            "Drawing the influence network…",
            job,
            on_done=self._drawn,
            on_error=self._failed,
            on_cancelled=self._cancelled,
        )

    def _drawn(self, result: tuple[InfluenceNetwork, NetworkLayout]) -> None:
        network, layout = result
        if self._again:
            self._again = False
            self.reload()
            return
        self.network, self._layout = network, layout
        self.scene.show_network(network, layout.positions)
        self._fill_targets(network)
        self._say_what_is_shown(network)
        self.view.fit()
        self._target_changed()
        self.loaded.emit()

    def _failed(self, error: BaseException) -> None:
        self._again = False
        self.ctx.report(f"The influence network could not be drawn: {error}")

    def _cancelled(self) -> None:
        self._again = False
        self.summary.setText(tr("Drawing the network was cancelled: choose what to show again."))

    def _fill_scopes(self) -> None:
        """Everybody, then each map; the map being worked on is chosen the first time."""
        chosen = self.scope.currentData() if self.scope.count() else None
        if not self._scope_chosen:
            chosen = self.ctx.map_in_focus
        maps = list_maps(self.ctx.uow())
        self.scope.blockSignals(True)
        self.scope.clear()
        self.scope.addItem(EVERYBODY, None)
        for one in maps:
            self.scope.addItem(one.name, one.id)
            self.scope.setItemData(self.scope.count() - 1, tooltip(one.purpose) or None,
                                   Qt.ItemDataRole.ToolTipRole)  # fmt: skip
        index = self.scope.findData(chosen) if chosen is not None else 0
        self.scope.setCurrentIndex(max(index, 0))
        self.scope.blockSignals(False)

    def _scope_changed(self) -> None:
        self._scope_chosen = True
        self.reload()

    def _fill_targets(self, network: InfluenceNetwork) -> None:
        was = self.target.currentData()
        self.target.blockSignals(True)
        self.target.clear()
        for person in network.people:
            self.target.addItem(person.name, person.id)
            if person.job_title:
                self.target.setItemData(
                    self.target.count() - 1, tooltip(person.job_title), Qt.ItemDataRole.ToolTipRole
                )
        index = self.target.findData(was) if was is not None else -1
        self.target.setCurrentIndex(index)
        if index < 0:
            self.target.setEditText("")
        self.target.blockSignals(False)

    def _say_what_is_shown(self, network: InfluenceNetwork) -> None:
        shown = len(network.linked_people)
        unlinked = len(network.people) - shown
        where = f"on {network.scope_name}" if network.map_id is not None else "in the workspace"
        if not network.links:
            self.summary.setText(
                tr(
                    "No influence recorded {where} yet: add who influences whom "
                    "on a person's Who influences tab."
                ).format(where=where)
            )
            return
        text = f"{shown} people and {len(network.links)} influences {where}"
        if unlinked:
            text += f"; {unlinked} with no influence recorded are not drawn"
        self.summary.setText(text + ". Drag to pan, wheel to zoom, double-click to open.")

    # -- how do I reach X? --------------------------------------------------------------------
    def reach_person(self, person_id: int) -> ReachAnswer | None:
        """Ask how to reach ``person_id`` (as picking them in the box does)."""
        index = self.target.findData(person_id)
        if index < 0:
            return None
        self.target.setCurrentIndex(index)
        return self.answer

    def clear_reach(self) -> None:
        self.target.blockSignals(True)
        self.target.setCurrentIndex(-1)
        self.target.setEditText("")
        self.target.blockSignals(False)
        self._show_answer(None)

    def _target_changed(self) -> None:
        person = self.target.currentData()
        if self.network is None or person is None or self.target.currentIndex() < 0:
            self._show_answer(None)
            return
        self._show_answer(reach(self.network, int(person)))

    def _show_answer(self, answer: ReachAnswer | None) -> None:
        self.answer = answer
        self.paths.blockSignals(True)
        self.paths.clear()
        if answer is None:
            self.message.setText(
                tr(
                    "Pick a person above: the strongest ways to them from people who already "
                    "support us (supporters and champions) appear here."
                )
            )
        else:
            self.message.setText(
                f"{len(answer.paths)} way{'s' if len(answer.paths) != 1 else ''} to reach "
                f"{answer.target_name}, strongest first:"
                if answer.paths
                else answer.message
            )
            for number, path in enumerate(answer.paths, 1):
                item = QListWidgetItem(
                    f"{number}. {path.talking_point}  ·  {round(path.strength * 100)} %"
                )
                item.setData(PATH_ROLE, number - 1)
                item.setToolTip(tooltip(path.talking_point))
                self.paths.addItem(item)
        self.paths.blockSignals(False)
        if answer is not None and answer.paths:
            self.paths.setCurrentRow(0)
        else:
            self._path_chosen()
        self.clear_button.setEnabled(answer is not None)

    def chosen_path(self) -> ReachPath | None:
        item = self.paths.currentItem()
        if item is None or self.answer is None:
            return None
        return self.answer.paths[int(item.data(PATH_ROLE))]

    def _path_chosen(self) -> None:
        path = self.chosen_path()
        self.copy_button.setEnabled(path is not None)
        if path is None and self.scene.path is None:
            return  # nothing highlighted before or now: no need to go over every item
        self.scene.highlight(path)
        self.view.place_labels()

    def copy_talking_point(self) -> None:
        path = self.chosen_path()
        if path is not None:
            QGuiApplication.clipboard().setText(path.talking_point)
