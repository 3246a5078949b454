"""The key to the grid's markers, painted the same on screen, in exports and on paper."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from domain.model import Attitude
from ui.grid.marker_style import GridStyle

type Swatch = Callable[[QPainter, QPointF, float], None]


#: How many entries the key has: the attitudes, "not rated", size, ring and dashed circle.
LEGEND_ENTRY_COUNT = len(Attitude) + 4


def _entries(style: GridStyle, ink: QColor) -> list[tuple[Swatch, str]]:
    def dot(attitude: Attitude | None) -> Swatch:
        def draw(painter: QPainter, centre: QPointF, radius: float) -> None:
            painter.setPen(style.outline_pen if attitude is not None else style.unrated_pen)
            painter.setBrush(style.fills[attitude])
            painter.drawEllipse(centre, radius, radius)

        return draw

    def sizes(painter: QPainter, centre: QPointF, radius: float) -> None:
        painter.setPen(style.outline_pen)
        painter.setBrush(style.fills[Attitude.NEUTRAL])
        painter.drawEllipse(
            QPointF(centre.x() - radius * 0.55, centre.y()), radius * 0.45, radius * 0.45
        )
        painter.drawEllipse(
            QPointF(centre.x() + radius * 0.5, centre.y()), radius * 0.8, radius * 0.8
        )

    def ring(painter: QPainter, centre: QPointF, radius: float) -> None:
        box = QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
        for pen, span in ((style.track_pen, 360), (style.trust_pen, 250)):
            pen = QPen(pen)
            pen.setWidthF(max(1.5, radius * 0.3))
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawArc(box, 90 * 16, -span * 16)

    def desired(painter: QPainter, centre: QPointF, radius: float) -> None:
        painter.setPen(QPen(ink, max(1.2, radius * 0.2), Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(centre, radius, radius)

    attitudes = [(dot(a), a.label.capitalize()) for a in Attitude]
    return [
        *attitudes,
        (dot(None), "Not rated"),
        (sizes, "Size: influence"),
        (ring, "Ring: trust"),
        (desired, "Dashed: desired place"),
    ]


def paint_legend(
    painter: QPainter,
    rect: QRectF,
    style: GridStyle,
    font: QFont,
    ink: QColor,
    columns: int = 3,
) -> None:
    """The attitude colours, then what size, ring and the dashed circle mean, in a grid."""
    entries = _entries(style, ink)
    rows = math.ceil(len(entries) / columns)
    row_height = rect.height() / rows
    column_width = rect.width() / columns
    radius = min(row_height * 0.3, 8.0 * row_height / 22)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    text_font = QFont(font)
    text_font.setPixelSize(max(8, round(row_height * 0.52)))
    painter.setFont(text_font)
    for index, (swatch, text) in enumerate(entries):
        row, column = divmod(index, columns)
        left = rect.left() + column * column_width
        middle = rect.top() + row * row_height + row_height / 2
        swatch(painter, QPointF(left + radius * 1.6, middle), radius)
        painter.setPen(ink)
        painter.drawText(
            QRectF(
                left + radius * 3.4,
                middle - row_height / 2,
                column_width - radius * 3.4,
                row_height,
            ),
            int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
            text,
        )
    painter.restore()


class LegendWidget(QWidget):
    def __init__(self, style: GridStyle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid_style = style
        self.setObjectName("gridLegend")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName("Legend")
        self.setToolTip(
            "Colour: attitude, from blocker to champion. Size: influence. "
            "Ring: trust (a full ring is full trust). Dashed circle: where the plan needs them."
        )

    def sizeHint(self) -> QSize:
        return QSize(320, 66)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        ink = self.palette().text().color()
        ink.setAlphaF(0.8)
        area = QRectF(self.rect()).adjusted(2, 2, -2, -2)
        paint_legend(painter, area, self.grid_style, self.font(), ink)
        painter.end()
