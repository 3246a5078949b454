"""The items of the grid: a person's marker, their desired-position marker, and the plan arrow.

Geometry, pens and texts are worked out once when the data changes (``restyle``), so ``paint`` only
draws cached shapes. Markers are laid out at the size of a roomy map and shrunk with the item's
scale on crowded maps. Level of detail: name labels and initials are left out when the view says
they would not be readable (see :meth:`MarkerItem.set_detail`).
"""

from __future__ import annotations

import math
from datetime import datetime
from enum import IntEnum

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from domain.model import Attitude
from domain.usecases.map_view import MapPerson, Placement
from ui.domain_words import attitude_label, quadrant_title
from ui.formatting import format_date, format_number
from ui.grid.label_sides import (
    ABOVE,
    BELOW,
    LEFT,
    NO_LABEL,
    RIGHT,
    RING_GAP,
    is_far,
    leader_line,
    leader_points,
    side_rect,
)
from ui.grid.marker_layer import sprite_key
from ui.grid.marker_style import GridStyle, body_radius
from ui.plain_text import escape, rich_tooltip
from ui.translation import tr

_CENTRE = int(Qt.AlignmentFlag.AlignCenter)
_LABEL_WIDTH = 126.0
_LABEL_HEIGHT = 17.0
_NO_RECT = QRectF()
_NO_PATH = QPainterPath()
# Enum members looked up once: attribute access on an enum class costs a descriptor call, and
# paint() runs thousands of times per frame.
_NO_BRUSH = Qt.BrushStyle.NoBrush
_NO_PEN = Qt.PenStyle.NoPen
_DASH = Qt.PenStyle.DashLine
_NO_CONTENTS = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents
_ELIDE = Qt.TextElideMode.ElideRight


def _date(moment: datetime | None) -> str:
    """The house style for dates ("1 Dec 2026", as everywhere else), or "never"."""
    return format_date(moment, missing="never")


def _score(value: float | None) -> str:
    return "not rated" if value is None else f"{format_number(value)} / 10"


class PersonItem(QGraphicsItem):
    """What markers and desired markers share: who they stand for and the cached geometry."""

    #: True for the hollow "where the plan needs them" marker.
    desired = False

    def __init__(self, person: MapPerson, style: GridStyle) -> None:
        super().__init__()
        self.person = person
        self.stakeholder_id = person.stakeholder_id
        self.style = style
        self.placement = Placement(person.stakeholder_id)
        self.radius = body_radius(None, 1.0)
        # Set for real by restyle(); shared placeholders keep construction cheap.
        self._bounds = _NO_RECT
        self._shape = _NO_PATH
        self._body = _NO_RECT
        self._initials_font = style.label_font
        self.labels = True
        self.initials = True
        self.highlighted = False
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setAcceptHoverEvents(False)

    # Qt asks for these on every paint and hit test: cached.
    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        return self._shape

    def set_detail(self, labels: bool, initials: bool) -> None:
        if labels != self.labels:
            self.prepareGeometryChange()
            self.labels, self.initials = labels, initials
            self._layout()
        elif initials != self.initials:
            self.initials = initials  # initials change the drawing, not the geometry
            self.update()

    def set_highlighted(self, on: bool) -> None:
        if on != self.highlighted:
            self.highlighted = on
            self.update()

    def set_style(self, style: GridStyle) -> None:
        self.style = style
        self.restyle(self.person, self.placement)

    def restyle(self, person: MapPerson, placement: Placement) -> None:
        self.prepareGeometryChange()
        self.person, self.placement = person, placement
        self.radius = body_radius(placement.influence, 1.0)
        self._initials_font = self.style.initials_font(round(self.radius * 0.78))
        self._layout()
        self.update()

    def show_data(self, person: MapPerson, placement: Placement) -> None:
        """Take new data; redraw only when what the marker looks like changed (not its place)."""
        looks = (placement.support, placement.trust, placement.influence)
        if person.name == self.person.name and looks == (
            self.placement.support,
            self.placement.trust,
            self.placement.influence,
        ):
            self.person, self.placement = person, placement
        else:
            self.restyle(person, placement)

    def _layout(self) -> None:
        raise NotImplementedError

    def tooltip(self) -> str:
        raise NotImplementedError

    @property
    def attitude(self) -> Attitude | None:
        return self.placement.attitude


class LabelSide(IntEnum):
    """The first places a marker's name may go; NONE when every place would cover something."""

    BELOW = BELOW
    ABOVE = ABOVE
    RIGHT = RIGHT
    LEFT = LEFT
    NONE = NO_LABEL


