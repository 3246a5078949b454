"""The crowded map's level of detail: one item stamps every small marker from shared sprites.

Zoomed out over thousands of people, markers are dots without names or initials. Painting each
as its own item costs the view several microseconds of bookkeeping per item, so then the people
items keep their places, hit tests and selection but paint nothing (``ItemHasNoContents``), and
this layer draws them all in one paint call: one ``drawPixmap`` per person from a handful of
sprites (attitude × size × trust), rendered at the view's scale. Selected and highlighted people
still draw themselves, on top.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from domain.model import Attitude
from ui.grid.marker_style import GridStyle

#: (attitude, body radius, trust arc in 1/16 degrees) of an unscaled marker.
type SpriteKey = tuple[Attitude | None, float, int]
#: Scene x, scene y and the index of the marker's sprite key in ``MarkerLayerItem.keys``.
type Stamp = tuple[float, float, int]
#: The layer's markers in square cells of the scene, so a small repaint (a drag) visits few;
#: per cell the dimmed ones and the others.
type Cells = dict[tuple[int, int], tuple[list[Stamp], list[Stamp]]]

CELL = 60.0

DIMMED_OPACITY = 0.16


def sprite_key(attitude: Attitude | None, radius: float, trust_span: int) -> SpriteKey:
    """Sizes to half a unit and trust to a twentieth of the ring: the eye sees no difference."""
    return (attitude, round(radius * 2) / 2, round(trust_span / 288) * 288)


def paint_dot(
    painter: QPainter, style: GridStyle, attitude: Attitude | None, radius: float, span: int
) -> None:
    """A marker without text at the origin: trust ring and body (as MarkerItem draws it)."""
    ring = radius + 3.6
    ring_rect = QRectF(-ring, -ring, 2 * ring, 2 * ring)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(style.track_pen)
    painter.drawEllipse(ring_rect)
    if span:
        painter.setPen(style.trust_pen)
        painter.drawArc(ring_rect, 90 * 16, span)
    painter.setPen(style.outline_pen if attitude is not None else style.unrated_pen)
    painter.setBrush(style.fills[attitude])
    painter.drawEllipse(QRectF(-radius, -radius, 2 * radius, 2 * radius))


class MarkerLayerItem(QGraphicsItem):
    def __init__(self, style: GridStyle) -> None:
        super().__init__()
        self.style = style
        self.cells: Cells = {}
        self.keys: list[SpriteKey] = []
        self.factor = 1.0
        self._bounds = QRectF()
        self._sprites: dict[SpriteKey, tuple[QPixmap, float]] = {}
        self._sprite_scale = 0.0
        self.setZValue(2.9)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)

    def set_markers(
        self, markers: list[tuple[float, float, SpriteKey, bool]], bounds: QRectF, factor: float
    ) -> None:
        """The markers to draw: scene x, y, sprite key and whether dimmed."""
        if bounds != self._bounds:
            self.prepareGeometryChange()
            self._bounds = bounds
        cells: Cells = {}
        index: dict[SpriteKey, int] = {}
        for x, y, key, dimmed in markers:
            number = index.get(key)
            if number is None:
                number = index[key] = len(index)
            cell = cells.get((int(x // CELL), int(y // CELL)))
            if cell is None:
                cell = cells[(int(x // CELL), int(y // CELL))] = ([], [])
            cell[0 if dimmed else 1].append((x, y, number))
        self.cells = cells
        self.keys = list(index)
        self.factor = factor
        self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def _sprite(self, key: SpriteKey, scale: float, ratio: float) -> tuple[QPixmap, float]:
        """The sprite for ``key`` at ``scale`` device pixels per unit, and its half size."""
        if scale != self._sprite_scale:
            self._sprites.clear()
            self._sprite_scale = scale
        found = self._sprites.get(key)
        if found is None:
            attitude, radius, span = key
            half = (radius + 3.6 + 2.0) * scale
            side = math.ceil(2 * half * ratio) + 2
            pixmap = QPixmap(side, side)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.translate(side / 2, side / 2)
            painter.scale(scale * ratio, scale * ratio)
            paint_dot(painter, self.style, attitude, radius, span)
            painter.end()
            pixmap.setDevicePixelRatio(ratio)
            found = (pixmap, side / ratio / 2)
            self._sprites[key] = found
        return found

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if not self.cells:
            return
        transform = painter.worldTransform()
        scale = transform.m11() * self.factor
        ratio = painter.device().devicePixelRatioF() if painter.device() else 1.0
        exposed: QRectF = option.exposedRect  # type: ignore[attr-defined]
        if exposed.contains(self._bounds):  # the usual full repaint
            cells = list(self.cells.values())
        else:  # a drag or a hover: only the cells around the exposed area (markers overhang)
            margin = 30.0
            first_x, last_x = (
                int((exposed.left() - margin) // CELL),
                int((exposed.right() + margin) // CELL),
            )
            first_y, last_y = (
                int((exposed.top() - margin) // CELL),
                int((exposed.bottom() + margin) // CELL),
            )
            cells = [
                self.cells[(cx, cy)]
                for cx in range(first_x, last_x + 1)
                for cy in range(first_y, last_y + 1)
                if (cx, cy) in self.cells
            ]
        m11, m22, dx, dy = transform.m11(), transform.m22(), transform.dx(), transform.dy()
        # Each sprite once, with the offset that puts its centre on the marker's device point.
        table = []
        for key in self.keys:
            pixmap, half = self._sprite(key, scale, ratio)
            table.append((pixmap, dx - half + 0.5, dy - half + 0.5))
        painter.save()
        painter.resetTransform()
        draw = painter.drawPixmap
        for which, opacity in ((0, DIMMED_OPACITY), (1, 1.0)):
            painter.setOpacity(opacity)
            for cell in cells:
                for x, y, number in cell[which]:
                    pixmap, ox, oy = table[number]
                    draw(int(x * m11 + ox), int(y * m22 + oy), pixmap)
        painter.restore()
