"""Concerns: a complaint, a risk or a grievance a stakeholder raised, until it is closed."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import IntEnum, StrEnum

from domain.model.revision import Revision


class ConcernKind(StrEnum):
    COMPLAINT = "complaint"
    RISK = "risk"
    GRIEVANCE = "grievance"
    ISSUE = "issue"


class ConcernSeverity(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3

    @property
    def label(self) -> str:
        return self.name.lower()


class ConcernStatus(StrEnum):
    OPEN = "open"
    #: Dealt with: ``resolution`` says how.
    RESOLVED = "resolved"
    #: The stakeholder dropped it, or it no longer applies.
    WITHDRAWN = "withdrawn"


@dataclass(slots=True)
class Concern:
    #: Who raised it.
    stakeholder_id: int
    title: str
    raised_on: date
    kind: ConcernKind = ConcernKind.ISSUE
    severity: ConcernSeverity = ConcernSeverity.MEDIUM
    #: When we mean to have it dealt with.
    target_on: date | None = None
    details: str = ""
    status: ConcernStatus = ConcernStatus.OPEN
    #: When it was resolved or withdrawn (None while open).
    closed_on: date | None = None
    resolution: str = ""
    created_at: datetime | None = None
    id: int | None = None
    #: Who last changed it, when, and its version (None: not stored yet).
    revision: Revision | None = field(default=None, compare=False)

    @property
    def is_open(self) -> bool:
        return self.status is ConcernStatus.OPEN

    def is_overdue(self, today: date) -> bool:
        return self.is_open and self.target_on is not None and self.target_on < today

    def open_on(self, day: date) -> bool:
        """Whether the concern was open at the end of ``day`` (raised by then, not yet closed)."""
        if self.raised_on > day:
            return False
        return self.closed_on is None or self.closed_on > day

    def overdue_on(self, day: date) -> bool:
        """Whether it was open and past its target date at the end of ``day``."""
        return self.open_on(day) and self.target_on is not None and self.target_on < day
