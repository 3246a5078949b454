"""Where the names go on the grid: beside each marker where they cover no other name, marker,
plan or quadrant title; failing that, further out on a leader line; nowhere when all is taken.

Everyone first gets a try beside their marker (biggest markers first), and only then do the
people left without a name look further out, so a far-off name never takes the room a near one
needed.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QRectF

from ui.grid.label_sides import FEW_FAR_SIDES, LABEL_SIDES, NEAR_SIDES, NO_LABEL
from ui.grid.marker_items import MarkerItem

#: The bucket size (scene units) for finding free room for names.
_CELL = 120.0
#: Up to this many names in view, a name that fits nowhere near looks far out for room.
ROOMY_VIEW = 40
#: Owner of the obstacles that belong to no marker (titles, plans): every name keeps off them.
_NOBODY = -1


def place_labels(
    markers: Iterable[MarkerItem],
    around: QRectF,
    inside: QRectF,
    obstacles: Sequence[QRectF] = (),
) -> None:
    """Place the names of the markers near ``around`` (the view), within ``inside``, clear of
    ``obstacles`` (scene rectangles).

    Markers far from the view get no name until it comes near; people in the tray keep theirs
    below. A coarse bucket grid keeps this linear in the number of markers.
    """
    region = around.adjusted(
        -around.width() / 2, -around.height() / 2, around.width() / 2, around.height() / 2
    )
    near: list[MarkerItem] = []
    for marker in markers:
        if not marker.placement.placed:
            marker.set_label_side(LABEL_SIDES[0])
        elif marker.isVisible() and region.contains(marker.pos()):
            near.append(marker)
        else:
            marker.set_label_side(NO_LABEL)
    buckets: dict[tuple[int, int], list[tuple[int, QRectF]]] = {}

    def cells(rect: QRectF) -> list[tuple[int, int]]:
        return [
            (x, y)
            for x in range(int(rect.left() // _CELL), int(rect.right() // _CELL) + 1)
            for y in range(int(rect.top() // _CELL), int(rect.bottom() // _CELL) + 1)
        ]

    def free(rect: QRectF, owner: int) -> bool:
        if not inside.contains(rect):  # a name cut off at the edge is no name
            return False
        for cell in cells(rect):
            for other, taken in buckets.get(cell, ()):
                if other != owner and taken.intersects(rect):
                    return False
        return True

    def take(rect: QRectF, owner: int) -> None:
        for cell in cells(rect):
            buckets.setdefault(cell, []).append((owner, rect))

    for rect in obstacles:
        take(rect, _NOBODY)
    for marker in near:  # names may not cover other people's markers
        take(marker.scene_rect_of(marker.ring_rect()), marker.stakeholder_id)
    waiting = sorted(near, key=lambda m: (-m.radius, m.person.name))
    far = LABEL_SIDES[len(NEAR_SIDES) :] if len(near) <= ROOMY_VIEW else FEW_FAR_SIDES
    for sides in (NEAR_SIDES, far):
        left: list[MarkerItem] = []
        for marker in waiting:
            for side in sides:
                rect = marker.scene_rect_of(marker.label_rect(side).adjusted(-2, -1, 2, 1))
                if free(rect, marker.stakeholder_id) and (
                    sides is NEAR_SIDES
                    or all(
                        free(QRectF(p.x() - 2, p.y() - 2, 4, 4), marker.stakeholder_id)
                        for p in marker.leader_points(side)
                    )
                ):
                    take(rect, marker.stakeholder_id)
                    marker.set_label_side(side)
                    break
            else:
                left.append(marker)
        waiting = left
    for marker in waiting:
        marker.set_label_side(NO_LABEL)
