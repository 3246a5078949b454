"""Where the people of a map are shown, so that everyone can be seen and told apart (no Qt).

The stored place of a person (power, interest) never changes here: this is display only. Each
marker is shown at its place when that place is free; when another marker or a quadrant heading
is already there, it is shown at the nearest free spot of the same quadrant (the map draws a thin
line back to the true place). Then each name goes beside its marker, or further out on a leader
line, where it covers no marker, name or heading; a name with no room is left out and the person's
tooltip, one hover away, gives it.

Stable: given the previous layout, everyone whose place, size and name are unchanged keeps their
spot and their name's side, and only the others (the person just dragged, say) are fitted into
the room left. So a drop moves only the dropped person's marker and name. Deterministic: the
same input gives the same layout; the members' order is their priority (the first is placed
first).

All measures are scene units; boxes are (left, top, right, bottom).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache

from ui.grid.label_sides import (
    FAR_SIDES,
    NEAR_SIDES,
    NO_LABEL,
    RING_GAP,
    is_far,
    leader_points,
    side_rect,
)

#: (left, top, right, bottom)
type Box = tuple[float, float, float, float]

#: Free room kept between two markers' trust rings: the white cut drawn around a ring takes 3
#: of it on each side.
MARKER_GAP = 8.0
#: A marker whose name finds no room beside it may be shown this far from its place (and, if it
#: has to be moved anyway, this much further) to make room for its name.
NAME_SHIFT = 45.0
#: A marker is shown at most this far from its true place while there is room that near; only
#: when there is none is it shown up to twice as far (and on its place, over others, when there
#: is no room even there).
MAX_SHIFT = 120.0
#: The spacing of the spots tried around a taken place.
STEP = 4.0
#: The spacing of the spots tried for a marker moved to make room for its name (a few at most).
FINE_STEP = 2.0
#: Room kept around a name.
_NAME_PAD_X, _NAME_PAD_Y = 2.0, 1.0
#: A marker this much smaller than one that found its area full does not look again.
_NEARLY = 3.0
#: The bucket size of the index that finds what is near a box.
_CELL = 48.0

#: What a taken box is: a marker, a name or heading, a box only names keep off (the axes), or
#: one names keep off while they have other room (plans).
_MARKER, _NAME, _NAME_ONLY, _SOFT = 0, 1, 2, 3
#: The owner of the obstacles that belong to nobody (headings, axes, plans).
_NOBODY = -1


@dataclass(frozen=True, slots=True)
class Member:
    """One person to show. ``x``, ``y``: where the stored position puts the marker's centre.
    ``radius``: the marker's body radius and ``label``: the name's box (width, height), both in
    the marker's own units, drawn at ``scale``. ``area``: where the centre may be shown (the
    person's quadrant)."""

    key: int
    x: float
    y: float
    radius: float
    label: tuple[float, float]
    area: Box
    scale: float = 1.0

    @property
    def reach(self) -> float:
        """Half the side of the square the marker covers (its trust ring, and a pixel)."""
        return (self.radius + RING_GAP) * self.scale + 1.0

    @property
    def clearance(self) -> float:
        """Half the side of the square that must be free to show the marker: its own, and the
        gap to the next marker."""
        return self.reach + MARKER_GAP - 2.0

    def name_box(self, side: int, x: float, y: float) -> Box:
        """The name's box at ``side`` with the marker shown at (x, y), its padding included."""
        left, top, width, height = side_rect(side, self.radius, *self.label)
        s = self.scale
        return (
            x + left * s - _NAME_PAD_X,
            y + top * s - _NAME_PAD_Y,
            x + (left + width) * s + _NAME_PAD_X,
            y + (top + height) * s + _NAME_PAD_Y,
        )


@dataclass(frozen=True, slots=True)
class Spot:
    """Where a member is shown: the marker's centre, and the side its name is on (NO_LABEL:
    none)."""

    x: float
    y: float
    side: int


@dataclass(frozen=True)
class Layout:
    members: dict[int, Member] = field(default_factory=dict)
    spots: dict[int, Spot] = field(default_factory=dict)

    def offset(self, key: int) -> tuple[float, float]:
        """How far the member's marker is shown from its true place."""
        member, spot = self.members[key], self.spots[key]
        return spot.x - member.x, spot.y - member.y


