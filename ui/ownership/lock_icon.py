"""A padlock drawn in the palette's text colour: marks a private note (no emoji font needed,
crisp at any scale, right in dark mode too)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QApplication


def lock_icon(size: int = 16) -> QIcon:
    icon = QIcon()
    colour = QApplication.palette().windowText().color()
    for scale in (1, 2, 3):
        icon.addPixmap(_padlock(size, scale, colour))
    return icon


def _padlock(size: int, scale: int, colour: QColor) -> QPixmap:
    pixmap = QPixmap(size * scale, size * scale)
    pixmap.setDevicePixelRatio(scale)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = float(size)
    pen = QPen(colour, s * 0.11)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    shackle = QPainterPath()
    shackle.moveTo(s * 0.32, s * 0.48)
    shackle.lineTo(s * 0.32, s * 0.32)
    shackle.arcTo(QRectF(s * 0.32, s * 0.12, s * 0.36, s * 0.36), 180, -180)
    shackle.lineTo(s * 0.68, s * 0.48)
    painter.drawPath(shackle)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawRoundedRect(QRectF(s * 0.2, s * 0.46, s * 0.6, s * 0.44), s * 0.08, s * 0.08)
    painter.end()
    return pixmap
