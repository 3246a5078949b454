"""Logging interactions and keeping track of commitments."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from domain.clock import as_utc, utc_now
from domain.errors import NotFoundError, ValidationError
from domain.model import Commitment, Interaction, InteractionKind, Revision, Sentiment
from domain.ports import UnitOfWork
from domain.rules.validation import valid_commitment, valid_interaction
from domain.rules.versions import require_unchanged
from domain.usecases.engagement_plans import check_fulfilment


def log_interaction(
    uow: UnitOfWork,
    interaction: Interaction,
    follow_ups: Sequence[Commitment] = (),
    fulfils: Sequence[int] = (),
    sends: Sequence[int] = (),
) -> Interaction:
    """Store an interaction and the commitments it produced; tick the plan touchpoints it
    ``fulfils`` and record the standing messages it ``sends`` (ids), all in one transaction."""
    if not interaction.participant_ids:
        raise ValidationError(
            "An interaction needs at least one participant.", field="participants"
        )
    interaction = valid_interaction(interaction)
    interaction.kind = InteractionKind(interaction.kind)
    interaction.sentiment = Sentiment(interaction.sentiment)
    interaction.when = as_utc(interaction.when)
    entered = utc_now()
    recorded = interaction.recorded_at
    interaction.recorded_at = as_utc(recorded) if recorded else entered
    for commitment in follow_ups:
        if not commitment.description.strip():
            raise ValidationError("A follow-up needs a description.", field="follow_ups")
    checked = [valid_commitment(commitment) for commitment in follow_ups]
    with uow:
        added = uow.interactions.add(interaction)
        for commitment in checked:
            commitment.interaction_id = added.id
            # When it was entered, not when the interaction took place (often hours before).
            commitment.created_at = commitment.created_at or entered
            uow.commitments.add(commitment)
        assert added.id is not None
        mark_plans(uow, added, fulfils, sends)
        uow.commit()
    return added


def mark_plans(
    uow: UnitOfWork, interaction: Interaction, fulfils: Sequence[int], sends: Sequence[int]
) -> None:
    """Inside an open unit of work: tick the touchpoints a stored interaction fulfilled and record
    the messages it carried."""
    assert interaction.id is not None
    check_fulfilment(uow, fulfils, set(interaction.participant_ids))
    day = as_utc(interaction.when).astimezone().date()
    for touchpoint_id in fulfils:
        uow.plans.fulfil(touchpoint_id, day, interaction.id)
    for message_id in sends:
        if uow.messages.get(message_id) is None:
            raise NotFoundError("That message of the communication plan no longer exists.")
        uow.messages.record_send(message_id, interaction.id)


def delete_interaction(uow: UnitOfWork, interaction_id: int) -> None:
    """Remove an interaction; the touchpoints it fulfilled are open again."""
    with uow:
        for touchpoint_id in uow.plans.fulfilled_by(interaction_id):
            uow.plans.fulfil(touchpoint_id, None, None)
        uow.interactions.delete(interaction_id)
        uow.commit()


def interactions_of(
    uow: UnitOfWork, stakeholder_id: int, limit: int | None = None
) -> list[Interaction]:
    with uow:
        return uow.interactions.list(stakeholder_id, limit)


def add_commitment(uow: UnitOfWork, commitment: Commitment) -> Commitment:
    commitment = valid_commitment(commitment)
    commitment.created_at = commitment.created_at or utc_now()
    with uow:
        added = uow.commitments.add(commitment)
        uow.commit()
    return added


def set_commitment_done(
    uow: UnitOfWork,
    commitment_id: int,
    done: bool,
    at: datetime | None = None,
    *,
    seen: Revision | None = None,
    undoing: bool = False,
) -> Commitment:
    """Tick or untick a commitment; returned as stored, with its new revision. ``seen``: the
    revision the user saw; changed by someone else since, ConcurrentChangeError (who, when)
    and nothing saved (``undoing``: the message says the undo was not made)."""
    with uow:
        found = uow.commitments.get(commitment_id)
        if found is None:
            raise NotFoundError("That commitment no longer exists.")
        what = f"the commitment “{found.description}”"
        require_unchanged(found.revision, seen, what, undoing=undoing)
        found.done_at = (at or utc_now()) if done else None
        uow.commitments.update(found)
        saved = uow.commitments.get(commitment_id)
        uow.commit()
    return saved or found


def commitments_of(
    uow: UnitOfWork, stakeholder_id: int, open_only: bool = False
) -> list[Commitment]:
    with uow:
        return uow.commitments.list(stakeholder_id, open_only)


def overdue_commitments(uow: UnitOfWork, today: date) -> list[Commitment]:
    with uow:
        return [c for c in uow.commitments.list(open_only=True) if c.is_overdue(today)]
