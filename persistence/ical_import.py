"""Reading calendar invites (.ics, RFC 5545) as Outlook, Exchange, Google, Apple, Zimbra,
Thunderbird and older clients write them.

The file is decoded (UTF-8, or Windows-1252 with a note), unfolded and checked first (property
lines, BEGIN/END nesting, limits on size, events and attendees) so that a broken file is refused
with a message naming the problem and the line; then parsed with the maintained ``icalendar``
library into :class:`CalendarInvite` values. Either every event is read or
:class:`CalendarImportError` is raised — the only exception the reader lets out, whatever the
input — with a message in words a user can act on, never Python's.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from domain.progress import Cancelled, NoProgress, Progress
from domain.usecases.invites.invite import CalendarInvite, InviteMethod
from persistence.ical import structure, text
from persistence.ical.errors import CalendarImportError, short
from persistence.ical.events import read_event

__all__ = [
    "MAX_ATTENDEES",
    "MAX_BYTES",
    "MAX_EVENTS",
    "CalendarImportError",
    "parse_ics",
    "read_ics",
]

log = logging.getLogger(__name__)

#: Larger than any real invite; guards against being handed a huge unrelated file.
MAX_BYTES = 5 * 1024 * 1024
MAX_EVENTS = structure.MAX_EVENTS
MAX_ATTENDEES = structure.MAX_ATTENDEES

_METHODS = {
    "": InviteMethod.PUBLISH,
    "PUBLISH": InviteMethod.PUBLISH,
    "REQUEST": InviteMethod.REQUEST,
    "REPLY": InviteMethod.REPLY,
    "CANCEL": InviteMethod.CANCEL,
}


def read_ics(
    path: Path, progress: Progress | None = None, now: datetime | None = None
) -> list[CalendarInvite]:
    """Every event of the iCalendar file at ``path``."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise CalendarImportError(
                f"{path.name} is {size / 1024 / 1024:.1f} MB; Rapport reads calendar files of at "
                f"most {MAX_BYTES // 1024 // 1024} MB (an invite is a few kilobytes). Is this "
                "really a calendar file?"
            )
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise CalendarImportError(f"{short(str(path), 200)} does not exist.") from exc
    except IsADirectoryError as exc:
        raise CalendarImportError(f"{path.name} is a folder, not a calendar file.") from exc
    except PermissionError as exc:
        raise CalendarImportError(f"{path.name} may not be read (no permission).") from exc
    except OSError as exc:
        raise CalendarImportError(
            f"{path.name} could not be read ({short(exc.strerror or 'system error', 80)})."
        ) from exc
    return parse_ics(data, path.name, progress, now)


def parse_ics(
    data: bytes | str,
    source: str = "The file",
    progress: Progress | None = None,
    now: datetime | None = None,
) -> list[CalendarInvite]:
    """Every event of an iCalendar text; raises :class:`CalendarImportError` on any problem.

    ``progress`` hears of each event read (and may cancel); ``now`` decides which occurrence of a
    recurring meeting is the next one.
    """
    source = short(source, 120)
    progress = progress or NoProgress()
    try:
        return _parse(data, source, progress, now or datetime.now(UTC))
    except (CalendarImportError, Cancelled):
        raise
    except Exception as exc:  # the last guard: whatever icalendar or Python made of the input
        log.warning("calendar file refused after %s", type(exc).__name__)
        raise CalendarImportError(
            f"{source} could not be read as a calendar: it is damaged or written in a way "
            "Rapport does not understand. Export the invite again from your calendar."
        ) from exc


def _parse(
    data: bytes | str, source: str, progress: Progress, now: datetime
) -> list[CalendarInvite]:
    if len(data) > MAX_BYTES:
        raise CalendarImportError(
            f"{source} is larger than {MAX_BYTES // 1024 // 1024} MB; an invite is a few "
            "kilobytes. Is this really a calendar file?"
        )
    if isinstance(data, bytes):
        content, notes = text.decode(data, source)
    else:
        content, notes = data.lstrip("\ufeff"), []
    shape = structure.check(text.unfold(content), source)
    notes.extend(shape.notes)
    method = _method(shape.method, source)
    total = len(shape.event_lines)
    progress.report(0, total, f"Reading {source}…")
    calendar = _calendar("\r\n".join(shape.lines) + "\r\n", source)
    every = list(calendar.walk("VEVENT"))
    lines = dict(enumerate(shape.event_lines, start=1))
    events = [(i, e) for i, e in enumerate(every, start=1) if "RECURRENCE-ID" not in e]
    if not events:  # only single dates of a series (a cancelled occurrence, say)
        events = list(enumerate(every, start=1))
    invites: list[CalendarInvite] = []
    for done, (index, event) in enumerate(events, start=1):
        where = f"{source}, event {index}" + (f" (line {lines[index]})" if index in lines else "")
        invite = read_event(event, where, method, now)
        if notes:
            invite = _with_notes(invite, notes)
        invites.append(invite)
        progress.report(done, len(events), f"Reading {source}: event {done} of {len(events)}")
    return invites


def _with_notes(invite: CalendarInvite, notes: list[str]) -> CalendarInvite:
    from dataclasses import replace

    return replace(invite, notes=(*notes, *invite.notes))


def _method(value: str, source: str) -> InviteMethod:
    if value in _METHODS:
        return _METHODS[value]
    if value == "COUNTER":
        raise CalendarImportError(
            f"{source} is an attendee's proposal of another time (METHOD:COUNTER). Accept or "
            "decline it in your calendar; Rapport imports invitations, answers and "
            "cancellations."
        )
    raise CalendarImportError(
        f"{source} is a calendar message of the kind “{short(value, 20)}”; Rapport imports "
        "invitations (REQUEST, PUBLISH), answers (REPLY) and cancellations (CANCEL)."
    )


def _calendar(content: str, source: str) -> Any:
    from icalendar import Calendar

    try:
        calendars = Calendar.from_ical(content, multiple=True)
    except ValueError as exc:
        raise CalendarImportError(
            f"{source} could not be read as iCalendar: a line in it is malformed. Export the "
            "invite again from your calendar."
        ) from exc
    if not calendars:
        raise CalendarImportError(f"{source} holds no calendar.")
    merged = calendars[0]
    for extra in calendars[1:]:
        for component in extra.subcomponents:
            merged.add_component(component)
    return merged
