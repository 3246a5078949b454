"""The prep sheet's typography, colours and units.

Everything is laid out in device units of the paint device (a PDF writer or a printer), converted
from points with :class:`Units`, so the same code prints at any resolution.

Printed pages must read on a grey-scale laser: colour never carries meaning alone (quadrants have
a shape, trust and influence a line style, overdue items a word), the title band is a light wash
rather than a slab of toner, and every colour is opaque (a see-through fill makes PostScript
drivers turn the whole page into a picture, losing the text).
"""

from __future__ import annotations

from dataclasses import dataclass
from string import Template

from PySide6.QtGui import QColor, QFont, QPagedPaintDevice

from domain.model import Attitude
from domain.rules.quadrant import Quadrant
from resources import resource_path

#: Preferred faces, best first; the first one installed is used.
FONT_FAMILIES = [
    "Inter",
    "Segoe UI",
    "Helvetica Neue",
    "Helvetica",
    "Arial",
    "Liberation Sans",
    "DejaVu Sans",
]

INK = "#1B2230"
BODY = "#2F3747"
MUTED = "#6A7385"
FAINT = "#A2A9B6"
RULE = "#D8DCE3"
WASH = "#F3F5F8"
#: The title band: a light wash with dark type (a dark band costs toner and prints as a grey slab).
BAND = "#E6ECF4"
BAND_TEXT = "#1B2230"
BAND_MUTED = "#56627A"
ACCENT = "#2F5D9A"
OVERDUE = "#B4231A"
TALKING_WASH = "#FBF6E6"
TALKING_EDGE = "#D9B44A"
TRUST_COLOUR = "#2F5D9A"
INFLUENCE_COLOUR = "#C26A12"

QUADRANT_COLOURS: dict[Quadrant, str] = {
    Quadrant.MANAGE_CLOSELY: "#B8432F",
    Quadrant.KEEP_SATISFIED: "#2F5D9A",
    Quadrant.KEEP_INFORMED: "#2E8069",
    Quadrant.MONITOR: "#7D8696",
}
UNPLACED_COLOUR = "#B9BFCA"
#: The marker of a person whose attitude is not rated yet.
UNRATED_FILL = "#E4E7EC"

#: The same colour-blind-safe diverging scale as the grid (Okabe & Ito based).
ATTITUDE_COLOURS: dict[Attitude, str] = {
    Attitude.BLOCKER: "#C8412A",
    Attitude.CRITIC: "#E9A23B",
    Attitude.NEUTRAL: "#A3AAB3",
    Attitude.SUPPORTER: "#46AF93",
    Attitude.CHAMPION: "#14704F",
}


@dataclass(frozen=True, slots=True)
class Units:
    """Points (1/72 inch) to device units for one paint device."""

    per_point: float

    @classmethod
    def of(cls, device: QPagedPaintDevice) -> Units:
        return cls(device.logicalDpiY() / 72.0)

    def __call__(self, points: float) -> float:
        return points * self.per_point

    @staticmethod
    def px(points: float) -> str:
        """A CSS length for Qt's rich text, whose "px" is 1/96 inch on any device."""
        return f"{max(0, round(points * 96 / 72))}px"


_fonts_loaded = False


def load_fonts() -> None:
    """Register the bundled Inter faces once, so sheets look the same on every computer."""
    global _fonts_loaded
    if _fonts_loaded:
        return
    _fonts_loaded = True
    from PySide6.QtGui import QFontDatabase

    folder = resource_path("templates", "fonts")
    for path in sorted(folder.glob("*.otf")):
        QFontDatabase.addApplicationFont(str(path))


_fonts: dict[tuple[float, QFont.Weight, bool], QFont] = {}


def font(size: float, weight: QFont.Weight = QFont.Weight.Normal, italic: bool = False) -> QFont:
    """A copy of the sheet's font at ``size`` points (made once per size and weight)."""
    key = (size, weight, italic)
    made = _fonts.get(key)
    if made is None:
        made = _fonts[key] = _make_font(size, weight, italic)
    return QFont(made)


def _make_font(size: float, weight: QFont.Weight, italic: bool) -> QFont:
    result = QFont()
    result.setFamilies(FONT_FAMILIES)
    result.setPointSizeF(size)
    result.setWeight(weight)
    result.setItalic(italic)
    result.setKerning(True)
    result.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    # Inter swaps in raised colons and dashes between digits ("10:00–11:30"); those glyphs carry
    # no Unicode value, so the PDF's text could not be searched or copied. Plain glyphs instead.
    result.setFeature(QFont.Tag("calt"), 0)
    return result


_colours: dict[str, QColor] = {}


def colour(value: str) -> QColor:
    """The colour ``value`` (parsed once; QPainter.setPen and friends copy what they are given)."""
    made = _colours.get(value)
    if made is None:
        made = _colours[value] = QColor(value)
    return made


def quadrant_colour(quadrant: Quadrant | None) -> str:
    return QUADRANT_COLOURS[quadrant] if quadrant is not None else UNPLACED_COLOUR


def on_white(hex_colour: str, strength: float) -> QColor:
    """``hex_colour`` mixed with white (``strength`` 0 = white, 1 = the colour): an opaque tint."""
    base = QColor(hex_colour)
    keep = max(0.0, min(1.0, strength))
    return QColor(
        round(255 + (base.red() - 255) * keep),
        round(255 + (base.green() - 255) * keep),
        round(255 + (base.blue() - 255) * keep),
    )


def css(units: Units) -> str:
    """The style sheet of every text block on the sheet (shipped as a template)."""
    template = resource_path("templates", "prep_sheet.css").read_text(encoding="utf-8")
    return Template(template).substitute(
        {
            "ink": INK,
            "body": BODY,
            "muted": MUTED,
            "faint": FAINT,
            "rule": RULE,
            "overdue": OVERDUE,
            "accent": ACCENT,
            "gap": units.px(2.5),
            "gap_small": units.px(1),
            "indent": units.px(9),
            "cell": units.px(1.6),
            "hair": units.px(0.6),
        }
    )
