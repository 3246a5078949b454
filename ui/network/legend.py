"""The key to the network: attitude colours, size for influence, arrow width for strength, and the
highlighted way to reach someone."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from domain.model import Attitude
from ui.network.network_items import ARROW_INK, ARROW_WIDTHS, PATH_INK, fill_for

ROW = 20
SWATCH = 34


def legend_entries() -> list[str]:
    """The key's texts, in order (what the widget paints)."""
    return [
        *(a.label.capitalize() for a in reversed(Attitude)),
        "Not rated",
        "Size: influence",
        "Arrow: influences (wider = stronger)",
        "A way to reach them",
    ]


class NetworkLegend(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("networkLegend")
        self.setAccessibleName("Key: " + ", ".join(legend_entries()))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        metrics = QFontMetricsF(self.font())
        width = max(metrics.horizontalAdvance(t) for t in legend_entries()) + SWATCH + 16
        return QSize(int(width), ROW * len(legend_entries()) + 8)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        ink = self.palette().windowText().color()
        texts = legend_entries()
        attitudes: list[Attitude | None] = [*reversed(Attitude), None]
        for row, text in enumerate(texts):
            y = 4 + row * ROW + ROW / 2
            centre = QPointF(4 + SWATCH / 2, y)
            if row < len(attitudes):
                attitude = attitudes[row]
                if attitude is None:
                    painter.setPen(QPen(QColor("#6B7480"), 1.4, Qt.PenStyle.DashLine))
                else:
                    painter.setPen(QPen(QColor("#FFFFFF"), 1.2))
                painter.setBrush(fill_for(attitude))
                painter.drawEllipse(centre, 7, 7)
            elif text.startswith("Size"):
                painter.setPen(QPen(QColor("#FFFFFF"), 1.2))
                painter.setBrush(fill_for(Attitude.NEUTRAL))
                painter.drawEllipse(QPointF(centre.x() - 9, y), 4, 4)
                painter.drawEllipse(QPointF(centre.x() + 5, y), 8, 8)
            elif text.startswith("Arrow"):
                for offset, strength in ((-5, 1), (0, 3), (5, 5)):
                    colour = QColor(ARROW_INK)
                    painter.setPen(QPen(colour, ARROW_WIDTHS[strength]))
                    painter.drawLine(
                        QPointF(centre.x() - 14, y + offset), QPointF(centre.x() + 12, y + offset)
                    )
            else:
                painter.setPen(QPen(PATH_INK, 3.2))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawLine(QPointF(centre.x() - 14, y), QPointF(centre.x() + 4, y))
                painter.drawEllipse(QPointF(centre.x() + 10, y), 5, 5)
            painter.setPen(ink)
            painter.drawText(
                QRectF(SWATCH + 10, y - ROW / 2, self.width() - SWATCH - 10, ROW),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                text,
            )
        painter.end()