class MarkerItem(PersonItem):
    """A person where they stand: fill by attitude, size by influence, ring by trust."""

    def __init__(self, person: MapPerson, style: GridStyle) -> None:
        super().__init__(person, style)
        self._ring = self._selection = self._halo = self._label = _NO_RECT
        self._label_size: tuple[float, float] | None = None
        self._leader: QLineF | None = None
        self._name = ""
        self._trust_span = 0
        self._fill = style.fills[None]
        self._ink = style.inks[None]
        self._outline = style.unrated_pen
        self.label_side = BELOW
        self.attitude_now: Attitude | None = None
        self._stamp_key = sprite_key(None, self.radius, 0)
        #: True while the marker layer draws this marker (the item itself paints nothing).
        self.stamped = False
        #: Where the person's stored place is, from the marker (item units); (0, 0) unless the
        #: map shows the marker beside it to keep it clear of others (see crowd_layout).
        self.shift = QPointF()
        self._tether: QLineF | None = None
        self.setZValue(self.base_z)

    @property
    def base_z(self) -> float:
        """Smaller markers sit above bigger ones, so a marker half under another still shows."""
        return 3.0 + max(0.0, 30.0 - self.radius) / 100.0

    def stamp_key(self) -> tuple[Attitude | None, float, int]:
        """What the marker layer needs to draw this marker (see marker_layer.sprite_key)."""
        return self._stamp_key

    def set_stamped(self, stamped: bool) -> None:
        if stamped != self.stamped:
            self.stamped = stamped
            self.setFlag(_NO_CONTENTS, stamped)

    @property
    def label_shown(self) -> bool:
        return self.labels and (self.label_side != NO_LABEL or self.isSelected())

    def _name_size(self) -> tuple[float, float]:
        """The name as written (elided when long) and its box; measured only when first needed."""
        if self._label_size is None:
            metrics = self.style.label_metrics
            name = self.person.name
            width = metrics.horizontalAdvance(name)
            if width > _LABEL_WIDTH - 12:
                name = metrics.elidedText(name, _ELIDE, _LABEL_WIDTH - 12)
                width = metrics.horizontalAdvance(name)
            self._name = name
            self._label_size = (width + 12, _LABEL_HEIGHT)
        return self._label_size

    def label_size(self) -> tuple[float, float]:
        """The name's box (width, height) in item units."""
        return self._name_size()

    def label_rect(self, side: int) -> QRectF:
        """The name's rectangle at ``side`` (one of :data:`LABEL_SIDES`), in item coordinates."""
        return QRectF(*side_rect(side, self.radius, *self._name_size()))

    def leader_points(self, side: int) -> list[QPointF]:
        """Scene points along the leader line to a name at a far ``side`` (kept off markers)."""
        scale, at = self.scale(), self.pos()
        return [
            QPointF(at.x() + x * scale, at.y() + y * scale)
            for x, y in leader_points(self.radius, side_rect(side, self.radius, *self._name_size()))
        ]

    def _leader_line(self, label: QRectF) -> QLineF:
        """From the marker's ring to the nearest point of a name placed away from it."""
        start, end = leader_line(self.radius, label.getRect())
        return QLineF(QPointF(*start), QPointF(*end))

    def ring_rect(self) -> QRectF:
        return QRectF(self._ring)

    def scene_rect_of(self, rect: QRectF) -> QRectF:
        scale, at = self.scale(), self.pos()
        return QRectF(
            at.x() + rect.x() * scale,
            at.y() + rect.y() * scale,
            rect.width() * scale,
            rect.height() * scale,
        )

    def set_label_side(self, side: int) -> None:
        if side != self.label_side:
            self.prepareGeometryChange()
            self.label_side = side
            self._layout()

    def set_shift(self, dx: float, dy: float) -> None:
        """Tell the marker that it is shown (dx, dy) scene units away from its stored place:
        it then draws a thin line back to a dot on that place."""
        scale = self.scale() or 1.0
        shift = QPointF(-dx / scale, -dy / scale)
        if shift != self.shift:
            self.prepareGeometryChange()
            self.shift = shift
            self._layout()

    def relayout(self) -> None:
        """After a selection change: the selection ring needs room, and a selected person's
        name shows even where it crowds."""
        self.prepareGeometryChange()
        self._layout()

    def set_highlighted(self, on: bool) -> None:
        if on != self.highlighted:
            self.prepareGeometryChange()  # the halo needs room
            self.highlighted = on
            self._layout()
            self.update()

    def restyle(self, person: MapPerson, placement: Placement) -> None:
        if person.name != self.person.name:
            self._label_size = None
        attitude = placement.attitude
        self.attitude_now = attitude
        self._fill = self.style.fills[attitude]
        self._ink = self.style.inks[attitude]
        self._outline = self.style.outline_pen if attitude is not None else self.style.unrated_pen
        super().restyle(person, placement)
        if not self.highlighted:
            self.setZValue(self.base_z)

    def _layout(self) -> None:
        r = self.radius
        self._body = QRectF(-r, -r, 2 * r, 2 * r)
        ring = r + RING_GAP
        self._ring = QRectF(-ring, -ring, 2 * ring, 2 * ring)
        sel = r + 7.4
        self._selection = QRectF(-sel, -sel, 2 * sel, 2 * sel)
        halo = r + 10.5
        self._halo = QRectF(-halo, -halo, 2 * halo, 2 * halo)
        trust = self.placement.trust
        self._trust_span = 0 if trust is None else round(-360 * 16 * min(10.0, trust) / 10.0)
        self._stamp_key = sprite_key(self.attitude_now, self.radius, self._trust_span)
        # Room for the halo or the selection ring only when drawn: on crowded maps every cached
        # pixel is blended on each repaint.
        if self.highlighted:
            extent = halo + 3
        elif self.isSelected():
            extent = sel + 2
        else:
            extent = ring + 4  # the cut around the ring
        self._leader = None
        self._tether = None
        tether_bounds = QRectF()
        if not self.shift.isNull():
            length = math.hypot(self.shift.x(), self.shift.y())
            if length > ring:
                edge = self.shift * (ring / length)
                self._tether = QLineF(edge, self.shift)
            tether_bounds = QRectF(self.shift.x() - 4, self.shift.y() - 4, 8, 8)
        if self.label_shown:
            side = self.label_side if self.label_side != NO_LABEL else BELOW
            self._label = self.label_rect(side)
            if is_far(side):
                self._leader = self._leader_line(self._label)
            self._bounds = QRectF(-extent, -extent, 2 * extent, 2 * extent).united(
                self._label.adjusted(-1, -1, 1, 1)
            )
            path = QPainterPath()
            path.addEllipse(self._ring)
            path.addRect(self._label)
            self._shape = path
        else:
            self._bounds = QRectF(-extent, -extent, 2 * extent, 2 * extent)
            self._shape = self.style.circle(ring)
        if not tether_bounds.isNull():
            self._bounds = self._bounds.united(tether_bounds)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        style = self.style
        selected = self.isSelected()
        if self._tether is not None or not self.shift.isNull():
            self._paint_tether(painter)
        painter.setBrush(_NO_BRUSH)
        if self.highlighted:
            painter.setPen(style.halo_pen)
            painter.drawEllipse(self._halo)
        if selected:
            painter.setPen(style.selection_pen)
            painter.drawEllipse(self._selection)
        painter.setPen(style.cut_pen)  # parts it from a marker it overlaps
        painter.drawEllipse(self._ring)
        painter.setPen(style.track_pen)
        painter.drawEllipse(self._ring)
        if self._trust_span:
            painter.setPen(style.trust_pen)
            painter.drawArc(self._ring, 90 * 16, self._trust_span)
        painter.setPen(self._outline)
        painter.setBrush(self._fill)
        painter.drawEllipse(self._body)
        if self.initials:
            painter.setPen(self._ink)
            painter.setFont(self._initials_font)
            painter.drawText(self._body, _CENTRE, self.person.initials)
        if self.label_shown:
            if self._leader is not None:
                painter.setPen(style.leader_pen)
                painter.drawLine(self._leader)
            painter.setPen(_NO_PEN)
            painter.setBrush(style.label_selected_brush if selected else style.label_brush)
            painter.drawRoundedRect(self._label, 4.0, 4.0)
            painter.setPen(style.label_selected_ink if selected else style.label_ink)
            painter.setFont(style.label_font)
            painter.drawText(self._label, _CENTRE, self._name)

    def _paint_tether(self, painter: QPainter) -> None:
        """The line back to the stored place, and a dot on it: the marker is shown beside it."""
        style = self.style
        if self._tether is not None:
            painter.setPen(style.tether_pen)
            painter.drawLine(self._tether)
        painter.setPen(_NO_PEN)
        painter.setBrush(style.tether_pen.color())
        painter.drawEllipse(self.shift, 2.4, 2.4)

    def tooltip(self) -> str:
        person, placement = self.person, self.placement
        lines = [f"<b>{escape(person.name)}</b>"]
        role = " · ".join(escape(t) for t in (person.job_title, person.organisation) if t)
        if role:
            lines.append(role)
        quadrant = placement.quadrant
        lines.append(
            tr("Quadrant: {quadrant}").format(
                quadrant=quadrant_title(quadrant) if quadrant else tr("not placed yet")
            )
            + (
                f" (power {format_number(placement.power)},"
                f" interest {format_number(placement.interest)})"
                if placement.placed
                else ""
            )
        )
        attitude = placement.attitude
        lines.append(
            tr("Attitude: {attitude}").format(
                attitude=attitude_label(attitude) if attitude is not None else tr("not rated")
            )
        )
        lines.append(f"Trust: {_score(placement.trust)}")
        lines.append(f"Influence: {_score(placement.influence)}")
        lines.append(f"Last contact: {_date(person.last_contact)}")
        target = placement.desired_quadrant
        if target is not None and placement.gap is not None:
            lines.append(f"Plan: {target.title} (gap {format_number(placement.gap)})")
        return rich_tooltip("<br>".join(lines))
