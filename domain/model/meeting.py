"""Planned meetings, with attendees and per-attendee talking points."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum


class AttendeeRole(StrEnum):
    ORGANISER = "organiser"
    REQUIRED = "required"
    OPTIONAL = "optional"


class AttendeeResponse(StrEnum):
    """What an attendee answered to the invite (from their calendar's reply), if anything."""

    NONE = ""
    ACCEPTED = "accepted"
    DECLINED = "declined"
    TENTATIVE = "tentative"


@dataclass(slots=True)
class MeetingAttendee:
    #: None for an attendee unknown to Rapport (e.g. from an imported invite).
    stakeholder_id: int | None
    name: str = ""
    email: str = ""
    role: AttendeeRole = AttendeeRole.REQUIRED
    talking_points: str = ""
    response: AttendeeResponse = AttendeeResponse.NONE


@dataclass(slots=True)
class Meeting:
    title: str
    start: datetime
    end: datetime | None = None
    place: str = ""
    objective: str = ""
    agenda: str = ""
    attendees: list[MeetingAttendee] = field(default_factory=list)
    #: The maps this meeting concerns (their quadrants go on the prep sheet).
    map_ids: list[int] = field(default_factory=list)
    #: Set once the meeting has been turned into a logged interaction.
    interaction_id: int | None = None
    #: The UID of the iCalendar invite it came from, if any.
    ical_uid: str = ""
    #: The organiser called it off (an invite's METHOD:CANCEL); kept so that nobody prepares it.
    cancelled: bool = False
    #: How it repeats, as the invite's RRULE (RFC 5545 §3.3.10, e.g. "FREQ=WEEKLY;BYDAY=TU");
    #: ``start`` is then the next occurrence. Empty for a one-off meeting.
    recurrence: str = ""
    id: int | None = None
