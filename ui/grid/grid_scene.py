"""The grid's scene: one marker per person, their plan, and the trails; it follows the map view.

The scene never changes data. It is told what the map looks like (:meth:`GridScene.show_map`)
and keeps its items in step, reusing them so that selection survives a reload. Items are found
through the BSP index, which keeps hit tests and partial repaints cheap on crowded maps.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import replace

from PySide6.QtCore import QPointF, QRect, QRectF, Signal
from PySide6.QtGui import QPainter, QPixmapCache
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsSceneHelpEvent,
    QToolTip,
    QWidget,
)

from domain.usecases.map_view import MapPerson, Placement
from ui.grid.crowd_display import show_crowd, show_exact
from ui.grid.crowd_layout import Layout
from ui.grid.geometry import (
    AXIS_BAND,
    GRID_RECT,
    MARGIN_LEFT,
    SIZE,
    scene_rect,
    to_scene,
    tray_position,
)
from ui.grid.grid_backdrop import Backdrop, title_rects
from ui.grid.grid_filter import Marks
from ui.grid.label_placement import place_labels
from ui.grid.marker_items import MarkerItem, PersonItem
from ui.grid.marker_layer import MarkerLayerItem
from ui.grid.marker_style import GridStyle, density_factor
from ui.grid.plan_items import DesiredMarkerItem, PlanArrowItem, curve_points
from ui.grid.trail_items import Trail, TrailLayerItem

#: At most this many people in view get their name written under their marker.
LABEL_LIMIT = 160
#: Maps with more people than this paint markers from a per-item pixmap cache.
CACHE_FROM = 250
DIMMED_OPACITY = 0.16
_PIXMAP_CACHE_KB = 192 * 1024


def _placed(placement: Placement | None) -> bool:
    return placement is not None and placement.placed


class GridScene(QGraphicsScene):
    #: Emitted after :meth:`show_map` changed the items (the view updates its level of detail).
    refreshed = Signal()

    def __init__(self, style: GridStyle, backdrop: Backdrop, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self.grid_style = style
        self.backdrop = backdrop
        self.people: dict[int, MapPerson] = {}
        self.placements: dict[int, Placement] = {}
        self.markers: dict[int, MarkerItem] = {}
        self.desired: dict[int, DesiredMarkerItem] = {}
        self.arrows: dict[int, PlanArrowItem] = {}
        self.marks = Marks(frozenset(), frozenset())
        self.factor = 1.0
        self.cached = False
        self.labels = True
        self.initials = True
        self.tray = True
        self.trail_layer = TrailLayerItem()
        self.addItem(self.trail_layer)
        self.marker_layer = MarkerLayerItem(style)
        self.addItem(self.marker_layer)
        self._selected: set[int] = set()
        # Markers keep off the quadrant titles; names off those and the axes' scales.
        self._headings = title_rects(style.label_font)
        self._axes = [
            QRectF(-MARGIN_LEFT, 0, MARGIN_LEFT - 2, SIZE + AXIS_BAND),
            QRectF(0, SIZE + 2, SIZE, AXIS_BAND),
        ]
        #: Where the markers of a map of readable size are shown (None: on their exact places).
        self.shown: Layout | None = None
        #: Where the people shown stand (scene points), for counting who is in view.
        self._points: list[tuple[float, float]] = []
        self.selectionChanged.connect(self._on_selection)
        # Crowded maps draw markers from per-item pixmaps; they must all fit in the cache.
        QPixmapCache.setCacheLimit(max(QPixmapCache.cacheLimit(), _PIXMAP_CACHE_KB))
        self.setSceneRect(scene_rect(0))

    # -- what is shown ------------------------------------------------------------------------
    def show_map(
        self,
        people: dict[int, MapPerson],
        placements: dict[int, Placement],
        tray: bool = True,
        marks: Marks | None = None,
    ) -> None:
        """Show ``people`` at ``placements``, dimmed and highlighted by ``marks`` (by default as
        before); without ``tray`` those not placed are hidden."""
        self.tray = tray
        for gone in set(self.markers) - set(people):
            self._drop(gone)
        if len(people) > LABEL_LIMIT and len(self.people) <= LABEL_LIMIT:
            self.labels = False  # a crowded map starts without names; the view decides after
        self.people, self.placements = people, placements
        factor = density_factor(len(people))
        rescale = factor != self.factor
        self.factor = factor
        cached = len(people) > CACHE_FROM
        recache = cached != self.cached
        unplaced = sorted(
            (pid for pid in people if not _placed(placements.get(pid))),
            key=lambda pid: people[pid].name.casefold(),
        )
        slots = {pid: index for index, pid in enumerate(unplaced)}
        for person_id, person in people.items():
            placement = placements.get(person_id) or Placement(person_id)
            marker = self.markers.get(person_id)
            if marker is None:
                marker = self._add(MarkerItem(person, self.grid_style), factor, cached)
                self.markers[person_id] = marker
                marker.restyle(person, placement)
            else:
                before = marker.placement
                if recache:
                    self._set_cache(marker, cached)
                marker.show_data(person, placement)
                if (
                    placement.placed
                    and (before.power, before.interest) == (placement.power, placement.interest)
                    and not rescale
                    and marker.isVisible()
                ):
                    self._show_plan(person, placement, factor, cached, rescale, recache)
                    continue  # a time-travel step moves some people; the others stay put
            if placement.placed:
                marker.setPos(to_scene(placement.power, placement.interest))  # type: ignore[arg-type]
                marker.setScale(factor)
                marker.setVisible(True)
            else:
                marker.setPos(tray_position(slots[person_id]))
                marker.setScale(1.0)
                marker.setVisible(tray)
            self._show_plan(person, placement, factor, cached, True, True)
        self.cached = cached
        self._points = [(m.x(), m.y()) for m in self.markers.values() if m.isVisible()]
        self.backdrop.unplaced = len(unplaced) if tray else 0
        self.setSceneRect(scene_rect(self.backdrop.unplaced))
        self._show_plans()
        if len(people) <= LABEL_LIMIT:
            self.shown = show_crowd(self, self.shown)
        elif self.shown is not None:
            self.shown = None
            show_exact(self)
        self.apply_marks(marks or self.marks)  # also restamps the marker layer
        self.update()
        self.refreshed.emit()

    def _on_selection(self) -> None:
        now = {item.stakeholder_id for item in self.selectedItems() if isinstance(item, MarkerItem)}
        for person_id in now ^ self._selected:
            marker = self.markers.get(person_id)
            if marker is not None:
                marker.relayout()
        for person_id in now ^ self._selected:
            arrow = self.arrows.get(person_id)
            if arrow is not None:
                arrow.set_emphasised(person_id in now)
        self._selected = now
        self._show_plans()
        self._stamp()

    def _stamp(self) -> None:
        """Hand the plain markers of a crowded, zoomed-out map to the marker layer."""
        stamping = not self.labels and not self.initials and len(self.markers) > CACHE_FROM
        stamps = []
        dimmed = self.marks.dimmed
        highlighted = self.marks.highlighted
        for person_id, marker in self.markers.items():
            stamped = (
                stamping
                and marker.placement.placed
                and marker.isVisible()
                and person_id not in highlighted
                and not marker.isSelected()
            )
            marker.set_stamped(stamped)
            if stamped:
                stamps.append((marker.x(), marker.y(), marker.stamp_key(), person_id in dimmed))
        self.marker_layer.set_markers(stamps, GRID_RECT.adjusted(-40, -40, 40, 40), self.factor)

    def _plans_for_everyone(self) -> bool:
        return len(self.people) <= CACHE_FROM or self.labels

    def _plan_shown(self, person_id: int, everyone: bool) -> bool:
        """A plan shows for the selected, and for the others when they are off target."""
        item = self.desired.get(person_id)
        if self.markers[person_id].isSelected() or (item is not None and item.isSelected()):
            return True
        return everyone and not (item.placement if item else Placement(person_id)).on_target

    def _show_plans(self) -> None:
        """Plans (desired markers and arrows) of a crowded map show when zoomed in, or for the
        people selected: thousands of arrows at once would hide the grid."""
        everyone = self._plans_for_everyone()
        for person_id, item in self.desired.items():
            shown = self._plan_shown(person_id, everyone)
            arrow = self.arrows[person_id]
            if item.isVisible() != shown:
                item.setVisible(shown)
                arrow.setVisible(shown)
            if shown and (arrow.stale or len(self.markers) <= LABEL_LIMIT):
                self.follow(person_id)  # on a small map, others may have moved into the way

    def helpEvent(self, event: QGraphicsSceneHelpEvent) -> None:
        """Tooltips are written when asked for, not kept on thousands of items."""
        view = event.widget()
        item = self.person_at(event.scenePos())
        if item is None:
            QToolTip.hideText()
            event.ignore()
            return
        QToolTip.showText(event.screenPos(), item.tooltip(), view)
        event.accept()

    def refresh(self) -> None:
        """Put every item back where the data says (after a preview that came to nothing)."""
        self.show_map(self.people, self.placements, self.tray)

    def ensure_desired(self, person_id: int) -> DesiredMarkerItem:
        """The person's desired marker; one at their current place when they have no plan yet."""
        item = self.desired.get(person_id)
        if item is not None:
            return item
        placement = self.placements[person_id]
        planned = replace(
            placement, desired_power=placement.power, desired_interest=placement.interest
        )
        self._show_plan(self.people[person_id], planned, self.factor, self.cached)
        item = self.desired[person_id]
        item.setVisible(True)  # about to be dragged out of the marker
        self.arrows[person_id].setVisible(True)
        return item

    def _show_plan(
        self,
        person: MapPerson,
        placement: Placement,
        factor: float,
        cached: bool,
        rescale: bool = True,
        recache: bool = True,
    ) -> None:
        person_id = person.stakeholder_id
        item = self.desired.get(person_id)
        if not (placement.has_desired and placement.placed):
            if item is not None:
                self.removeItem(item)
                del self.desired[person_id]
                self.removeItem(self.arrows.pop(person_id))
            return
        if item is None:
            item = self._add(DesiredMarkerItem(person, self.grid_style), factor, cached)
            self.desired[person_id] = item
            arrow = PlanArrowItem(self.grid_style)
            self.addItem(arrow)
            self.arrows[person_id] = arrow
            item.restyle(person, placement)
            shown = self._plan_shown(person_id, self._plans_for_everyone())
            item.setVisible(shown)
            arrow.setVisible(shown)
        else:
            if rescale:
                item.setScale(factor)
            if recache:
                self._set_cache(item, cached)
            item.show_data(person, placement)
        target = to_scene(placement.desired_power, placement.desired_interest)  # type: ignore[arg-type]
        if target != item.pos() or self.markers[person_id].pos() != self.arrows[person_id].start:
            item.setPos(target)
            self.follow(person_id)

    def _add[T: PersonItem](self, item: T, factor: float, cached: bool) -> T:
        item.setScale(factor)
        item.setCacheMode(self._cache_mode(cached))
        item.labels, item.initials = self.labels, self.initials  # laid out by restyle()
        self.addItem(item)
        return item

    def _set_cache(self, item: QGraphicsItem, cached: bool) -> None:
        # Setting a cache mode, even the same one, throws the item's cached pixmap away.
        mode = self._cache_mode(cached)
        if item.cacheMode() != mode:
            item.setCacheMode(mode)

    @staticmethod
    def _cache_mode(cached: bool) -> QGraphicsItem.CacheMode:
        return (
            QGraphicsItem.CacheMode.DeviceCoordinateCache
            if cached
            else QGraphicsItem.CacheMode.NoCache
        )

    def _drop(self, person_id: int) -> None:
        self.removeItem(self.markers.pop(person_id))
        if person_id in self.desired:
            self.removeItem(self.desired.pop(person_id))
            self.removeItem(self.arrows.pop(person_id))

    def follow(self, person_id: int) -> None:
        """Redraw the plan arrow of a person whose marker or desired marker moved."""
        arrow = self.arrows.get(person_id)
        if arrow is None:
            return
        if not arrow.isVisible():
            arrow.stale = True  # drawn when shown (crowded maps hide plans when zoomed out)
            return
        marker, target = self.markers[person_id], self.desired[person_id]
        target.set_covering(self._covers_marker(target))
        arrow.stale = False
        start_gap = (marker.radius + 5) * marker.scale()
        end_gap = (target.radius + 3) * target.scale()
        arrow.set_ends(
            marker.pos(),
            start_gap,
            target.pos(),
            end_gap,
            self._bend(marker, target, start_gap, end_gap),
        )

    def _bend(
        self, marker: MarkerItem, target: DesiredMarkerItem, start_gap: float, end_gap: float
    ) -> float:
        """How far to curve a plan arrow so it passes no one else's marker (straight when it
        passes none, or on crowded maps)."""
        if len(self.markers) > LABEL_LIMIT:
            return 0.0
        start, end = marker.pos(), target.pos()
        length = math.hypot(end.x() - start.x(), end.y() - start.y())
        if length <= start_gap + end_gap + 4:
            return 0.0
        area = QRectF(start, end).normalized().adjusted(-90, -90, 90, 90)
        others = [
            (item.pos(), (item.radius + 6) * item.scale())
            for item in self.items(area)
            if isinstance(item, MarkerItem) and item is not marker and item.isVisible()
        ]
        if not others:
            return 0.0
        count = max(8, int(length // 6))
        for bend in (0.0, 0.45, -0.45, 0.8, -0.8):
            points = curve_points(start, end, bend * length, count)
            ends = (start_gap, end_gap)
            if not any(
                math.hypot(p.x() - c.x(), p.y() - c.y()) < r
                for p in points
                if math.hypot(p.x() - start.x(), p.y() - start.y()) > ends[0]
                and math.hypot(p.x() - end.x(), p.y() - end.y()) > ends[1]
                for c, r in others
            ):
                return bend * length
        return 0.0

    def _covers_marker(self, item: DesiredMarkerItem) -> bool:
        """Whether a desired marker lies over someone's marker (found through the index)."""
        reach = item.radius * item.scale()
        at = item.pos()
        for other in self.items(item.sceneBoundingRect()):
            if isinstance(other, MarkerItem) and other.isVisible():
                gap = other.radius * other.scale() + reach  # any overlap: outline only
                if (other.x() - at.x()) ** 2 + (other.y() - at.y()) ** 2 < gap * gap:
                    return True
        return False

    def set_cached(self, cached: bool) -> None:
        """Switch the markers' pixmap cache on or off (exports draw without it, as vectors)."""
        for item in self.person_items():
            item.setCacheMode(self._cache_mode(cached))

    def apply_marks(self, marks: Marks) -> None:
        self.marks = marks
        for person_id, marker in self.markers.items():
            opacity = DIMMED_OPACITY if person_id in marks.dimmed else 1.0
            if marker.opacity() != opacity:
                marker.setOpacity(opacity)
                if person_id in self.desired:
                    self.desired[person_id].setOpacity(opacity)
                    self.arrows[person_id].setOpacity(opacity)
            highlighted = person_id in marks.highlighted
            if marker.highlighted != highlighted:
                marker.set_highlighted(highlighted)
                marker.setZValue(4 if highlighted else marker.base_z)
        self.trail_layer.set_dimmed(marks.dimmed)
        self._stamp()

    def set_detail(self, labels: bool, initials: bool) -> None:
        """Level of detail, decided by the view from its zoom and how many people it shows."""
        if (labels, initials) == (self.labels, self.initials):
            return
        self.labels, self.initials = labels, initials
        for item in self.person_items():
            item.set_detail(labels, initials)
        self._show_plans()
        self._stamp()

    def forget_layout(self) -> None:
        """Lay the next map shown out afresh (the layout is kept only across reloads of one)."""
        self.shown = None

    def heading_rects(self) -> list[QRectF]:
        return list(self._headings)

    def axis_rects(self) -> list[QRectF]:
        return list(self._axes)

    def update_covering(self) -> None:
        """Tell each plan shown whether it lies over someone's marker (it then goes under)."""
        for item in self.desired.values():
            if item.isVisible():
                item.set_covering(self._covers_marker(item))

    def follow_all(self) -> None:
        """Redraw every plan shown from where the markers are now (and whether it covers one)."""
        for person_id, arrow in self.arrows.items():
            if arrow.isVisible():
                self.follow(person_id)

    def plan_footprints(self) -> list[QRectF]:
        """The plans shown (desired markers and arrows, drawn again from where the markers are
        now), which names keep off."""
        self.follow_all()
        return self._plan_rects(self.sceneRect())

    def place_labels(self, around: QRectF) -> None:
        """Put each name where it covers no other name, marker, plan or quadrant title (see
        label_placement); on a map of readable size the layout has placed them already."""
        if self.labels and self.shown is None:
            place_labels(self.markers.values(), around, self.sceneRect(), self._obstacles(around))

    def _obstacles(self, around: QRectF) -> list[QRectF]:
        """What names keep off besides markers: quadrant titles and the plans shown in view."""
        return [*self._headings, *self._axes, *self._plan_rects(around)]

    def _plan_rects(self, around: QRectF) -> list[QRectF]:
        rects = []
        for person_id, item in self.desired.items():
            if not item.isVisible() or not around.contains(item.pos()) or item.covering:
                continue  # (a plan over someone's marker: their name goes around it as it is)
            reach = (item.radius + 2) * item.scale()
            at = item.pos()
            rects.append(QRectF(at.x() - reach, at.y() - reach, 2 * reach, 2 * reach))
            rects.extend(self.arrows[person_id].footprint())
        return rects

    def set_trails(self, trails: list[Trail]) -> None:
        self.trail_layer.set_trails(trails)

    def drawBackground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        self.backdrop.paint(painter, QRectF(rect))

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        self.backdrop.paint_headings(painter, QRectF(rect))

    # -- items and selection ------------------------------------------------------------------
    def person_items(self) -> Iterable[PersonItem]:
        yield from self.markers.values()
        yield from self.desired.values()

    def selected_people(self) -> list[int]:
        """Everyone with a selected marker or desired marker, in name order."""
        ids = {item.stakeholder_id for item in self.selectedItems() if isinstance(item, PersonItem)}
        return sorted(ids, key=lambda pid: self.people[pid].name.casefold())

    def select_people(self, ids: Iterable[int]) -> None:
        wanted = set(ids)
        self.blockSignals(True)
        try:
            for item in self.selectedItems():
                if isinstance(item, PersonItem) and item.stakeholder_id not in wanted:
                    item.setSelected(False)
            for person_id in wanted:
                marker = self.markers.get(person_id)
                if marker is not None and marker.isVisible():
                    marker.setSelected(True)
        finally:
            self.blockSignals(False)
        self.selectionChanged.emit()

    def person_at(self, point: QPointF) -> PersonItem | None:
        """Who is under ``point``: a person's marker before a plan drawn over it (the plan is
        still reached where it stands clear, or by Alt+dragging its person's marker)."""
        found: PersonItem | None = None
        for item in self.items(point):
            if isinstance(item, PersonItem) and item.isVisible():
                if not item.desired:
                    return item
                found = found or item
        return found

    def positions_in(self, rect: QRectF) -> int:
        """How many people shown stand inside ``rect`` (for the level of detail)."""
        left, top, right, bottom = rect.left(), rect.top(), rect.right(), rect.bottom()
        return sum(1 for x, y in self._points if left <= x <= right and top <= y <= bottom)
