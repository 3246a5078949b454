"""The sheet every export and print draws: title, what is shown, the grid, the key and, on a wide
page, the people of each quadrant in a column beside the grid."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter

from domain.rules.quadrant import Quadrant
from ui.domain_words import quadrant_title
from ui.grid.grid_backdrop import Backdrop, quadrant_colour
from ui.grid.grid_scene import GridScene
from ui.grid.legend import LEGEND_ENTRY_COUNT, paint_legend
from ui.grid.marker_style import GridStyle
from ui.grid.trail_items import Trail
from ui.translation import tr

#: At most this many people get names on an export (more would bury the grid).
EXPORT_LABEL_LIMIT = 400
INK = QColor("#1F2933")
MUTED = QColor("#5F6B78")
#: Title, subtitle, gap, key and gap below the drawing, as shares of the sheet's width.
_TITLE, _NOTE, _GAP, _KEY_ROW = 0.038, 0.024, 0.012, 0.028
_KEY_COLUMNS = 3


@dataclass(frozen=True, slots=True)
class Sheet:
    title: str
    #: What is shown: the day, the filters ("As of 3 Mar 2025 · Showing Finance · 12 people").
    subtitle: str = ""


@contextmanager
def drawn_for_export(scene: GridScene) -> Iterator[GridScene]:
    """A copy of ``scene`` for paper: light (whatever the screen's scheme), markers as vectors
    with names (unless the map is crowded), nothing selected, and every filter, highlight, day
    and trail as shown. The screen's scene is left alone."""
    paper = GridScene(
        GridStyle.make(False, QColor("#2F7BE0"), scene.backdrop.font),
        Backdrop(False, scene.backdrop.font, paper=True),
    )
    paper.grid_style.arrow_pen.setCosmetic(False)  # arrows scale with the sheet
    paper.shown = scene.shown  # everyone where the screen shows them
    paper.show_map(scene.people, scene.placements, scene.tray, scene.marks)
    paper.set_detail(len(scene.people) <= EXPORT_LABEL_LIMIT, True)
    paper.set_cached(False)
    paper.place_labels(paper.sceneRect())
    paper.set_trails(
        [Trail(t.stakeholder_id, t.polyline, t.colour, t.dimmed) for t in scene.trail_layer.trails]
    )
    try:
        yield paper
    finally:
        paper.clear()


def _font(base: QFont, pixels: float, weight: QFont.Weight = QFont.Weight.Normal) -> QFont:
    font = QFont(base)
    font.setPixelSize(max(6, round(pixels)))
    font.setWeight(weight)
    return font


def sheet_size(scene: GridScene, width: int) -> QSize:
    """A page the shape of the drawing, with room for the title above and the key below."""
    source = scene.sceneRect()
    key_rows = -(-LEGEND_ENTRY_COUNT // _KEY_COLUMNS)
    extra = width * (_TITLE + _NOTE + 2 * _GAP + key_rows * _KEY_ROW)
    return QSize(width, round(width * source.height() / source.width() + extra))


def paint_sheet(painter: QPainter, page: QRectF, scene: GridScene, sheet: Sheet) -> None:
    wide = page.width() > page.height() * 1.2
    unit = min(page.width(), page.height() * 1.3) if wide else page.width()
    base = QFont(scene.backdrop.font)
    painter.save()
    painter.setRenderHints(
        QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing, True
    )
    painter.setFont(_font(base, unit * 0.026, QFont.Weight.Bold))
    painter.setPen(INK)
    left = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    painter.drawText(
        QRectF(page.left(), page.top(), page.width(), unit * _TITLE), left, sheet.title
    )
    painter.setFont(_font(base, unit * 0.014))
    painter.setPen(MUTED)
    painter.drawText(
        QRectF(page.left(), page.top() + unit * _TITLE, page.width(), unit * _NOTE),
        left,
        sheet.subtitle,
    )
    top = page.top() + unit * (_TITLE + _NOTE + _GAP)
    if wide:
        column = page.width() * 0.27
        body = QRectF(page.left(), top, page.width() - column - unit * 0.03, page.bottom() - top)
        target = _draw_grid(painter, scene, body)
        side = QRectF(
            target.right() + unit * 0.03,
            top,
            page.right() - target.right() - unit * 0.03,
            page.bottom() - top,
        )
        key_height = LEGEND_ENTRY_COUNT * unit * 0.026
        paint_legend(
            painter,
            QRectF(side.left(), side.top(), side.width(), key_height),
            scene.grid_style,
            base,
            MUTED,
            columns=1,
        )
        _paint_quadrant_lists(
            painter,
            QRectF(
                side.left(),
                side.top() + key_height + unit * 0.02,
                side.width(),
                side.bottom() - side.top() - key_height - unit * 0.02,
            ),
            scene,
            base,
            unit,
        )
    else:
        key_rows = -(-LEGEND_ENTRY_COUNT // _KEY_COLUMNS)
        key_height = key_rows * unit * _KEY_ROW
        body = QRectF(
            page.left(), top, page.width(), page.bottom() - key_height - unit * _GAP - top
        )
        target = _draw_grid(painter, scene, body)
        key = QRectF(
            target.left(), page.bottom() - key_height, min(target.width(), unit * 0.8), key_height
        )
        paint_legend(painter, key, scene.grid_style, base, MUTED, columns=_KEY_COLUMNS)
    painter.restore()


def _draw_grid(painter: QPainter, scene: GridScene, body: QRectF) -> QRectF:
    source = scene.sceneRect()
    scale = min(body.width() / source.width(), body.height() / source.height())
    target = QRectF(body.left(), body.top(), source.width() * scale, source.height() * scale)
    scene.render(painter, target, source, Qt.AspectRatioMode.KeepAspectRatio)
    return target


def _paint_quadrant_lists(
    painter: QPainter, area: QRectF, scene: GridScene, base: QFont, unit: float
) -> None:
    """Who is in each quadrant (those the filters leave out are not listed)."""
    groups: dict[Quadrant, list[str]] = {q: [] for q in Quadrant}
    for person_id, person in scene.people.items():
        placement = scene.placements.get(person_id)
        quadrant = placement.quadrant if placement else None
        if quadrant is not None and person_id not in scene.marks.dimmed:
            groups[quadrant].append(person.name)
    heading = _font(base, unit * 0.015, QFont.Weight.Bold)
    entry = _font(base, unit * 0.0125)
    line = QFontMetricsF(entry).height() * 1.15
    available = max(len(groups), int(area.height() // line) - 3 * len(groups))
    total = sum(len(names) for names in groups.values())
    allowed = {
        q: len(names) if total <= available else max(1, available * len(names) // total)
        for q, names in groups.items()
    }
    y = area.top()
    for quadrant, names in groups.items():
        painter.setFont(heading)
        painter.setPen(quadrant_colour(quadrant).darker(130))
        painter.drawText(
            QPointF(area.left(), y + line), f"{quadrant_title(quadrant)} ({len(names)})"
        )
        y += line * 1.4
        painter.setFont(entry)
        painter.setPen(INK)
        names.sort(key=str.casefold)
        shown = names if len(names) <= allowed[quadrant] else names[: max(0, allowed[quadrant] - 1)]
        metrics = QFontMetricsF(entry)
        for name in shown:
            painter.drawText(
                QPointF(area.left() + unit * 0.01, y + line * 0.8),
                metrics.elidedText(name, Qt.TextElideMode.ElideRight, area.width() - unit * 0.01),
            )
            y += line
        if len(shown) < len(names):
            painter.setPen(MUTED)
            painter.drawText(
                QPointF(area.left() + unit * 0.01, y + line * 0.8),
                tr("… and {value} more").format(value=len(names) - len(shown)),
            )
            y += line
        if not names:
            painter.setPen(MUTED)
            painter.drawText(QPointF(area.left() + unit * 0.01, y + line * 0.8), tr("Nobody"))
            y += line
        y += line * 0.5
