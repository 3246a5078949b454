"""Organisations and units, and the Business-IT relationship maturity of a unit over time."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import IntEnum, StrEnum

from domain.model.revision import Revision


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

    @property
    def title(self) -> str:
        """ "Order taker", for headings and pickers."""
        return self.label.capitalize()


@dataclass(slots=True)
class Organisation:
    name: str
    kind: OrganisationKind = OrganisationKind.INTERNAL_UNIT
    parent_id: int | None = None
    id: int | None = None
    #: Archived organisations and units keep their history but leave the pickers (schema 7).
    archived: bool = False
    #: The team member who looks after this unit's relationship (their login; None: nobody).
    owner: str | None = None
    #: Who last changed it, when, and its version (None: not stored yet).
    revision: Revision | None = field(default=None, compare=False)


@dataclass(slots=True)
class MaturityAssessment:
    """The relationship maturity of one business unit, as assessed at a moment."""

    organisation_id: int
    level: MaturityLevel
    at: datetime
    #: The evidence for the level: what was seen that says so.
    note: str = ""
    id: int | None = None
    #: Who assessed it (schema 7).
    assessor: str = ""


@dataclass(slots=True)
class MaturityTarget:
    """The level a unit should reach, and by when (one per unit, schema 7)."""

    organisation_id: int
    level: MaturityLevel
    due_on: date