@dataclass(frozen=True, slots=True)
class _Disc:
    """The lattice of spots tried around a place: ``n`` steps each way, a raster of
    ``side`` × ``side`` cells (row by row) with those beyond the reach already blocked, and the
    cells within reach nearest first (then upwards, then left) as (cell, column, row) offsets."""

    n: int
    side: int
    outside: bytes
    order: tuple[tuple[int, int, int], ...]


@cache
def _disc(step: float, limit: float) -> _Disc:
    n = int(limit // step)
    side = 2 * n + 1
    outside = bytearray(side * side)
    cells = []
    for j in range(-n, n + 1):
        for i in range(-n, n + 1):
            cell = (j + n) * side + (i + n)
            if (i * i + j * j) * step * step > limit * limit:
                outside[cell] = 1
            else:
                cells.append((i * i + j * j, j, i, cell))
    cells.sort()
    return _Disc(n, side, bytes(outside), tuple((cell, i, j) for _d, j, i, cell in cells))


def _overlap(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _within(inner: Box, outer: Box) -> bool:
    return (
        outer[0] <= inner[0]
        and inner[2] <= outer[2]
        and outer[1] <= inner[1]
        and inner[3] <= outer[3]
    )


class _Index:
    """Boxes taken so far, in buckets, each with its owner and kind."""

    def __init__(self) -> None:
        self._buckets: dict[tuple[int, int], list[tuple[int, int, Box]]] = {}

    @staticmethod
    def _cells(box: Box) -> Iterable[tuple[int, int]]:
        for cx in range(math.floor(box[0] / _CELL), math.floor(box[2] / _CELL) + 1):
            for cy in range(math.floor(box[1] / _CELL), math.floor(box[3] / _CELL) + 1):
                yield cx, cy

    def take(self, box: Box, owner: int, kind: int) -> None:
        entry = (owner, kind, box)
        for cell in self._cells(box):
            self._buckets.setdefault(cell, []).append(entry)

    def drop(self, box: Box, owner: int, kind: int) -> None:
        entry = (owner, kind, box)
        for cell in self._cells(box):
            self._buckets[cell].remove(entry)

    def near(self, box: Box) -> set[tuple[int, int, Box]]:
        """Everything taken in the buckets ``box`` touches."""
        found: set[tuple[int, int, Box]] = set()
        buckets = self._buckets
        for cell in self._cells(box):
            found.update(buckets.get(cell, ()))
        return found

    def free(self, box: Box, owner: int, lenient: bool = False) -> bool:
        """Whether a name's ``box`` covers nothing of anybody else's (``lenient``: the plans
        aside)."""
        buckets = self._buckets
        for cell in self._cells(box):
            for other, kind, taken in buckets.get(cell, ()):
                if other != owner and not (lenient and kind == _SOFT) and _overlap(box, taken):
                    return False
        return True

    def marker_free(self, member: Member, x: float, y: float) -> bool:
        """Whether the member's marker may be shown at (x, y): its gap clear of other markers,
        its ring clear of names and headings (markers ignore what only names keep off)."""
        gap, ring = _square(x, y, member.clearance), _square(x, y, member.reach)
        buckets, owner = self._buckets, member.key
        for cell in self._cells(gap):
            for other, kind, taken in buckets.get(cell, ()):
                if other == owner or kind in (_NAME_ONLY, _SOFT):
                    continue
                if _overlap(gap if kind == _MARKER else ring, taken):
                    return False
        return True


def _square(x: float, y: float, reach: float) -> Box:
    return (x - reach, y - reach, x + reach, y + reach)


def _free_spots(
    member: Member, index: _Index, limit: float, step: float = STEP
) -> tuple[_Disc, bytearray]:
    """Which spots of the lattice around the member's place (within ``limit``, inside its area)
    its marker may be shown at: a raster where 0 is free."""
    disc = _disc(step, limit)
    n, side = disc.n, disc.side
    raster = bytearray(disc.outside)
    x, y, area = member.x, member.y, member.area
    blocked = b"\x01" * side

    def block(left: float, top: float, right: float, bottom: float) -> None:
        """Block the spots strictly inside the box."""
        i0 = max(-n, math.floor((left - x) / step) + 1)
        i1 = min(n, math.ceil((right - x) / step) - 1)
        j0 = max(-n, math.floor((top - y) / step) + 1)
        j1 = min(n, math.ceil((bottom - y) / step) - 1)
        if i0 > i1 or j0 > j1:
            return
        width = i1 - i0 + 1
        for j in range(j0, j1 + 1):
            start = (j + n) * side + i0 + n
            raster[start : start + width] = blocked[:width]

    reach = n * step + 1.0
    # Outside the area: everything left, right, above and below it.
    block(x - reach, y - reach, area[0], y + reach)
    block(area[2], y - reach, x + reach, y + reach)
    block(x - reach, y - reach, x + reach, area[1])
    block(x - reach, area[3], x + reach, y + reach)
    clearance, ring = member.clearance, member.reach
    around = (
        x - reach - clearance,
        y - reach - clearance,
        x + reach + clearance,
        y + reach + clearance,
    )
    for owner, kind, taken in index.near(around):
        if owner == member.key or kind in (_NAME_ONLY, _SOFT):
            continue
        grow = clearance if kind == _MARKER else ring
        block(taken[0] - grow, taken[1] - grow, taken[2] + grow, taken[3] + grow)
    return disc, raster


def _nearest_free(member: Member, index: _Index, limit: float) -> tuple[float, float] | None:
    disc, raster = _free_spots(member, index, limit)
    if raster.find(0) >= 0:
        for cell, i, j in disc.order:
            if not raster[cell]:
                return member.x + i * STEP, member.y + j * STEP
    return None


def _place_marker(
    member: Member, index: _Index, full: dict[Box, float]
) -> tuple[float, float] | None:
    """The free spot nearest the member's place (the place itself when free), within
    :data:`MAX_SHIFT` if there is one, else twice as far; None when there is no room.
    ``full`` remembers, per area, the smallest marker that found no room that far."""
    x, y, area = member.x, member.y, member.area
    if index.marker_free(member, x, y):
        return x, y
    found = _nearest_free(member, index, MAX_SHIFT)
    if found is not None or full.get(area, math.inf) <= member.clearance + _NEARLY:
        return found
    found = _nearest_free(member, index, 2 * MAX_SHIFT)
    if found is None:
        full[area] = min(full.get(area, math.inf), member.clearance)
    return found


def _move_for_name(
    member: Member, at: tuple[float, float], index: _Index, inside: Box, lenient: bool
) -> tuple[float, float, int] | None:
    """The spot nearest the member's place, within :data:`NAME_SHIFT` of where the marker is
    now, where marker and name (beside it) both fit; None if there is none."""
    x, y, key = member.x, member.y, member.key
    # (rounded up to whole tens: one lattice per ten, not one per member)
    limit = min(MAX_SHIFT, math.ceil((math.hypot(at[0] - x, at[1] - y) + NAME_SHIFT) / 10) * 10)
    disc, raster = _free_spots(member, index, limit, FINE_STEP)
    if raster.find(0) < 0:
        return None
    boxes = [(side, member.name_box(side, 0.0, 0.0)) for side in NEAR_SIDES]
    for cell, i, j in disc.order:
        if raster[cell]:
            continue
        cx, cy = x + i * FINE_STEP, y + j * FINE_STEP
        for side, (left, top, right, bottom) in boxes:
            box = (cx + left, cy + top, cx + right, cy + bottom)
            if _within(box, inside) and index.free(box, key, lenient):
                return cx, cy, side
    return None


def _place_name(
    member: Member,
    x: float,
    y: float,
    sides: Sequence[int],
    index: _Index,
    inside: Box,
    lenient: bool,
) -> int:
    """The first of ``sides`` where the name fits (NO_LABEL if none)."""
    key = member.key
    for side in sides:
        box = member.name_box(side, x, y)
        if not _within(box, inside) or not index.free(box, key, lenient):
            continue
        if is_far(side):
            s = member.scale
            rect = side_rect(side, member.radius, *member.label)
            if not all(
                index.free(
                    (x + px * s - 2, y + py * s - 2, x + px * s + 2, y + py * s + 2), key, lenient
                )
                for px, py in leader_points(member.radius, rect)
            ):
                continue
        index.take(box, key, _NAME)
        return side
    return NO_LABEL


def _moved_for_name(
    member: Member,
    centres: dict[int, tuple[float, float]],
    sides: dict[int, int],
    index: _Index,
    inside: Box,
    lenient: bool,
) -> bool:
    """Move a newly placed member's marker a little where its name fits beside it, if it can."""
    found = _move_for_name(member, centres[member.key], index, inside, lenient)
    if found is None:
        return False
    x, y, side = found
    index.drop(_square(*centres[member.key], member.reach), member.key, _MARKER)
    index.take(_square(x, y, member.reach), member.key, _MARKER)
    index.take(member.name_box(side, x, y), member.key, _NAME)
    centres[member.key] = (x, y)
    sides[member.key] = side
    return True


def _names_beside(
    waiting: list[Member],
    centres: Mapping[int, tuple[float, float]],
    sides: dict[int, int],
    index: _Index,
    inside: Box,
    choices: Sequence[int],
    lenient: bool = False,
) -> list[Member]:
    """Give each waiting member a name at one of ``choices``; returns those left without."""
    left = []
    for member in waiting:
        side = _place_name(member, *centres[member.key], choices, index, inside, lenient)
        if side == NO_LABEL:
            left.append(member)
        else:
            sides[member.key] = side
    return left


def lay_out(
    members: Sequence[Member],
    keep_off: Sequence[Box] = (),
    inside: Box = (-math.inf, -math.inf, math.inf, math.inf),
    names_keep_off: Sequence[Box] = (),
    previous: Layout | None = None,
    markers_placed: Callable[[Mapping[int, tuple[float, float]]], Iterable[Box]] | None = None,
) -> Layout:
    """Where to show ``members`` (in priority order): markers and names clear of each other and
    of ``keep_off`` (the quadrant headings); names also inside ``inside`` and clear of
    ``names_keep_off`` (the axes). Members unchanged since ``previous`` keep their spots.

    ``markers_placed``, when given, is told where the markers are shown before the names are
    placed, and returns more boxes for names to keep off where they can (the plans: desired
    places and the arrows to them, which start at the markers).
    """
    index = _Index()
    for box in keep_off:
        index.take(box, _NOBODY, _NAME)
    for box in names_keep_off:
        index.take(box, _NOBODY, _NAME_ONLY)
    kept: dict[int, Spot] = {}
    if previous is not None:
        for member in members:
            spot = previous.spots.get(member.key)
            if spot is not None and previous.members.get(member.key) == member:
                kept[member.key] = spot
                index.take(_square(spot.x, spot.y, member.reach), member.key, _MARKER)
        for member in members:
            spot = kept.get(member.key)
            if spot is not None and spot.side != NO_LABEL:
                index.take(member.name_box(spot.side, spot.x, spot.y), member.key, _NAME)
    centres: dict[int, tuple[float, float]] = {}
    #: Those kept, and those for whom there was no room (shown on their place, over others):
    #: neither is moved to make room for a name.
    settled = set(kept)
    full: dict[Box, float] = {}
    for member in members:
        spot = kept.get(member.key)
        if spot is not None:
            centres[member.key] = (spot.x, spot.y)
            continue
        at = _place_marker(member, index, full)
        if at is None:
            settled.add(member.key)
            at = (member.x, member.y)
        centres[member.key] = at
        index.take(_square(*at, member.reach), member.key, _MARKER)
    soft = list(markers_placed(centres)) if markers_placed is not None else []
    for box in soft:
        index.take(box, _NOBODY, _SOFT)
    # Lenient passes ignore the plans: without plans they would only repeat the strict ones.
    leniency = (False, True) if soft else (False,)
    sides = {key: spot.side for key, spot in kept.items() if spot.side != NO_LABEL}
    # The newly placed first, then anyone kept without a name, should room have come free.
    waiting = [m for m in members if m.key not in kept]
    waiting += [m for m in members if m.key in kept and m.key not in sides]
    # Beside the marker, clear of plans if there is room, else over a plan; failing that, on a
    # leader line further out.
    for lenient in leniency:
        waiting = _names_beside(waiting, centres, sides, index, inside, NEAR_SIDES, lenient)
        # (only the newly placed move for a name: a marker that stays where it was stays)
        waiting = [
            m
            for m in waiting
            if m.key in settled or not _moved_for_name(m, centres, sides, index, inside, lenient)
        ]
    # Further out only for the newly placed: someone kept without a name takes one beside them
    # when room comes free there, not a long leader line across the crowd.
    waiting = [m for m in waiting if m.key not in kept]
    for lenient in leniency:
        waiting = _names_beside(waiting, centres, sides, index, inside, FAR_SIDES, lenient)
    return Layout(
        {m.key: m for m in members},
        {m.key: Spot(*centres[m.key], sides.get(m.key, NO_LABEL)) for m in members},
    )
