"""The grid's view: zoom, pan, rubber band, dragging and nudging people, drops from the register.

Mouse and keyboard gestures become requests (signals); the page turns them into undoable commands.
"""

from __future__ import annotations

import json
from typing import ClassVar

from PySide6.QtCore import QPoint, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QApplication, QGraphicsView, QMenu, QWidget

from domain.usecases.map_members import Arrival
from ui.grid.geometry import clamp, in_grid, snap, to_grid
from ui.grid.grid_scene import LABEL_LIMIT, GridScene
from ui.grid.marker_items import MarkerItem, PersonItem
from ui.grid.marker_style import BASE_RADIUS
from ui.grid.move_interaction import MoveInteraction, nudges
from ui.stakeholders.register_model import STAKEHOLDER_IDS_MIME
from ui.translation import tr

MIN_ZOOM = 0.2
MAX_ZOOM = 40.0


class GridView(QGraphicsView):
    moves_requested = Signal(list)  # list[GridMove]
    people_dropped = Signal(list)  # list[Arrival]
    open_requested = Signal(int)
    remove_requested = Signal(list)  # list[int]
    plan_requested = Signal(int)
    position_requested = Signal(int)
    rate_requested = Signal(int)
    add_requested = Signal()
    zoom_changed = Signal(float)

    def __init__(self, scene: GridScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.grid = scene
        self.setObjectName("gridView")
        self.setRenderHints(
            QPainter.RenderHint.Antialiasing
            | QPainter.RenderHint.TextAntialiasing
            | QPainter.RenderHint.SmoothPixmapTransform
        )
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState, True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAcceptDrops(True)
        self.setAccessibleName(tr("Power/interest grid"))
        self.editable = True
        self.snapping = False
        self.fitting = True
        self._drag: MoveInteraction | None = None
        self._pressed: tuple[PersonItem, QPoint] | None = None
        self._pan_from: QPoint | None = None
        self._detail_timer = QTimer(self, singleShot=True, interval=40)
        self._detail_timer.timeout.connect(self.update_detail)
        self.horizontalScrollBar().valueChanged.connect(lambda _v: self._detail_timer.start())
        self.verticalScrollBar().valueChanged.connect(lambda _v: self._detail_timer.start())
        scene.refreshed.connect(self._on_refreshed)

    # -- zoom and level of detail -------------------------------------------------------------
    @property
    def zoom(self) -> float:
        return self.transform().m11()

    def zoom_by(self, factor: float) -> None:
        wanted = min(MAX_ZOOM, max(MIN_ZOOM, self.zoom * factor))
        if wanted == self.zoom:
            return
        self.fitting = False
        step = wanted / self.zoom
        self.scale(step, step)
        self.update_detail()
        self.zoom_changed.emit(self.zoom)

    def fit(self) -> None:
        self.fitting = True
        self.fitInView(self.grid.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
        self.update_detail()
        self.zoom_changed.emit(self.zoom)

    def update_detail(self) -> None:
        """Names and initials only where they can be read and do not bury the grid."""
        visible = self.mapToScene(self.viewport().rect()).boundingRect()
        shown = self.grid.positions_in(visible)
        pixels = self.zoom * self.grid.factor
        self.grid.set_detail(
            labels=shown <= LABEL_LIMIT and pixels >= 0.5,
            initials=BASE_RADIUS * pixels >= 7.0,
        )
        self.grid.place_labels(visible)

    def _on_refreshed(self) -> None:
        if self.fitting:
            self.fit()
        else:
            self.update_detail()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.fitting:
            self.fit()

    def wheelEvent(self, event: QWheelEvent) -> None:
        delta = event.angleDelta().y() or event.pixelDelta().y()
        if delta:
            self.zoom_by(1.0015**delta)
        event.accept()

    # -- mouse --------------------------------------------------------------------------------
    def _scene_point(self, event: QMouseEvent) -> QPointF:
        return self.mapToScene(event.position().toPoint())

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.MiddleButton:
            self._pan_from = event.position().toPoint()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        item = self.grid.person_at(self._scene_point(event))
        if (
            event.button() != Qt.MouseButton.LeftButton
            or item is None
            or (self.dragMode() == QGraphicsView.DragMode.ScrollHandDrag)
        ):
            super().mousePressEvent(event)
            return
        modifiers = event.modifiers()
        if modifiers & Qt.KeyboardModifier.ControlModifier:
            item.setSelected(not item.isSelected())
            event.accept()
            return
        if (
            modifiers & Qt.KeyboardModifier.AltModifier
            and isinstance(item, MarkerItem)
            and item.placement.placed
            and self.editable
        ):
            item = self.grid.ensure_desired(item.stakeholder_id)
            self.grid.clearSelection()
            item.setSelected(True)
        elif not item.isSelected():
            self.grid.clearSelection()
            item.setSelected(True)
        self._pressed = (item, event.position().toPoint())
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            now = event.position().toPoint()
            delta = now - self._pan_from
            self._pan_from = now
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
            event.accept()
            return
        if self._pressed is not None and self._drag is None and self.editable:
            _item, at = self._pressed
            travelled = (event.position().toPoint() - at).manhattanLength()
            if travelled >= QApplication.startDragDistance():
                items = [i for i in self.grid.selectedItems() if isinstance(i, PersonItem)]
                self._drag = MoveInteraction(self.grid, items, self.mapToScene(at), self.snapping)
        if self._drag is not None:
            self._drag.update(self._scene_point(event))
            event.accept()
            return
        if self._pressed is not None:
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None and event.button() == Qt.MouseButton.MiddleButton:
            self._pan_from = None
            self.viewport().unsetCursor()
            event.accept()
            return
        if self._drag is not None:
            drag, self._drag, self._pressed = self._drag, None, None
            moves = drag.finish()
            if moves:
                self.moves_requested.emit(moves)
            else:
                self.grid.refresh()
            event.accept()
            return
        if self._pressed is not None:
            item, _at = self._pressed
            self._pressed = None
            if not event.modifiers():  # a plain click on one of several: keep that one only
                self.grid.select_people([item.stakeholder_id])
            if item.desired and not self.grid.placements[item.stakeholder_id].has_desired:
                self.grid.refresh()  # an Alt+click made a plan marker, then nothing was dragged
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        item = self.grid.person_at(self._scene_point(event))
        if item is not None and event.button() == Qt.MouseButton.LeftButton:
            self.open_requested.emit(item.stakeholder_id)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        item = self.grid.person_at(self.mapToScene(event.pos()))
        menu = QMenu(self)
        if item is not None:
            if not item.isSelected():
                self.grid.clearSelection()
                item.setSelected(True)
            person_id = item.stakeholder_id
            menu.addAction(tr("Open Profile"), lambda: self.open_requested.emit(person_id))
            rate = menu.addAction(tr("Rate…"), lambda: self.rate_requested.emit(person_id))
            rate.setShortcut(QKeySequence("R"))
            rate.setEnabled(self.editable)
            place = menu.addAction(
                tr("Set Position…"), lambda: self.position_requested.emit(person_id)
            )
            place.setShortcut(QKeySequence("P"))
            place.setEnabled(self.editable)
            plan = menu.addAction(
                tr("Set Desired Position…"), lambda: self.plan_requested.emit(person_id)
            )
            plan.setEnabled(self.editable)
            menu.addSeparator()
            chosen = self.grid.selected_people()
            remove = menu.addAction(
                "Remove from Map" if len(chosen) <= 1 else f"Remove {len(chosen)} People from Map",
                lambda: self.remove_requested.emit(chosen),
            )
            remove.setEnabled(self.editable)
        else:
            add = menu.addAction(tr("Add People…"), self.add_requested.emit)
            add.setEnabled(self.editable)
            menu.addAction(tr("Fit to Window"), self.fit)
        menu.exec(event.globalPos())

    # -- keyboard -----------------------------------------------------------------------------
    _STEPS: ClassVar[dict[Qt.Key, tuple[int, int]]] = {
        Qt.Key.Key_Up: (1, 0),
        Qt.Key.Key_Down: (-1, 0),
        Qt.Key.Key_Right: (0, 1),
        Qt.Key.Key_Left: (0, -1),
    }

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        modifiers = event.modifiers()
        if key in self._STEPS:
            self._nudge(key, modifiers)
            event.accept()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            chosen = self.grid.selected_people()
            if chosen:
                self.open_requested.emit(chosen[0])
            event.accept()
        elif key == Qt.Key.Key_P and not modifiers:
            chosen = self.grid.selected_people()
            if chosen and self.editable:
                self.position_requested.emit(chosen[0])
            event.accept()
        elif key == Qt.Key.Key_R and not modifiers:
            chosen = self.grid.selected_people()
            if chosen and self.editable:
                self.rate_requested.emit(chosen[0])
            event.accept()
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            chosen = self.grid.selected_people()
            if chosen and self.editable:
                self.remove_requested.emit(chosen)
            event.accept()
        elif key == Qt.Key.Key_Escape:
            if self._drag is not None:
                self._drag.cancel()
                self._drag = self._pressed = None
            else:
                self.grid.clearSelection()
            event.accept()
        elif key == Qt.Key.Key_A and modifiers & Qt.KeyboardModifier.ControlModifier:
            self.grid.select_people(pid for pid, m in self.grid.markers.items() if m.isVisible())
            event.accept()
        elif key == Qt.Key.Key_Space and not event.isAutoRepeat():
            self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
            event.accept()
        else:
            super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
            event.accept()
            return
        super().keyReleaseEvent(event)

    def _nudge(self, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> None:
        if not self.editable:
            return
        step = 0.1 if modifiers & Qt.KeyboardModifier.ShiftModifier else 0.5
        d_power, d_interest = self._STEPS[key]
        items = [i for i in self.grid.selectedItems() if isinstance(i, PersonItem)]
        moves = nudges(
            self.grid,
            items,
            d_power * step,
            d_interest * step,
            desired=bool(modifiers & Qt.KeyboardModifier.AltModifier),
        )
        if moves:
            self.moves_requested.emit(moves)

    # -- drops from the register --------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.editable and event.mimeData().hasFormat(STAKEHOLDER_IDS_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self.editable and event.mimeData().hasFormat(STAKEHOLDER_IDS_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        data = bytes(event.mimeData().data(STAKEHOLDER_IDS_MIME).data())
        try:
            ids = [int(i) for i in json.loads(data.decode("utf-8"))]
        except (ValueError, TypeError):
            event.ignore()
            return
        point = self.mapToScene(event.position().toPoint())
        self.people_dropped.emit(arrivals_at(ids, point, self.snapping))
        event.acceptProposedAction()


def arrivals_at(ids: list[int], point: QPointF, snapping: bool) -> list[Arrival]:
    """People dropped at ``point``: placed there (side by side) inside the grid, else unplaced."""
    if not in_grid(point, tolerance=8.0):
        return [Arrival(pid) for pid in ids]
    power, interest = to_grid(point)
    out: list[Arrival] = []
    for index, person_id in enumerate(ids):
        shifted = clamp(interest + 0.6 * index)
        p, i = (snap(clamp(power)), snap(shifted)) if snapping else (clamp(power), shifted)
        out.append(Arrival(person_id, round(p, 2), round(i, 2)))
    return out
