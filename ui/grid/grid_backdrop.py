"""The grid behind the markers: tinted, named quadrants, axes with their scales, and the tray.

Drawn by the scene's ``drawBackground`` (so exports and prints get it too), in scene units.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen

from domain.rules.quadrant import Quadrant
from ui.domain_words import quadrant_title
from ui.grid.geometry import (
    GRID_RECT,
    SIZE,
    SPLIT_AT,
    TRAY_ROW,
    TRAY_TOP,
    UNIT,
    tray_rows,
)
from ui.translation import tr

#: Each quadrant's tint, its ink, and what it means.
#: Each quadrant's colour and meaning (the meaning translated when shown: :func:`_words`).
_QUADRANTS: dict[Quadrant, tuple[str, str]] = {
    Quadrant.MANAGE_CLOSELY: ("#D9553F", QT_TRANSLATE_NOOP("", "High power · high interest")),
    Quadrant.KEEP_SATISFIED: ("#D9962B", QT_TRANSLATE_NOOP("", "High power · low interest")),
    Quadrant.KEEP_INFORMED: ("#3C82C4", QT_TRANSLATE_NOOP("", "Low power · high interest")),
    Quadrant.MONITOR: ("#7B8794", QT_TRANSLATE_NOOP("", "Low power · low interest")),
}


def quadrant_words() -> tuple[tuple[Quadrant, str, str], ...]:
    """Each quadrant's title and meaning in the user's language."""
    return tuple(
        (q, quadrant_title(q), tr(meaning)) for q, (_colour, meaning) in _QUADRANTS.items()
    )


def quadrant_colour(quadrant: Quadrant) -> QColor:
    return QColor(_QUADRANTS[quadrant][0])


def quadrant_rect(quadrant: Quadrant) -> QRectF:
    half = SPLIT_AT
    return {
        Quadrant.KEEP_SATISFIED: QRectF(0, 0, half, half),
        Quadrant.MANAGE_CLOSELY: QRectF(half, 0, SIZE - half, half),
        Quadrant.MONITOR: QRectF(0, half, half, SIZE - half),
        Quadrant.KEEP_INFORMED: QRectF(half, half, SIZE - half, SIZE - half),
    }[quadrant]


#: Quadrant titles: pixel sizes, and their room in a corner (scene units).
_TITLE_PX, _NOTE_PX = 13, 10
_TITLE_W, _TITLE_H, _NOTE_H, _INSET = 150.0, 16.0, 13.0, 6.0


def _title_boxes(quadrant: Quadrant) -> tuple[QRectF, QRectF]:
    """Where a quadrant's title and its meaning go: the grid's corner in that quadrant, the title
    nearest the grid's edge."""
    left = quadrant in (Quadrant.KEEP_SATISFIED, Quadrant.MONITOR)
    top = quadrant in (Quadrant.KEEP_SATISFIED, Quadrant.MANAGE_CLOSELY)
    x = _INSET if left else SIZE - _INSET - _TITLE_W
    if top:
        title = QRectF(x, _INSET, _TITLE_W, _TITLE_H)
        note = QRectF(x, _INSET + _TITLE_H, _TITLE_W, _NOTE_H)
    else:
        title = QRectF(x, SIZE - _INSET - _TITLE_H, _TITLE_W, _TITLE_H)
        note = QRectF(x, title.top() - _NOTE_H, _TITLE_W, _NOTE_H)
    return title, note


@dataclass(frozen=True)
class _Heading:
    """One line of a quadrant's heading: its text, font and baseline start, and its outline (for
    the halo; the text itself is drawn as text, so exports keep it)."""

    text: str
    font: QFont
    at: QPointF
    outline: QPainterPath


