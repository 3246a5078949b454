"""Ratings: an append-only history of dated assessments of a person."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import IntEnum, StrEnum


class Dimension(StrEnum):
    """What is rated. Map dimensions are rated per map; the others per person."""

    POWER = "power"
    INTEREST = "interest"
    #: Where the plan needs the person on the grid (the hollow marker).
    DESIRED_POWER = "desired power"
    DESIRED_INTEREST = "desired interest"
    SUPPORT = "support"
    DESIRED_SUPPORT = "desired support"
    TRUST = "trust"
    INFLUENCE = "influence"

    @property
    def per_map(self) -> bool:
        return self not in (Dimension.TRUST, Dimension.INFLUENCE)

    @property
    def scale(self) -> tuple[float, float]:
        if self in (Dimension.SUPPORT, Dimension.DESIRED_SUPPORT):
            return (float(Attitude.BLOCKER), float(Attitude.CHAMPION))
        return (0.0, 10.0)


class Attitude(IntEnum):
    """Support for an initiative, the value of SUPPORT ratings."""

    BLOCKER = 0
    CRITIC = 1
    NEUTRAL = 2
    SUPPORTER = 3
    CHAMPION = 4

    @property
    def label(self) -> str:
        return self.name.lower()

    @classmethod
    def from_value(cls, value: float) -> Attitude:
        return cls(max(0, min(4, round(value))))


@dataclass(slots=True)
class Rating:
    stakeholder_id: int
    dimension: Dimension
    value: float
    #: When the assessment holds from (the user may back-date it).
    at: datetime
    #: The map the rating belongs to; None for per-person dimensions (trust, influence).
    map_id: int | None = None
    note: str = ""
    #: When the entry was made: history stays honest even for back-dated entries.
    recorded_at: datetime | None = None
    id: int | None = None
    #: Who entered it (schema 9): None while not stored (the store records whoever adds it),
    #: revision.UNKNOWN_AUTHOR ("") for ratings entered before authors were kept.
    recorded_by: str | None = field(default=None, compare=False)
