"""The sheet's small pictures, drawn as vectors with QPainter: a grid thumbnail per map with the
person's marker in its quadrant, a sparkline of trust and influence over the last year, and the
quadrant marks.

Everything is opaque (tints are mixed with white): a translucent fill makes a PostScript printer's
driver rasterise the whole page. Meaning never rests on hue alone, so the sheet reads in grey:
each quadrant has its own mark, trust is a solid line and influence a dashed one.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen, QPolygonF

from domain.rules.quadrant import Quadrant
from domain.usecases.prep_sheet import MapStanding, Trend
from ui.printing import style
from ui.printing.style import Units
from ui.printing.text import month_year, number
from ui.translation import tr

_QUADRANT_CELLS = {
    # (column, row) with row 0 at the top (high power).
    Quadrant.KEEP_SATISFIED: (0, 0),
    Quadrant.MANAGE_CLOSELY: (1, 0),
    Quadrant.MONITOR: (0, 1),
    Quadrant.KEEP_INFORMED: (1, 1),
}


def _pen(colour: str | QColor, width: float, dash: bool = False) -> QPen:
    pen = QPen(QColor(colour), width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    if dash:
        pen.setStyle(Qt.PenStyle.DashLine)
    return pen


#: The mark of each quadrant: filled square, filled diamond, filled triangle, open circle.
QUADRANT_MARKS: dict[Quadrant, str] = {
    Quadrant.MANAGE_CLOSELY: "square",
    Quadrant.KEEP_SATISFIED: "diamond",
    Quadrant.KEEP_INFORMED: "triangle",
    Quadrant.MONITOR: "circle",
}


def draw_quadrant_mark(
    painter: QPainter, centre: QPointF, radius: float, quadrant: Quadrant | None, u: Units
) -> None:
    """The quadrant's mark (its shape says which quadrant even on a grey-scale print)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = QColor(style.quadrant_colour(quadrant))
    x, y, r = centre.x(), centre.y(), radius
    shape = QUADRANT_MARKS.get(quadrant) if quadrant is not None else None
    painter.setPen(_pen(colour, u(0.6)))
    painter.setBrush(colour)
    if shape == "square":
        painter.drawRect(QRectF(x - r * 0.85, y - r * 0.85, r * 1.7, r * 1.7))
    elif shape == "diamond":
        painter.drawPolygon(
            QPolygonF([QPointF(x, y - r), QPointF(x + r, y), QPointF(x, y + r), QPointF(x - r, y)])
        )
    elif shape == "triangle":
        painter.drawPolygon(
            QPolygonF([QPointF(x, y - r), QPointF(x + r, y + r * 0.8), QPointF(x - r, y + r * 0.8)])
        )
    elif shape == "circle":
        painter.setPen(_pen(colour, u(0.9)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(centre, r * 0.8, r * 0.8)
    else:  # not placed: a short dash
        painter.setPen(_pen(colour, u(0.9)))
        painter.drawLine(QPointF(x - r * 0.7, y), QPointF(x + r * 0.7, y))
    painter.restore()


def trend_pen(colour: str, u: Units, dashed: bool) -> QPen:
    """Trust's solid line, or influence's dashed one (told apart without colour)."""
    pen = _pen(colour, u(1.1))
    if dashed:
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        pen.setDashPattern([3.0, 1.6])
    return pen


def draw_grid_thumbnail(painter: QPainter, rect: QRectF, standing: MapStanding, u: Units) -> None:
    """A power/interest grid in ``rect`` (split at 5 on both axes) with the marker and the aim."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    half_w, half_h = rect.width() / 2, rect.height() / 2
    current = standing.quadrant
    for quadrant, (col, row) in _QUADRANT_CELLS.items():
        cell = QRectF(rect.left() + col * half_w, rect.top() + row * half_h, half_w, half_h)
        strong = quadrant is current
        painter.fillRect(
            cell, style.on_white(style.quadrant_colour(quadrant), 0.16 if strong else 0.05)
        )
    painter.setPen(_pen(style.RULE, u(0.6)))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(rect)
    if current is not None:
        centre = rect.center()
        painter.drawLine(QPointF(centre.x(), rect.top()), QPointF(centre.x(), rect.bottom()))
        painter.drawLine(QPointF(rect.left(), centre.y()), QPointF(rect.right(), centre.y()))

    # Axis hints: power up the side, interest along the bottom.
    painter.setPen(QColor(style.FAINT))
    painter.setFont(style.font(4.6, QFont.Weight.Bold))
    painter.drawText(
        QRectF(rect.left() + u(2), rect.top() + u(1.5), rect.width(), u(6)),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
        tr("POWER"),
    )
    painter.drawText(
        QRectF(rect.left(), rect.bottom() - u(7), rect.width() - u(2), u(6)),
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
        tr("INTEREST"),
    )

    radius = u(4.2)
    inner = rect.adjusted(radius + u(0.8), radius + u(0.8), -radius - u(0.8), -radius - u(0.8))

    def point(power: float, interest: float) -> QPointF:
        """Inside the frame even at 0 or 10, so a marker is never cut by the edge."""
        x = rect.left() + max(0.0, min(10.0, interest)) / 10.0 * rect.width()
        y = rect.bottom() - max(0.0, min(10.0, power)) / 10.0 * rect.height()
        return QPointF(
            min(max(x, inner.left()), inner.right()), min(max(y, inner.top()), inner.bottom())
        )

    here = (
        point(standing.power, standing.interest)
        if standing.power is not None and standing.interest is not None
        else None
    )
    aim = (
        point(standing.desired_power, standing.desired_interest)
        if standing.desired_power is not None and standing.desired_interest is not None
        else None
    )
    if aim is not None:
        if here is not None and _distance(here, aim) > radius * 2.2:
            _arrow(painter, here, aim, radius, u)
        painter.setPen(_pen(style.INK, u(0.7), dash=True))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(aim, radius, radius)
    if here is not None:
        fill = (
            style.ATTITUDE_COLOURS[standing.attitude]
            if standing.attitude is not None
            else style.UNRATED_FILL
        )
        painter.setPen(_pen(style.INK, u(0.8)))
        painter.setBrush(QBrush(QColor(fill)))
        painter.drawEllipse(here, radius, radius)
    else:
        painter.setPen(QColor(style.FAINT))
        painter.setFont(style.font(5.5, QFont.Weight.Normal))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, tr("not placed"))
    painter.restore()


def _distance(a: QPointF, b: QPointF) -> float:
    return ((a.x() - b.x()) ** 2 + (a.y() - b.y()) ** 2) ** 0.5


def _arrow(painter: QPainter, start: QPointF, end: QPointF, radius: float, u: Units) -> None:
    length = _distance(start, end)
    ux, uy = (end.x() - start.x()) / length, (end.y() - start.y()) / length
    tail = QPointF(start.x() + ux * radius, start.y() + uy * radius)
    tip = QPointF(end.x() - ux * radius, end.y() - uy * radius)
    painter.setPen(_pen(style.MUTED, u(0.7)))
    painter.drawLine(tail, tip)
    head = u(2.4)
    left = QPointF(tip.x() - ux * head - uy * head * 0.6, tip.y() - uy * head + ux * head * 0.6)
    right = QPointF(tip.x() - ux * head + uy * head * 0.6, tip.y() - uy * head - ux * head * 0.6)
    painter.setBrush(QColor(style.MUTED))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawPolygon(QPolygonF([tip, left, right]))


def draw_trend(
    painter: QPainter,
    rect: QRectF,
    trust: Trend,
    influence: Trend,
    since: datetime,
    now: datetime,
    u: Units,
) -> None:
    """Trust and influence (0–10) as step lines over [since, now], with their values at the end."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    label_w = u(15)
    plot = QRectF(rect.left(), rect.top() + u(1), rect.width() - label_w, rect.height() - u(9))
    span = max(1.0, (now - since).total_seconds())

    def x_of(moment: datetime) -> float:
        share = (moment - since).total_seconds() / span
        return plot.left() + max(0.0, min(1.0, share)) * plot.width()

    def y_of(value: float) -> float:
        return plot.bottom() - max(0.0, min(10.0, value)) / 10.0 * plot.height()

    painter.fillRect(plot, QColor(style.WASH))
    painter.setPen(_pen(style.RULE, u(0.4)))
    for level in (0, 5, 10):
        painter.drawLine(QPointF(plot.left(), y_of(level)), QPointF(plot.right(), y_of(level)))
    # Quarter ticks along the bottom.
    painter.setFont(style.font(4.8))
    painter.setPen(QColor(style.FAINT))
    for share, text in ((0.0, month_year(since)), (1.0, "now")):
        align = Qt.AlignmentFlag.AlignLeft if share == 0 else Qt.AlignmentFlag.AlignRight
        box = QRectF(plot.left(), plot.bottom() + u(1), plot.width(), u(7))
        painter.drawText(box, align | Qt.AlignmentFlag.AlignTop, text)

    placed_labels: list[float] = []
    drew = False
    for trend, hex_colour, dashed in (
        (influence, style.INFLUENCE_COLOUR, True),
        (trust, style.TRUST_COLOUR, False),
    ):
        if not trend.points:
            continue
        drew = True
        # Steps closer together than the pen is wide merge into one (the last value wins).
        steps: list[tuple[float, float]] = []
        for point in trend.points:
            x = x_of(max(point.at, since))
            if steps and x - steps[-1][0] < u(0.8):
                steps[-1] = (steps[-1][0], point.value)
            else:
                steps.append((x, point.value))
        path = QPainterPath()
        path.moveTo(steps[0][0], y_of(steps[0][1]))
        previous = steps[0][1]
        for x, value in steps[1:]:
            path.lineTo(x, y_of(previous))
            path.lineTo(x, y_of(value))
            previous = value
        path.lineTo(plot.right(), y_of(previous))
        painter.setPen(trend_pen(hex_colour, u, dashed))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        end = QPointF(plot.right(), y_of(previous))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(hex_colour))
        if dashed:  # influence ends in a square, trust in a dot
            painter.drawRect(QRectF(end.x() - u(1.4), end.y() - u(1.4), u(2.8), u(2.8)))
        else:
            painter.drawEllipse(end, u(1.5), u(1.5))
        # The value beside the end dot, nudged apart when both lines end close together.
        y = end.y()
        for other in placed_labels:
            if abs(other - y) < u(6):
                y = other + (u(6) if y >= other else -u(6))
        placed_labels.append(y)
        painter.setPen(QColor(hex_colour))
        painter.setFont(style.font(6, QFont.Weight.Bold))
        painter.drawText(
            QRectF(plot.right() + u(2.5), y - u(4), label_w, u(8)),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            number(previous),
        )
    if not drew:
        painter.setPen(QColor(style.FAINT))
        painter.setFont(style.font(6, QFont.Weight.Normal))
        painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, tr("no trust or influence ratings"))
    painter.restore()
