"""A person's plan on the grid: the hollow marker where the plan needs them, and the arrow from
where they stand to it."""

from __future__ import annotations

import html
import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from domain.usecases.map_view import MapPerson
from ui.grid.marker_items import PersonItem
from ui.grid.marker_style import GridStyle

_CENTRE = int(Qt.AlignmentFlag.AlignCenter)
_NO_BRUSH = Qt.BrushStyle.NoBrush
_NO_PEN = Qt.PenStyle.NoPen
_DASH = Qt.PenStyle.DashLine


class DesiredMarkerItem(PersonItem):
    """Where the plan needs the person: a hollow, dashed marker."""

    desired = True

    def __init__(self, person: MapPerson, style: GridStyle) -> None:
        super().__init__(person, style)
        self._selection = QRectF()
        self._pen = QPen()
        self.setZValue(2)

    def _layout(self) -> None:
        r = self.radius
        self._body = QRectF(-r, -r, 2 * r, 2 * r)
        sel = r + 5.0
        self._selection = QRectF(-sel, -sel, 2 * sel, 2 * sel)
        extent = sel + 3
        self._bounds = QRectF(-extent, -extent, 2 * extent, 2 * extent)
        path = QPainterPath()
        path.addEllipse(self._body.adjusted(-2, -2, 2, 2))
        self._shape = path
        self._pen = QPen(self.style.strokes[self.placement.attitude], 2.2, _DASH)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        style = self.style
        colour = style.strokes[self.placement.attitude]
        if self.isSelected():
            painter.setPen(style.selection_pen)
            painter.setBrush(_NO_BRUSH)
            painter.drawEllipse(self._selection)
        painter.setPen(self._pen)
        painter.setBrush(style.desired_fill)
        painter.drawEllipse(self._body)
        if self.initials:
            painter.setFont(self._initials_font)
            painter.setPen(colour)
            painter.drawText(self._body, _CENTRE, self.person.initials)

    def tooltip(self) -> str:
        placement = self.placement
        target = placement.desired_quadrant
        where = (
            f"{target.title} (power {placement.desired_power:.1f}, "
            f"interest {placement.desired_interest:.1f})"
            if target
            else "not planned"
        )
        return f"Where the plan needs <b>{html.escape(self.person.name)}</b>: {where}"


class PlanArrowItem(QGraphicsItem):
    """An arrow from where a person stands to where the plan needs them."""

    def __init__(self, style: GridStyle) -> None:
        super().__init__()
        self.style = style
        self._line = QPainterPath()
        self._head = QPolygonF()
        self._bounds = QRectF()
        #: True when the ends moved while the arrow was hidden.
        self.stale = True
        #: Where the arrow starts (the marker's place when last drawn).
        self.start = QPointF()
        self.setZValue(1)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def set_ends(self, start: QPointF, start_gap: float, end: QPointF, end_gap: float) -> None:
        """Draw from ``start`` to ``end``, leaving the markers' radii free at both ends."""
        self.prepareGeometryChange()
        self.start = QPointF(start)
        dx, dy = end.x() - start.x(), end.y() - start.y()
        length = math.hypot(dx, dy)
        self._line = QPainterPath()
        self._head = QPolygonF()
        if length <= start_gap + end_gap + 4:
            self._bounds = QRectF()
            return
        ux, uy = dx / length, dy / length
        a = QPointF(start.x() + ux * start_gap, start.y() + uy * start_gap)
        tip = QPointF(end.x() - ux * end_gap, end.y() - uy * end_gap)
        size = 9.0
        base = QPointF(tip.x() - ux * size, tip.y() - uy * size)
        left = QPointF(base.x() - uy * size * 0.5, base.y() + ux * size * 0.5)
        right = QPointF(base.x() + uy * size * 0.5, base.y() - ux * size * 0.5)
        self._line.moveTo(a)
        self._line.lineTo(base)
        self._head = QPolygonF([tip, left, right])
        self._bounds = (
            self._line.boundingRect().united(self._head.boundingRect()).adjusted(-3, -3, 3, 3)
        )
        self.update()

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if self._head.isEmpty():
            return
        painter.setPen(self.style.arrow_pen)
        painter.setBrush(_NO_BRUSH)
        painter.drawPath(self._line)
        painter.setPen(_NO_PEN)
        painter.setBrush(self.style.arrow_brush)
        painter.drawPolygon(self._head)
