"""Where the names go on the grid: beside each marker, on the first side where they cover no other
name and no other marker, biggest markers first; nowhere when every side is taken."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QRectF

from ui.grid.marker_items import LABEL_SIDES, NO_LABEL, MarkerItem

#: The bucket size (scene units) for finding free room for names.
_CELL = 120.0


def place_labels(markers: Iterable[MarkerItem], around: QRectF, inside: QRectF) -> None:
    """Place the names of the markers near ``around`` (the view), within ``inside``.

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

    for marker in near:  # names may not cover other people's markers
        take(marker.scene_rect_of(marker.ring_rect()), marker.stakeholder_id)
    for marker in sorted(near, key=lambda m: (-m.radius, m.person.name)):
        for side in LABEL_SIDES:
            rect = marker.scene_rect_of(marker.label_rect(side).adjusted(-2, -1, 2, 1))
            if free(rect, marker.stakeholder_id):
                take(rect, marker.stakeholder_id)
                marker.set_label_side(side)
                break
        else:
            marker.set_label_side(NO_LABEL)
