"""The network's items: a person (a disc coloured by attitude, sized by influence), their name,
and an influence (an arrow as wide as it is strong).

Each item builds its shape and pens once and returns a cached bounding rectangle (as git-cola's
DAG items do), so a network of thousands of arrows pans smoothly.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from domain.model import Attitude
from domain.usecases.influence_network import NetworkPerson
from ui.grid.marker_style import ATTITUDE_COLOURS, UNRATED_COLOUR

#: A disc's radius for influence 0 and 10 (unrated: in between).
SMALLEST, LARGEST = 9.0, 22.0
#: Arrow widths in pixels for strengths 1 (slight) to 5 (decisive).
ARROW_WIDTHS = {1: 0.8, 2: 1.3, 3: 2.0, 4: 2.8, 5: 3.8}
ARROW_INK = QColor(62, 76, 94)
#: The highlight of a way to reach someone: a deep blue, apart from every attitude colour.
PATH_INK = QColor("#2F4FD8")
#: How far an arrow bows to its left (a share of its length), so that A → B and B → A part.
BEND = 0.10
HEAD_LENGTH, HEAD_WIDTH = 9.0, 7.0

Z_EDGE, Z_EDGE_ON_PATH, Z_NODE, Z_LABEL = 1.0, 2.0, 3.0, 4.0


def radius_for(influence: float | None) -> float:
    share = 0.5 if influence is None else min(10.0, max(0.0, influence)) / 10.0
    return SMALLEST + (LARGEST - SMALLEST) * share


def fill_for(attitude: Attitude | None) -> QColor:
    return QColor(ATTITUDE_COLOURS[attitude] if attitude is not None else UNRATED_COLOUR)


class NodeItem(QGraphicsItem):
    """One person."""

    def __init__(self, person: NetworkPerson, at: QPointF) -> None:
        super().__init__()
        self.person = person
        self.radius = radius_for(person.influence)
        self.on_path = False
        self.setPos(at)
        self.setZValue(Z_NODE)
        self.setAcceptHoverEvents(False)
        fill = fill_for(person.attitude)
        self._brush = QBrush(fill)
        if person.attitude is None:
            self._pen = QPen(QColor("#6B7480"), 1.4, Qt.PenStyle.DashLine)
        else:
            self._pen = QPen(QColor("#FFFFFF"), 1.6)
        self._path_pen = QPen(PATH_INK, 3.2)
        r = self.radius + 3
        self._bounds = QRectF(-r, -r, 2 * r, 2 * r)

    @property
    def person_id(self) -> int:
        return self.person.id

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addEllipse(QPointF(0, 0), self.radius + 2, self.radius + 2)
        return path

    def set_on_path(self, on: bool) -> None:
        if on != self.on_path:
            self.on_path = on
            self.update()

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setPen(self._pen)
        painter.setBrush(self._brush)
        painter.drawEllipse(QPointF(0, 0), self.radius, self.radius)
        if self.on_path:
            painter.setPen(self._path_pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QPointF(0, 0), self.radius + 1.5, self.radius + 1.5)


class LabelItem(QGraphicsItem):
    """A person's name beside their disc (below it if there is room, else above, right or left),
    the same size at any zoom, on a pale band."""

    #: Where the name may go, in order of preference.
    SIDES = ("below", "above", "right", "left")

    def __init__(self, node: NodeItem, font: QFont) -> None:
        super().__init__()
        self.node = node
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, True)
        self.setZValue(Z_LABEL)
        self.setPos(node.pos())
        self._font = font
        metrics = QFontMetricsF(font)
        self.text = node.person.name
        self._size = (metrics.horizontalAdvance(self.text) + 8, metrics.height() + 2)
        self._ascent = metrics.ascent()
        #: The band in pixels around the disc's centre (see :meth:`place`).
        self.band = self.band_at("below", 1.0)
        self.side = "below"

    def band_at(self, side: str, zoom: float) -> QRectF:
        """The band's rectangle in pixels from the disc's centre, on ``side``, at ``zoom``."""
        width, height = self._size
        r = self.node.radius * zoom
        if side == "below":
            return QRectF(-width / 2, r + 2, width, height)
        if side == "above":
            return QRectF(-width / 2, -r - 2 - height, width, height)
        if side == "right":
            return QRectF(r + 4, -height / 2, width, height)
        return QRectF(-r - 4 - width, -height / 2, width, height)

    def place(self, side: str, zoom: float) -> None:
        band = self.band_at(side, zoom)
        if band != self.band:
            self.prepareGeometryChange()
            self.band = band
        self.side = side

    def boundingRect(self) -> QRectF:
        return self.band

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(255, 255, 255, 215))
        painter.drawRoundedRect(self.band, 3, 3)
        painter.setFont(self._font)
        painter.setPen(PATH_INK if self.node.on_path else QColor("#1F2933"))
        painter.drawText(
            QPointF(self.band.left() + 4, self.band.top() + 1 + self._ascent), self.text
        )


class EdgeItem(QGraphicsItem):
    """``source`` influences ``target``: a gently bowed arrow from disc to disc."""

    def __init__(
        self, link_id: int | None, source: NodeItem, target: NodeItem, strength: int
    ) -> None:
        super().__init__()
        self.link_id = link_id
        self.source = source
        self.target = target
        self.strength = strength
        self.on_path = False
        self.setZValue(Z_EDGE)
        self.setAcceptHoverEvents(False)
        width = ARROW_WIDTHS.get(strength, 2.0)
        ink = QColor(ARROW_INK)
        ink.setAlpha(110 + 28 * max(1, min(5, strength)))
        self._pen = QPen(ink, width)
        self._pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        self._path_pen = QPen(PATH_INK, width + 1.6)
        self._path_pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        self._build()

    def _build(self) -> None:
        a, b = self.source.pos(), self.target.pos()
        line = QLineF(a, b)
        length = max(line.length(), 1e-6)
        ux, uy = (b.x() - a.x()) / length, (b.y() - a.y()) / length
        # The bow's control point: off the middle, to the left of the direction of influence.
        bow = BEND * length
        control = QPointF((a.x() + b.x()) / 2 + uy * bow, (a.y() + b.y()) / 2 - ux * bow)
        start = _toward(a, control, self.source.radius + 2)
        end = _toward(b, control, self.target.radius + 3)
        head_back = _toward(end, control, HEAD_LENGTH)
        self.curve = QPainterPath(start)
        self.curve.quadTo(control, head_back)
        dx, dy = end.x() - head_back.x(), end.y() - head_back.y()
        norm = max(math.hypot(dx, dy), 1e-6)
        nx_, ny_ = -dy / norm * HEAD_WIDTH / 2, dx / norm * HEAD_WIDTH / 2
        self.head = QPolygonF(
            [
                end,
                QPointF(head_back.x() + nx_, head_back.y() + ny_),
                QPointF(head_back.x() - nx_, head_back.y() - ny_),
            ]
        )
        stroker = QPainterPathStroker()
        stroker.setWidth(8)
        self._shape = stroker.createStroke(self.curve)
        self._shape.addPolygon(self.head)
        self._bounds = self._shape.boundingRect().adjusted(-4, -4, 4, 4)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        return self._shape

    def set_on_path(self, on: bool) -> None:
        if on != self.on_path:
            self.on_path = on
            self.setZValue(Z_EDGE_ON_PATH if on else Z_EDGE)
            self.update()

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        pen = self._path_pen if self.on_path else self._pen
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self.curve)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(pen.color())
        painter.drawPolygon(self.head)


def _toward(point: QPointF, other: QPointF, distance: float) -> QPointF:
    """The point ``distance`` from ``point`` on the way to ``other``."""
    dx, dy = other.x() - point.x(), other.y() - point.y()
    norm = math.hypot(dx, dy)
    if norm < 1e-6:
        return QPointF(point)
    return QPointF(point.x() + dx / norm * distance, point.y() + dy / norm * distance)
