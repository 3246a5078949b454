"""Reading calendar invites (.ics, RFC 5545) from Outlook, Google Calendar, Apple Calendar, others.

The file is checked first (text encoding, line folding, BEGIN/END nesting, a VCALENDAR holding at
least one VEVENT) so that a broken file is refused with a message naming the problem and the line,
then parsed with the maintained ``icalendar`` library into :class:`CalendarInvite` values. Either
every event is read or :class:`CalendarImportError` is raised: nothing is ever half-read.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from domain.usecases.meeting_import import CalendarInvite, InviteAttendee, InviteRole

#: Larger than any real invite; guards against being handed a huge unrelated file.
MAX_BYTES = 5 * 1024 * 1024

_NAME = re.compile(r"^[A-Za-z0-9-]+$")
_URL = re.compile(r"https?://[^\s<>\"']+")


class CalendarImportError(Exception):
    """The file cannot be imported; the message says why in words a user can act on."""


def read_ics(path: Path) -> list[CalendarInvite]:
    """Every event of the iCalendar file at ``path``."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise CalendarImportError(
                f"{path.name} is {size // 1024 // 1024} MB; an invite is a few kilobytes. "
                "Is this really a calendar file?"
            )
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise CalendarImportError(f"{path} does not exist.") from exc
    except IsADirectoryError as exc:
        raise CalendarImportError(f"{path} is a folder, not a calendar file.") from exc
    except OSError as exc:
        raise CalendarImportError(f"{path} could not be read: {exc.strerror or exc}.") from exc
    return parse_ics(data, path.name)


def parse_ics(data: bytes | str, source: str = "The file") -> list[CalendarInvite]:
    """Every event of an iCalendar text; raises :class:`CalendarImportError` on any problem."""
    text = _decode(data, source) if isinstance(data, bytes) else data.lstrip("\ufeff")
    lines = _unfold(text)
    _check_structure(lines, source)
    calendar = _parse(text, source)
    events = [e for e in calendar.walk("VEVENT") if "RECURRENCE-ID" not in e]
    if not events:  # only overrides of a recurring series: read them as they are
        events = list(calendar.walk("VEVENT"))
    return [_invite(event, index, source) for index, event in enumerate(events, start=1)]


# -- checking -------------------------------------------------------------------------------------
def _decode(data: bytes, source: str) -> str:
    if not data.strip():
        raise CalendarImportError(f"{source} is empty.")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16").lstrip("\ufeff")
        except UnicodeDecodeError as exc:
            raise CalendarImportError(f"{source} is not readable UTF-16 text.") from exc
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise CalendarImportError(
            f"{source} is not UTF-8 text, as iCalendar requires: the byte 0x{data[exc.start]:02X} "
            f"on line {line} is not valid UTF-8. Export the invite again, or save it as UTF-8."
        ) from exc


def _unfold(text: str) -> list[tuple[int, str]]:
    """Content lines with their first physical line number (RFC 5545 §3.1 unfolding)."""
    lines: list[tuple[int, str]] = []
    for number, raw in enumerate(re.split(r"\r\n|\n|\r", text), start=1):
        if raw[:1] in (" ", "\t") and lines:
            first, content = lines[-1]
            lines[-1] = (first, content + raw[1:])
        elif raw.strip():
            lines.append((number, raw))
    return lines


def _check_structure(lines: list[tuple[int, str]], source: str) -> None:
    if not lines:
        raise CalendarImportError(f"{source} is empty.")
    first_number, first = lines[0]
    if first.strip().upper() != "BEGIN:VCALENDAR":
        if any(line.strip().upper() == "BEGIN:VEVENT" for _n, line in lines):
            raise CalendarImportError(
                f"{source} has no calendar wrapper: it must start with BEGIN:VCALENDAR, but line "
                f"{first_number} is “{_short(first)}”."
            )
        raise CalendarImportError(
            f"{source} is not an iCalendar file: it does not start with BEGIN:VCALENDAR "
            f"(line {first_number} is “{_short(first)}”)."
        )
    stack: list[tuple[str, int]] = []
    events = 0
    closed_calendar = False
    for number, line in lines:
        name, sep, value = _split(line)
        if not sep or not _NAME.match(name):
            raise CalendarImportError(
                f"{source}, line {number}: “{_short(line)}” is not an iCalendar property. A long "
                "line was probably folded without the leading space that marks a continuation "
                "(RFC 5545 §3.1)."
            )
        if closed_calendar:
            if name.upper() == "BEGIN" and value.strip().upper() == "VCALENDAR":
                closed_calendar = False
            else:
                raise CalendarImportError(
                    f"{source}, line {number}: “{_short(line)}” comes after END:VCALENDAR."
                )
        upper = name.upper()
        if upper == "BEGIN":
            stack.append((value.strip().upper(), number))
            if stack[-1][0] == "VEVENT":
                events += 1
        elif upper == "END":
            component = value.strip().upper()
            if not stack:
                raise CalendarImportError(
                    f"{source}, line {number}: END:{component} has no matching BEGIN."
                )
            opened, opened_at = stack.pop()
            if opened != component:
                raise CalendarImportError(
                    f"{source}: BEGIN:{opened} on line {opened_at} is missing its END:{opened} "
                    f"(line {number} ends {component} instead). The file may be cut short."
                )
            if component == "VCALENDAR":
                closed_calendar = True
    if stack:
        opened, opened_at = stack[-1]
        raise CalendarImportError(
            f"{source}: BEGIN:{opened} on line {opened_at} has no END:{opened}. "
            "The file looks cut short."
        )
    if events == 0:
        raise CalendarImportError(
            f"{source} holds a calendar but no event (VEVENT): there is no meeting to import."
        )


