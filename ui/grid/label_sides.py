"""Where a marker's name may go, as plain numbers (no Qt): the places beside the marker, then
further out on a leader line, and the leader line itself.

A *side* is an int: :data:`NEAR_SIDES` are the eight places right beside the ring (the four sides,
then the diagonals), the rest sit further out in sixteen directions at growing distances, joined to
the marker by a leader line. :data:`NO_LABEL` means the name is not written (it is one hover away,
in the marker's tooltip). All geometry is in the marker's own units, centred on the marker.
"""

from __future__ import annotations

import math

#: (left, top, width, height)
type Rect = tuple[float, float, float, float]
type Point = tuple[float, float]

#: Directions a name may sit in right beside its marker, in order of preference: the four sides,
#: then the four diagonals.
_DIRECTIONS = ((0, 1), (0, -1), (1, 0), (-1, 0), (1, 1), (-1, 1), (1, -1), (-1, -1))
_DIAGONAL = 0.72
#: Further out, on a leader line: sixteen directions (degrees, y down, the sides first) at these
#: distances beyond the ring.
_FAR_ANGLES = tuple(
    math.radians(a)
    for a in (90, 270, 0, 180, 45, 135, 315, 225, 68, 112, 292, 248, 22, 158, 338, 202)
)
_FAR_OFFSETS = (20.0, 40.0, 62.0, 86.0, 115.0, 150.0)
#: From the body's edge to the trust ring, and from the ring to a name beside it.
RING_GAP = 3.6
_LABEL_GAP = 3.5

BELOW, ABOVE, RIGHT, LEFT = 0, 1, 2, 3
NO_LABEL = -1
#: Where names may go, in order of preference: first beside the marker (:data:`NEAR_SIDES`), then
#: further out with a leader line back to it.
LABEL_SIDES = tuple(range(len(_DIRECTIONS) + len(_FAR_ANGLES) * len(_FAR_OFFSETS)))
NEAR_SIDES = LABEL_SIDES[: len(_DIRECTIONS)]
FAR_SIDES = LABEL_SIDES[len(_DIRECTIONS) :]
#: The places on a leader line tried on a crowded view (the nearer two rings).
FEW_FAR_SIDES = LABEL_SIDES[len(_DIRECTIONS) : len(_DIRECTIONS) + 2 * len(_FAR_ANGLES)]


def is_far(side: int) -> bool:
    return side >= len(_DIRECTIONS)


def side_rect(side: int, radius: float, width: float, height: float) -> Rect:
    """The name's box (``width`` × ``height``) at ``side`` of a marker whose body has ``radius``."""
    ring = radius + RING_GAP + _LABEL_GAP
    if side < len(_DIRECTIONS):
        dx, dy = _DIRECTIONS[max(0, side)]
        reach = ring * _DIAGONAL if dx and dy else ring
        left = -width / 2 if dx == 0 else (reach if dx > 0 else -reach - width)
        top = -height / 2 if dy == 0 else (reach if dy > 0 else -reach - height)
        return (left, top, width, height)
    offset, direction = divmod(side - len(_DIRECTIONS), len(_FAR_ANGLES))
    angle = _FAR_ANGLES[direction]
    cos, sin = math.cos(angle), math.sin(angle)
    reach = ring + _FAR_OFFSETS[offset]
    centre_x = reach * cos + width / 2 * cos
    centre_y = reach * sin + height / 2 * sin
    return (centre_x - width / 2, centre_y - height / 2, width, height)


def leader_line(radius: float, label: Rect) -> tuple[Point, Point]:
    """From just outside the ring to the nearest point of a name placed away from the marker."""
    left, top, width, height = label
    end = (min(max(0.0, left), left + width), min(max(0.0, top), top + height))
    length = math.hypot(*end) or 1.0
    ring = radius + 5.0
    return (end[0] / length * ring, end[1] / length * ring), end


def leader_points(radius: float, label: Rect) -> list[Point]:
    """Points along the leader line, which must stay clear of other markers."""
    (x1, y1), (x2, y2) = leader_line(radius, label)
    return [(x1 + (x2 - x1) * t, y1 + (y2 - y1) * t) for t in (0.15, 0.5, 0.85)]
