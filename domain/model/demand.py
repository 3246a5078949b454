"""The demand log of a business unit: what the business asked for, what we proposed, and what
we created together, each moving through a pipeline of statuses (schema 7)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum


class DemandKind(StrEnum):
    """The three kinds of demand, the evidence of a unit's maturity (order taker → partner)."""

    REQUEST = "request"
    OPPORTUNITY = "opportunity"
    JOINT_INITIATIVE = "joint initiative"

    @property
    def label(self) -> str:
        """ "Joint initiative", for headings and pickers."""
        return self.value.capitalize()


class DemandStatus(StrEnum):
    IDEA = "idea"
    ASSESSED = "assessed"
    APPROVED = "approved"
    DELIVERED = "delivered"
    DECLINED = "declined"

    @property
    def label(self) -> str:
        """ "Joint initiative", for headings and pickers."""
        return self.value.capitalize()

    @property
    def is_open(self) -> bool:
        """Still moving through the pipeline (neither delivered nor declined)."""
        return self not in (DemandStatus.DELIVERED, DemandStatus.DECLINED)


#: The pipeline in order: an item moves forward along it, or is declined at any open step.
PIPELINE = (
    DemandStatus.IDEA,
    DemandStatus.ASSESSED,
    DemandStatus.APPROVED,
    DemandStatus.DELIVERED,
)


@dataclass(frozen=True, slots=True)
class DemandStep:
    """An item reached ``status`` on ``on``."""

    status: DemandStatus
    on: date


@dataclass(slots=True)
class DemandItem:
    """One item of a unit's demand log. ``steps`` hold its statuses in order, the first being
    when it was raised; the last is where it stands now."""

    #: The business unit whose demand it is; None only in input not yet checked (refused).
    unit_id: int | None
    title: str
    kind: DemandKind
    steps: list[DemandStep] = field(default_factory=list)
    sponsor_id: int | None = None
    #: Estimated value (in the workspace's currency), None when not estimated.
    value: float | None = None
    notes: str = ""
    id: int | None = None

    @property
    def status(self) -> DemandStatus:
        return self.steps[-1].status if self.steps else DemandStatus.IDEA

    @property
    def raised_on(self) -> date | None:
        return self.steps[0].on if self.steps else None

    @property
    def status_since(self) -> date | None:
        return self.steps[-1].on if self.steps else None
