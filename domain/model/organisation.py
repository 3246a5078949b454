"""Organisations and units, and the Business-IT relationship maturity of a unit over time."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import IntEnum, StrEnum


class OrganisationKind(StrEnum):
    INTERNAL_UNIT = "internal unit"
    VENDOR = "vendor"
    CUSTOMER = "customer"
    PARTNER = "partner"


class MaturityLevel(IntEnum):
    """The three levels of the Business-IT maturity model."""

    ORDER_TAKER = 1
    CONSULTATIVE = 2
    PARTNER = 3

    @property
    def label(self) -> str:
        return self.name.replace("_", " ").lower()


@dataclass(slots=True)
class Organisation:
    name: str
    kind: OrganisationKind = OrganisationKind.INTERNAL_UNIT
    parent_id: int | None = None
    id: int | None = None


@dataclass(slots=True)
class MaturityAssessment:
    """The relationship maturity of one business unit, as assessed at a moment."""

    organisation_id: int
    level: MaturityLevel
    at: datetime
    note: str = ""
    id: int | None = None
