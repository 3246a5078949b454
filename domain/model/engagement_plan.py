"""Engagement plans: what we will do with one person, by when, and through which touchpoints."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum


class TouchpointKind(StrEnum):
    MEETING = "meeting"
    CALL = "call"
    MEAL = "meal"
    BRIEFING = "briefing"
    EMAIL = "email"
    WORKSHOP = "workshop"

    @property
    def label(self) -> str:
        return _KIND_LABELS[self]


_KIND_LABELS = {
    TouchpointKind.MEETING: "meeting",
    TouchpointKind.CALL: "call",
    TouchpointKind.MEAL: "lunch or dinner",
    TouchpointKind.BRIEFING: "briefing",
    TouchpointKind.EMAIL: "e-mail",
    TouchpointKind.WORKSHOP: "workshop",
}


class TouchpointStatus(StrEnum):
    DONE = "done"
    OVERDUE = "overdue"
    #: Not done, on or after today and within the next fortnight.
    DUE = "due"
    PLANNED = "planned"


#: How far ahead a touchpoint counts as due (rather than only planned).
DUE_WITHIN_DAYS = 14


@dataclass(slots=True)
class Touchpoint:
    on: date
    kind: TouchpointKind
    purpose: str = ""
    #: When it was done (the day of the interaction that fulfilled it, or the day it was ticked).
    done_on: date | None = None
    #: The interaction that fulfilled it, if one did.
    interaction_id: int | None = None
    #: The recurrence it came from in words ("every month, 6 times"); "" for a one-off.
    series: str = ""
    id: int | None = None

    def status(self, today: date) -> TouchpointStatus:
        if self.done_on is not None:
            return TouchpointStatus.DONE
        if self.on < today:
            return TouchpointStatus.OVERDUE
        if (self.on - today).days <= DUE_WITHIN_DAYS:
            return TouchpointStatus.DUE
        return TouchpointStatus.PLANNED


@dataclass(slots=True)
class EngagementPlan:
    """ "Margaret: neutral → supporter by end of Q3", the strategy to get there and the steps."""

    stakeholder_id: int
    objective: str
    starts_on: date
    #: The attitude (support, 0 blocker … 4 champion) the plan aims for, on ``map_id``.
    target_attitude: int | None = None
    target_date: date | None = None
    strategy: str = ""
    #: Who carries the plan (free text for now).
    owner: str = ""
    #: The map whose attitude and position the plan is about (None: trust only).
    map_id: int | None = None
    touchpoints: list[Touchpoint] = field(default_factory=list)
    created_at: datetime | None = None
    id: int | None = None
