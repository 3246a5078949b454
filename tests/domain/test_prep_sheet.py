"""What a prep sheet knows about each attendee, gathered from the workspace as plain data."""

from __future__ import annotations

from datetime import timedelta

import pytest

from domain.errors import NotFoundError, ValidationError
from domain.model import (
    AttendeeRole,
    Attitude,
    Commitment,
    CommitmentDirection,
    Dimension,
    Interaction,
    InteractionKind,
    Meeting,
    MeetingAttendee,
    Organisation,
    Sentiment,
    Stakeholder,
    StakeholderMap,
)
from domain.rules.quadrant import Quadrant
from domain.usecases.interactions import add_commitment, log_interaction, set_commitment_done
from domain.usecases.maps import create_map, place_on_map
from domain.usecases.meetings import find_meetings, meetings_between, plan_meeting
from domain.usecases.organisations import add_organisation
from domain.usecases.prep_sheet import build_prep_sheet, build_prep_sheets
from domain.usecases.ratings import rate
from domain.usecases.stakeholders import update_stakeholder
from tests.domain.support import T0
from tests.fakes import FakeUnitOfWorkFactory

NOW = T0 + timedelta(days=30)


@pytest.fixture
def steerco(
    uow: FakeUnitOfWorkFactory, ada: Stakeholder, bob: Stakeholder, erp: StakeholderMap
) -> Meeting:
    assert ada.id and bob.id and erp.id
    northwind = add_organisation(uow(), Organisation("Northwind"))
    ada.organisation_id = northwind.id
    ada.communication_preferences = "Numbers first; no slides."
    update_stakeholder(uow(), ada)
    place_on_map(uow(), erp.id, ada.id, power=8, interest=7, at=T0 - timedelta(days=400))
    place_on_map(uow(), erp.id, bob.id, power=3, interest=8, at=T0 - timedelta(days=10))
    rate(uow(), ada.id, Dimension.SUPPORT, Attitude.CRITIC, at=T0, map_id=erp.id)
    rate(uow(), ada.id, Dimension.DESIRED_SUPPORT, Attitude.CHAMPION, at=T0, map_id=erp.id)
    rate(uow(), ada.id, Dimension.DESIRED_POWER, 8, at=T0, map_id=erp.id)
    rate(uow(), ada.id, Dimension.DESIRED_INTEREST, 9, at=T0, map_id=erp.id)
    # Trust: one value from before the window, two changes inside it.
    rate(uow(), ada.id, Dimension.TRUST, 4, at=NOW - timedelta(days=500))
    rate(uow(), ada.id, Dimension.TRUST, 6, at=NOW - timedelta(days=100), note="Good workshop")
    rate(uow(), ada.id, Dimension.TRUST, 7, at=NOW - timedelta(days=5), note="Backed us <b>")
    rate(uow(), ada.id, Dimension.INFLUENCE, 8, at=NOW - timedelta(days=50))
    for days, summary in ((40, "Kick-off"), (20, "Budget call"), (10, "Lunch"), (2, "Review")):
        log_interaction(
            uow(),
            Interaction(
                NOW - timedelta(days=days),
                InteractionKind.CALL,
                summary,
                Sentiment.POSITIVE,
                [ada.id],
            ),
        )
    add_commitment(
        uow(),
        Commitment(ada.id, CommitmentDirection.OURS, "Send cost bridge", T0.date()),
    )
    add_commitment(
        uow(),
        Commitment(ada.id, CommitmentDirection.THEIRS, "Share budget", NOW.date()),
    )
    done = add_commitment(uow(), Commitment(ada.id, CommitmentDirection.OURS, "Old promise"))
    set_commitment_done(uow(), done.id or 0, True, at=T0)
    return plan_meeting(
        uow(),
        Meeting(
            "ERP steering",
            NOW + timedelta(days=1),
            NOW + timedelta(days=1, hours=1),
            place="Board room",
            objective="Phase 1 go",
            agenda="1. Costs\n2. Plan",
            attendees=[
                MeetingAttendee(bob.id, "Bob Marley", role=AttendeeRole.OPTIONAL),
                MeetingAttendee(ada.id, "Ada Lovelace", talking_points="Lead with savings"),
                MeetingAttendee(None, "Pat Vendor", "pat@vendor.example", AttendeeRole.ORGANISER),
            ],
            map_ids=[erp.id],
        ),
    )


def test_the_sheet_carries_the_meeting_and_orders_attendees_by_role(
    uow: FakeUnitOfWorkFactory, steerco: Meeting
) -> None:
    sheet = build_prep_sheet(uow(), steerco.id or 0, now=NOW)
    assert (sheet.title, sheet.place, sheet.objective) == (
        "ERP steering",
        "Board room",
        "Phase 1 go",
    )
    assert sheet.map_names == ("ERP replacement",)
    assert [a.name for a in sheet.attendees] == ["Pat Vendor", "Ada Lovelace", "Bob Marley"]
    assert sheet.open_commitments == 2


