"""The network's view: zoom with the wheel (or Ctrl + / Ctrl − / Ctrl 0), pan by dragging the
background, fit with the page's button; a double-click on a person asks to open them."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QMouseEvent, QPainter, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QGraphicsView, QWidget

from ui.network.network_items import NodeItem
from ui.network.network_scene import NetworkScene
from ui.translation import tr

MIN_ZOOM = 0.1
MAX_ZOOM = 6.0


class NetworkView(QGraphicsView):
    open_requested = Signal(int)
    zoom_changed = Signal(float)

    def __init__(self, scene: NetworkScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.network_scene = scene
        self.setObjectName("networkView")
        self.setAccessibleName(tr("Influence network"))
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        # Panning is our own (press on the background and drag), not Qt's ScrollHandDrag: it then
        # works the same however the mouse events arrive.
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
        self._pan_from: QPointF | None = None
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setBackgroundBrush(Qt.GlobalColor.white)
        self.fitting = True
        self._labels_timer = QTimer(self, singleShot=True, interval=30)
        self._labels_timer.timeout.connect(self.place_labels)
        self.horizontalScrollBar().valueChanged.connect(lambda _v: self._labels_timer.start())
        self.verticalScrollBar().valueChanged.connect(lambda _v: self._labels_timer.start())

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
        self.place_labels()
        self.zoom_changed.emit(self.zoom)

    def fit(self) -> None:
        """The whole network in view (never larger than 150 %: a small one stays readable)."""
        self.fitting = True
        rect = self.network_scene.sceneRect()
        if rect.isEmpty():
            return
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        if self.zoom > 1.5:
            self.resetTransform()
            self.scale(1.5, 1.5)
            self.centerOn(rect.center())
        self.place_labels()
        self.zoom_changed.emit(self.zoom)

    def place_labels(self) -> None:
        visible = self.mapToScene(self.viewport().rect()).boundingRect()
        self.network_scene.place_labels(self.viewportTransform(), visible)

    def node_at(self, point: QPointF) -> NodeItem | None:
        return self.network_scene.person_at(
            self.mapToScene(point.toPoint()), self.viewportTransform()
        )

    # -- events -------------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.fitting:
            self.fit()
        else:
            self._labels_timer.start()

    def wheelEvent(self, event: QWheelEvent) -> None:
        delta = event.angleDelta().y() or event.pixelDelta().y()
        if delta:
            self.zoom_by(1.0015**delta)
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() in (Qt.MouseButton.LeftButton, Qt.MouseButton.MiddleButton):
            self._pan_from = event.position()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            now = event.position()
            delta = now - self._pan_from
            self._pan_from = now
            bars = self.horizontalScrollBar(), self.verticalScrollBar()
            bars[0].setValue(bars[0].value() - round(delta.x()))
            bars[1].setValue(bars[1].value() - round(delta.y()))
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            self._pan_from = None
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        node = self.node_at(event.position())
        if node is not None and event.button() == Qt.MouseButton.LeftButton:
            self.open_requested.emit(node.person_id)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.ZoomIn) or event.key() == Qt.Key.Key_Plus:
            self.zoom_by(1.25)
        elif event.matches(QKeySequence.StandardKey.ZoomOut) or event.key() == Qt.Key.Key_Minus:
            self.zoom_by(0.8)
        elif event.key() == Qt.Key.Key_0:
            self.fit()
        else:
            super().keyPressEvent(event)
