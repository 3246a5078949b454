"""A person's timeline, and logging taken back and put back."""

from __future__ import annotations

from datetime import timedelta

import pytest

from domain.errors import NotFoundError, ValidationError
from domain.model import (
    Commitment,
    CommitmentDirection,
    Interaction,
    InteractionKind,
    Meeting,
    MeetingAttendee,
    Stakeholder,
)
from domain.usecases.interactions import (
    add_commitment,
    commitments_of,
    interactions_of,
    log_interaction,
)
from domain.usecases.meetings import get_meeting, plan_meeting, record_as_interaction
from domain.usecases.timeline import add_follow_ups, logged, person_timeline, relog, unlog
from tests.domain.support import T0
from tests.fakes import FakeUnitOfWorkFactory

TODAY = (T0 + timedelta(days=10)).date()


def test_open_commitments_come_first_overdue_leading_and_interactions_newest_first(
    uow: FakeUnitOfWorkFactory, ada: Stakeholder, bob: Stakeholder
) -> None:
    assert ada.id and bob.id
    first = log_interaction(
        uow(), Interaction(T0, InteractionKind.CALL, "Kick-off", participant_ids=[ada.id, bob.id])
    )
    later = log_interaction(
        uow(),
        Interaction(
            T0 + timedelta(days=2), InteractionKind.MEAL, "Lunch", participant_ids=[ada.id]
        ),
        [Commitment(ada.id, CommitmentDirection.OURS, "Send deck", TODAY + timedelta(days=3))],
    )
    add_commitment(
        uow(), Commitment(ada.id, CommitmentDirection.THEIRS, "Budget", TODAY - timedelta(days=1))
    )
    timeline = person_timeline(uow(), ada.id, TODAY)
    assert [c.description for c in timeline.open_commitments] == ["Budget", "Send deck"]
    assert [c.description for c in timeline.overdue] == ["Budget"]
    assert [e.interaction.id for e in timeline.entries] == [later.id, first.id]
    assert [c.description for c in timeline.entries[0].commitments] == ["Send deck"]
    assert timeline.entries[1].others == ("Bob Marley",)
    with pytest.raises(NotFoundError):
        person_timeline(uow(), 999, TODAY)


def test_unlog_and_relog_take_an_interaction_and_its_follow_ups_back_and_forth(
    uow: FakeUnitOfWorkFactory, ada: Stakeholder
) -> None:
    assert ada.id
    added = log_interaction(
        uow(),
        Interaction(T0, InteractionKind.CALL, "Call", participant_ids=[ada.id]),
        [Commitment(ada.id, CommitmentDirection.OURS, "Send deck")],
    )
    record = logged(uow(), added.id or 0)
    assert [c.description for c in record.commitments] == ["Send deck"]
    unlog(uow(), record)
    assert interactions_of(uow(), ada.id) == [] and commitments_of(uow(), ada.id) == []
    relog(uow(), record)
    assert [i.id for i in interactions_of(uow(), ada.id)] == [added.id]
    assert [c.id for c in commitments_of(uow(), ada.id)] == [record.commitments[0].id]


def test_a_recorded_meeting_gets_follow_ups_and_its_link_follows_undo(
    uow: FakeUnitOfWorkFactory, ada: Stakeholder
) -> None:
    assert ada.id
    meeting = plan_meeting(uow(), Meeting("Steerco", T0, attendees=[MeetingAttendee(ada.id)]))
    interaction = record_as_interaction(uow(), meeting.id or 0, "Went well")
    add_follow_ups(
        uow(), interaction.id or 0, [Commitment(ada.id, CommitmentDirection.THEIRS, "Sign off")]
    )
    with pytest.raises(ValidationError):
        add_follow_ups(uow(), interaction.id or 0, [Commitment(ada.id, "ours", "  ")])  # type: ignore[arg-type]
    record = logged(uow(), interaction.id or 0, meeting.id)
    unlog(uow(), record)
    assert get_meeting(uow(), meeting.id or 0).interaction_id is None
    assert commitments_of(uow(), ada.id) == []
    relog(uow(), record)
    assert get_meeting(uow(), meeting.id or 0).interaction_id == interaction.id
    assert [c.description for c in commitments_of(uow(), ada.id)] == ["Sign off"]
