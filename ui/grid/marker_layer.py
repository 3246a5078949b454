"""The crowded map's level of detail: one item stamps every small marker from shared sprites.

Zoomed out over thousands of people, markers are dots without names or initials. Painting each
as its own item costs the view several microseconds of bookkeeping per item, so then the people
items keep their places, hit tests and selection but paint nothing (``ItemHasNoContents``), and
this layer draws them all: one ``drawPixmap`` per person from a handful of sprites (attitude ×
size × trust) rendered at the view's scale, into one picture kept until the markers or the zoom
change, so that a repaint is a single blit. Selected and highlighted people still draw
themselves, on top.
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

#: The biggest picture of all markers kept (pixels a side); beyond, markers are stamped each time.
_PICTURE_LIMIT = 4096

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
        self.stamps: tuple[list[Stamp], list[Stamp]] = ([], [])
        self.keys: list[SpriteKey] = []
        self._picture: QPixmap | None = None
        self._picture_key: tuple[float, float, float] = (0.0, 0.0, 0.0)
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
        stamps: tuple[list[Stamp], list[Stamp]] = ([], [])
        index: dict[SpriteKey, int] = {}
        for x, y, key, dimmed in markers:
            number = index.get(key)
            if number is None:
                number = index[key] = len(index)
            stamps[0 if dimmed else 1].append((x, y, number))
        self.stamps = stamps
        self.keys = list(index)
        self.factor = factor
        self._picture = None
        self.update()

    def forget_sprites(self) -> None:
        """Draw every marker afresh (its style's colours changed)."""
        self._sprites.clear()
        self._picture = None
        self.update()

    @property
    def count(self) -> int:
        return len(self.stamps[0]) + len(self.stamps[1])

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

    def _stamp(self, painter: QPainter, zoom: float, ratio: float, ox: float, oy: float) -> None:
        """Every marker, with scene point (x, y) drawn at device (x * zoom + ox, y * zoom + oy)."""
        scale = zoom * self.factor
        table = []
        for key in self.keys:
            pixmap, half = self._sprite(key, scale, ratio)
            table.append((pixmap, ox - half + 0.5, oy - half + 0.5))
        draw = painter.drawPixmap
        for stamps, opacity in zip(self.stamps, (DIMMED_OPACITY, 1.0), strict=True):
            painter.setOpacity(opacity)
            for x, y, number in stamps:
                pixmap, dx, dy = table[number]
                draw(int(x * zoom + dx), int(y * zoom + dy), pixmap)

    def _picture_for(self, zoom: float, ratio: float) -> QPixmap | None:
        """All the markers in one picture at this zoom (None when it would be too big): a
        repaint is then one blit, and a drag's small repaint a clipped one."""
        key = (zoom, ratio, self.factor)
        if self._picture is not None and self._picture_key == key:
            return self._picture
        width = math.ceil(self._bounds.width() * zoom * ratio) + 2
        height = math.ceil(self._bounds.height() * zoom * ratio) + 2
        if max(width, height) > _PICTURE_LIMIT:
            return None
        picture = QPixmap(width, height)
        picture.fill(Qt.GlobalColor.transparent)
        painter = QPainter(picture)
        painter.scale(ratio, ratio)
        self._stamp(painter, zoom, ratio, -self._bounds.left() * zoom, -self._bounds.top() * zoom)
        painter.end()
        picture.setDevicePixelRatio(ratio)
        self._picture, self._picture_key = picture, key
        return picture

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if not self.count:
            return
        transform = painter.worldTransform()
        zoom = transform.m11()
        device = painter.device()
        ratio = device.devicePixelRatioF() if device is not None else 1.0
        painter.save()
        painter.resetTransform()
        picture = self._picture_for(zoom, ratio)
        if picture is not None:
            left = round(self._bounds.left() * zoom + transform.dx())
            top = round(self._bounds.top() * zoom + transform.dy())
            painter.drawPixmap(left, top, picture)
        else:
            self._stamp(painter, zoom, ratio, transform.dx(), transform.dy())
        painter.restore()
