"""Turning calendar invites into meetings: matching attendees, roles, new stakeholders, updates."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from domain.errors import ValidationError
from domain.model import AttendeeResponse, AttendeeRole, Organisation, Stakeholder
from domain.usecases.meeting_import import (
    CalendarInvite,
    InviteAttendee,
    InviteMethod,
    InviteRole,
    MatchedBy,
    PlanKind,
    agenda_from_description,
    apply_import,
    apply_imports,
    describe,
    display_name,
    name_from_email,
    normalised_name,
    plan_import,
    redo_imports,
    undo_imports,
)
from domain.usecases.meetings import get_meeting, list_meetings, update_meeting
from domain.usecases.organisations import add_organisation
from domain.usecases.stakeholders import add_stakeholder, list_stakeholders
from tests.domain.support import T0
from tests.fakes import FakeUnitOfWorkFactory


def _invite(*attendees: InviteAttendee, organiser: InviteAttendee | None = None) -> CalendarInvite:
    return CalendarInvite(
        title="ERP business case review",
        start=T0,
        end=T0 + timedelta(hours=1),
        location="Board Room 4.01",
        description="Agree the cost bridge.\n\n" + "_" * 40 + "\nMicrosoft Teams meeting\nJoin",
        organiser=organiser,
        attendees=attendees,
        uid="uid-1@example.com",
    )


@pytest.fixture
def people(uow: FakeUnitOfWorkFactory) -> dict[str, Stakeholder]:
    northwind = add_organisation(uow(), Organisation("Northwind"))
    return {
        "ada": add_stakeholder(
            uow(),
            Stakeholder(
                "Ada Lovelace", email="ada@northwind.example", organisation_id=northwind.id
            ),
        ),
        "bob": add_stakeholder(uow(), Stakeholder("Bob Marley")),
        "grace": add_stakeholder(uow(), Stakeholder("Grace Hopper", email="grace@navy.example")),
    }


def test_attendees_match_by_email_first_then_by_name(
    uow: FakeUnitOfWorkFactory, people: dict[str, Stakeholder]
) -> None:
    plan = plan_import(
        uow(),
        _invite(
            # The e-mail wins over a CN that names someone else.
            InviteAttendee("Somebody Else", "ADA@northwind.example"),
            # Outlook writes "Last, First".
            InviteAttendee("Marley, Bob", "bob.marley@northwind.example"),
            # Same name, but a different address from the one on file: another person.
            InviteAttendee("Grace Hopper", "g.hopper@contoso.example"),
        ),
    )
    by_name = {m.display_name: m for m in plan.matches}
    assert by_name["Ada Lovelace"].stakeholder == people["ada"]
    assert by_name["Ada Lovelace"].matched_by is MatchedBy.EMAIL
    assert by_name["Bob Marley"].stakeholder == people["bob"]
    assert by_name["Bob Marley"].matched_by is MatchedBy.NAME
    assert by_name["Grace Hopper"].stakeholder is None
    assert [m.display_name for m in plan.unknown] == ["Grace Hopper"]


def test_organiser_and_roles_are_kept_and_the_organiser_listed_twice_counts_once(
    uow: FakeUnitOfWorkFactory, people: dict[str, Stakeholder]
) -> None:
    organiser = InviteAttendee("Ada Lovelace", "ada@northwind.example", organiser=True)
    plan = plan_import(
        uow(),
        _invite(
            InviteAttendee("Ada Lovelace", "ada@northwind.example"),
            InviteAttendee("Bob Marley", "", InviteRole.OPTIONAL),
            InviteAttendee("Henry Cabot", "hcabot@example.com", InviteRole.CHAIR),
            InviteAttendee("The Big Cheese", "boss@example.com", InviteRole.NON_PARTICIPANT),
            organiser=organiser,
        ),
    )
    roles = {m.display_name: m.role for m in plan.matches}
    assert roles == {
        "Ada Lovelace": AttendeeRole.ORGANISER,
        "Bob Marley": AttendeeRole.OPTIONAL,
        "Henry Cabot": AttendeeRole.ORGANISER,
        "The Big Cheese": AttendeeRole.OPTIONAL,
    }
    meeting = apply_import(uow(), plan).meeting
    assert [(a.name, a.role) for a in meeting.attendees] == list(roles.items())


def test_unknown_attendees_become_stakeholders_only_when_chosen(
    uow: FakeUnitOfWorkFactory, people: dict[str, Stakeholder]
) -> None:
    plan = plan_import(
        uow(),
        _invite(
            InviteAttendee("", "jane.doe@northwind.example"),
            InviteAttendee("Pat Outsider", "pat@elsewhere.example"),
        ),
    )
    jane, _pat = plan.unknown
    assert jane.display_name == "Jane Doe"
    result = apply_import(uow(), plan, add_as_stakeholders={jane.key})

    assert [p.name for p in result.added_stakeholders] == ["Jane Doe"]
    added = result.added_stakeholders[0]
    # Same e-mail domain as Ada: same organisation.
    assert added.organisation_id == people["ada"].organisation_id
    assert added.email == "jane.doe@northwind.example"
    attendees = {a.name: a for a in get_meeting(uow(), result.meeting.id or 0).attendees}
    assert attendees["Jane Doe"].stakeholder_id == added.id
    assert attendees["Pat Outsider"].stakeholder_id is None
    assert attendees["Pat Outsider"].email == "pat@elsewhere.example"
    assert len(list_stakeholders(uow())) == 4


def test_the_meeting_takes_title_times_place_uid_and_the_agenda_without_joining_boilerplate(
    uow: FakeUnitOfWorkFactory, people: dict[str, Stakeholder]
) -> None:
    meeting = apply_import(uow(), plan_import(uow(), _invite())).meeting
    assert meeting.title == "ERP business case review"
    assert meeting.start == T0
    assert meeting.end == T0 + timedelta(hours=1)
    assert meeting.place == "Board Room 4.01"
    assert meeting.ical_uid == "uid-1@example.com"
    assert meeting.agenda == "Agree the cost bridge."


def test_importing_the_same_invite_again_updates_the_meeting_and_keeps_preparation(
    uow: FakeUnitOfWorkFactory, people: dict[str, Stakeholder]
) -> None:
    ada = InviteAttendee("Ada Lovelace", "ada@northwind.example")
    first = apply_import(uow(), plan_import(uow(), _invite(ada))).meeting
    first.attendees[0].talking_points = "Lead with the savings"
    first.objective = "Get a yes on phase 1"
    update_meeting(uow(), first)

    moved = CalendarInvite(
        title="ERP business case review (moved)",
        start=T0 + timedelta(days=1),
        attendees=(ada, InviteAttendee("Bob Marley")),
        uid="uid-1@example.com",
    )
    plan = plan_import(uow(), moved)
    assert plan.existing_meeting_id == first.id
    result = apply_import(uow(), plan)

    assert [m.id for m in list_meetings(uow())] == [first.id]
    again = get_meeting(uow(), first.id or 0)
    assert again.title == "ERP business case review (moved)"
    assert again.start == T0 + timedelta(days=1)
    assert again.objective == "Get a yes on phase 1"
    assert again.attendees[0].talking_points == "Lead with the savings"
    assert again.place == "Board Room 4.01"  # the new invite has none: the old one stays
    assert result.replaced is not None and result.replaced.title == "ERP business case review"


def test_several_invites_go_in_together_or_not_at_all(
    uow: FakeUnitOfWorkFactory, people: dict[str, Stakeholder]
) -> None:
    good = plan_import(uow(), _invite(InviteAttendee("New Person", "new@example.com")))
    bad = plan_import(
        uow(),
        CalendarInvite("Bad", T0, T0 - timedelta(hours=1), uid="other"),
    )
    with pytest.raises(ValidationError, match="ends before it starts"):
        apply_imports(uow(), [good, bad], add_as_stakeholders={good.unknown[0].key})
    assert list_meetings(uow()) == []
    assert len(list_stakeholders(uow())) == 3


def test_one_unknown_person_in_two_invites_is_added_once_and_undo_removes_everything(
    uow: FakeUnitOfWorkFactory, people: dict[str, Stakeholder]
) -> None:
    newcomer = InviteAttendee("New Person", "new@example.com")
    first = plan_import(uow(), _invite(newcomer))
    second = plan_import(
        uow(), CalendarInvite("Follow-up", T0 + timedelta(days=7), attendees=(newcomer,), uid="2")
    )
    results = apply_imports(uow(), [first, second], add_as_stakeholders={first.unknown[0].key})
    assert sum(len(r.added_stakeholders) for r in results) == 1
    ids = {a.stakeholder_id for r in results for a in r.meeting.attendees}
    assert len(ids) == 1 and None not in ids

    undo_imports(uow(), results)
    assert list_meetings(uow()) == []
    assert len(list_stakeholders(uow())) == 3
    redo_imports(uow(), results)
    assert [m.title for m in list_meetings(uow())] == ["ERP business case review", "Follow-up"]
    assert len(list_stakeholders(uow())) == 4


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ('"Adá  LOVELACE"', "ada lovelace"),
        ("Ada Lovelace (CFO)", "ada lovelace cfo"),
        ("Lovelace, Ada", "lovelace ada"),  # comparing never turns a name round
    ],
)
def test_names_compare_without_case_or_accents(raw: str, expected: str) -> None:
    assert normalised_name(raw) == expected


def test_names_read_as_people_write_them() -> None:
    assert display_name('"Marley, Bob"') == "Bob Marley"
    assert display_name("Smith, Jr., John") == "Smith, Jr., John"
    assert name_from_email("jane.doe@example.com") == "Jane Doe"
    assert name_from_email("ops+calendar@example.com") == "Ops Calendar"


def test_joining_instructions_of_teams_and_meet_are_cut_from_the_agenda() -> None:
    google = "Agenda:\n- Status\n\n-::~:~::~:~:~:~::~:~::-\nJoin with Google Meet: https://x"
    assert agenda_from_description(google) == "Agenda:\n- Status"
    assert agenda_from_description("Just text\r\nline two") == "Just text\nline two"


def _reply(
    who: InviteAttendee, title: str = "Declined: ERP business case review"
) -> CalendarInvite:
    return CalendarInvite(
        title, T0, uid="uid-1@example.com", attendees=(who,), method=InviteMethod.REPLY
    )


def test_an_answer_changes_one_response_adds_nobody_and_undo_takes_it_back(
    uow: FakeUnitOfWorkFactory, people: dict[str, Stakeholder]
) -> None:
    ada = InviteAttendee("Ada Lovelace", "ada@northwind.example")
    meeting = apply_import(uow(), plan_import(uow(), _invite(ada))).meeting
    declined = replace(ada, name="Lovelace, Ada", response=AttendeeResponse.DECLINED)
    plan = plan_import(uow(), _reply(declined))
    assert (plan.kind, plan.existing_meeting_id, plan.unknown) == (PlanKind.ANSWER, meeting.id, ())
    assert describe(plan, done=False) == (
        "would record on “ERP business case review”: Ada Lovelace declined"
    )
    result = apply_import(uow(), plan, add_as_stakeholders={"ada@northwind.example"})
    after = get_meeting(uow(), meeting.id or 0)
    assert [a.response for a in after.attendees] == [AttendeeResponse.DECLINED]
    assert len(list_meetings(uow())) == 1 and len(list_stakeholders(uow())) == 3
    undo_imports(uow(), [result])
    assert get_meeting(uow(), meeting.id or 0).attendees[0].response is AttendeeResponse.NONE


def test_an_answer_from_someone_not_on_the_meeting_is_refused_with_the_reason(
    uow: FakeUnitOfWorkFactory, people: dict[str, Stakeholder]
) -> None:
    apply_import(uow(), plan_import(uow(), _invite(InviteAttendee("Ada Lovelace"))))
    stranger = InviteAttendee(
        "Eve Stranger", "eve@elsewhere.example", response=AttendeeResponse.ACCEPTED
    )
    plan = plan_import(uow(), _reply(stranger, "Accepted: ERP business case review"))
    assert plan.kind is PlanKind.REFUSED
    assert plan.refusal.startswith("Eve Stranger answered “ERP business case review” but is not")


def test_a_resent_invitation_keeps_the_answers_already_received(
    uow: FakeUnitOfWorkFactory, people: dict[str, Stakeholder]
) -> None:
    ada = InviteAttendee("Ada Lovelace", "ada@northwind.example")
    apply_import(uow(), plan_import(uow(), _invite(ada)))
    apply_import(
        uow(), plan_import(uow(), _reply(replace(ada, response=AttendeeResponse.ACCEPTED)))
    )
    plan = plan_import(uow(), _invite(ada))
    assert plan.kind is PlanKind.UPDATE
    meeting = apply_import(uow(), plan).meeting
    assert meeting.attendees[0].response is AttendeeResponse.ACCEPTED


def test_a_cancellation_marks_the_meeting_and_undo_restores_it(
    uow: FakeUnitOfWorkFactory, people: dict[str, Stakeholder]
) -> None:
    meeting = apply_import(uow(), plan_import(uow(), _invite())).meeting
    cancel = replace(_invite(), method=InviteMethod.CANCEL, cancelled=True)
    result = apply_import(uow(), plan_import(uow(), cancel))
    assert get_meeting(uow(), meeting.id or 0).cancelled
    undo_imports(uow(), [result])
    assert not get_meeting(uow(), meeting.id or 0).cancelled


def test_an_invite_without_uid_matches_on_organiser_start_and_title(
    uow: FakeUnitOfWorkFactory, people: dict[str, Stakeholder]
) -> None:
    boss = InviteAttendee("Ada Lovelace", "ada@northwind.example", organiser=True)
    bare = replace(_invite(organiser=boss), uid="")
    apply_import(uow(), plan_import(uow(), bare))
    assert plan_import(uow(), bare).kind is PlanKind.UPDATE
    other_organiser = replace(bare, organiser=replace(boss, email="someone@else.example"))
    assert plan_import(uow(), other_organiser).kind is PlanKind.NEW
    assert plan_import(uow(), replace(bare, start=T0 + timedelta(days=1))).kind is PlanKind.NEW