@lru_cache(maxsize=4)
def _headings(
    font_key: str, words: tuple[tuple[Quadrant, str, str], ...]
) -> list[tuple[Quadrant, _Heading, _Heading]]:
    """The quadrants' titles and meanings, placed as :func:`_title_boxes` says (once per font)."""
    base = QFont()
    base.fromString(font_key)
    out = []
    for quadrant, title, meaning in words:
        left = quadrant in (Quadrant.KEEP_SATISFIED, Quadrant.MONITOR)
        lines = []
        for box, text, pixels, weight in zip(
            _title_boxes(quadrant),
            (title, meaning),
            (_TITLE_PX, _NOTE_PX),
            (QFont.Weight.Bold, QFont.Weight.DemiBold),
            strict=True,
        ):
            font = QFont(base)
            font.setPixelSize(pixels)
            font.setWeight(weight)
            metrics = QFontMetricsF(font)
            width = metrics.horizontalAdvance(text)
            x = box.left() if left else box.right() - width
            at = QPointF(x, box.center().y() + (metrics.ascent() - metrics.descent()) / 2)
            outline = QPainterPath()
            outline.addText(at, font, text)
            lines.append(_Heading(text, font, at, outline))
        out.append((quadrant, lines[0], lines[1]))
    return out


def title_rects(font: QFont) -> list[QRectF]:
    """The room the quadrant titles take (scene units), tight around the text: names of people
    are placed clear of it."""
    rects = []
    for quadrant, title, meaning in quadrant_words():
        left = quadrant in (Quadrant.KEEP_SATISFIED, Quadrant.MONITOR)
        for box, text, pixels, weight in zip(
            _title_boxes(quadrant),
            (title, meaning),
            (_TITLE_PX, _NOTE_PX),
            (QFont.Weight.Bold, QFont.Weight.DemiBold),
            strict=True,
        ):
            measured = QFont(font)
            measured.setPixelSize(pixels)
            measured.setWeight(weight)
            width = QFontMetricsF(measured).horizontalAdvance(text) + 4
            x = box.left() if left else box.right() - width
            rects.append(QRectF(x, box.top(), width, box.height()))
    return rects


