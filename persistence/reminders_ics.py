"""Reminders as an iCalendar file (RFC 5545) for Outlook, Google, Apple and Thunderbird.

Written by hand rather than through the icalendar library: it is ten times faster on the tens of
thousands of events a big workspace has (bench ``reminders.export``), and every line is ours to
get right. The tests read the files back with the icalendar library.

What makes a re-import update instead of duplicate:

- ``UID``: ``rapport-<workspace id>-<item key>``, where the key names the thing reminded of (a
  touchpoint, a recipient of a standing message, a commitment) and never its date; the
  workspace id is the workspace's own lasting id (the setting ``workspace_uid``), so two
  workspaces never share UIDs.
- ``SEQUENCE`` grows with every export (whole minutes since 2020), and ``DTSTAMP`` and
  ``LAST-MODIFIED`` are the export's moment in UTC: Outlook and Apple Calendar take an event
  again only when its sequence is not lower than the one they hold.
- ``METHOD:PUBLISH`` and one ``PRODID``: Outlook reads a file without a method as an invitation
  to accept one by one; Google and Apple treat a published calendar as events to import.

Events are all-day (``DTSTART;VALUE=DATE`` and ``DTEND`` the day after, as Google and Outlook
write them): a reminder has a day, not an hour, and a day needs no time zone. Each event not
done yet carries a ``VALARM`` (``ACTION:DISPLAY`` with the ``DESCRIPTION`` that action requires)
at 09:00 the day before (``TRIGGER:-PT15H`` from the day's start, as Outlook's own all-day
reminders count back from midnight); a done one is written ticked and without an alarm, so that
the calendar's copy loses its alarm on re-import. Text is escaped (backslash, semicolon, comma,
line breaks) and lines are folded at 75 octets without splitting a UTF-8 character, with CRLF
line ends.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from domain.usecases.reminders import Reminder, ReminderSet
from persistence.output_files import atomic_output, check_output_target

PRODID = "-//Rapport//Relationship reminders//EN"
_SEQUENCE_EPOCH = datetime(2020, 1, 1, tzinfo=UTC)
_ONE_DAY = timedelta(days=1)
#: Line breaks become \n; other control characters (and DEL) are dropped.
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def escape_text(value: str) -> str:
    """A TEXT value (RFC 5545 §3.3.11): backslash, semicolon and comma escaped, line breaks
    written as ``\\n``, other control characters removed."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    # Chained replace rather than str.translate: translate is slow on non-ASCII text (→, ✓).
    return (
        _CONTROLS.sub("", value)
        .replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\n", "\\n")
    )


def fold(line: str) -> str:
    """One content line folded at 75 octets (RFC 5545 §3.1), never inside a UTF-8 character,
    with CRLF after each part."""
    if len(line) <= 75 and line.isascii():
        return line + "\r\n"
    data = line.encode("utf-8")
    if len(data) <= 75:
        return line + "\r\n"
    parts: list[str] = []
    start, limit = 0, 75
    while start < len(data):
        end = min(start + limit, len(data))
        while end < len(data) and (data[end] & 0xC0) == 0x80:  # inside a character: step back
            end -= 1
        parts.append(data[start:end].decode("utf-8"))
        start, limit = end, 74  # continuation lines start with a space
    return "\r\n ".join(parts) + "\r\n"


def _day(value: date) -> str:
    return f"{value.year:04d}{value.month:02d}{value.day:02d}"


def _utc(value: datetime) -> str:
    value = value.astimezone(UTC)
    return (
        f"{value.year:04d}{value.month:02d}{value.day:02d}T"
        f"{value.hour:02d}{value.minute:02d}{value.second:02d}Z"
    )


def sequence_at(moment: datetime) -> int:
    """The SEQUENCE of an export made at ``moment``: never lower than an earlier export's."""
    return max(0, int((moment.astimezone(UTC) - _SEQUENCE_EPOCH).total_seconds() // 60))


def uid(workspace_uid: str, key: str) -> str:
    return f"rapport-{workspace_uid}-{key}"


def _event(reminder: Reminder, workspace_uid: str, head: str) -> str:
    """One VEVENT as folded text. ``head`` holds the lines every event shares (DTSTAMP,
    LAST-MODIFIED, SEQUENCE), already ended; the fixed lines are short ASCII and need no fold."""
    summary = escape_text(reminder.summary)
    parts = [
        "BEGIN:VEVENT\r\n",
        fold(f"UID:{escape_text(uid(workspace_uid, reminder.key))}"),
        head,
        f"DTSTART;VALUE=DATE:{_day(reminder.day)}\r\n",
        f"DTEND;VALUE=DATE:{_day(reminder.day + _ONE_DAY)}\r\n",
        fold(f"SUMMARY:{summary}"),
    ]
    if reminder.description:
        parts.append(fold(f"DESCRIPTION:{escape_text(reminder.description)}"))
    if reminder.category:
        parts.append(fold(f"CATEGORIES:Rapport,{escape_text(reminder.category)}"))
    # TRANSPARENT: a reminder does not make the user busy.
    parts.append("TRANSP:TRANSPARENT\r\nSTATUS:CONFIRMED\r\n")
    if not reminder.done:
        parts.append("BEGIN:VALARM\r\nACTION:DISPLAY\r\n")
        parts.append(fold(f"DESCRIPTION:{summary}"))
        parts.append("TRIGGER:-PT15H\r\nEND:VALARM\r\n")
    parts.append("END:VEVENT\r\n")
    return "".join(parts)


def calendar_text(reminders: ReminderSet, moment: datetime) -> str:
    """The whole file: folded content lines, each ended by CRLF."""
    stamp = _utc(moment)
    head = f"DTSTAMP:{stamp}\r\nLAST-MODIFIED:{stamp}\r\nSEQUENCE:{sequence_at(moment)}\r\n"
    parts = [
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n",
        fold(f"PRODID:{PRODID}"),
        "CALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nX-WR-CALNAME:Rapport reminders\r\n",
    ]
    workspace_uid = reminders.workspace_uid
    parts.extend(_event(reminder, workspace_uid, head) for reminder in reminders.reminders)
    parts.append("END:VCALENDAR\r\n")
    return "".join(parts)


def write_reminders(
    reminders: ReminderSet,
    out_path: Path,
    *,
    replace: bool = False,
    protect: Iterable[Path | None] = (),
    moment: datetime | None = None,
) -> int:
    """Write the reminders to ``out_path`` as an .ics file, whole or not at all; returns how many
    events it holds. Never over a workspace (``protect``: the open one); over another existing
    file only when ``replace``. Raises a WorkspaceError saying why not."""
    out_path = check_output_target(Path(out_path), replace=replace, protect=protect)
    text = calendar_text(reminders, moment or datetime.now(UTC))
    with atomic_output(out_path) as out:
        out.write(text.encode("utf-8"))
    return len(reminders.reminders)
