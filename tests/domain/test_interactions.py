"""Logging interactions, their follow-ups, and commitments."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from domain.clock import utc_now
from domain.errors import NotFoundError, ValidationError
from domain.model import (
    Commitment,
    CommitmentDirection,
    Interaction,
    InteractionKind,
    Sentiment,
    Stakeholder,
)
from domain.usecases.interactions import (
    add_commitment,
    commitments_of,
    delete_interaction,
    interactions_of,
    log_interaction,
    overdue_commitments,
    set_commitment_done,
)
from tests.domain.support import T0
from tests.fakes import FakeUnitOfWorkFactory

OURS, THEIRS = CommitmentDirection.OURS, CommitmentDirection.THEIRS


def _lunch(*people: int, days: int = 0) -> Interaction:
    return Interaction(
        T0 + timedelta(days=days), InteractionKind.MEAL, "Lunch", Sentiment.POSITIVE, list(people)
    )


def test_log_interaction_with_follow_ups_creates_commitments(
    uow: FakeUnitOfWorkFactory, ada: Stakeholder, bob: Stakeholder
) -> None:
    assert ada.id is not None and bob.id is not None
    before = utc_now()
    logged = log_interaction(
        uow(),
        Interaction(T0.replace(tzinfo=None), "call", "Budget call", 2, [ada.id, bob.id]),  # type: ignore[arg-type]
        [
            Commitment(ada.id, OURS, "Send the one-page cost bridge", due_on=date(2025, 3, 14)),
            Commitment(bob.id, THEIRS, "Share the campaign calendar"),
        ],
    )
    after = utc_now()
    assert logged.id is not None
    assert (logged.kind, logged.sentiment, logged.when) == (
        InteractionKind.CALL,
        Sentiment.VERY_POSITIVE,
        T0,
    )
    [ours] = commitments_of(uow(), ada.id)
    [theirs] = commitments_of(uow(), bob.id)
    assert (ours.description, ours.interaction_id) == ("Send the one-page cost bridge", logged.id)
    # Entered now, not when the call took place (T0, long ago): the interaction keeps it, and
    # its follow-ups are made at that same moment.
    assert logged.recorded_at is not None and before <= logged.recorded_at <= after
    assert interactions_of(uow(), ada.id) == [logged]
    assert ours.created_at == theirs.created_at == logged.recorded_at
    assert (theirs.direction, theirs.interaction_id) == (THEIRS, logged.id)


def test_an_interaction_needs_a_participant(uow: FakeUnitOfWorkFactory) -> None:
    with pytest.raises(ValidationError) as refused:
        log_interaction(uow(), _lunch())
    assert refused.value.field == "participants"


def test_a_blank_follow_up_stores_nothing(uow: FakeUnitOfWorkFactory, ada: Stakeholder) -> None:
    assert ada.id is not None
    with pytest.raises(ValidationError):
        log_interaction(uow(), _lunch(ada.id), [Commitment(ada.id, OURS, "  ")])
    assert interactions_of(uow(), ada.id) == []


def test_interactions_of_are_newest_first_and_limited(
    uow: FakeUnitOfWorkFactory, ada: Stakeholder, bob: Stakeholder
) -> None:
    assert ada.id is not None and bob.id is not None
    old = log_interaction(uow(), _lunch(ada.id, days=0))
    new = log_interaction(uow(), _lunch(ada.id, bob.id, days=9))
    log_interaction(uow(), _lunch(bob.id, days=20))
    assert interactions_of(uow(), ada.id) == [new, old]
    assert interactions_of(uow(), ada.id, limit=1) == [new]


def test_delete_interaction(uow: FakeUnitOfWorkFactory, ada: Stakeholder) -> None:
    assert ada.id is not None
    logged = log_interaction(uow(), _lunch(ada.id), [Commitment(ada.id, OURS, "Call back")])
    assert logged.id is not None
    delete_interaction(uow(), logged.id)
    assert interactions_of(uow(), ada.id) == []
    [kept] = commitments_of(uow(), ada.id)
    assert kept.interaction_id is None


def test_add_commitment_needs_a_description(uow: FakeUnitOfWorkFactory, ada: Stakeholder) -> None:
    assert ada.id is not None
    with pytest.raises(ValidationError) as refused:
        add_commitment(uow(), Commitment(ada.id, OURS, " "))
    assert refused.value.field == "description"


def test_add_commitment_stamps_its_creation(uow: FakeUnitOfWorkFactory, ada: Stakeholder) -> None:
    assert ada.id is not None
    added = add_commitment(uow(), Commitment(ada.id, THEIRS, "Name a data owner"))
    assert added.id is not None and added.created_at is not None
    assert added.is_open


def test_set_commitment_done_and_reopen(uow: FakeUnitOfWorkFactory, ada: Stakeholder) -> None:
    assert ada.id is not None
    added = add_commitment(uow(), Commitment(ada.id, OURS, "Send the roadmap"))
    assert added.id is not None
    done = set_commitment_done(uow(), added.id, True, at=T0)
    assert done.done_at == T0
    assert commitments_of(uow(), ada.id, open_only=True) == []
    reopened = set_commitment_done(uow(), added.id, False)
    assert reopened.is_open
    assert commitments_of(uow(), ada.id, open_only=True) == [reopened]


def test_finishing_a_missing_commitment_is_refused(uow: FakeUnitOfWorkFactory) -> None:
    with pytest.raises(NotFoundError):
        set_commitment_done(uow(), 12, True)


def test_overdue_commitments_are_open_and_past_due(
    uow: FakeUnitOfWorkFactory, ada: Stakeholder
) -> None:
    assert ada.id is not None
    today = date(2025, 6, 1)

    def promise(text: str, due: date | None) -> Commitment:
        return add_commitment(uow(), Commitment(ada.id, OURS, text, due_on=due))  # type: ignore[arg-type]

    late = promise("Late", today - timedelta(days=1))
    promise("Due today", today)
    promise("Due later", today + timedelta(days=3))
    promise("Undated", None)
    finished = promise("Late but done", today - timedelta(days=10))
    assert finished.id is not None
    set_commitment_done(uow(), finished.id, True, at=T0)

    assert [c.description for c in overdue_commitments(uow(), today)] == [late.description]
    assert late.is_overdue(today) and not late.is_overdue(today - timedelta(days=1))
