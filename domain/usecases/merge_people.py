"""Merging two records of one person: everything that hangs off the one dropped (ratings,
interactions, commitments, map places, influence links, meeting attendance, engagement plans,
standing messages received) moves to the one
kept, whose empty fields are filled and who keeps both addresses and numbers. One transaction,
undone by :func:`unmerge_people` exactly."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from domain.errors import NotFoundError, ValidationError
from domain.model import (
    Commitment,
    Concern,
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
from domain.rules.contact_merge import Conflict
from domain.usecases.stakeholders import validate


@dataclass(slots=True)
class MergeRecord:
    keep_before: Stakeholder
    keep_after: Stakeholder
    dropped: Stakeholder
    dropped_photo: Photo | None = None
    photo_given: bool = False
    memberships_dropped: list[MapMembership] = field(default_factory=list)
    memberships_added: list[MapMembership] = field(default_factory=list)
    ratings: list[Rating] = field(default_factory=list)
    interactions: list[Interaction] = field(default_factory=list)
    commitments: list[Commitment] = field(default_factory=list)
    concerns: list[Concern] = field(default_factory=list)
    #: The notes moved to the kept person, as they were.
    notes: list[Note] = field(default_factory=list)
    links: list[InfluenceLink] = field(default_factory=list)
    meetings: list[Meeting] = field(default_factory=list)
    plans: list[EngagementPlan] = field(default_factory=list)
    #: (message id, the dropped person's place among its recipients, whether the kept person
    #: received it already).
    recipients: list[tuple[int, Recipient, bool]] = field(default_factory=list)


def merge_conflicts(keep: Stakeholder, drop: Stakeholder) -> list[Conflict]:
    """The values of ``drop`` that differ from ``keep``'s and will not be taken."""
    found = []
    for label, a, b in (
        ("name", keep.name, drop.name),
        ("job title", keep.job_title, drop.job_title),
        ("relation", keep.relation, drop.relation),
        ("notes", keep.notes, drop.notes),
        ("how to handle", keep.communication_preferences, drop.communication_preferences),
    ):
        if a.strip() and b.strip() and a.strip().casefold() != b.strip().casefold():
            found.append(Conflict(label, a, b))
    if (
        keep.organisation_id
        and drop.organisation_id
        and keep.organisation_id != drop.organisation_id
    ):
        found.append(Conflict("organisation", "theirs", "the other's"))
    return found


def _merged(keep: Stakeholder, drop: Stakeholder) -> Stakeholder:
    after = replace(
        keep,
        tags=[
            *keep.tags,
            *(t for t in drop.tags if t.casefold() not in {k.casefold() for k in keep.tags}),
        ],
        other_emails=[*keep.other_emails, *drop.emails],
        other_phones=[*keep.other_phones, *drop.phones],
    )
    for name in ("job_title", "notes", "communication_preferences"):
        if not getattr(after, name).strip():
            setattr(after, name, getattr(drop, name))
    if after.organisation_id is None:
        after.organisation_id, after.unit_id = drop.organisation_id, drop.unit_id
    elif after.unit_id is None and drop.organisation_id == after.organisation_id:
        after.unit_id = drop.unit_id
    if after.owner is None:
        after.owner = drop.owner
    if not after.email and after.other_emails:
        after.email = after.other_emails.pop(0)
    if not after.phone and after.other_phones:
        after.phone = after.other_phones.pop(0)
    return validate(after)


