"""Influence arrows over the power/interest grid (Map ▸ Show Influence Arrows): who influences whom
among the people placed on the map, as on the Network tab (arrows as wide as the influence is
strong), drawn under the markers.

Kept apart from the grid's own items: the overlay listens to the scene (``refreshed``: after a
move, a filter or a time-travel step the arrows follow the markers) and to influence changes, and
its action is built the first time the Map menu asks for it (:func:`influence_arrows_action`).
"""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QAction, QColor, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from domain.model import InfluenceLink
from domain.usecases.influence import links_of
from ui.app_context import Topic
from ui.translation import tr

#: Widths in scene units for strengths 1 (slight) to 5 (decisive).
WIDTHS = {1: 0.8, 2: 1.3, 3: 2.0, 4: 2.8, 5: 3.8}
INK = QColor(46, 79, 216)  # the Network tab's path blue: apart from every attitude colour
#: Under the markers (their z is 1 and more), over the backdrop.
Z = 0.5
HEAD = 8.0


class InfluenceArrowItem(QGraphicsItem):
    """``source`` influences ``target``: a gently bowed arrow between two markers."""

    def __init__(self, a: QPointF, ra: float, b: QPointF, rb: float, strength: int) -> None:
        super().__init__()
        self.setZValue(Z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setAcceptHoverEvents(False)
        ink = QColor(INK)
        ink.setAlpha(90 + 30 * max(1, min(5, strength)))
        self._pen = QPen(ink, WIDTHS.get(strength, 2.0))
        self._pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        self._brush = ink
        length = max(math.hypot(b.x() - a.x(), b.y() - a.y()), 1e-6)
        ux, uy = (b.x() - a.x()) / length, (b.y() - a.y()) / length
        bow = 0.12 * length
        control = QPointF((a.x() + b.x()) / 2 + uy * bow, (a.y() + b.y()) / 2 - ux * bow)
        start = _toward(a, control, ra + 2)
        end = _toward(b, control, rb + 2)
        back = _toward(end, control, HEAD)
        self.curve = QPainterPath(start)
        self.curve.quadTo(control, back)
        dx, dy = end.x() - back.x(), end.y() - back.y()
        norm = max(math.hypot(dx, dy), 1e-6)
        nx_, ny_ = -dy / norm * HEAD * 0.4, dx / norm * HEAD * 0.4
        self.head = QPolygonF(
            [end, QPointF(back.x() + nx_, back.y() + ny_), QPointF(back.x() - nx_, back.y() - ny_)]
        )
        self._bounds = self.curve.controlPointRect().united(self.head.boundingRect())
        self._bounds = self._bounds.adjusted(-5, -5, 5, 5)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setPen(self._pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self.curve)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._brush)
        painter.drawPolygon(self.head)


class InfluenceArrows(QObject):
    """The overlay on one Maps page, with its checkable action."""

    def __init__(self, page: Any) -> None:
        super().__init__(page)
        self.page = page
        self.items: list[InfluenceArrowItem] = []
        self._links: list[InfluenceLink] | None = None
        self.action = QAction(tr("Show &Influence Arrows"), page)
        self.action.setObjectName("influenceArrowsAction")
        self.action.setCheckable(True)
        self.action.setToolTip(tr("Who influences whom among the people on this map"))
        self.action.toggled.connect(lambda _on: self.follow())
        page.scene.refreshed.connect(self.follow)
        page.ctx.changed.connect(self._on_changed)

    def _on_changed(self, topic: str) -> None:
        if topic in (Topic.INFLUENCE, Topic.STAKEHOLDERS, Topic.WORKSPACE):
            self._links = None
            self.follow()

    def follow(self) -> None:
        """Draw the arrows between the markers where they are now (none while unchecked)."""
        scene = self.page.scene
        for item in self.items:
            scene.removeItem(item)
        self.items = []
        if not self.action.isChecked() or not self.page.ctx.has_workspace:
            return
        if self._links is None:
            self._links = links_of(self.page.ctx.uow())
        markers = scene.markers
        for link in self._links:
            a, b = markers.get(link.source_id), markers.get(link.target_id)
            if a is None or b is None or not (a.isVisible() and b.isVisible()):
                continue
            if not (a.placement.placed and b.placement.placed):
                continue
            item = InfluenceArrowItem(
                a.pos(), a.radius * a.scale(), b.pos(), b.radius * b.scale(), link.strength
            )
            scene.addItem(item)
            self.items.append(item)


def influence_arrows_action(page: Any) -> QAction:
    """The page's Show Influence Arrows action (the overlay is made on first use)."""
    overlay = getattr(page, "influence_arrows", None)
    if overlay is None:
        overlay = InfluenceArrows(page)
        page.influence_arrows = overlay
    action: QAction = overlay.action
    return action


def _toward(point: QPointF, other: QPointF, distance: float) -> QPointF:
    dx, dy = other.x() - point.x(), other.y() - point.y()
    norm = math.hypot(dx, dy)
    if norm < 1e-6:
        return QPointF(point)
    return QPointF(point.x() + dx / norm * distance, point.y() + dy / norm * distance)
