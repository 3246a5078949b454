"""Checking a calendar's shape before parsing it: property lines, BEGIN/END nesting, at least one
event, and the limits (events per file, attendees per event). One pass over the lines, so that a
broken or oversized file is refused quickly, with the line it went wrong on."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from persistence.ical.errors import CalendarImportError, short
from persistence.ical.text import clean

#: More events than any invite or one exported week holds; a whole calendar goes in by parts.
MAX_EVENTS = 500
#: More than any meeting one prepares for person by person (a broadcast lists thousands).
MAX_ATTENDEES = 1000

_NAME = re.compile(r"[A-Za-z0-9-]+")
#: Properties nothing in Rapport reads that can be huge: inline attachments, HTML descriptions.
_DROPPED = frozenset({"ATTACH", "X-ALT-DESC", "X-MS-OLK-SENDER", "IMAGE"})
_KEPT_X = frozenset(
    {"X-GOOGLE-CONFERENCE", "X-MICROSOFT-SKYPETEAMSMEETINGURL", "X-LIC-LOCATION", "X-WR-TIMEZONE"}
)


@dataclass(slots=True)
class Shape:
    """What the check found: the lines to parse, where each event starts, the METHOD."""

    lines: list[str] = field(default_factory=list)
    event_lines: list[int] = field(default_factory=list)
    method: str = ""
    notes: list[str] = field(default_factory=list)


def split_line(line: str) -> tuple[str, str, str | None]:
    """(name, parameters, value) of a content line; the value is None when there is no colon.

    Parameters may hold quoted text with ":" and ";" in it (CN="Lovelace, Ada: CFO").
    """
    match = _NAME.match(line)
    if match is None:
        return "", "", None
    name = match.group(0)
    rest = line[len(name) :]
    if rest.startswith(":"):
        return name, "", rest[1:]
    if not rest.startswith(";"):
        return name, "", None
    at = 0
    while True:
        colon = rest.find(":", at)
        quote = rest.find('"', at)
        if colon < 0:
            return name, rest, None
        if quote < 0 or colon < quote:
            return name, rest[:colon], rest[colon + 1 :]
        close = rest.find('"', quote + 1)
        if close < 0:  # an unbalanced quote: the first colon after it ends the parameters
            colon = rest.find(":", quote)
            return (name, rest[:colon], rest[colon + 1 :]) if colon >= 0 else (name, rest, None)
        at = close + 1


def check(lines: list[tuple[int, str]], source: str) -> Shape:
    """The calendar's shape; raises :class:`CalendarImportError` naming the line at fault."""
    if not lines:
        raise CalendarImportError(f"{source} is empty.")
    first_number, first = lines[0]
    shape = Shape()
    wrapped = False
    if first.strip().upper() != "BEGIN:VCALENDAR":
        if first.strip().upper() == "BEGIN:VEVENT":
            # A bare event (some web sites and scripts write one): read as if wrapped.
            wrapped = True
            shape.lines.append("BEGIN:VCALENDAR")
            shape.notes.append(
                f"{source} holds an event without the calendar around it (no BEGIN:VCALENDAR); "
                "it was read as if it had one."
            )
        else:
            raise CalendarImportError(
                f"{source} is not an iCalendar file: it does not start with BEGIN:VCALENDAR "
                f"(line {first_number} is “{short(first)}”). Choose the .ics file the invite "
                "came with."
            )
    stack: list[tuple[str, int]] = [("VCALENDAR", 0)] if wrapped else []
    attendees = 0
    closed_calendar = False
    skipping = 0
    for number, line in lines:
        name, _params, value = split_line(line)
        if not name or value is None:
            raise CalendarImportError(
                f"{source}, line {number}: “{short(line)}” is not an iCalendar property. A long "
                "line was probably folded without the leading space that marks a continuation "
                "(RFC 5545 §3.1). Export the invite again."
            )
        upper = name.upper()
        if closed_calendar:
            if upper == "BEGIN" and value.strip().upper() == "VCALENDAR":
                closed_calendar = False
            else:
                raise CalendarImportError(
                    f"{source}, line {number}: “{short(line)}” comes after END:VCALENDAR, "
                    "where the calendar has ended."
                )
        if upper == "BEGIN":
            component = value.strip().upper()
            stack.append((component, number))
            if component == "VEVENT":
                shape.event_lines.append(number)
                attendees = 0
                if len(shape.event_lines) > MAX_EVENTS:
                    raise CalendarImportError(
                        f"{source} holds more than {MAX_EVENTS} events; Rapport imports at most "
                        f"{MAX_EVENTS} from one file. Export a shorter period (a week, say) "
                        "and import that."
                    )
            elif component == "VALARM" or skipping:
                skipping += 1  # reminders: nothing in them concerns the meeting
        elif upper == "END":
            component = value.strip().upper()
            if not stack:
                raise CalendarImportError(
                    f"{source}, line {number}: END:{short(component, 20)} has no matching BEGIN."
                )
            opened, opened_at = stack.pop()
            if opened != component:
                raise CalendarImportError(
                    f"{source}: BEGIN:{short(opened, 20)} on line {opened_at} is missing its "
                    f"END:{short(opened, 20)} (line {number} ends {short(component, 20)} "
                    "instead). The file may be cut short; export the invite again."
                )
            if component == "VCALENDAR":
                closed_calendar = True
            if skipping:
                skipping -= 1
                continue
        elif upper == "ATTENDEE":
            attendees += 1
            if attendees > MAX_ATTENDEES:
                event = len(shape.event_lines)
                raise CalendarImportError(
                    f"{source}, event {event} (line {shape.event_lines[-1]}) lists more than "
                    f"{MAX_ATTENDEES} attendees; Rapport imports meetings with at most "
                    f"{MAX_ATTENDEES}. A broadcast of that size is not prepared person by person."
                )
        elif upper == "METHOD" and not shape.method and len(stack) == 1:
            shape.method = value.strip().upper()
        if skipping or upper in _DROPPED or (upper.startswith("X-") and upper not in _KEPT_X):
            continue
        shape.lines.append(clean(line))  # NUL, escape, bell… never reach the parser
    if wrapped and stack == [("VCALENDAR", 0)]:
        stack.pop()
        shape.lines.append("END:VCALENDAR")
    if stack:
        opened, opened_at = stack[-1]
        raise CalendarImportError(
            f"{source}: BEGIN:{short(opened, 20)} on line {opened_at} has no "
            f"END:{short(opened, 20)}. The file looks cut short; export the invite again."
        )
    if not shape.event_lines:
        raise CalendarImportError(
            f"{source} holds a calendar but no event (VEVENT): there is no meeting to import."
        )
    return shape