def merge_people(uow: UnitOfWork, keep_id: int, drop_id: int) -> MergeRecord:
    if keep_id == drop_id:
        raise ValidationError("A person cannot be merged with themselves.")
    with uow:
        keep = uow.stakeholders.get(keep_id)
        drop = uow.stakeholders.get(drop_id)
        if keep is None or drop is None:
            raise NotFoundError("One of the two people is no longer in the register.")
        record = MergeRecord(keep, keep, drop, dropped_photo=uow.stakeholders.photo(drop_id))
        for map_id in uow.maps.maps_of(drop_id):
            members = {m.stakeholder_id: m for m in uow.maps.members(map_id)}
            place = members[drop_id]
            record.memberships_dropped.append(place)
            if keep_id not in members:
                added = MapMembership(map_id, keep_id, place.added_at)
                uow.maps.add_member(added)
                record.memberships_added.append(added)
        for rating in uow.ratings.history(stakeholder_id=drop_id):
            assert rating.id is not None
            record.ratings.append(rating)
            uow.ratings.remove(rating.id)
            uow.ratings.add(replace(rating, stakeholder_id=keep_id))
        for interaction in uow.interactions.list(stakeholder_id=drop_id):
            record.interactions.append(replace(interaction))
            people: list[int] = []
            for person in interaction.participant_ids:
                moved = keep_id if person == drop_id else person
                if moved not in people:
                    people.append(moved)
            uow.interactions.update(replace(interaction, participant_ids=people))
        for commitment in uow.commitments.list(stakeholder_id=drop_id):
            record.commitments.append(commitment)
            uow.commitments.update(replace(commitment, stakeholder_id=keep_id))
        for concern in uow.concerns.list(stakeholder_id=drop_id):
            record.concerns.append(concern)
            uow.concerns.update(replace(concern, stakeholder_id=keep_id))
        for note in uow.notes.list(drop_id):
            if uow.team.may_write_as(note.author):  # on a server: one's own notes only
                record.notes.append(note)
                uow.notes.update(replace(note, stakeholder_id=keep_id))
        for link in uow.influence.list(drop_id):
            assert link.id is not None
            record.links.append(link)
            uow.influence.delete(link.id)
            source = keep_id if link.source_id == drop_id else link.source_id
            target = keep_id if link.target_id == drop_id else link.target_id
            if source != target:  # a link between the two becomes nothing
                uow.influence.add(replace(link, source_id=source, target_id=target))
        for meeting in uow.meetings.list():
            if not any(a.stakeholder_id == drop_id for a in meeting.attendees):
                continue
            record.meetings.append(meeting)
            attends = any(a.stakeholder_id == keep_id for a in meeting.attendees)
            attendees = []
            for attendee in meeting.attendees:
                if attendee.stakeholder_id == drop_id:
                    if attends:
                        continue
                    attendee = replace(attendee, stakeholder_id=keep_id)
                attendees.append(replace(attendee))
            uow.meetings.update(replace(meeting, attendees=attendees))
        for plan in uow.plans.list(drop_id):
            record.plans.append(plan)
            uow.plans.update(replace(plan, stakeholder_id=keep_id))
        for message in uow.messages.list():
            theirs = {r.stakeholder_id: r for r in message.recipients}
            if drop_id not in theirs or message.id is None:
                continue
            had = keep_id in theirs
            record.recipients.append((message.id, theirs[drop_id], had))
            uow.messages.unassign(message.id, [drop_id])
            if not had:
                uow.messages.assign(message.id, [replace(theirs[drop_id], stakeholder_id=keep_id)])
        for place in record.memberships_dropped:
            uow.maps.remove_member(place.map_id, drop_id)
        record.keep_after = _merged(keep, drop)
        uow.stakeholders.update(record.keep_after)
        if record.dropped_photo is not None and uow.stakeholders.photo(keep_id) is None:
            uow.stakeholders.set_photo(keep_id, record.dropped_photo)
            record.photo_given = True
        uow.stakeholders.delete(drop_id)
        uow.commit()
    return record


def unmerge_people(uow: UnitOfWork, record: MergeRecord) -> None:
    keep_id = record.keep_before.id
    dropped_id = record.dropped.id
    assert keep_id is not None and dropped_id is not None
    with uow:
        uow.stakeholders.add(replace(record.dropped))
        if record.dropped_photo is not None:
            uow.stakeholders.set_photo(dropped_id, record.dropped_photo)
        for place in record.memberships_dropped:
            uow.maps.add_member(place)
        for rating in record.ratings:
            assert rating.id is not None
            uow.ratings.remove(rating.id)
            uow.ratings.add(rating)
        for interaction in record.interactions:
            uow.interactions.update(interaction)
        for commitment in record.commitments:
            uow.commitments.update(commitment)
        for concern in record.concerns:
            uow.concerns.update(concern)
        for note in record.notes:
            uow.notes.update(note)
        for link in record.links:
            assert link.id is not None
            uow.influence.delete(link.id)
            uow.influence.add(link)
        for meeting in record.meetings:
            uow.meetings.update(meeting)
        for place in record.memberships_added:
            uow.maps.remove_member(place.map_id, keep_id)
        for plan in record.plans:
            uow.plans.update(plan)
        for message_id, recipient, had in record.recipients:
            if not had:
                uow.messages.unassign(message_id, [keep_id])
            uow.messages.assign(message_id, [recipient])
        uow.stakeholders.update(record.keep_before)
        if record.photo_given:
            uow.stakeholders.set_photo(keep_id, None)
        uow.commit()
