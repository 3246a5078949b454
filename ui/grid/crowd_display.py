"""The scene's side of :mod:`ui.grid.crowd_layout`: the markers of a map of readable size shown
clear of each other and of the quadrant headings, with their names.

The layout is worked out in scene units from the stored places, so it does not change with zoom
or scroll, and it is kept from one reload to the next: after a drop only the dropped person's
marker and name move. Maps too crowded for names (more than the grid's label limit) keep every
marker on its exact place and let the view place names for the people in view.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF

from ui.grid.crowd_layout import MARKER_GAP, Box, Layout, Member, lay_out
from ui.grid.geometry import SIZE, SPLIT_AT, scene_rect, to_scene
from ui.grid.label_sides import RING_GAP
from ui.grid.marker_items import MarkerItem

if TYPE_CHECKING:
    from ui.grid.grid_scene import GridScene


def box(rect: QRectF) -> Box:
    return (rect.left(), rect.top(), rect.right(), rect.bottom())


def quadrant_area(x: float, y: float, margin: float) -> Box:
    """Where a marker whose place is (x, y) may be shown: its quadrant, less ``margin`` along the
    lines that split the grid (a marker moved aside never straddles them)."""
    left, right = (SPLIT_AT + margin, SIZE) if x >= SPLIT_AT else (0.0, SPLIT_AT - margin)
    top, bottom = (0.0, SPLIT_AT - margin) if y <= SPLIT_AT else (SPLIT_AT + margin, SIZE)
    return (left, top, right, bottom)


def _anchor(marker: MarkerItem) -> tuple[float, float]:
    placement = marker.placement
    assert placement.power is not None and placement.interest is not None
    at = to_scene(placement.power, placement.interest)
    return at.x(), at.y()


def members_of(markers: Iterable[MarkerItem]) -> list[Member]:
    """The placed markers as layout members, the biggest (most influential) first, then by name:
    they keep their exact place when others compete for it."""
    placed = sorted(
        (m for m in markers if m.placement.placed),
        key=lambda m: (-m.radius, m.person.name.casefold(), m.stakeholder_id),
    )
    margin = max(((m.radius + RING_GAP) * m.scale() + MARKER_GAP / 2 for m in placed), default=0.0)
    members = []
    for marker in placed:
        x, y = _anchor(marker)
        members.append(
            Member(
                marker.stakeholder_id,
                x,
                y,
                marker.radius,
                marker.label_size(),
                quadrant_area(x, y, margin),
                marker.scale(),
            )
        )
    return members


def show_crowd(scene: GridScene, previous: Layout | None) -> Layout:
    """Show the scene's placed markers where the layout says; returns the layout (to pass as
    ``previous`` next time)."""
    markers = scene.markers

    def move(key: int, x: float, y: float) -> None:
        marker = markers[key]
        marker.setPos(x, y)
        ax, ay = _anchor(marker)
        marker.set_shift(x - ax, y - ay)

    def markers_placed(centres: Mapping[int, tuple[float, float]]) -> list[Box]:
        for key, (x, y) in centres.items():
            move(key, x, y)
        return [box(rect) for rect in scene.plan_footprints()]

    layout = lay_out(
        members_of(markers.values()),
        keep_off=[box(rect) for rect in scene.heading_rects()],
        inside=box(scene_rect(0)),
        names_keep_off=[box(rect) for rect in scene.axis_rects()],
        previous=previous,
        markers_placed=markers_placed,
    )
    moved = False
    for key, spot in layout.spots.items():
        if markers[key].pos() != QPointF(spot.x, spot.y):  # moved to make room for its name
            move(key, spot.x, spot.y)
            scene.follow(key)
            moved = True
        markers[key].set_label_side(spot.side)
    if moved:
        scene.update_covering()  # a plan it now lies over goes under it
    return layout


def show_exact(scene: GridScene) -> None:
    """Every placed marker on its exact place (a map too crowded to spread)."""
    for marker in scene.markers.values():
        if marker.placement.placed:
            marker.setPos(*_anchor(marker))
            marker.set_shift(0.0, 0.0)
