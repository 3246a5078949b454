"""Planning meetings and logging a held meeting as an interaction."""

from __future__ import annotations

from datetime import timedelta

import pytest

from domain.clock import utc_now
from domain.errors import NotFoundError, ValidationError
from domain.model import (
    AttendeeRole,
    Commitment,
    CommitmentDirection,
    InteractionKind,
    Meeting,
    MeetingAttendee,
    Sentiment,
    Stakeholder,
    StakeholderMap,
)
from domain.usecases.interactions import interactions_of
from domain.usecases.meetings import (
    delete_meeting,
    get_meeting,
    list_meetings,
    plan_meeting,
    record_as_interaction,
    record_meeting,
    update_meeting,
)
from tests.domain.support import T0
from tests.fakes import FakeUnitOfWorkFactory


def _steerco(*attendees: MeetingAttendee, days: int = 0) -> Meeting:
    start = T0 + timedelta(days=days)
    return Meeting(
        "  ERP   steering committee ",
        start,
        start + timedelta(hours=1),
        attendees=list(attendees),
    )


def test_plan_meeting_cleans_the_title_and_keeps_attendees(
    uow: FakeUnitOfWorkFactory, ada: Stakeholder, erp: StakeholderMap
) -> None:
    assert ada.id is not None and erp.id is not None
    planned = plan_meeting(
        uow(),
        Meeting(
            "ERP steering",
            T0.replace(tzinfo=None),
            attendees=[
                MeetingAttendee(ada.id, talking_points="Cost bridge first"),
                MeetingAttendee(None, "Pat External", "pat@example.com", AttendeeRole.OPTIONAL),
            ],
            map_ids=[erp.id],
        ),
    )
    assert planned.id is not None
    fetched = get_meeting(uow(), planned.id)
    assert fetched.start == T0
    assert [(a.stakeholder_id, a.talking_points) for a in fetched.attendees] == [
        (ada.id, "Cost bridge first"),
        (None, ""),
    ]
    assert fetched.attendees[1].email == "pat@example.com"
    assert fetched.map_ids == [erp.id]


def test_a_meeting_needs_a_title(uow: FakeUnitOfWorkFactory) -> None:
    with pytest.raises(ValidationError) as refused:
        plan_meeting(uow(), Meeting("  ", T0))
    assert refused.value.field == "title"


def test_a_meeting_cannot_end_before_it_starts(uow: FakeUnitOfWorkFactory) -> None:
    with pytest.raises(ValidationError) as refused:
        plan_meeting(uow(), Meeting("Backwards", T0, T0 - timedelta(minutes=1)))
    assert refused.value.field == "end"


def test_update_and_delete_meeting(uow: FakeUnitOfWorkFactory) -> None:
    planned = plan_meeting(uow(), _steerco())
    assert planned.id is not None
    planned.agenda = "1. Budget\n2. Cut-over date"
    update_meeting(uow(), planned)
    assert get_meeting(uow(), planned.id).agenda == "1. Budget\n2. Cut-over date"
    delete_meeting(uow(), planned.id)
    with pytest.raises(NotFoundError):
        get_meeting(uow(), planned.id)
    with pytest.raises(NotFoundError):
        update_meeting(uow(), planned)


def test_list_meetings_in_a_half_open_window(uow: FakeUnitOfWorkFactory) -> None:
    ids = [plan_meeting(uow(), _steerco(days=d)).id for d in (3, 0, 7)]
    everything = list_meetings(uow())
    assert [m.id for m in everything] == [ids[1], ids[0], ids[2]]
    window = list_meetings(uow(), T0, T0 + timedelta(days=7))
    assert [m.id for m in window] == [ids[1], ids[0]]


def test_record_as_interaction_logs_the_known_attendees(
    uow: FakeUnitOfWorkFactory, ada: Stakeholder, bob: Stakeholder
) -> None:
    assert ada.id is not None and bob.id is not None
    planned = plan_meeting(
        uow(),
        _steerco(
            MeetingAttendee(ada.id),
            MeetingAttendee(None, "Pat External"),
            MeetingAttendee(bob.id, role=AttendeeRole.OPTIONAL),
        ),
    )
    assert planned.id is not None
    logged = record_as_interaction(uow(), planned.id, sentiment=Sentiment.POSITIVE)
    assert logged.id is not None
    assert (logged.kind, logged.when, logged.summary, logged.sentiment) == (
        InteractionKind.MEETING,
        T0,
        "ERP steering committee",
        Sentiment.POSITIVE,
    )
    assert logged.participant_ids == [ada.id, bob.id]
    assert interactions_of(uow(), bob.id) == [logged]
    assert get_meeting(uow(), planned.id).interaction_id == logged.id

    with pytest.raises(ValidationError, match="already"):
        record_as_interaction(uow(), planned.id)


def test_a_recorded_meeting_and_its_follow_ups_are_dated_when_entered_not_when_held(
    uow: FakeUnitOfWorkFactory, ada: Stakeholder
) -> None:
    assert ada.id is not None
    planned = plan_meeting(uow(), _steerco(MeetingAttendee(ada.id)))
    assert planned.id is not None
    before = utc_now()
    record = record_meeting(
        uow(),
        planned.id,
        "Held",
        follow_ups=[Commitment(ada.id, CommitmentDirection.OURS, "Send the minutes")],
    )
    after = utc_now()
    entered = record.interaction.recorded_at
    assert record.interaction.when == T0  # took place then (long ago) ...
    assert entered is not None and before <= entered <= after  # ... entered now
    [minutes] = record.commitments
    assert minutes.created_at == entered
    assert interactions_of(uow(), ada.id)[0].recorded_at == entered


def test_record_as_interaction_needs_a_known_attendee(uow: FakeUnitOfWorkFactory) -> None:
    planned = plan_meeting(uow(), _steerco(MeetingAttendee(None, "Pat External")))
    assert planned.id is not None
    with pytest.raises(ValidationError):
        record_as_interaction(uow(), planned.id, "Held")
    assert get_meeting(uow(), planned.id).interaction_id is None


def test_recording_a_missing_meeting_is_refused(uow: FakeUnitOfWorkFactory) -> None:
    with pytest.raises(NotFoundError):
        record_as_interaction(uow(), 8)
