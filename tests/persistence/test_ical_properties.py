"""Property-based and mutation tests of the calendar reader: whatever the bytes, it returns
invites with clean text or raises its own error — nothing else, and never hangs.

The mutation test takes every fixture in tests/fixtures/ics and makes a few hundred damaged copies
with a seeded mutator (cut short, bytes flipped, lines repeated, dropped or swapped, values made
huge, dates made impossible), as a calendar file can arrive after a mail gateway, a careless
script or a hostile sender.
"""

from __future__ import annotations

import random
import time
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from domain.usecases.invites.invite import CalendarInvite
from persistence.ical_import import CalendarImportError, parse_ics
from tests.persistence.ics_text import calendar

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ics"
#: Far beyond any real reading time (tens of milliseconds): only a hang or a quadratic blow-up
#: reaches it. Speed itself is measured in bench/, not here.
HANG = 30.0
MUTANTS_PER_FIXTURE = 20


_REORDERING = {*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F}


def _clean(text: str, multiline: bool = False) -> bool:
    """No control characters (line breaks only where text may have lines), no reordering marks."""
    return not any(
        (unicodedata.category(ch) == "Cc" and not (multiline and ch in "\n\t"))
        or ord(ch) in _REORDERING
        for ch in text
    )


def _check(invite: CalendarInvite) -> None:
    texts = [invite.title, invite.uid, invite.conference_url]
    texts += [a.name for a in invite.attendees] + [a.email for a in invite.attendees]
    for text in texts:
        assert _clean(text), repr(text)
    assert _clean(invite.description, multiline=True) and _clean(invite.location, multiline=True)
    assert len(invite.title) <= 300 and len(invite.description) <= 20_000
    if invite.start is not None and invite.end is not None:
        assert invite.end >= invite.start


def _read(data: bytes | str) -> None:
    began = time.monotonic()
    try:
        for invite in parse_ics(data, "mutant.ics"):
            _check(invite)
    except CalendarImportError as refused:
        assert str(refused).startswith("mutant.ics")
    assert time.monotonic() - began < HANG


# -- mutation -------------------------------------------------------------------------------------
_BAD_VALUES = [
    b"00010101T000000",
    b"99991231T235959Z",
    b"20251301T250000",
    b"P99999999D",
    b"-PT1H",
    b"\x00\x00",
    b"\xff\xfe\xfd",
    b"x" * 200_000,
    b'"',
    b";;;:::",
    b"FREQ=SECONDLY;INTERVAL=1",
    b"FREQ=DAILY;BYMONTH=2;BYMONTHDAY=31",
]


def _mutate(data: bytes, rng: random.Random) -> bytes:
    lines = data.split(b"\n")
    for _ in range(rng.randint(1, 3)):
        operation = rng.randrange(8)
        at = rng.randrange(len(lines))
        if operation == 0:  # cut short
            return b"\n".join(lines)[: rng.randrange(len(data) or 1)]
        if operation == 1:  # flip bytes
            line = bytearray(lines[at])
            for _ in range(rng.randint(1, 4)):
                if line:
                    line[rng.randrange(len(line))] = rng.randrange(256)
            lines[at] = bytes(line)
        elif operation == 2:  # repeat a line
            lines[at:at] = [lines[at]] * rng.randint(1, 50)
        elif operation == 3:  # drop a line
            del lines[at]
            lines = lines or [b""]
        elif operation == 4:  # swap two lines
            other = rng.randrange(len(lines))
            lines[at], lines[other] = lines[other], lines[at]
        elif operation == 5 and b":" in lines[at]:  # an odd value
            name = lines[at].split(b":", 1)[0]
            lines[at] = name + b":" + rng.choice(_BAD_VALUES)
        elif operation == 6:  # a date made impossible
            lines.insert(at, b"DTSTART:" + rng.choice(_BAD_VALUES[:4]))
        else:  # a recurrence rule of any sort
            lines.insert(at, b"RRULE:" + rng.choice(_BAD_VALUES[-2:]))
    return b"\n".join(lines)


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("*.ics")), ids=lambda p: p.stem)
def test_mutated_fixtures_are_read_or_refused_with_the_readers_error(fixture: Path) -> None:
    rng = random.Random(f"rapport-{fixture.name}")
    data = fixture.read_bytes()
    for _ in range(MUTANTS_PER_FIXTURE):
        _read(_mutate(data, rng))


# -- properties -----------------------------------------------------------------------------------
_NAMES = st.sampled_from(
    ["SUMMARY", "DTSTART", "DTEND", "DURATION", "LOCATION", "DESCRIPTION", "ATTENDEE",
     "ORGANIZER", "RRULE", "EXDATE", "STATUS", "UID", "RECURRENCE-ID", "X-ODD", "BEGIN", "END"]
)  # fmt: skip
_PARAMS = st.lists(
    st.tuples(
        st.sampled_from(["CN", "TZID", "VALUE", "ROLE", "PARTSTAT", "CUTYPE", "EMAIL", "X-Y"]),
        st.text(max_size=30),
    ),
    max_size=3,
)


@st.composite
def _content_line(draw: st.DrawFn) -> str:
    params = "".join(f';{key}="{value}"' for key, value in draw(_PARAMS))
    return f"{draw(_NAMES)}{params}:{draw(st.text(max_size=60))}"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_content_line(), max_size=12))
def test_any_content_lines_inside_an_event_give_invites_or_the_readers_error(
    lines: list[str],
) -> None:
    _read(calendar(*lines))


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=2000))
def test_any_bytes_give_invites_or_the_readers_error(data: bytes) -> None:
    _read(data)


@settings(max_examples=100, deadline=None)
@given(
    name=st.text(max_size=200),
    address=st.one_of(st.emails(), st.text(max_size=80)),
    partstat=st.sampled_from(["ACCEPTED", "DECLINED", "TENTATIVE", "NEEDS-ACTION", "", "ODD"]),
)
def test_any_attendee_is_read_clean_or_left_out(name: str, address: str, partstat: str) -> None:
    quoted = name.replace('"', "")
    text = calendar(
        "DTSTART:20251205T090000Z",
        f'ATTENDEE;CN="{quoted}";PARTSTAT={partstat or "X"}:mailto:{address}',
    )
    try:
        [invite] = parse_ics(text, "attendee.ics")
    except CalendarImportError:
        return
    _check(invite)
    for attendee in invite.attendees:
        assert attendee.name or attendee.email
        assert len(attendee.name) <= 120
        assert attendee.email == "" or ("@" in attendee.email and " " not in attendee.email)