@dataclass(slots=True)
class Backdrop:
    dark: bool
    font: QFont
    #: How many people wait in the tray (0: no tray).
    unplaced: int = 0
    #: True while exporting: white paper around the grid instead of the window's grey.
    paper: bool = False
    #: A word of help across an empty map ("" for none).
    hint: str = ""

    def paint(self, painter: QPainter, exposed: QRectF) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        base = QColor("#1E2227") if self.dark else QColor("#FFFFFF")
        around = QColor("#17191D") if self.dark else QColor("#F4F6F8")
        painter.fillRect(exposed, QColor("#FFFFFF") if self.paper else around)
        painter.fillRect(GRID_RECT, base)
        for quadrant, (colour, _meaning) in _QUADRANTS.items():
            tint = QColor(colour)
            tint.setAlphaF(0.16 if self.dark else 0.085)
            painter.fillRect(quadrant_rect(quadrant), tint)
        self._grid_lines(painter)
        self._axes(painter)
        if self.unplaced:
            self._tray(painter)
        if self.hint and not self.paper:
            self._hint(painter)
        painter.restore()

    def _hint(self, painter: QPainter) -> None:
        box = QRectF(SIZE * 0.15, SIZE * 0.5 - 34, SIZE * 0.7, 68)
        painter.setPen(QPen(self._ink(0.18), 1.0))
        painter.setBrush(QColor(30, 34, 40, 235) if self.dark else QColor(255, 255, 255, 235))
        painter.drawRoundedRect(box, 10, 10)
        painter.setFont(self._font(13))
        painter.setPen(self._ink(0.8))
        painter.drawText(
            box.adjusted(16, 8, -16, -8),
            int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
            self.hint,
        )

    def _ink(self, alpha: float = 1.0) -> QColor:
        colour = QColor("#DDE2E8") if self.dark else QColor("#2B3440")
        colour.setAlphaF(alpha)
        return colour

    def _font(self, pixels: int, weight: QFont.Weight = QFont.Weight.Normal) -> QFont:
        font = QFont(self.font)
        font.setPixelSize(pixels)
        font.setWeight(weight)
        return font

    def _grid_lines(self, painter: QPainter) -> None:
        # Cosmetic pens: hairlines stay hairlines however far the view zooms in.
        minor = QPen(self._ink(0.07 if not self.dark else 0.09), 1.0)
        minor.setCosmetic(not self.paper)  # on paper, lines scale with the sheet
        painter.setPen(minor)
        for step in range(1, 10):
            if step == 5:
                continue
            at = step * UNIT
            painter.drawLine(QPointF(at, 0), QPointF(at, SIZE))
            painter.drawLine(QPointF(0, at), QPointF(SIZE, at))
        split = QPen(self._ink(0.38), 1.6)
        split.setCosmetic(not self.paper)
        painter.setPen(split)
        painter.drawLine(QPointF(SPLIT_AT, 0), QPointF(SPLIT_AT, SIZE))
        painter.drawLine(QPointF(0, SPLIT_AT), QPointF(SIZE, SPLIT_AT))
        frame = QPen(self._ink(0.45), 1.2)
        frame.setCosmetic(not self.paper)
        painter.setPen(frame)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(GRID_RECT)

    def paint_headings(self, painter: QPainter, exposed: QRectF) -> None:
        """The quadrants' names, drawn above everything on the grid: markers and names keep off
        them (see :func:`title_rects`), and a plan placed under one passes beneath it."""
        if not exposed.intersects(GRID_RECT):
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self._quadrant_names(painter)
        painter.restore()

    def _quadrant_names(self, painter: QPainter) -> None:
        """Each quadrant's name, small, in the grid's outer corner of that quadrant (where people
        are fewest and the names of people never go, see :func:`title_rects`), on a thin halo
        of the grid's colour so that a plan passing beneath does not blur it."""
        halo = QColor("#1E2227") if self.dark else QColor("#FFFFFF")
        halo.setAlphaF(0.85)
        halo_pen = QPen(halo, 3.0)
        halo_pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        alphas = (0.8, 0.65) if self.dark else (0.78, 0.6)
        for quadrant, title, note in _headings(self.font.toString(), quadrant_words()):
            for line, alpha in zip((title, note), alphas, strict=True):
                colour = QColor(_QUADRANTS[quadrant][0])
                colour.setAlphaF(alpha)
                painter.strokePath(line.outline, halo_pen)
                painter.setPen(colour)
                painter.setFont(line.font)
                painter.drawText(line.at, line.text)

    def _axes(self, painter: QPainter) -> None:
        painter.setFont(self._font(11))
        painter.setPen(self._ink(0.62))
        for value in range(11):
            at = value * UNIT
            painter.drawText(
                QRectF(at - 15, SIZE + 5, 30, 16),
                int(Qt.AlignmentFlag.AlignCenter),
                str(value),
            )
            painter.drawText(
                QRectF(-34, SIZE - at - 8, 26, 16),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                str(value),
            )
        painter.setFont(self._font(13, QFont.Weight.DemiBold))
        painter.setPen(self._ink(0.85))
        painter.drawText(
            QRectF(0, SIZE + 24, SIZE, 22),
            int(Qt.AlignmentFlag.AlignCenter),
            tr("Interest  →"),
        )
        painter.save()
        painter.translate(-46, SIZE / 2)
        painter.rotate(-90)
        painter.drawText(
            QRectF(-SIZE / 2, -11, SIZE, 22), int(Qt.AlignmentFlag.AlignCenter), tr("Power  →")
        )
        painter.restore()

    def _tray(self, painter: QPainter) -> None:
        rows = tray_rows(self.unplaced)
        rect = QRectF(0, TRAY_TOP, SIZE, 20 + rows * TRAY_ROW)
        painter.setPen(QPen(self._ink(0.25), 1.2, Qt.PenStyle.DashLine))
        painter.setBrush(QColor(255, 255, 255, 10) if self.dark else QColor(255, 255, 255, 200))
        painter.drawRoundedRect(rect, 8, 8)
        painter.setFont(self._font(11, QFont.Weight.DemiBold))
        painter.setPen(self._ink(0.7))
        noun = "person" if self.unplaced == 1 else "people"
        painter.drawText(
            QRectF(10, TRAY_TOP + 4, SIZE - 20, 16),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            f"Not placed yet ({self.unplaced} {noun})"
            + ("" if self.paper else " — drag onto the grid"),
        )
