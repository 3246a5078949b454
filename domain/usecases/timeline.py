"""A person's timeline (interactions and commitments), and taking a logged interaction back.

The timeline lists open commitments first (overdue ones first of all), then every interaction,
newest first, each with the commitments made in it. ``unlog``/``relog`` make logging an interaction
(and recording a meeting as one) undoable: the interaction, its follow-ups and the meeting's link
go and come back together, under their own ids.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime

from domain.clock import utc_now
from domain.errors import NotFoundError, ValidationError
from domain.model import Commitment, Interaction
from domain.ports import UnitOfWork
from domain.usecases.interactions import mark_plans

_LONG_AGO = datetime.min.replace(tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    interaction: Interaction
    #: Commitments made in this interaction (any person's, so the whole follow-up list shows).
    commitments: tuple[Commitment, ...] = ()
    #: Names of the other participants.
    others: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Timeline:
    stakeholder_id: int
    open_commitments: tuple[Commitment, ...]
    entries: tuple[TimelineEntry, ...]
    #: Done commitments not tied to an interaction of the timeline.
    done_commitments: tuple[Commitment, ...] = ()
    today: date = field(default_factory=date.today)

    @property
    def overdue(self) -> tuple[Commitment, ...]:
        return tuple(c for c in self.open_commitments if c.is_overdue(self.today))


def person_timeline(
    uow: UnitOfWork, stakeholder_id: int, today: date, limit: int | None = None
) -> Timeline:
    with uow:
        if uow.stakeholders.get(stakeholder_id) is None:
            raise NotFoundError(f"No stakeholder with id {stakeholder_id}.")
        interactions = uow.interactions.list(stakeholder_id, limit)
        commitments = uow.commitments.list(stakeholder_id)
        names = uow.stakeholders.names(include_archived=True)
    by_interaction: dict[int, list[Commitment]] = {}
    loose_done: list[Commitment] = []
    shown = {i.id for i in interactions}
    for commitment in commitments:
        if commitment.interaction_id in shown:
            by_interaction.setdefault(commitment.interaction_id, []).append(commitment)  # type: ignore[arg-type]
        elif not commitment.is_open:
            loose_done.append(commitment)
    open_ones = sorted(
        (c for c in commitments if c.is_open),
        key=lambda c: (not c.is_overdue(today), c.due_on or date.max, c.id or 0),
    )
    entries = tuple(
        TimelineEntry(
            interaction,
            tuple(by_interaction.get(interaction.id or -1, ())),
            tuple(names.get(p, "?") for p in interaction.participant_ids if p != stakeholder_id),
        )
        for interaction in interactions
    )
    loose_done.sort(key=lambda c: c.done_at or c.created_at or _LONG_AGO, reverse=True)
    return Timeline(stakeholder_id, tuple(open_ones), entries, tuple(loose_done), today)


@dataclass(frozen=True, slots=True)
class LoggedInteraction:
    """What logging produced, so that it can be taken back and put back exactly."""

    interaction: Interaction
    commitments: tuple[Commitment, ...] = ()
    #: The meeting that was recorded as this interaction, if any.
    meeting_id: int | None = None
    #: The plan touchpoints it fulfilled and the standing messages it carried.
    touchpoint_ids: tuple[int, ...] = ()
    message_ids: tuple[int, ...] = ()


def logged(
    uow: UnitOfWork, interaction_id: int, meeting_id: int | None = None
) -> LoggedInteraction:
    """The interaction and the commitments made in it, as stored now."""
    with uow:
        found = uow.interactions.get(interaction_id)
        if found is None:
            raise NotFoundError("That interaction no longer exists.")
        made = tuple(
            c
            for person in set(found.participant_ids)
            for c in uow.commitments.list(person)
            if c.interaction_id == interaction_id
        )
        touchpoints = tuple(uow.plans.fulfilled_by(interaction_id))
        messages = tuple(uow.messages.sent_in(interaction_id))
    return LoggedInteraction(
        found, tuple(sorted(made, key=lambda c: c.id or 0)), meeting_id, touchpoints, messages
    )


def unlog(uow: UnitOfWork, record: LoggedInteraction) -> None:
    """Remove a logged interaction with its follow-ups (the meeting it recorded is unlinked)."""
    with uow:
        for commitment in record.commitments:
            if commitment.id is not None:
                uow.commitments.delete(commitment.id)
        for touchpoint_id in record.touchpoint_ids:
            uow.plans.fulfil(touchpoint_id, None, None)
        if record.interaction.id is not None:
            uow.interactions.delete(record.interaction.id)
        if record.meeting_id is not None:
            meeting = uow.meetings.get(record.meeting_id)
            if meeting is not None and meeting.interaction_id is not None:
                uow.meetings.update(replace(meeting, interaction_id=None))
        uow.commit()


def relog(uow: UnitOfWork, record: LoggedInteraction) -> None:
    """Put back what :func:`unlog` removed, with the same ids."""
    with uow:
        added = uow.interactions.add(record.interaction)
        for commitment in record.commitments:
            uow.commitments.add(commitment)
        mark_plans(uow, added, record.touchpoint_ids, record.message_ids)
        if record.meeting_id is not None:
            meeting = uow.meetings.get(record.meeting_id)
            if meeting is not None:
                uow.meetings.update(replace(meeting, interaction_id=record.interaction.id))
        uow.commit()


def add_follow_ups(
    uow: UnitOfWork, interaction_id: int, follow_ups: Sequence[Commitment]
) -> list[Commitment]:
    """Commitments made in an interaction already stored (e.g. a meeting just recorded)."""
    if any(not c.description.strip() for c in follow_ups):
        raise ValidationError("A follow-up needs a description.", field="follow_ups")
    added: list[Commitment] = []
    entered = utc_now()
    with uow:
        found = uow.interactions.get(interaction_id)
        if found is None:
            raise NotFoundError("That interaction no longer exists.")
        for commitment in follow_ups:
            added.append(
                uow.commitments.add(
                    replace(
                        commitment,
                        interaction_id=interaction_id,
                        created_at=commitment.created_at or entered,
                    )
                )
            )
        uow.commit()
    return added


def people_names(uow: UnitOfWork, include_archived: bool = False) -> dict[int, str]:
    """Everyone's name by id, for pickers."""
    with uow:
        return uow.stakeholders.names(include_archived=include_archived)