def test_an_attendee_block_holds_position_trend_note_history_and_commitments(
    uow: FakeUnitOfWorkFactory, steerco: Meeting
) -> None:
    ada = build_prep_sheet(uow(), steerco.id or 0, now=NOW).attendees[1]
    assert ada.known and ada.job_title == "CFO" and ada.organisation == "Northwind"
    (standing,) = ada.standings
    assert standing.quadrant is Quadrant.MANAGE_CLOSELY
    assert (standing.power, standing.interest) == (8, 7)
    assert (standing.desired_power, standing.desired_interest) == (8, 9)
    assert (standing.attitude, standing.desired_attitude) == (Attitude.CRITIC, Attitude.CHAMPION)

    # The trend starts with the value held a year ago, then each change inside the year.
    assert [p.value for p in ada.trust.points] == [4, 6, 7]
    assert ada.trust.points[0].at == NOW - timedelta(days=365)
    assert ada.trust.change == 3
    assert [p.value for p in ada.influence.points] == [8]
    assert ada.latest_note is not None and ada.latest_note.text == "Backed us <b>"

    assert [i.summary for i in ada.interactions] == ["Review", "Lunch", "Budget call"]
    assert [(c.description, c.overdue) for c in ada.we_owe] == [("Send cost bridge", True)]
    assert [(c.description, c.overdue) for c in ada.they_owe] == [("Share budget", False)]
    assert ada.communication_preferences == "Numbers first; no slides."
    assert ada.talking_points == "Lead with savings"


def test_unknown_attendees_get_a_no_history_block(
    uow: FakeUnitOfWorkFactory, steerco: Meeting
) -> None:
    pat = build_prep_sheet(uow(), steerco.id or 0, now=NOW).attendees[0]
    assert not pat.known
    assert (pat.name, pat.email, pat.role) == ("Pat Vendor", "pat@vendor.example", "organiser")
    assert pat.standings == () and pat.interactions == () and pat.trust.points == ()


def test_without_maps_named_the_sheet_uses_the_maps_each_person_is_on(
    uow: FakeUnitOfWorkFactory, ada: Stakeholder, erp: StakeholderMap
) -> None:
    assert ada.id and erp.id
    other = create_map(uow(), StakeholderMap("Cloud move"))
    place_on_map(uow(), erp.id, ada.id, power=2, interest=2, at=T0)
    meeting = plan_meeting(uow(), Meeting("1:1", T0, attendees=[MeetingAttendee(ada.id)]))
    (block,) = build_prep_sheet(uow(), meeting.id or 0, now=NOW).attendees
    assert [(s.map_name, s.quadrant) for s in block.standings] == [
        ("ERP replacement", Quadrant.MONITOR)
    ]
    assert other.id not in [s.map_id for s in block.standings]


def test_a_person_not_placed_on_a_concerned_map_has_no_quadrant(
    uow: FakeUnitOfWorkFactory, bob: Stakeholder, erp: StakeholderMap
) -> None:
    meeting = plan_meeting(
        uow(), Meeting("Intro", T0, attendees=[MeetingAttendee(bob.id)], map_ids=[erp.id or 0])
    )
    (standing,) = build_prep_sheet(uow(), meeting.id or 0, now=NOW).attendees[0].standings
    assert standing.quadrant is None and not standing.on_map


def test_meetings_are_found_by_id_exact_title_or_part_of_it(
    uow: FakeUnitOfWorkFactory, steerco: Meeting
) -> None:
    other = plan_meeting(uow(), Meeting("ERP steering prep", NOW))
    assert [m.id for m in find_meetings(uow(), str(steerco.id))] == [steerco.id]
    assert [m.id for m in find_meetings(uow(), "erp  STEERING")] == [steerco.id]
    assert {m.id for m in find_meetings(uow(), "steer")} == {steerco.id, other.id}
    assert find_meetings(uow(), "nothing like it") == []
    with pytest.raises(ValidationError):
        find_meetings(uow(), "  ")


def test_sheets_for_a_period_and_a_missing_meeting(
    uow: FakeUnitOfWorkFactory, steerco: Meeting
) -> None:
    day = meetings_between(uow(), NOW + timedelta(days=1), NOW + timedelta(days=2))
    assert [m.id for m in day] == [steerco.id]
    sheets = build_prep_sheets(uow(), [steerco.id or 0, steerco.id or 0], now=NOW)
    assert len(sheets) == 2
    with pytest.raises(NotFoundError):
        build_prep_sheet(uow(), 999, now=NOW)
