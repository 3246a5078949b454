"""A person's plan on the grid: the hollow marker where the plan needs them, and the arrow from
where they stand to it."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from domain.usecases.map_view import MapPerson
from ui.formatting import format_number
from ui.grid.marker_items import PersonItem
from ui.grid.marker_style import GridStyle
from ui.plain_text import escape, rich_tooltip

_CENTRE = int(Qt.AlignmentFlag.AlignCenter)
_NO_BRUSH = Qt.BrushStyle.NoBrush
_NO_PEN = Qt.PenStyle.NoPen
_DASH = Qt.PenStyle.DashLine


_OVER_MARKERS = 3.6
#: Below every marker (3 and up), above the stamped marker layer (2.9).
_UNDER_MARKERS = 2.95


class DesiredMarkerItem(PersonItem):
    """Where the plan needs the person: a hollow, dashed marker."""

    desired = True

    def __init__(self, person: MapPerson, style: GridStyle) -> None:
        super().__init__(person, style)
        self._selection = QRectF()
        self._pen = QPen()
        #: True when the marker lies over another person's marker: then it is drawn as a dashed
        #: outline only, so the person under it still reads.
        self.covering = False
        # Above the markers where it lies clear of them (see set_covering).
        self.setZValue(_OVER_MARKERS)

    def set_covering(self, covering: bool) -> None:
        if covering != self.covering:
            self.covering = covering
            # Over someone's marker, the plan goes under it: the person stays whole, and the
            # plan's dashes show around them.
            self.setZValue(_UNDER_MARKERS if covering else _OVER_MARKERS)
            self.update()

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
        if self.covering:  # over someone's marker: a pale band keeps the dashes visible
            painter.setPen(style.arrow_casing_pen)
            painter.setBrush(_NO_BRUSH)
            painter.drawEllipse(self._body)
        painter.setPen(self._pen)
        painter.setBrush(_NO_BRUSH if self.covering else style.desired_fill)
        painter.drawEllipse(self._body)
        if self.initials and not self.covering:
            painter.setFont(self._initials_font)
            painter.setPen(colour)
            painter.drawText(self._body, _CENTRE, self.person.initials)

    def tooltip(self) -> str:
        placement = self.placement
        target = placement.desired_quadrant
        where = (
            f"{target.title} (power {format_number(placement.desired_power)}, "
            f"interest {format_number(placement.desired_interest)})"
            if target
            else "not planned"
        )
        return rich_tooltip(f"Where the plan needs <b>{escape(self.person.name)}</b>: {where}")


def _unit(a: QPointF, b: QPointF) -> tuple[float, float]:
    dx, dy = b.x() - a.x(), b.y() - a.y()
    length = math.hypot(dx, dy) or 1.0
    return dx / length, dy / length


def bend_point(start: QPointF, end: QPointF, bend: float) -> QPointF:
    """The control point of an arrow from ``start`` to ``end`` curved by ``bend``."""
    ux, uy = _unit(start, end)
    return QPointF((start.x() + end.x()) / 2 + uy * bend, (start.y() + end.y()) / 2 - ux * bend)


def curve_points(start: QPointF, end: QPointF, bend: float, count: int) -> list[QPointF]:
    """Points along the (quadratic) arrow curve, the ends included."""
    control = bend_point(start, end, bend)
    points = []
    for i in range(count + 1):
        t = i / count
        u = 1 - t
        points.append(
            QPointF(
                u * u * start.x() + 2 * u * t * control.x() + t * t * end.x(),
                u * u * start.y() + 2 * u * t * control.y() + t * t * end.y(),
            )
        )
    return points


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
        #: True while its person is selected: drawn in the selection colour.
        self.emphasised = False
        self._tail = QPointF()
        # Above the markers (with a pale casing): an arrow passing under another person's marker
        # would seem to start there.
        self.setZValue(3.8)

    def set_emphasised(self, on: bool) -> None:
        if on != self.emphasised:
            self.emphasised = on
            self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def footprint(self, step: float = 14.0) -> list[QRectF]:
        """Small scene squares along the arrow (names keep off it)."""
        if self._head.isEmpty():
            return []
        half = step / 2
        count = max(1, int(self._line.length() // step))
        points = [self._line.pointAtPercent(i / count) for i in range(count + 1)]
        return [QRectF(p.x() - half, p.y() - half, step, step) for p in points]

    def set_ends(
        self,
        start: QPointF,
        start_gap: float,
        end: QPointF,
        end_gap: float,
        bend: float = 0.0,
    ) -> None:
        """Draw from ``start`` to ``end``, leaving the markers' radii free at both ends; ``bend``
        curves it that far (scene units, to its left) around markers in the way."""
        self.prepareGeometryChange()
        self.start = QPointF(start)
        self._line = QPainterPath()
        self._head = QPolygonF()
        length = math.hypot(end.x() - start.x(), end.y() - start.y())
        if length <= start_gap + end_gap + 4:
            self._bounds = QRectF()
            return
        control = bend_point(start, end, bend)
        ax, ay = _unit(start, control if bend else end)
        a = QPointF(start.x() + ax * start_gap, start.y() + ay * start_gap)
        ux, uy = _unit(control if bend else start, end)
        tip = QPointF(end.x() - ux * end_gap, end.y() - uy * end_gap)
        size = 9.0
        base = QPointF(tip.x() - ux * size, tip.y() - uy * size)
        left = QPointF(base.x() - uy * size * 0.5, base.y() + ux * size * 0.5)
        right = QPointF(base.x() + uy * size * 0.5, base.y() - ux * size * 0.5)
        self._tail = a
        self._line.moveTo(a)
        if bend:
            self._line.quadTo(control, base)
        else:
            self._line.lineTo(base)
        self._head = QPolygonF([tip, left, right])
        self._bounds = (
            self._line.boundingRect().united(self._head.boundingRect()).adjusted(-8, -8, 8, 8)
        )
        self.update()

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if self._head.isEmpty():
            return
        style = self.style
        painter.setBrush(_NO_BRUSH)
        painter.setPen(style.arrow_casing_pen)
        painter.drawPath(self._line)
        pen = style.arrow_selected_pen if self.emphasised else style.arrow_pen
        painter.setPen(pen)
        painter.drawPath(self._line)
        painter.setPen(_NO_PEN)
        painter.setBrush(pen.color() if self.emphasised else style.arrow_brush)
        painter.drawPolygon(self._head)
        painter.drawEllipse(self._tail, 2.6, 2.6)  # where it starts: at its person's marker
