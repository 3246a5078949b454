"""Planning meetings and turning a held meeting into a logged interaction."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime

from domain.clock import as_utc, utc_now
from domain.errors import NotFoundError, ValidationError
from domain.model import Commitment, Interaction, InteractionKind, Meeting, Sentiment
from domain.ports import UnitOfWork
from domain.rules.validation import valid_interaction, valid_meeting
from domain.usecases.timeline import LoggedInteraction


def plan_meeting(uow: UnitOfWork, meeting: Meeting) -> Meeting:
    meeting = valid_meeting(meeting)
    with uow:
        added = uow.meetings.add(meeting)
        uow.commit()
    return added


def update_meeting(uow: UnitOfWork, meeting: Meeting) -> Meeting:
    meeting = valid_meeting(meeting)
    with uow:
        if meeting.id is None or uow.meetings.get(meeting.id) is None:
            raise NotFoundError("That meeting no longer exists.")
        uow.meetings.update(meeting)
        uow.commit()
    return meeting


def delete_meeting(uow: UnitOfWork, meeting_id: int) -> None:
    with uow:
        uow.meetings.delete(meeting_id)
        uow.commit()


def get_meeting(uow: UnitOfWork, meeting_id: int) -> Meeting:
    with uow:
        found = uow.meetings.get(meeting_id)
    if found is None:
        raise NotFoundError(f"No meeting with id {meeting_id}.")
    return found


def list_meetings(
    uow: UnitOfWork, start: datetime | None = None, end: datetime | None = None
) -> list[Meeting]:
    with uow:
        return uow.meetings.list(start, end)


def record_as_interaction(
    uow: UnitOfWork,
    meeting_id: int,
    summary: str = "",
    sentiment: Sentiment = Sentiment.NEUTRAL,
    entered: datetime | None = None,
) -> Interaction:
    """After the meeting: log it as an interaction with every known attendee, entered now
    (or at ``entered``: the demo's meeting was logged when it ended)."""
    with uow:
        moment = as_utc(entered) if entered else utc_now()
        interaction = _log_meeting(uow, meeting_id, summary, sentiment, moment)
        uow.commit()
    return interaction


def find_meetings(uow: UnitOfWork, id_or_title: str) -> list[Meeting]:
    """Meetings matching an id, an exact title (any case), or else a part of the title."""
    wanted = id_or_title.strip()
    if not wanted:
        raise ValidationError("Name a meeting by its id or title.", field="meeting")
    with uow:
        if wanted.isdigit():
            found = uow.meetings.get(int(wanted))
            if found is not None:
                return [found]
        meetings = uow.meetings.list()
    key = " ".join(wanted.split()).casefold()
    exact = [m for m in meetings if m.title.casefold() == key]
    if exact:
        return exact
    return [m for m in meetings if key in m.title.casefold()]


def meetings_between(uow: UnitOfWork, start: datetime, end: datetime) -> list[Meeting]:
    with uow:
        return uow.meetings.list(as_utc(start), as_utc(end))


def record_meeting(
    uow: UnitOfWork,
    meeting_id: int,
    summary: str = "",
    sentiment: Sentiment = Sentiment.NEUTRAL,
    follow_ups: Sequence[Commitment] = (),
) -> LoggedInteraction:
    """After the meeting, in ONE transaction: log it as an interaction with every known attendee
    and add the follow-ups agreed in it. All of it is stored, or (refused, or the write failed)
    none of it."""
    if any(not c.description.strip() for c in follow_ups):
        raise ValidationError("A follow-up needs a description.", field="follow_ups")
    entered = utc_now()
    with uow:
        interaction = _log_meeting(uow, meeting_id, summary, sentiment, entered)
        assert interaction.id is not None
        made = tuple(
            uow.commitments.add(
                replace(
                    commitment,
                    interaction_id=interaction.id,
                    # When it was entered, not when the meeting took place.
                    created_at=commitment.created_at or entered,
                )
            )
            for commitment in follow_ups
        )
        uow.commit()
    return LoggedInteraction(interaction, made, meeting_id)


def _log_meeting(
    uow: UnitOfWork, meeting_id: int, summary: str, sentiment: Sentiment, entered: datetime
) -> Interaction:
    """Inside an open unit of work: the interaction of a held meeting, linked to it."""
    meeting = uow.meetings.get(meeting_id)
    if meeting is None:
        raise NotFoundError(f"No meeting with id {meeting_id}.")
    if meeting.interaction_id is not None:
        raise ValidationError("This meeting has already been logged.")
    people = [a.stakeholder_id for a in meeting.attendees if a.stakeholder_id is not None]
    if not people:
        raise ValidationError("None of the attendees is a known stakeholder.")
    interaction = uow.interactions.add(
        valid_interaction(
            Interaction(
                meeting.start,
                InteractionKind.MEETING,
                summary or meeting.title,
                Sentiment(sentiment),
                people,
                recorded_at=entered,
            )
        )
    )
    meeting.interaction_id = interaction.id
    uow.meetings.update(meeting)
    return interaction
