"""The key to the grid's markers, painted the same on screen, in exports and on paper."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from domain.model import Attitude
from ui.domain_words import attitude_label
from ui.grid.marker_style import GridStyle
from ui.translation import tr

type Swatch = Callable[[QPainter, QPointF, float], None]


#: How many entries the key has: the attitudes, "not rated", size, ring and dashed circle.
LEGEND_ENTRY_COUNT = len(Attitude) + 4


def legend_texts() -> list[str]:
    """The key's words, in the order painted, in the user's language."""
    return [text for _swatch, text in _entries(GridStyle(), QColor())]


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

    attitudes = [(dot(a), attitude_label(a).capitalize()) for a in Attitude]
    return [
        *attitudes,
        (dot(None), tr("Not rated")),
        (sizes, tr("Size: influence")),
        (ring, tr("Ring: trust")),
        (desired, tr("Dashed: desired place")),
    ]


def _text_font(font: QFont, row_height: float) -> QFont:
    text_font = QFont(font)
    text_font.setPixelSize(max(8, round(row_height * 0.52)))
    return text_font


def _column_widths(entries: list[str], columns: int, font: QFont, row_height: float) -> list[float]:
    """What each column needs: its swatch and its longest text (entries fill row by row)."""
    metrics = QFontMetricsF(_text_font(font, row_height))
    swatch = _swatch_room(row_height)
    widths = [0.0] * columns
    for index, text in enumerate(entries):
        column = index % columns
        widths[column] = max(widths[column], swatch + metrics.horizontalAdvance(text) + 6)
    return widths


def _swatch_room(row_height: float) -> float:
    return min(row_height * 0.3, 8.0 * row_height / 22) * 3.4


def paint_legend(
    painter: QPainter,
    rect: QRectF,
    style: GridStyle,
    font: QFont,
    ink: QColor,
    columns: int = 3,
) -> None:
    """The attitude colours, then what size, ring and the dashed circle mean, in a grid whose
    columns are as wide as their longest text needs (the room left over shared out)."""
    entries = _entries(style, ink)
    rows = math.ceil(len(entries) / columns)
    row_height = rect.height() / rows
    radius = min(row_height * 0.3, 8.0 * row_height / 22)
    needed = _column_widths([text for _swatch, text in entries], columns, font, row_height)
    spare = (rect.width() - sum(needed)) / columns
    widths = [width + spare for width in needed]
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setFont(_text_font(font, row_height))
    for index, (swatch, text) in enumerate(entries):
        row, column = divmod(index, columns)
        left = rect.left() + sum(widths[:column])
        middle = rect.top() + row * row_height + row_height / 2
        swatch(painter, QPointF(left + radius * 1.6, middle), radius)
        painter.setPen(ink)
        painter.drawText(
            QRectF(
                left + radius * 3.4,
                middle - row_height / 2,
                max(0.0, widths[column] - radius * 3.4),
                row_height,
            ),
            int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
            text,
        )
    painter.restore()


#: The legend's row height in the side panel (pixels).
_ROW = 21.0


class LegendWidget(QWidget):
    """The key under the side list: three columns where they fit, else two."""

    def __init__(self, style: GridStyle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid_style = style
        self.setObjectName("gridLegend")
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setAccessibleName(tr("Legend"))
        self.setToolTip(
            tr(
                "Colour: attitude, from blocker to champion. Size: influence. "
                "Ring: trust (a full ring is full trust). Dashed circle: where the plan needs them."
            )
        )

    def columns_for(self, width: int) -> int:
        texts = [text for _swatch, text in _entries(self.grid_style, QColor())]
        for columns in (3, 2):
            if sum(_column_widths(texts, columns, self.font(), _ROW)) <= width - 4:
                return columns
        return 1

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return math.ceil(LEGEND_ENTRY_COUNT / self.columns_for(width)) * round(_ROW) + 4

    def sizeHint(self) -> QSize:
        return QSize(320, self.heightForWidth(320))

    def minimumSizeHint(self) -> QSize:
        return QSize(160, self.heightForWidth(160))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        wanted = self.heightForWidth(self.width())
        if self.height() != wanted or self.minimumHeight() != wanted:
            self.setFixedHeight(wanted)  # a fixed-height row in the panel's layout

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        ink = self.palette().text().color()
        ink.setAlphaF(0.8)
        area = QRectF(self.rect()).adjusted(2, 2, -2, -2)
        paint_legend(
            painter, area, self.grid_style, self.font(), ink, self.columns_for(self.width())
        )
        painter.end()
