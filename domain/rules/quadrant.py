"""Mendelow's power/interest grid: power and interest each split at 5."""

from __future__ import annotations

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
