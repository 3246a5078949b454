"""The communication plan: standing messages and who receives them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum


class Channel(StrEnum):
    WRITTEN = "written"
    EMAIL = "email"
    MEETING = "meeting"
    CALL = "call"
    PRESENTATION = "presentation"


class Tone(StrEnum):
    FORMAL = "formal"
    INFORMAL = "informal"


class Frequency(StrEnum):
    WEEKLY = "weekly"
    FORTNIGHTLY = "fortnightly"
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    HALF_YEARLY = "half-yearly"
    YEARLY = "yearly"

    @property
    def months(self) -> int:
        """Months between sends (0 for the weekly rhythms, counted in days instead)."""
        return _MONTHS[self]

    @property
    def days(self) -> int:
        """Days between sends for the weekly rhythms (0 for the monthly ones)."""
        return {Frequency.WEEKLY: 7, Frequency.FORTNIGHTLY: 14}.get(self, 0)


_MONTHS = {
    Frequency.WEEKLY: 0,
    Frequency.FORTNIGHTLY: 0,
    Frequency.MONTHLY: 1,
    Frequency.QUARTERLY: 3,
    Frequency.HALF_YEARLY: 6,
    Frequency.YEARLY: 12,
}


@dataclass(slots=True)
class Recipient:
    stakeholder_id: int
    assigned_at: datetime


@dataclass(slots=True)
class Message:
    """A standing message: "quarterly portfolio update — written, formal, quarterly, owner Y"."""

    title: str
    channel: Channel
    tone: Tone
    frequency: Frequency
    #: The first send is due on this day.
    starts_on: date
    owner: str = ""
    notes: str = ""
    recipients: list[Recipient] = field(default_factory=list)
    #: The interactions in which the message went out (logged as "sends this message").
    interaction_ids: list[int] = field(default_factory=list)
    id: int | None = None
