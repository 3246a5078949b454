"""Reading .ics invites as Outlook, Google Calendar and Apple Calendar write them, and broken ones.

The fixtures in tests/fixtures/ics follow RFC 5545's examples and each calendar's documented quirks:
Outlook's Windows zone names, VTIMEZONE blocks and X-MS-OLK-/X-MICROSOFT- properties; Google's UTC
times, X-GOOGLE-CONFERENCE and CN/ROLE parameters; Apple's X-APPLE- properties, Olson TZIDs, EMAIL
parameters and lines folded mid-word.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from domain.model import AttendeeRole, Stakeholder
from domain.usecases.meeting_import import InviteRole, apply_imports, plan_import
from domain.usecases.meetings import list_meetings
from domain.usecases.stakeholders import add_stakeholder, list_stakeholders
from persistence.ical_import import CalendarImportError, parse_ics, read_ics
from tests.fakes import FakeUnitOfWorkFactory

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ics"


def test_outlook_invite_with_a_windows_time_zone_and_teams_boilerplate() -> None:
    (invite,) = read_ics(FIXTURES / "outlook_teams.ics")
    assert invite.title == "ERP business case review"
    # "W. Europe Standard Time" is UTC+1 in December.
    assert invite.start == datetime(2025, 12, 2, 9, 0, tzinfo=UTC)
    assert invite.end == datetime(2025, 12, 2, 10, 30, tzinfo=UTC)
    assert invite.location == "Board Room 4.01; Microsoft Teams Meeting"
    assert invite.uid.startswith("040000008200E00074C5B7101A82E008") and invite.uid.endswith("6C")
    assert invite.organiser is not None
    assert (invite.organiser.name, invite.organiser.email) == (
        "Lovelace, Ada",
        "ada.lovelace@northwind.example",
    )
    # The booked room (CUTYPE=RESOURCE) is not a person.
    assert [(a.name, a.role) for a in invite.attendees] == [
        ("Marley, Bob", InviteRole.REQUIRED),
        ("Grace Hopper", InviteRole.REQUIRED),
        ("Tim Berners-Lee", InviteRole.OPTIONAL),
    ]
    assert "before it goes to the board" in invite.description  # folded mid-sentence
    assert invite.conference_url.startswith("https://teams.microsoft.com/l/meetup-join/")


def test_google_invite_in_utc_with_meet_link_and_a_guest_named_by_address() -> None:
    (invite,) = read_ics(FIXTURES / "google_meet.ics")
    assert invite.start == datetime(2025, 12, 3, 14, 0, tzinfo=UTC)
    assert invite.end == datetime(2025, 12, 3, 14, 45, tzinfo=UTC)
    assert invite.conference_url == "https://meet.google.com/abc-defg-hij"
    assert invite.location == "Amsterdam-HQ-3-Canal Room (8)"  # the booked room is the place
    emails = [a.email for a in invite.attendees]
    assert emails == [
        "g.hopper@contoso-consulting.example",
        "ada.lovelace@northwind.example",
        "linus@kernel.example",
    ]
    # Google puts the address in CN when it knows no name: that is not a name.
    assert invite.attendees[1].name == ""
    assert invite.attendees[2].role is InviteRole.OPTIONAL


def test_apple_invite_with_olson_zone_chair_and_an_attendee_without_address() -> None:
    (invite,) = read_ics(FIXTURES / "apple_calendar.ics")
    assert invite.title == "Lunch with Fabrikam — support renewal"
    assert invite.start == datetime(2025, 12, 4, 11, 0, tzinfo=UTC)  # 12:00 Paris
    assert invite.location.startswith("Le Grand Véfour\n17 Rue de Beaujolais")
    chair, ada, bob = invite.attendees
    assert (chair.name, chair.role) == ("Margaret Hamilton", InviteRole.CHAIR)
    assert ada.email == "ada.lovelace@northwind.example"
    assert (bob.name, bob.email) == ("Bob Marley", "")  # urn:uuid:… is no e-mail


def test_rfc_5545_examples_durations_all_day_events_and_folded_parameters() -> None:
    conference, review, anniversary = read_ics(FIXTURES / "rfc5545_examples.ics")
    assert conference.description.startswith("Networld+Interop Conference and Exhibit\nAtlanta")
    assert review.start == datetime(1997, 9, 3, 20, 30, tzinfo=UTC)  # 16:30 New York (EDT)
    assert (review.end - review.start).total_seconds() == 3600  # DURATION:PT1H
    # Addresses folded in the middle ("jdoe@\n example.com") are put back together.
    assert [a.email for a in review.attendees] == [
        "hcabot@example.com",
        "jdoe@example.com",
        "iamboss@example.com",
    ]
    assert anniversary.all_day
    assert anniversary.end is not None
    assert (anniversary.end - anniversary.start).days == 1


@pytest.mark.parametrize(
    ("fixture", "expected"),
    [
        ("broken_folding.ics", "line 10.*folded without the leading space"),
        ("broken_missing_end.ics", "BEGIN:VEVENT on line 11 has no END:VEVENT"),
        ("broken_no_event.ics", "no event \\(VEVENT\\)"),
        ("broken_empty.ics", "is empty"),
        ("broken_not_calendar.ics", "not an iCalendar file"),
        ("broken_bad_date.ics", r"line 4\) \(“Budget meeting”\): its start \(DTSTART\) cannot"),
    ],
)
def test_a_broken_file_is_refused_with_a_message_naming_the_problem(
    fixture: str, expected: str
) -> None:
    with pytest.raises(CalendarImportError, match=expected) as caught:
        read_ics(FIXTURES / fixture)
    assert str(caught.value).startswith(fixture)


def test_a_missing_file_and_a_folder_are_refused_clearly(tmp_path: Path) -> None:
    with pytest.raises(CalendarImportError, match="does not exist"):
        read_ics(tmp_path / "nope.ics")
    with pytest.raises(CalendarImportError, match="is a folder"):
        read_ics(tmp_path)


def test_a_mismatched_end_names_both_lines() -> None:
    text = (
        "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:x\nDTSTART:20250101T100000Z\n"
        "END:VCALENDAR\nEND:VEVENT\n"
    )
    with pytest.raises(CalendarImportError, match="BEGIN:VEVENT on line 2 is missing its END"):
        parse_ics(text, "invite.ics")


def test_utf8_with_byte_order_mark_and_bare_newlines_is_read() -> None:
    data = (FIXTURES / "google_meet.ics").read_bytes().replace(b"\r\n", b"\n")
    (invite,) = parse_ics(b"\xef\xbb\xbf" + data, "bom.ics")
    assert invite.title == "Data platform migration — vendor check-in"


def test_importing_a_fixture_end_to_end_matches_people_and_leaves_nothing_on_failure() -> None:
    uow = FakeUnitOfWorkFactory()
    add_stakeholder(uow(), Stakeholder("Ada Lovelace", email="ada.lovelace@northwind.example"))
    add_stakeholder(uow(), Stakeholder("Bob Marley"))
    (invite,) = read_ics(FIXTURES / "outlook_teams.ics")
    plan = plan_import(uow(), invite)
    assert [m.display_name for m in plan.matches if m.stakeholder] == ["Ada Lovelace", "Bob Marley"]
    (result,) = apply_imports(uow(), [plan], {m.key for m in plan.unknown})
    roles = {a.name: a.role for a in result.meeting.attendees}
    assert roles == {
        "Ada Lovelace": AttendeeRole.ORGANISER,
        "Bob Marley": AttendeeRole.REQUIRED,
        "Grace Hopper": AttendeeRole.REQUIRED,
        "Tim Berners-Lee": AttendeeRole.OPTIONAL,
    }
    assert result.meeting.agenda.splitlines()[-1] == "3. Decision and next steps"
    assert len(list_stakeholders(uow())) == 4

    # A broken file raises before anything reaches the workspace.
    with pytest.raises(CalendarImportError):
        read_ics(FIXTURES / "broken_missing_end.ics")
    assert len(list_meetings(uow())) == 1
