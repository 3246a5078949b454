"""A stakeholder map: one power/interest grid per initiative."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from domain.model.revision import Revision


@dataclass(slots=True)
class StakeholderMap:
    name: str
    purpose: str = ""
    starts_on: date | None = None
    ends_on: date | None = None
    id: int | None = None
    #: Who last changed it, when, and its version (None: not stored yet).
    revision: Revision | None = field(default=None, compare=False)


@dataclass(slots=True)
class MapMembership:
    """A person placed on a map. Their position there is held by power/interest ratings."""

    map_id: int
    stakeholder_id: int
    added_at: datetime