def _split(line: str) -> tuple[str, str, str]:
    """(name, ":", value) of a content line; the name stops at the first ";" or ":"."""
    match = re.match(r"^([^;:]*)((?:;(?:[^\":]|\"[^\"]*\")*)*)(:?)(.*)$", line)
    if match is None:
        return line, "", ""
    return match.group(1), match.group(3), match.group(4)


def _short(line: str) -> str:
    line = line.strip()
    return line if len(line) <= 60 else line[:57] + "…"


def _parse(text: str, source: str) -> Any:
    from icalendar import Calendar

    try:
        calendars = Calendar.from_ical(text, multiple=True)
    except ValueError as exc:
        raise CalendarImportError(f"{source} could not be read as iCalendar: {exc}") from exc
    if not calendars:
        raise CalendarImportError(f"{source} holds no calendar.")
    if len(calendars) == 1:
        return calendars[0]
    merged = calendars[0]
    for extra in calendars[1:]:
        for component in extra.subcomponents:
            merged.add_component(component)
    return merged


# -- reading an event -----------------------------------------------------------------------------
def _invite(event: Any, index: int, source: str) -> CalendarInvite:
    title = _text(event.get("SUMMARY"))
    where = f"{source}, event {index}" + (f" (“{_short(title)}”)" if title else "")
    errors = getattr(event, "errors", [])
    for prop, message in errors:
        if prop in ("DTSTART", "DTEND", "DURATION", None):
            what = prop or "a line"
            raise CalendarImportError(f"{where}: {what} cannot be read: {message}.")
    if "DTSTART" not in event:
        raise CalendarImportError(f"{where} has no start time (DTSTART).")
    try:
        start_value = event.decoded("DTSTART")
        end_value = event.decoded("DTEND") if "DTEND" in event else None
        duration = event.decoded("DURATION") if "DURATION" in event else None
    except (ValueError, KeyError) as exc:
        raise CalendarImportError(f"{where}: its times cannot be read ({exc}).") from exc
    all_day = isinstance(start_value, date) and not isinstance(start_value, datetime)
    start = _utc(start_value, where)
    end: datetime | None = None
    if end_value is not None:
        end = _utc(end_value, where)
    elif isinstance(duration, timedelta):
        end = start + duration
    elif all_day:
        end = start + timedelta(days=1)
    if end is not None and end < start:
        raise CalendarImportError(f"{where} ends before it starts.")

    organiser = _person(event.get("ORGANIZER"), organiser=True)
    attendees = tuple(
        person
        for prop in _as_list(event.get("ATTENDEE"))
        if _is_person(prop) and (person := _person(prop)) is not None
    )
    description = _text(event.get("DESCRIPTION"))
    return CalendarInvite(
        title=" ".join(title.split()),
        start=start,
        end=end,
        location=_text(event.get("LOCATION")),
        description=description,
        organiser=organiser,
        attendees=attendees,
        uid=_text(event.get("UID")),
        all_day=all_day,
        conference_url=_conference(event, description),
    )


def _utc(value: Any, where: str) -> datetime:
    if isinstance(value, datetime):
        if value.tzinfo is None:  # "floating" time: taken as the computer's own time zone
            return value.astimezone().astimezone(UTC)
        return value.astimezone(UTC)
    if isinstance(value, date):
        return datetime.combine(value, time(0, 0)).astimezone().astimezone(UTC)
    raise CalendarImportError(f"{where}: “{value}” is not a date or time.")


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return " ".join(_text(v) for v in value)
    return str(value).strip()


def _is_person(prop: Any) -> bool:
    """Rooms and equipment booked through the invite (CUTYPE=ROOM/RESOURCE) are not people."""
    params = getattr(prop, "params", {})
    return str(params.get("CUTYPE", "INDIVIDUAL")).upper() not in ("ROOM", "RESOURCE")


def _person(prop: Any, organiser: bool = False) -> InviteAttendee | None:
    if prop is None:
        return None
    params = getattr(prop, "params", {})
    address = str(prop).strip()
    if address.lower().startswith("mailto:"):
        address = address[7:]
    email = address.strip() if "@" in address else ""
    email = email or str(params.get("EMAIL", "")).strip()
    name = str(params.get("CN", "")).strip().strip('"')
    if name == email:
        name = ""
    if not email and not name:
        return None
    try:
        role = InviteRole(str(params.get("ROLE", "REQ-PARTICIPANT")).upper())
    except ValueError:  # X-roles and typos: an attendee nevertheless
        role = InviteRole.REQUIRED
    return InviteAttendee(name=name, email=email, role=role, organiser=organiser)


def _conference(event: Any, description: str) -> str:
    for key in ("X-GOOGLE-CONFERENCE", "X-MICROSOFT-SKYPETEAMSMEETINGURL", "URL"):
        if key in event:
            return _text(event.get(key))
    for conference in _as_list(event.get("CONFERENCE")):
        return _text(conference)
    match = _URL.search(description)
    if match and any(
        host in match.group(0) for host in ("teams.microsoft", "meet.google", "zoom.us", "webex")
    ):
        return match.group(0).rstrip(".,;)>")
    return ""
