"""Who an event concerns: organiser, attendees with role and answer, and the rooms it books.

Rooms and equipment (CUTYPE=ROOM or RESOURCE) are the meeting's place, not people. A name is an
invite's CN as written (a directory's "Last, First" is turned round later, in the domain, only
when both parts look like names); it is cleaned of control characters and cut to a sane length.
Addresses that are no e-mail (urn:uuid:…, an empty mailto:) are dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from domain.model import AttendeeResponse
from domain.usecases.invites.invite import InviteAttendee, InviteRole
from domain.usecases.invites.names import MAX_NAME_LENGTH
from persistence.ical.text import clean, cut

MAX_EMAIL_LENGTH = 254
_EMAIL = re.compile(r"^[^@\s<>\"',;:]+@[^@\s<>\"',;:]+$")
_RESPONSES = {
    "ACCEPTED": AttendeeResponse.ACCEPTED,
    "DECLINED": AttendeeResponse.DECLINED,
    "TENTATIVE": AttendeeResponse.TENTATIVE,
}


@dataclass(frozen=True, slots=True)
class People:
    organiser: InviteAttendee | None
    attendees: tuple[InviteAttendee, ...]
    rooms: tuple[str, ...]


def as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def _param(params: Any, key: str) -> str:
    value = params.get(key, "") if hasattr(params, "get") else ""
    if isinstance(value, list):
        value = value[0] if value else ""
    return clean(str(value)).strip()


def _email(prop: Any, params: Any) -> str:
    address = clean(str(prop)).strip()
    if address[:7].lower() == "mailto:":
        address = address[7:].strip()
    if not _EMAIL.match(address):
        address = _param(params, "EMAIL")
        if address[:7].lower() == "mailto:":
            address = address[7:].strip()
    if len(address) > MAX_EMAIL_LENGTH or not _EMAIL.match(address):
        return ""
    return address


def _name(params: Any, email: str) -> str:
    name = " ".join(_param(params, "CN").split()).strip("\"'").strip()
    if not any(ch.isprintable() and not ch.isspace() for ch in name):
        return ""  # nothing visible: soft hyphens, joiners
    if name.casefold() == email.casefold() or name.casefold() == f"mailto:{email}".casefold():
        return ""  # Google writes the address as the name when it knows none
    return cut(name, MAX_NAME_LENGTH)


def person(prop: Any, organiser: bool = False) -> InviteAttendee | None:
    """The person a property names, or None when it names nobody readable."""
    if prop is None:
        return None
    params = getattr(prop, "params", {})
    email = _email(prop, params)
    name = _name(params, email)
    if not email and not name:
        return None
    try:
        role = InviteRole(_param(params, "ROLE").upper() or InviteRole.REQUIRED.value)
    except ValueError:  # X-roles and typos: an attendee nevertheless
        role = InviteRole.REQUIRED
    response = _RESPONSES.get(_param(params, "PARTSTAT").upper(), AttendeeResponse.NONE)
    return InviteAttendee(name, email, role, organiser, response)


def _is_room(prop: Any) -> bool:
    params = getattr(prop, "params", {})
    return _param(params, "CUTYPE").upper() in ("ROOM", "RESOURCE")


def read_people(event: Any) -> People:
    organiser = person(event.get("ORGANIZER"), organiser=True)
    attendees: list[InviteAttendee] = []
    rooms: list[str] = []
    for prop in as_list(event.get("ATTENDEE")):
        if _is_room(prop):
            found = person(prop)
            if found is not None:
                rooms.append(found.name or found.email.split("@", 1)[0])
            continue
        found = person(prop)
        if found is not None:
            attendees.append(found)
    return People(organiser, tuple(attendees), tuple(rooms))
