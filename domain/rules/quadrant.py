"""Mendelow's power/interest grid: power and interest each split at 5.

:class:`Position` is a place on the grid; :class:`PositionAndGoal` gives any record that holds a
power and interest, now and desired, the positions and quadrants they make.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum

#: Where each axis splits. A value equal to the split counts as high.
SPLIT = 5.0


class Quadrant(StrEnum):
    MANAGE_CLOSELY = "manage closely"
    KEEP_SATISFIED = "keep satisfied"
    KEEP_INFORMED = "keep informed"
    MONITOR = "monitor"

    @property
    def title(self) -> str:  # type: ignore[override]  # a label, not str.title()
        return self.value[:1].upper() + self.value[1:]


def quadrant_for(power: float, interest: float) -> Quadrant:
    high_power = power >= SPLIT
    high_interest = interest >= SPLIT
    if high_power and high_interest:
        return Quadrant.MANAGE_CLOSELY
    if high_power:
        return Quadrant.KEEP_SATISFIED
    if high_interest:
        return Quadrant.KEEP_INFORMED
    return Quadrant.MONITOR


@dataclass(frozen=True, slots=True)
class Position:
    """A place on the grid (power and interest, 0 to 10)."""

    power: float
    interest: float

    @classmethod
    def of(cls, power: float | None, interest: float | None) -> Position | None:
        """The place, or None where either axis was never rated."""
        return None if power is None or interest is None else cls(power, interest)

    @property
    def quadrant(self) -> Quadrant:
        return quadrant_for(self.power, self.interest)

    def distance_to(self, other: Position) -> float:
        """Straight-line distance in grid points."""
        return math.hypot(other.power - self.power, other.interest - self.interest)


class PositionAndGoal:
    """For a record holding power and interest now and desired (each None until rated): where it
    stands, where the plan wants it, and the quadrants of both."""

    __slots__ = ()
    power: float | None
    interest: float | None
    desired_power: float | None
    desired_interest: float | None

    @property
    def position(self) -> Position | None:
        return Position.of(self.power, self.interest)

    @property
    def desired_position(self) -> Position | None:
        return Position.of(self.desired_power, self.desired_interest)

    @property
    def quadrant(self) -> Quadrant | None:
        position = self.position
        return position.quadrant if position else None

    @property
    def desired_quadrant(self) -> Quadrant | None:
        desired = self.desired_position
        return desired.quadrant if desired else None
