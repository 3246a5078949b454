"""One VEVENT into a :class:`CalendarInvite`: its texts cleaned and cut, times and people read."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from domain.usecases.invites.invite import CalendarInvite, InviteMethod
from persistence.ical.errors import CalendarImportError, short
from persistence.ical.people import as_list, read_people
from persistence.ical.text import clean, cut
from persistence.ical.times import read_when

MAX_TITLE = 300
MAX_PLACE = 500
MAX_DESCRIPTION = 20_000
MAX_UID = 500
_URL = re.compile(r"https?://[^\s<>\"']+")
_CONFERENCE_HOSTS = ("teams.microsoft", "meet.google", "zoom.us", "webex")


def text_of(value: Any, *, multiline: bool = False) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return " ".join(text_of(v, multiline=multiline) for v in value)
    return clean(str(value), multiline=multiline).strip()


def read_event(
    event: Any,
    where: str,
    method: InviteMethod,
    now: datetime,
) -> CalendarInvite:
    title = cut(" ".join(text_of(event.get("SUMMARY")).split()), MAX_TITLE)
    if title:
        where = f"{where} (“{short(title)}”)"
    for prop, _message in getattr(event, "errors", []):
        if prop in ("DTSTART", "DTEND", "DURATION", "RECURRENCE-ID", None):
            if prop is None:
                raise CalendarImportError(
                    f"{where}: a line in it cannot be read. Export the invite again from your "
                    "calendar."
                )
            what = {"DTSTART": "start", "DTEND": "end", "DURATION": "length"}.get(prop, "date")
            raise CalendarImportError(
                f"{where}: its {what} ({prop}) cannot be read as a date and time. Export the "
                "invite again from your calendar."
            )
    if "DTSTART" not in event and method not in (InviteMethod.REPLY, InviteMethod.CANCEL):
        raise CalendarImportError(f"{where} has no start time (DTSTART); there is no date to plan.")
    when = read_when(event, where, now)
    people = read_people(event)
    description = cut(text_of(event.get("DESCRIPTION"), multiline=True), MAX_DESCRIPTION)
    location = cut(text_of(event.get("LOCATION"), multiline=True), MAX_PLACE)
    for room in people.rooms:
        if room.casefold() not in location.casefold():
            location = f"{location}; {room}" if location else room
    status = text_of(event.get("STATUS")).upper()
    return CalendarInvite(
        title=title,
        start=when.start,
        end=when.end,
        location=location,
        description=description,
        organiser=people.organiser,
        attendees=people.attendees,
        uid=cut(text_of(event.get("UID")), MAX_UID),
        all_day=when.all_day,
        conference_url=_conference(event, description),
        method=method,
        cancelled=method is InviteMethod.CANCEL or status == "CANCELLED",
        recurrence=when.recurrence,
        occurrence_of_series="RECURRENCE-ID" in event,
        source=where,
        notes=when.notes,
    )


def _conference(event: Any, description: str) -> str:
    for key in ("X-GOOGLE-CONFERENCE", "X-MICROSOFT-SKYPETEAMSMEETINGURL", "URL"):
        if key in event:
            return cut(text_of(event.get(key)), MAX_PLACE)
    for conference in as_list(event.get("CONFERENCE")):
        return cut(text_of(conference), MAX_PLACE)
    match = _URL.search(description)
    if match and any(host in match.group(0) for host in _CONFERENCE_HOSTS):
        return cut(match.group(0).rstrip(".,;)>"), MAX_PLACE)
    return ""
