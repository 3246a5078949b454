"""A stakeholder map: one power/interest grid per initiative."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(slots=True)
class StakeholderMap:
    name: str
    purpose: str = ""
    starts_on: date | None = None
    ends_on: date | None = None
    id: int | None = None


@dataclass(slots=True)
class MapMembership:
    """A person placed on a map. Their position there is held by power/interest ratings."""

    map_id: int
    stakeholder_id: int
    added_at: datetime
