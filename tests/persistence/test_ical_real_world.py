"""Invites as real calendars send them: answers, cancellations, series, old encodings, odd shapes.

Each fixture in tests/fixtures/ics reproduces one producer's quirks (see README.md there), written
for these tests after studying public test suites of calendar software.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from domain.model import AttendeeResponse, Stakeholder
from domain.usecases.meeting_import import (
    InviteMethod,
    PlanKind,
    apply_imports,
    describe,
    plan_imports,
)
from domain.usecases.meetings import list_meetings
from domain.usecases.stakeholders import add_stakeholder, list_stakeholders
from persistence.ical_import import read_ics
from tests.fakes import FakeUnitOfWorkFactory

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ics"
NOW = datetime(2025, 11, 25, 12, 0, tzinfo=UTC)


def _import(uow: FakeUnitOfWorkFactory, name: str) -> list[str]:
    """Read and import one fixture as the import dialog would (nobody added); its report."""
    plans = plan_imports(uow(), read_ics(FIXTURES / name, now=NOW))
    results = apply_imports(uow(), plans)
    assert len(results) == sum(p.goes_in for p in plans)
    return [describe(p, done=True) for p in plans]


@pytest.fixture
def uow() -> FakeUnitOfWorkFactory:
    factory = FakeUnitOfWorkFactory()
    add_stakeholder(factory(), Stakeholder("Ada Lovelace", email="ada.lovelace@northwind.example"))
    add_stakeholder(factory(), Stakeholder("Bob Marley", email="bob.marley@northwind.example"))
    return factory


def test_an_exchange_decline_updates_the_answer_and_adds_no_meeting_and_nobody(
    uow: FakeUnitOfWorkFactory,
) -> None:
    _import(uow, "outlook_teams.ics")
    people = len(list_stakeholders(uow()))
    [reply] = read_ics(FIXTURES / "exchange_reply_declined.ics", now=NOW)
    assert reply.method is InviteMethod.REPLY
    report = _import(uow, "exchange_reply_declined.ics")
    assert report == ["recorded on “ERP business case review”: Bob Marley declined"]
    [meeting] = list_meetings(uow())
    assert meeting.title == "ERP business case review"  # not "Declined: …"
    answers = {a.name: a.response for a in meeting.attendees}
    assert answers["Bob Marley"] is AttendeeResponse.DECLINED
    assert answers["Ada Lovelace"] is AttendeeResponse.NONE
    assert len(list_stakeholders(uow())) == people


def test_an_apple_reply_without_any_date_is_matched_by_its_uid(uow: FakeUnitOfWorkFactory) -> None:
    _import(uow, "google_meet.ics")
    [reply] = read_ics(FIXTURES / "apple_reply_tentative.ics", now=NOW)
    assert reply.start is None and reply.method is InviteMethod.REPLY
    assert _import(uow, "apple_reply_tentative.ics") == [
        "recorded on “Data platform migration — vendor check-in”: Ada Lovelace tentatively accepted"
    ]
    [meeting] = list_meetings(uow())
    by_email = {a.email: a.response for a in meeting.attendees}
    assert by_email["ada.lovelace@northwind.example"] is AttendeeResponse.TENTATIVE
    # Google's own copy said Grace accepted and Linus was tentative: kept from the invitation.
    assert by_email["g.hopper@contoso-consulting.example"] is AttendeeResponse.ACCEPTED
    assert by_email["linus@kernel.example"] is AttendeeResponse.TENTATIVE


def test_a_reply_to_a_meeting_rapport_does_not_have_says_so_and_stores_nothing(
    uow: FakeUnitOfWorkFactory,
) -> None:
    [plan] = plan_imports(uow(), read_ics(FIXTURES / "exchange_reply_declined.ics", now=NOW))
    assert plan.kind is PlanKind.REFUSED
    assert describe(plan, done=False) == (
        "not imported: It answers “ERP business case review”, which is not in Rapport: import "
        "the invitation first, then the answer."
    )
    assert apply_imports(uow(), [plan]) == []
    assert list_meetings(uow()) == []


def test_a_google_cancellation_marks_the_meeting_cancelled(uow: FakeUnitOfWorkFactory) -> None:
    _import(uow, "google_meet.ics")
    assert _import(uow, "google_cancel.ics") == [
        "marked “Data platform migration — vendor check-in” on "
        f"{datetime(2025, 12, 3, 14, 0, tzinfo=UTC).astimezone():%a %d %b %Y, %H:%M} as "
        "cancelled"
    ]
    [meeting] = list_meetings(uow())
    assert meeting.cancelled
    # Without the meeting, a cancellation has nothing to do.
    [plan] = plan_imports(FakeUnitOfWorkFactory()(), read_ics(FIXTURES / "google_cancel.ics"))
    assert plan.kind is PlanKind.REFUSED and "nothing to cancel" in plan.refusal


def test_an_outlook_series_comes_in_as_its_next_occurrence_and_keeps_its_rule(
    uow: FakeUnitOfWorkFactory,
) -> None:
    [series] = read_ics(FIXTURES / "outlook_recurring_weekly.ics", now=NOW)  # the move is skipped
    assert series.recurrence == "FREQ=WEEKLY;UNTIL=20261229T090000Z;INTERVAL=1;BYDAY=TU;WKST=MO"
    # Tuesdays 10:00 Amsterdam from 2 December: the next after 25 November is the first one.
    assert series.start == datetime(2025, 12, 2, 9, 0, tzinfo=UTC)
    later = read_ics(
        FIXTURES / "outlook_recurring_weekly.ics", now=datetime(2025, 12, 24, tzinfo=UTC)
    )
    # 30 December is excluded (EXDATE): the next is 6 January.
    assert later[0].start == datetime(2026, 1, 6, 9, 0, tzinfo=UTC)
    assert later[0].end == datetime(2026, 1, 6, 9, 30, tzinfo=UTC)
    ended = read_ics(
        FIXTURES / "outlook_recurring_weekly.ics", now=datetime(2027, 6, 1, tzinfo=UTC)
    )
    assert ended[0].start == datetime(2026, 12, 29, 9, 0, tzinfo=UTC)  # the last one
    assert _import(uow, "outlook_recurring_weekly.ics")[0].endswith(
        "(2 attendees, recurring: next occurrence)"
    )
    [meeting] = list_meetings(uow())
    assert meeting.recurrence.startswith("FREQ=WEEKLY")


def test_an_invite_without_uid_is_not_duplicated_when_imported_again(
    uow: FakeUnitOfWorkFactory,
) -> None:
    first = _import(uow, "handheld_no_uid.ics")
    again = _import(uow, "handheld_no_uid.ics")
    assert first[0].startswith("imported “Call with Fabrikam procurement”")
    assert again[0].startswith("updated “Call with Fabrikam procurement”")
    [meeting] = list_meetings(uow())
    assert meeting.ical_uid == ""


@pytest.mark.parametrize(
    ("fixture", "title", "place"),
    [
        ("mozilla_latin1.ics", "Entretien annuel avec Frédérique Müller", "Salle Érasme"),
        ("windows1252_outlook2003.ics", "Réunion budgétaire – café", ""),
    ],
)
def test_latin1_and_windows_1252_files_are_read_with_a_note_saying_so(
    fixture: str, title: str, place: str
) -> None:
    [invite] = read_ics(FIXTURES / fixture, now=NOW)
    assert (invite.title, invite.location) == (title, place)
    [note] = invite.notes
    assert note.startswith(f"{fixture} is not UTF-8 text")
    assert "read as Windows-1252" in note


def test_a_bare_event_without_its_calendar_is_read(uow: FakeUnitOfWorkFactory) -> None:
    [invite] = read_ics(FIXTURES / "bare_vevent.ics", now=NOW)
    assert invite.title == "An event without its calendar"
    assert "without the calendar around it" in invite.notes[0]


def test_thunderbird_zones_and_the_chairs_own_answer() -> None:
    [invite] = read_ics(FIXTURES / "thunderbird_lightning.ics", now=NOW)
    assert invite.start == datetime(2025, 12, 11, 13, 0, tzinfo=UTC)  # 14:00 Berlin
    assert invite.organiser is not None and invite.organiser.response is AttendeeResponse.ACCEPTED
    assert [a.email for a in invite.attendees] == [
        "margaret@apollo.example",
        "linus@kernel.example",
    ]


def test_zimbra_quoted_zone_sent_by_and_html_description_are_read_safely() -> None:
    [invite] = read_ics(FIXTURES / "zimbra_sent_by.ics", now=NOW)
    assert invite.start == datetime(2025, 12, 16, 8, 30, tzinfo=UTC)  # 09:30 Brussels
    assert invite.organiser is not None
    assert invite.organiser.email == "dirk.peeters@eu-agency.example"  # not the assistant
    assert invite.description == ""  # the HTML alternative is never read
    assert "<img" not in repr(invite)


def test_lotus_notes_hierarchical_names_become_people_names(uow: FakeUnitOfWorkFactory) -> None:
    [plan] = plan_imports(uow(), read_ics(FIXTURES / "lotus_notes.ics", now=NOW))
    assert [m.display_name for m in plan.matches] == ["Jan Kowalski", "Ada Lovelace"]
    assert [m.stakeholder is not None for m in plan.matches] == [False, True]


def test_rooms_booked_on_an_invite_are_the_place_not_people() -> None:
    [invite] = read_ics(FIXTURES / "google_meet.ics", now=NOW)
    assert invite.location == "Amsterdam-HQ-3-Canal Room (8)"
    assert all("Room" not in a.name for a in invite.attendees)
    [outlook] = read_ics(FIXTURES / "outlook_teams.ics", now=NOW)
    assert outlook.location == "Board Room 4.01; Microsoft Teams Meeting"  # named once
