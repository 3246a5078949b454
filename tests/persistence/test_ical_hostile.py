"""Hostile and broken invites: every one is refused with the reader's own error and a message in
words (which file, which line or attendee, what is wrong, what to do), or read with its text
cleaned; none raises anything else, none takes long."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from domain.progress import Cancelled
from persistence.ical.errors import MAX_MESSAGE
from persistence.ical_import import (
    MAX_ATTENDEES,
    MAX_BYTES,
    MAX_EVENTS,
    CalendarImportError,
    parse_ics,
    read_ics,
)
from tests.persistence.ics_text import calendar, event

PYTHON_TALK = re.compile(
    r"Traceback|Error\b|datetime\.|vCalAddress|vText|unpack|\bNone\b|out of range|\[|\]"
)


def _refused(text: str | bytes, name: str = "invite.ics") -> str:
    with pytest.raises(CalendarImportError) as refused:
        parse_ics(text, name)
    message = str(refused.value)
    assert message.startswith(name)
    assert not PYTHON_TALK.search(message), message
    assert len(message) <= MAX_MESSAGE
    return message


@pytest.mark.parametrize(
    ("start", "expected"),
    [
        ("DTSTART:00010101T000000", "in the year 1; Rapport takes meetings between 1900 and 2200"),
        ("DTSTART:99991231T235959Z", "in the year 9999"),
        ("DTSTART;VALUE=DATE:00010101", "in the year 1"),
        ("DTSTART;VALUE=TIME:100000", "a time of day without a date"),
        ("DTSTART:20251305T090000Z", "start \\(DTSTART\\) cannot be read"),
        ("DTSTART;TZID=Nowhere/Atlantis:20251205T090000", ""),  # unknown zone: read as UTC
    ],
)
def test_impossible_dates_are_refused_in_words(start: str, expected: str) -> None:
    text = calendar(start, "SUMMARY:Budget review")
    if not expected:
        [invite] = parse_ics(text, "invite.ics")
        assert invite.start is not None
        return
    assert re.search(expected, _refused(text))


def test_an_end_in_year_9999_and_an_absurd_duration_are_refused() -> None:
    assert "in the year 9999" in _refused(
        event("DTEND:99991231T000000Z").replace("DTEND:20251205T100000Z\r\n", "")
    )
    long = calendar("DTSTART:20251205T090000Z", "DURATION:P99999999D", "SUMMARY:Forever")
    message = _refused(long)
    assert "lasts" in message or "length" in message
    assert "at most a year" in message or "cannot be read" in message
    assert "ends before it starts" in _refused(
        calendar("DTSTART:20251205T090000Z", "DURATION:-PT1H")
    )


def test_too_many_events_and_attendees_are_refused_naming_the_limit() -> None:
    many_events = calendar("DTSTART:20251205T090000Z", events=MAX_EVENTS + 1)
    assert f"more than {MAX_EVENTS} events" in _refused(many_events)
    crowd = [f"ATTENDEE;CN=Person {n}:mailto:p{n}@example.com" for n in range(MAX_ATTENDEES + 1)]
    message = _refused(event(*crowd))
    assert f"more than {MAX_ATTENDEES} attendees" in message and "line 5" in message


def test_thirty_thousand_attendees_are_refused_before_parsing() -> None:
    crowd = [f"ATTENDEE;CN=Person {n}:mailto:p{n}@example.com" for n in range(30_000)]
    assert "attendees" in _refused(event(*crowd))


def test_a_file_over_the_size_limit_is_refused_unread(tmp_path: Path) -> None:
    big = tmp_path / "huge.ics"
    big.write_bytes(b"BEGIN:VCALENDAR\r\n" + b"X-FILL:" + b"x" * MAX_BYTES + b"\r\n")
    with pytest.raises(CalendarImportError, match=r"huge\.ics is 5\.0 MB; Rapport reads"):
        read_ics(big)
    with pytest.raises(CalendarImportError, match="larger than 5 MB"):
        parse_ics(big.read_bytes(), "huge.ics")


def test_five_megabytes_of_folded_lines_are_unfolded_and_read() -> None:
    folded = "\r\n ".join(["x" * 70] * 60_000)
    [invite] = parse_ics(event(f"DESCRIPTION:{folded}"), "folded.ics")
    assert invite.description.startswith("x" * 100)
    assert len(invite.description) <= 20_000  # cut to the agenda's length


def test_control_characters_are_removed_from_every_text() -> None:
    [invite] = parse_ics(
        calendar(
            "DTSTART:20251205T090000Z",
            "SUMMARY:Bud\x00get\x1b[31m review\x07",
            "LOCATION:Room\x00 4\u202e1",
            "DESCRIPTION:Line one\\nLine\x00 two\x0b",
            "ATTENDEE;CN=Ada\x00 Lovelace:mailto:ada@example.com",
        ),
        "nul.ics",
    )
    assert invite.title == "Budget[31m review"
    assert invite.location == "Room 41"
    assert invite.description == "Line one\nLine two"
    assert invite.attendees[0].name == "Ada Lovelace"


def test_a_megabyte_name_is_cut_and_messages_stay_short() -> None:
    huge = "A" * 1_000_000
    [invite] = parse_ics(event(f"ATTENDEE;CN={huge}:mailto:a@example.com"), "big.ics")
    assert len(invite.attendees[0].name) <= 120
    message = _refused(calendar(f"DTSTART;VALUE=TIME:{huge}", f"SUMMARY:{huge}"), "big.ics")
    assert "A" * 61 not in message


@pytest.mark.parametrize(
    "address", ["mailto:", "", "urn:uuid:0e2f", "mailto:not an address", "MAILTO:x@y@z"]
)
def test_attendees_without_a_usable_address_or_name_are_dropped(address: str) -> None:
    [invite] = parse_ics(event(f"ATTENDEE:{address}"), "a.ics")
    assert invite.attendees == ()


def test_a_line_that_python_could_not_split_gets_a_message_for_a_person() -> None:
    message = _refused(
        calendar("DTSTART:20251205T090000Z", 'ATTENDEE;CN="Unclosed:mailto:a@b.c', "BROKEN")
    )
    assert "line 9" in message and "not an iCalendar property" in message


def test_other_kinds_of_calendar_message_are_refused_in_words() -> None:
    assert "proposal of another time" in _refused(
        event().replace("METHOD:REQUEST", "METHOD:COUNTER")
    )
    assert "of the kind “REFRESH”" in _refused(event().replace("METHOD:REQUEST", "METHOD:REFRESH"))


def test_reading_can_be_cancelled_between_events() -> None:
    class CancelAfterFirst:
        def report(self, done: int, total: int | None = None, text: str = "") -> None:
            if done >= 1:
                raise Cancelled

    with pytest.raises(Cancelled):
        parse_ics(calendar("DTSTART:20251205T090000Z", events=3), "x.ics", CancelAfterFirst())
