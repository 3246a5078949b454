"""An invite as plain data, in neutral terms: what a calendar reader hands to the use cases."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from domain.model import AttendeeResponse


class InviteRole(StrEnum):
    """The participation roles of RFC 5545 (ROLE=…)."""

    CHAIR = "CHAIR"
    REQUIRED = "REQ-PARTICIPANT"
    OPTIONAL = "OPT-PARTICIPANT"
    NON_PARTICIPANT = "NON-PARTICIPANT"


class InviteMethod(StrEnum):
    """What the calendar file is for (RFC 5546 METHOD): an invitation, an answer, a call-off."""

    PUBLISH = "PUBLISH"
    REQUEST = "REQUEST"
    REPLY = "REPLY"
    CANCEL = "CANCEL"


@dataclass(frozen=True, slots=True)
class InviteAttendee:
    #: The name as the invite gives it (its CN): a directory's "Last, First" is kept as written.
    name: str = ""
    email: str = ""
    role: InviteRole = InviteRole.REQUIRED
    #: True for the invite's ORGANIZER (who may also be listed as an attendee).
    organiser: bool = False
    #: Their answer (PARTSTAT): what a reply says, or what the organiser's copy knows.
    response: AttendeeResponse = AttendeeResponse.NONE


@dataclass(frozen=True, slots=True)
class CalendarInvite:
    """One event of a calendar file (times are aware UTC)."""

    title: str
    #: None only for an answer or a cancellation that gives no date (Apple's replies do not).
    start: datetime | None
    end: datetime | None = None
    location: str = ""
    description: str = ""
    organiser: InviteAttendee | None = None
    attendees: tuple[InviteAttendee, ...] = ()
    uid: str = ""
    all_day: bool = False
    #: A video-call link (Teams, Meet, Zoom…) when the invite carries one.
    conference_url: str = ""
    method: InviteMethod = InviteMethod.PUBLISH
    #: The event itself says it is called off (STATUS:CANCELLED), or the file is a CANCEL.
    cancelled: bool = False
    #: The RRULE of a recurring meeting; ``start`` and ``end`` are then its next occurrence.
    recurrence: str = ""
    #: Set when the event is one occurrence of a series (RECURRENCE-ID), e.g. one cancelled date.
    occurrence_of_series: bool = False
    #: Where it came from, for messages: "invite.ics" or "invite.ics, event 2".
    source: str = ""
    #: What the reader had to make of the file, in words (e.g. it was not UTF-8).
    notes: tuple[str, ...] = field(default=())
