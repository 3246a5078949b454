"""Colours, pens and sizes of the grid, made once and shared by every marker.

Attitude runs from blocker to champion on a colour-blind-safe diverging scale (vermillion, amber,
grey, teal, deep bluish green, after Okabe & Ito): the colours differ in lightness as well as in
hue, so they still read in order for red-green colour blindness and in greyscale print.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, fields

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainterPath, QPen

from domain.model import Attitude

ATTITUDE_COLOURS: dict[Attitude, str] = {
    Attitude.BLOCKER: "#C8412A",
    Attitude.CRITIC: "#E9A23B",
    Attitude.NEUTRAL: "#A3AAB3",
    Attitude.SUPPORTER: "#46AF93",
    Attitude.CHAMPION: "#14704F",
}
UNRATED_COLOUR = "#FFFFFF"

#: Body radius (scene units) of a marker of middling influence on an uncrowded map.
BASE_RADIUS = 15.0
#: Maps with more people than this get proportionally smaller markers.
ROOMY_MAP = 150


def density_factor(people: int) -> float:
    """How much smaller markers get on a crowded map (1 up to :data:`ROOMY_MAP` people)."""
    if people <= ROOMY_MAP:
        return 1.0
    return max(0.3, math.sqrt(ROOMY_MAP / people))


def body_radius(influence: float | None, factor: float) -> float:
    """Influence 0–10 maps to 0.72–1.3 × the base radius; unrated sits in the middle."""
    share = 0.5 if influence is None else min(10.0, max(0.0, influence)) / 10.0
    return BASE_RADIUS * factor * (0.72 + 0.58 * share)


def ink_on(fill: QColor) -> QColor:
    """Dark or white text, whichever reads better on ``fill``."""
    r, g, b = fill.redF(), fill.greenF(), fill.blueF()
    luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b
    return QColor("#1C232B") if luminance > 0.55 else QColor("#FFFFFF")


def _pen(colour: QColor | str, width: float, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    pen = QPen(QColor(colour), width, style)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


@dataclass(slots=True)
class GridStyle:
    dark: bool = False
    fills: dict[Attitude | None, QBrush] = field(default_factory=dict)
    inks: dict[Attitude | None, QColor] = field(default_factory=dict)
    strokes: dict[Attitude | None, QColor] = field(default_factory=dict)
    outline_pen: QPen = field(default_factory=QPen)
    unrated_pen: QPen = field(default_factory=QPen)
    track_pen: QPen = field(default_factory=QPen)
    cut_pen: QPen = field(default_factory=QPen)
    leader_pen: QPen = field(default_factory=QPen)
    #: From a marker shown beside its place (on a crowded spot) back to that place.
    tether_pen: QPen = field(default_factory=QPen)
    arrow_casing_pen: QPen = field(default_factory=QPen)
    arrow_selected_pen: QPen = field(default_factory=QPen)
    trust_pen: QPen = field(default_factory=QPen)
    selection_pen: QPen = field(default_factory=QPen)
    halo_pen: QPen = field(default_factory=QPen)
    label_brush: QBrush = field(default_factory=QBrush)
    label_selected_brush: QBrush = field(default_factory=QBrush)
    label_ink: QColor = field(default_factory=QColor)
    label_selected_ink: QColor = field(default_factory=QColor)
    arrow_pen: QPen = field(default_factory=QPen)
    arrow_brush: QBrush = field(default_factory=QBrush)
    desired_fill: QBrush = field(default_factory=QBrush)
    trail_pen: QPen = field(default_factory=QPen)
    label_font: QFont = field(default_factory=QFont)
    label_metrics: QFontMetricsF = field(default_factory=lambda: QFontMetricsF(QFont()))
    _initials_fonts: dict[int, QFont] = field(default_factory=dict)
    _circles: dict[float, QPainterPath] = field(default_factory=dict)

    def circle(self, radius: float) -> QPainterPath:
        """A circle's outline (a marker's shape), shared by all markers of that size."""
        key = round(radius, 2)
        path = self._circles.get(key)
        if path is None:
            path = QPainterPath()
            path.addEllipse(QPointF(0, 0), key, key)
            self._circles[key] = path
        return path

    def initials_font(self, pixels: int) -> QFont:
        """The bold font of initials at ``pixels`` (shared: thousands of markers use a few)."""
        pixels = max(7, pixels)
        font = self._initials_fonts.get(pixels)
        if font is None:
            font = QFont(self.label_font)
            font.setPixelSize(pixels)
            font.setWeight(QFont.Weight.Bold)
            self._initials_fonts[pixels] = font
        return font

    def take(self, other: GridStyle) -> None:
        """Become ``other`` in place: every marker, layer and list holding this style follows
        (the colour scheme changed while the map is open)."""
        for each in fields(self):
            setattr(self, each.name, getattr(other, each.name))

    @classmethod
    def make(cls, dark: bool, highlight: QColor, font: QFont) -> GridStyle:
        style = cls(dark=dark)
        for attitude in (*Attitude, None):
            colour = QColor(ATTITUDE_COLOURS[attitude] if attitude is not None else UNRATED_COLOUR)
            style.fills[attitude] = QBrush(colour)
            style.inks[attitude] = ink_on(colour)
            style.strokes[attitude] = (
                colour.darker(115) if attitude is not None else QColor("#6B7480")
            )
        style.outline_pen = _pen("#FFFFFF" if not dark else "#20242A", 1.4)
        style.unrated_pen = _pen("#6B7480", 1.4, Qt.PenStyle.DashLine)
        style.track_pen = _pen("#D9DEE4" if not dark else "#434B56", 2.6)
        style.cut_pen = _pen("#FFFFFF" if not dark else "#1E2227", 6.4)
        style.leader_pen = _pen(
            QColor(70, 86, 106, 170) if not dark else QColor(200, 210, 222, 170), 1.0
        )
        style.tether_pen = _pen(
            QColor(52, 70, 90, 200) if not dark else QColor(213, 220, 229, 200), 1.2
        )
        style.trust_pen = _pen("#34465A" if not dark else "#D5DCE5", 2.6)
        style.selection_pen = _pen(highlight, 2.6)
        style.halo_pen = _pen(QColor(255, 190, 0, 190), 5.0)
        style.label_brush = QBrush(
            QColor(255, 255, 255, 225) if not dark else QColor(34, 38, 45, 225)
        )
        style.label_selected_brush = QBrush(highlight)
        style.label_ink = QColor("#1F2933") if not dark else QColor("#E8EAED")
        style.label_selected_ink = QColor("#FFFFFF")
        style.arrow_pen = _pen(
            QColor(70, 86, 106, 200) if not dark else QColor(200, 210, 222, 200), 1.8
        )
        style.arrow_pen.setStyle(Qt.PenStyle.DashLine)
        # Cosmetic (a width in pixels, not scene units): dashes then take the raster engine's
        # fast path; scaled dashed lines cost about a millisecond each.
        style.arrow_pen.setCosmetic(True)
        style.arrow_brush = QBrush(style.arrow_pen.color())
        # A pale band under the arrow: where it crosses another marker it reads as passing over.
        style.arrow_casing_pen = _pen(
            QColor(255, 255, 255, 215) if not dark else QColor(30, 34, 40, 215), 5.0
        )
        style.arrow_casing_pen.setCosmetic(True)
        style.arrow_selected_pen = _pen(highlight, 2.4)
        style.arrow_selected_pen.setCosmetic(True)
        style.desired_fill = QBrush(
            QColor(255, 255, 255, 150) if not dark else QColor(30, 34, 40, 150)
        )
        style.trail_pen = _pen(
            QColor(52, 70, 90, 150) if not dark else QColor(210, 220, 232, 150), 1.6
        )
        label_font = QFont(font)
        label_font.setPixelSize(11)
        label_font.setWeight(QFont.Weight.DemiBold)
        style.label_font = label_font
        style.label_metrics = QFontMetricsF(label_font)
        return style
