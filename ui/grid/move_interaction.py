"""Moving people on the grid: a mouse drag of the selection, and keyboard nudges.

Both only preview on the scene and then hand back :class:`GridMove` values; the page turns them
into one undoable command, and the scene follows the stored data afterwards.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF

from domain.usecases.ratings import GridMove
from ui.grid.geometry import clamp, in_grid, snap, to_grid, to_scene
from ui.grid.grid_scene import GridScene
from ui.grid.marker_items import MarkerItem, PersonItem


def _grid_value(value: float, snapping: bool) -> float:
    value = clamp(value)
    return clamp(snap(value)) if snapping else round(value, 2)


class MoveInteraction:
    """A drag in progress. ``update`` on each mouse move, then ``finish`` or ``cancel``."""

    def __init__(
        self, scene: GridScene, items: list[PersonItem], start: QPointF, snapping: bool
    ) -> None:
        self.scene = scene
        self.start = QPointF(start)
        self.snapping = snapping
        self.origins = {item: QPointF(item.pos()) for item in items}
        # A marker shown beside its place (crowd_layout) drops its line back while dragged.
        self.shifts = {
            item: QPointF(item.shift)
            for item in items
            if isinstance(item, MarkerItem) and not item.shift.isNull()
        }
        self.moved = False

    @staticmethod
    def _from_tray(item: PersonItem) -> bool:
        return not item.desired and not item.placement.placed

    def update(self, point: QPointF) -> None:
        delta = point - self.start
        if not self.moved:
            for item in self.shifts:
                item.set_shift(0.0, 0.0)
        self.moved = True
        for item, origin in self.origins.items():
            target = origin + delta
            if self._from_tray(item) and not in_grid(target):
                item.setPos(target)
                item.setScale(1.0)
                continue
            power, interest = to_grid(target)
            item.setPos(
                to_scene(_grid_value(power, self.snapping), _grid_value(interest, self.snapping))
            )
            if self._from_tray(item):
                item.setScale(self.scene.factor)
            self.scene.follow(item.stakeholder_id)

    def finish(self) -> list[GridMove]:
        """The moves to record; people left in the tray or not moved are not among them."""
        moves: list[GridMove] = []
        for item, origin in self.origins.items():
            if item.pos() == origin:
                continue
            if self._from_tray(item) and not in_grid(item.pos()):
                item.setPos(origin)
                item.setScale(1.0)
                continue
            power, interest = to_grid(item.pos())
            moves.append(
                GridMove(
                    item.stakeholder_id,
                    round(clamp(power), 2),
                    round(clamp(interest), 2),
                    desired=item.desired,
                )
            )
        return moves

    def cancel(self) -> None:
        for item, shift in self.shifts.items():
            item.set_shift(-shift.x() * item.scale(), -shift.y() * item.scale())
        for item, origin in self.origins.items():
            item.setPos(origin)
            if self._from_tray(item):
                item.setScale(1.0)
            self.scene.follow(item.stakeholder_id)


def nudges(
    scene: GridScene, items: list[PersonItem], d_power: float, d_interest: float, desired: bool
) -> list[GridMove]:
    """Moves shifting ``items`` by the given steps; with ``desired``, their people's plans.

    A person without a plan gets one starting from where they stand.
    """
    moves: dict[tuple[int, bool], GridMove] = {}
    for item in items:
        placement = item.placement
        if not placement.placed:
            continue
        person_id = item.stakeholder_id
        if desired or item.desired:
            if placement.has_desired:
                power, interest = placement.desired_power, placement.desired_interest
            else:
                power, interest = placement.power, placement.interest
            key = (person_id, True)
        else:
            power, interest = placement.power, placement.interest
            key = (person_id, False)
        assert power is not None and interest is not None
        moves[key] = GridMove(
            person_id,
            round(clamp(power + d_power), 2),
            round(clamp(interest + d_interest), 2),
            desired=key[1],
        )
    current = {(m.stakeholder_id, m.desired): m for m in moves.values() if _changed(scene, m)}
    return list(current.values())


def _changed(scene: GridScene, move: GridMove) -> bool:
    placement = scene.placements.get(move.stakeholder_id)
    if placement is None:
        return False
    if move.desired:
        return (placement.desired_power, placement.desired_interest) != (move.power, move.interest)
    return (placement.power, placement.interest) != (move.power, move.interest)
