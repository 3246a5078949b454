"""The communication plan: standing messages, assigned to many people in one action (by map,
quadrant, tag or unit), and a view by message of each recipient's last and next date.

Sending stays with the user's own mail; Rapport plans, and records a send when an interaction is
logged as carrying the message.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime

from domain.clock import as_utc, utc_now
from domain.errors import NotFoundError, ValidationError
from domain.model import Dimension, Message, Recipient
from domain.ports import UnitOfWork
from domain.rules.plan_schedule import next_send
from domain.rules.plan_validation import valid_message
from domain.rules.quadrant import Quadrant, quadrant_for


def create_message(uow: UnitOfWork, message: Message) -> Message:
    checked = valid_message(message)
    with uow:
        added = uow.messages.add(replace(checked, recipients=[], interaction_ids=[]))
        uow.commit()
    return added


def update_message(uow: UnitOfWork, message: Message) -> Message:
    checked = valid_message(message)
    with uow:
        if message.id is None or uow.messages.get(message.id) is None:
            raise NotFoundError("That message no longer exists.")
        uow.messages.update(checked)
        uow.commit()
    return checked


def delete_message(uow: UnitOfWork, message_id: int) -> Message:
    """Remove a message with its recipients; returns it as it was, for undo."""
    with uow:
        found = uow.messages.get(message_id)
        if found is None:
            raise NotFoundError("That message no longer exists.")
        uow.messages.delete(message_id)
        uow.commit()
    return found


def restore_message(uow: UnitOfWork, message: Message) -> Message:
    """Put back a removed message with its id, recipients and sends (undo)."""
    with uow:
        known = uow.stakeholders.names(include_archived=True)
        kept = replace(
            message, recipients=[r for r in message.recipients if r.stakeholder_id in known]
        )
        added = uow.messages.add(kept)
        uow.commit()
    return added


@dataclass(frozen=True, slots=True)
class Audience:
    """Whom to assign a message to: everyone matching all the parts given (None: any)."""

    map_id: int | None = None
    quadrant: Quadrant | None = None
    tag: str | None = None
    unit_id: int | None = None

    def describe(self) -> str:
        parts = []
        if self.quadrant is not None:
            parts.append(f"“{self.quadrant.title}”")
        if self.tag:
            parts.append(f"tagged “{self.tag}”")
        return ", ".join(parts) or "everyone chosen"


def audience(uow: UnitOfWork, chosen: Audience) -> list[int]:
    """The people (not archived) the audience takes in, by name."""
    if chosen.quadrant is not None and chosen.map_id is None:
        raise ValidationError("Choose the map whose quadrant is meant.", field="map")
    with uow:
        people = uow.stakeholders.list()
        wanted = {p.id for p in people if p.id is not None}
        if chosen.map_id is not None:
            if uow.maps.get(chosen.map_id) is None:
                raise NotFoundError("That map no longer exists.")
            members = {m.stakeholder_id for m in uow.maps.members(chosen.map_id)}
            wanted &= members
            if chosen.quadrant is not None:
                placed = {
                    p.stakeholder_id: p.values
                    for p in uow.maps.placements([Dimension.POWER, Dimension.INTEREST])
                    if p.map_id == chosen.map_id
                }
                wanted = {
                    person
                    for person in wanted
                    if Dimension.POWER in placed.get(person, {})
                    and Dimension.INTEREST in placed[person]
                    and quadrant_for(
                        placed[person][Dimension.POWER], placed[person][Dimension.INTEREST]
                    )
                    == chosen.quadrant
                }
    if chosen.tag:
        tag = chosen.tag.casefold()
        wanted &= {p.id for p in people if any(t.casefold() == tag for t in p.tags)}
    if chosen.unit_id is not None:
        wanted &= {p.id for p in people if chosen.unit_id in (p.unit_id, p.organisation_id)}
    return [p.id for p in people if p.id in wanted]  # type: ignore[misc]


def assign(
    uow: UnitOfWork, message_id: int, stakeholder_ids: Iterable[int], at: datetime | None = None
) -> list[int]:
    """Add these people to the message's recipients in one step; returns those newly added
    (the others received it already), so that undo removes only them."""
    moment = as_utc(at) if at else utc_now()
    with uow:
        message = uow.messages.get(message_id)
        if message is None:
            raise NotFoundError("That message no longer exists.")
        present = {r.stakeholder_id for r in message.recipients}
        known = uow.stakeholders.names(include_archived=True)
        new = [p for p in dict.fromkeys(stakeholder_ids) if p not in present and p in known]
        uow.messages.assign(message_id, [Recipient(p, moment) for p in new])
        uow.commit()
    return new


def unassign(uow: UnitOfWork, message_id: int, stakeholder_ids: Iterable[int]) -> list[Recipient]:
    """Take people off the recipients; returns what was removed (undo puts it back)."""
    gone = set(stakeholder_ids)
    with uow:
        message = uow.messages.get(message_id)
        if message is None:
            raise NotFoundError("That message no longer exists.")
        removed = [r for r in message.recipients if r.stakeholder_id in gone]
        uow.messages.unassign(message_id, gone)
        uow.commit()
    return removed


def reassign(uow: UnitOfWork, message_id: int, recipients: Iterable[Recipient]) -> None:
    """Put back recipients as they were (undo of :func:`unassign`)."""
    with uow:
        uow.messages.assign(message_id, list(recipients))
        uow.commit()


@dataclass(frozen=True, slots=True)
class RecipientDates:
    stakeholder_id: int
    name: str
    last: date | None
    next: date

    def overdue(self, today: date) -> bool:
        return self.next < today


@dataclass(frozen=True, slots=True)
class MessagePlan:
    message: Message
    recipients: tuple[RecipientDates, ...]


def last_sends(uow: UnitOfWork, message: Message) -> dict[int, date]:
    """Inside an open unit of work: each recipient's last send of the message (local day)."""
    wanted = {r.stakeholder_id for r in message.recipients}
    last: dict[int, date] = {}
    for interaction_id in message.interaction_ids:
        interaction = uow.interactions.get(interaction_id)
        if interaction is None:
            continue
        day = as_utc(interaction.when).astimezone().date()
        for person in interaction.participant_ids:
            if person in wanted and (person not in last or day > last[person]):
                last[person] = day
    return last


def communication_plan(uow: UnitOfWork) -> list[MessagePlan]:
    """Every message with each recipient's last and next date (next first, then by name)."""
    with uow:
        names = uow.stakeholders.names(include_archived=True)
        messages = uow.messages.list()
        plans: list[MessagePlan] = []
        for message in messages:
            last = last_sends(uow, message)
            rows = [
                RecipientDates(
                    r.stakeholder_id,
                    names.get(r.stakeholder_id, "?"),
                    last.get(r.stakeholder_id),
                    next_send(message.frequency, message.starts_on, last.get(r.stakeholder_id)),
                )
                for r in message.recipients
            ]
            rows.sort(key=lambda row: (row.next, row.name.casefold()))
            plans.append(MessagePlan(message, tuple(rows)))
    return plans


def messages_for(uow: UnitOfWork, stakeholder_ids: Iterable[int]) -> list[Message]:
    """The standing messages any of these people receive (the log dialog offers them)."""
    people = set(stakeholder_ids)
    with uow:
        return [
            m for m in uow.messages.list() if any(r.stakeholder_id in people for r in m.recipients)
        ]
