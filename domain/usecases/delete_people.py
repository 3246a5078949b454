"""Deleting a person for good, with everything that hangs off them, in one transaction; undone by
:func:`restore_person` exactly (same ids, same ratings, same places on maps).

What goes with them: their ratings (history and current values), their places on maps, their
commitments, concerns, notes, engagement plans, influence links and places among a message's
recipients;
they drop out of the interactions they took part in (which stay, with the other participants) and
stay on meetings as a guest under their name and e-mail address. Archiving keeps all of this and
only hides them: the gentler choice.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from domain.errors import NotFoundError
from domain.model import (
    Commitment,
    Concern,
    DemandItem,
    EngagementPlan,
    InfluenceLink,
    Interaction,
    MapMembership,
    Meeting,
    Note,
    Photo,
    Rating,
    Recipient,
    Stakeholder,
)
from domain.ports import UnitOfWork


@dataclass(frozen=True, slots=True)
class DeletionReach:
    """What deleting a person takes with them (for the confirmation)."""

    person: Stakeholder
    ratings: int
    interactions: int
    commitments: int
    concerns: int
    links: int
    maps: int
    meetings: int
    plans: int


@dataclass(slots=True)
class PersonSnapshot:
    """Everything a deleted person held, so that undo can put it back."""

    person: Stakeholder
    photo: Photo | None = None
    memberships: list[MapMembership] = field(default_factory=list)
    ratings: list[Rating] = field(default_factory=list)
    interactions: list[Interaction] = field(default_factory=list)
    commitments: list[Commitment] = field(default_factory=list)
    concerns: list[Concern] = field(default_factory=list)
    links: list[InfluenceLink] = field(default_factory=list)
    meetings: list[Meeting] = field(default_factory=list)
    plans: list[EngagementPlan] = field(default_factory=list)
    #: (message id, their place among its recipients) in the communication plan.
    recipients: list[tuple[int, Recipient]] = field(default_factory=list)
    #: Demand items they sponsor (they stay, without a sponsor).
    sponsored: list[DemandItem] = field(default_factory=list)
    #: The notes on them this login could read (on a server, others' private notes cannot be
    #: read, so undo cannot bring those back).
    notes: list[Note] = field(default_factory=list)


def deletion_reach(uow: UnitOfWork, stakeholder_id: int) -> DeletionReach:
    """What :func:`delete_person` would remove with the person (nothing is changed)."""
    with uow:
        snapshot = _snapshot(uow, stakeholder_id)
    return DeletionReach(
        snapshot.person,
        ratings=len(snapshot.ratings),
        interactions=len(snapshot.interactions),
        commitments=len(snapshot.commitments),
        concerns=len(snapshot.concerns),
        links=len(snapshot.links),
        maps=len(snapshot.memberships),
        meetings=len(snapshot.meetings),
        plans=len(snapshot.plans),
    )


def delete_person(uow: UnitOfWork, stakeholder_id: int) -> PersonSnapshot:
    """Delete the person and what hangs off them; returns what :func:`restore_person` needs."""
    with uow:
        snapshot = _snapshot(uow, stakeholder_id)
        uow.stakeholders.delete(stakeholder_id)
        uow.commit()
    return snapshot


def restore_person(uow: UnitOfWork, snapshot: PersonSnapshot) -> None:
    """Put a deleted person back as they were, under the same id."""
    person_id = snapshot.person.id
    assert person_id is not None
    with uow:
        uow.stakeholders.add(replace(snapshot.person))
        if snapshot.photo is not None:
            uow.stakeholders.set_photo(person_id, snapshot.photo)
        for place in snapshot.memberships:
            uow.maps.add_member(place)
        for rating in snapshot.ratings:
            uow.ratings.add(rating)
        for interaction in snapshot.interactions:
            uow.interactions.update(interaction)
        for commitment in snapshot.commitments:
            uow.commitments.add(commitment)
        for concern in snapshot.concerns:
            uow.concerns.add(concern)
        for link in snapshot.links:
            uow.influence.add(link)
        for meeting in snapshot.meetings:
            uow.meetings.update(meeting)
        for plan in snapshot.plans:
            uow.plans.add(plan)
        for message_id, recipient in snapshot.recipients:
            uow.messages.assign(message_id, [recipient])
        for item in snapshot.sponsored:
            uow.demand.update(item)
        for note in snapshot.notes:
            if uow.team.may_write_as(note.author):
                uow.notes.add(note)
        uow.commit()


def _snapshot(uow: UnitOfWork, stakeholder_id: int) -> PersonSnapshot:
    person = uow.stakeholders.get(stakeholder_id)
    if person is None:
        raise NotFoundError("That person is no longer in the register.")
    memberships = []
    for map_id in uow.maps.maps_of(stakeholder_id):
        memberships += [m for m in uow.maps.members(map_id) if m.stakeholder_id == stakeholder_id]
    return PersonSnapshot(
        person,
        photo=uow.stakeholders.photo(stakeholder_id),
        memberships=memberships,
        ratings=uow.ratings.history(stakeholder_id=stakeholder_id),
        interactions=[replace(i) for i in uow.interactions.list(stakeholder_id=stakeholder_id)],
        commitments=uow.commitments.list(stakeholder_id=stakeholder_id),
        concerns=uow.concerns.list(stakeholder_id=stakeholder_id),
        links=uow.influence.list(stakeholder_id),
        meetings=[
            replace(m, attendees=[replace(a) for a in m.attendees])
            for m in uow.meetings.list()
            if any(a.stakeholder_id == stakeholder_id for a in m.attendees)
        ],
        plans=uow.plans.list(stakeholder_id),
        recipients=[
            (message.id, recipient)
            for message in uow.messages.list()
            if message.id is not None
            for recipient in message.recipients
            if recipient.stakeholder_id == stakeholder_id
        ],
        sponsored=[i for i in uow.demand.list() if i.sponsor_id == stakeholder_id],
        notes=uow.notes.list(stakeholder_id),
    )
