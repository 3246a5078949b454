"""The network's items: a person (a disc coloured by attitude, sized by influence), their name,
and an influence (an arrow as wide as it is strong).

Each item builds its shape and pens once and returns a cached bounding rectangle (as git-cola's
DAG items do), so a network of thousands of arrows pans smoothly.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
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

    def __init__(self, node: NodeItem, font: QFont, metrics: QFontMetricsF) -> None:
        super().__init__()
        self.node = node
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, True)
        self.setZValue(Z_LABEL)
        self.setPos(node.pos())
        self._font = font
        self.text = node.person.name
        #: The band's width and height in pixels.
        self.size = (metrics.horizontalAdvance(self.text) + 8, metrics.height() + 2)
        self._ascent = metrics.ascent()
        #: The band in pixels around the disc's centre (see :meth:`place`).
        self.band = self.band_at("below", 1.0)
        self.side = "below"

    def band_at(self, side: str, zoom: float) -> QRectF:
        """The band's rectangle in pixels from the disc's centre, on ``side``, at ``zoom``."""
        return QRectF(*self.offsets(side, zoom))

    def offsets(self, side: str, zoom: float) -> tuple[float, float, float, float]:
        """(left, top, width, height) of the band in pixels from the disc's centre."""
        width, height = self.size
        r = self.node.radius * zoom
        if side == "below":
            return (-width / 2, r + 2, width, height)
        if side == "above":
            return (-width / 2, -r - 2 - height, width, height)
        if side == "right":
            return (r + 4, -height / 2, width, height)
        return (-r - 4 - width, -height / 2, width, height)

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


def _arrow_pens(strength: int) -> tuple[QPen, QPen]:
    """(normal, on a path) pens of an arrow of ``strength``, made once and shared."""
    found = _PENS.get(strength)
    if found is None:
        width = ARROW_WIDTHS.get(strength, 2.0)
        ink = QColor(ARROW_INK)
        ink.setAlpha(110 + 28 * max(1, min(5, strength)))
        normal = QPen(ink, width)
        normal.setCapStyle(Qt.PenCapStyle.FlatCap)
        on_path = QPen(PATH_INK, width + 1.6)
        on_path.setCapStyle(Qt.PenCapStyle.FlatCap)
        found = _PENS[strength] = (normal, on_path)
    return found


_PENS: dict[int, tuple[QPen, QPen]] = {}


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
        self._pen, self._path_pen = _arrow_pens(strength)
        self._build()

    def _build(self) -> None:
        """The curve and its head, computed in plain numbers (thousands of arrows are built at
        once) and turned into Qt objects at the end."""
        ax, ay = self.source.x(), self.source.y()
        bx, by = self.target.x(), self.target.y()
        length = max(math.hypot(bx - ax, by - ay), 1e-6)
        ux, uy = (bx - ax) / length, (by - ay) / length
        # The bow's control point: off the middle, to the left of the direction of influence.
        bow = BEND * length
        cx, cy = (ax + bx) / 2 + uy * bow, (ay + by) / 2 - ux * bow
        sx, sy = _toward(ax, ay, cx, cy, self.source.radius + 2)
        ex, ey = _toward(bx, by, cx, cy, self.target.radius + 3)
        hx, hy = _toward(ex, ey, cx, cy, HEAD_LENGTH)
        self.curve = QPainterPath(QPointF(sx, sy))
        self.curve.quadTo(QPointF(cx, cy), QPointF(hx, hy))
        dx, dy = ex - hx, ey - hy
        norm = max(math.hypot(dx, dy), 1e-6)
        nx_, ny_ = -dy / norm * HEAD_WIDTH / 2, dx / norm * HEAD_WIDTH / 2
        self.head = QPolygonF(
            [QPointF(ex, ey), QPointF(hx + nx_, hy + ny_), QPointF(hx - nx_, hy - ny_)]
        )
        # The curve lies inside its control points' rectangle; the pen and head stick out a little.
        xs, ys = (sx, cx, ex), (sy, cy, ey)
        self._bounds = QRectF(
            min(xs) - 6, min(ys) - 6, max(xs) - min(xs) + 12, max(ys) - min(ys) + 12
        )

    def boundingRect(self) -> QRectF:
        return self._bounds

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


def _toward(x: float, y: float, ox: float, oy: float, distance: float) -> tuple[float, float]:
    """The point ``distance`` from (x, y) on the way to (ox, oy)."""
    dx, dy = ox - x, oy - y
    norm = math.hypot(dx, dy)
    if norm < 1e-6:
        return x, y
    return x + dx / norm * distance, y + dy / norm * distance
