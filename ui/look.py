"""Rapport's look: the Fusion style, the system's light or dark scheme, and the style sheet.

The scheme follows the platform (``QStyleHints.colorScheme``: Windows, macOS and desktops with a
colour-scheme portal say light or dark, and tell when it changes); ``--color-scheme dark`` (or
``light``) forces one. Where the platform says dark but gives no dark palette (X11 without a
platform theme), Rapport supplies its own. Pages read their colours from the palette (the map and
the charts included), so they follow.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from resources import resource_path


class ColourScheme(StrEnum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


#: Style sheet additions for a dark palette (the error label's red reads on a dark window).
_DARK_SHEET = """
QLabel#errorLabel {
    color: #ffb4ab;
    background: rgba(255, 180, 171, 0.10);
    border: 1px solid rgba(255, 180, 171, 0.45);
}
"""


def apply_look(app: QApplication, scheme: ColourScheme | str = ColourScheme.SYSTEM) -> None:
    app.setStyle("Fusion")
    font = app.font()
    if font.pointSizeF() < 10:
        font.setPointSizeF(10)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    app.setFont(font)
    apply_scheme(app, ColourScheme(scheme))
    if ColourScheme(scheme) is ColourScheme.SYSTEM:
        app.styleHints().colorSchemeChanged.connect(
            lambda _scheme: apply_scheme(app, ColourScheme.SYSTEM)
        )


def apply_scheme(app: QApplication, scheme: ColourScheme) -> None:
    """Light or dark palette (and the style sheet that goes with it) for ``scheme``."""
    wanted = scheme
    if scheme is ColourScheme.SYSTEM:
        platform = app.styleHints().colorScheme()
        wanted = ColourScheme.DARK if platform == Qt.ColorScheme.Dark else ColourScheme.LIGHT
        if platform == Qt.ColorScheme.Unknown or _palette_is_dark(app) == (
            wanted is ColourScheme.DARK
        ):
            _set_sheet(app)  # the platform's own palette already fits
            return
    else:
        # Asks the platform too (native title bars on Windows and macOS follow).
        app.styleHints().setColorScheme(
            Qt.ColorScheme.Dark if scheme is ColourScheme.DARK else Qt.ColorScheme.Light
        )
    app.setPalette(dark_palette() if wanted is ColourScheme.DARK else light_palette(app))
    _set_sheet(app)


def _set_sheet(app: QApplication) -> None:
    sheet = resource_path("style", "rapport.qss").read_text(encoding="utf-8")
    app.setStyleSheet(sheet + (_DARK_SHEET if is_dark(app) else ""))


def _palette_is_dark(app: QApplication) -> bool:
    return app.palette().window().color().lightness() < 128


def is_dark(app: QApplication) -> bool:
    """True when the palette is dark (charts and the grid follow it)."""
    return _palette_is_dark(app)


def light_palette(app: QApplication) -> QPalette:
    return app.style().standardPalette()


def dark_palette() -> QPalette:
    """A dark palette in Fusion's manner: every text colour against its background at a contrast
    of at least 4.5:1 (WCAG AA; tests/ui/test_dark_mode.py checks it)."""
    palette = QPalette()
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    colours = {
        role.Window: "#25282d",
        role.WindowText: "#e8eaed",
        role.Base: "#1c1e22",
        role.AlternateBase: "#24272c",
        role.ToolTipBase: "#30343a",
        role.ToolTipText: "#f1f3f4",
        role.PlaceholderText: "#9aa3ad",
        role.Text: "#e8eaed",
        role.Button: "#2f3338",
        role.ButtonText: "#e8eaed",
        role.BrightText: "#ff8a80",
        role.Light: "#3c4046",
        role.Midlight: "#34383e",
        role.Mid: "#4a4f57",
        role.Dark: "#151719",
        role.Shadow: "#0b0c0d",
        role.Highlight: "#2f67c0",
        role.HighlightedText: "#ffffff",
        role.Link: "#8ab4f8",
        role.LinkVisited: "#c58af9",
        role.Accent: "#2f67c0",
    }
    for colour_role, value in colours.items():
        palette.setColor(colour_role, QColor(value))
    for colour_role, value in (
        (role.WindowText, "#8f969e"),
        (role.Text, "#8f969e"),
        (role.ButtonText, "#8f969e"),
        (role.HighlightedText, "#b0b6bd"),
        (role.Highlight, "#3a3f46"),
    ):
        palette.setColor(group.Disabled, colour_role, QColor(value))
    return palette
