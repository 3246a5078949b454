"""Rapport's look: the Fusion style, the system's light or dark scheme, and the style sheet."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from resources import resource_path


def apply_look(app: QApplication) -> None:
    app.setStyle("Fusion")
    font = app.font()
    if font.pointSizeF() < 10:
        font.setPointSizeF(10)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    app.setFont(font)
    app.setStyleSheet(resource_path("style", "rapport.qss").read_text(encoding="utf-8"))


def is_dark(app: QApplication) -> bool:
    """True when the palette is dark (charts and the grid follow it)."""
    return app.palette().window().color().lightness() < 128
