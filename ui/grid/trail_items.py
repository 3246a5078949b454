"""Compare mode: each person's trail between two dates, drawn by one item for the whole map.

One item paints every trail, so thousands of trails cost one paint call, not thousands.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from domain.usecases.map_history import TrailPoint
from ui.grid.geometry import to_scene


@dataclass(slots=True)
class Trail:
    stakeholder_id: int
    polyline: QPolygonF
    colour: QColor
    dimmed: bool = False


def trail_from(stakeholder_id: int, points: list[TrailPoint], colour: QColor) -> Trail | None:
    """A drawable trail, or None when the person did not move in the period."""
    if len(points) < 2:
        return None
    return Trail(stakeholder_id, QPolygonF([to_scene(p.power, p.interest) for p in points]), colour)


class TrailLayerItem(QGraphicsItem):
    def __init__(self) -> None:
        super().__init__()
        self.trails: list[Trail] = []
        self._bounds = QRectF()
        self.setZValue(0.5)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)

    def set_trails(self, trails: list[Trail]) -> None:
        self.prepareGeometryChange()
        self.trails = trails
        bounds = QRectF()
        for trail in trails:
            bounds = bounds.united(trail.polyline.boundingRect())
        self._bounds = bounds.adjusted(-8, -8, 8, 8) if trails else QRectF()
        self.update()

    def set_dimmed(self, dimmed: frozenset[int]) -> None:
        for trail in self.trails:
            trail.dimmed = trail.stakeholder_id in dimmed
        self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        exposed = option.exposedRect  # type: ignore[attr-defined]
        for trail in self.trails:
            if not exposed.intersects(trail.polyline.boundingRect().adjusted(-8, -8, 8, 8)):
                continue
            colour = QColor(trail.colour)
            colour.setAlphaF(0.18 if trail.dimmed else 0.85)
            pen = QPen(colour, 2.2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            path = QPainterPath()
            path.addPolygon(trail.polyline)
            painter.drawPath(path)
            start = trail.polyline.first()
            painter.setBrush(QColor(255, 255, 255, 230))
            painter.drawEllipse(start, 5.0, 5.0)
            painter.setBrush(colour)
            painter.setPen(Qt.PenStyle.NoPen)
            for index in range(1, trail.polyline.size() - 1):
                point: QPointF = trail.polyline.at(index)
                painter.drawEllipse(point, 3.0, 3.0)
