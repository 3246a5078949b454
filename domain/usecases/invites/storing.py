"""Storing planned invites in one transaction, and taking them back (undo) or again (redo).

A new invitation adds a meeting (and the unknown attendees the user chose as stakeholders); an
update keeps what the user prepared (objective, talking points, maps, earlier answers); an answer
sets one attendee's response; a cancellation marks the meeting cancelled. Refused plans store
nothing. Every result remembers the meeting as it was, so undo restores it exactly.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, field, replace

from domain.clock import as_utc
from domain.errors import ValidationError
from domain.model import Meeting, MeetingAttendee, Stakeholder
from domain.ports import UnitOfWork
from domain.rules.validation import valid_meeting
from domain.usecases.invites.agenda import agenda_from_description, place_of
from domain.usecases.invites.names import display_name, normalised_name
from domain.usecases.invites.planning import ImportPlan, PlanKind
from domain.usecases.stakeholders import validate as validate_stakeholder


@dataclass(slots=True)
class ImportResult:
    meeting: Meeting
    #: Stakeholders created for unknown attendees (so that undo can remove them).
    added_stakeholders: list[Stakeholder] = field(default_factory=list)
    #: The meeting as it was before, when an existing one was updated, answered or cancelled.
    replaced: Meeting | None = None


def validate_meeting(meeting: Meeting) -> Meeting:
    meeting.title = " ".join(meeting.title.split()) or "Untitled meeting"
    if meeting.end is not None and meeting.end < meeting.start:
        raise ValidationError("The invite ends before it starts.", field="end")
    return valid_meeting(meeting)  # the rules every way in shares (control characters, lengths)


def apply_import(
    uow: UnitOfWork, plan: ImportPlan, add_as_stakeholders: Collection[str] = ()
) -> ImportResult:
    """Store one plan; see :func:`apply_imports`."""
    [result] = apply_imports(uow, [plan], add_as_stakeholders)
    return result


def apply_imports(
    uow: UnitOfWork,
    plans: Sequence[ImportPlan],
    add_as_stakeholders: Collection[str] = (),
) -> list[ImportResult]:
    """Store the plans that go in, in one transaction: all or nothing.

    ``add_as_stakeholders`` holds the :attr:`AttendeeMatch.key` of each unknown attendee the user
    chose to add; the other unknown attendees stay on the meeting by name only.
    """
    plans = [plan for plan in plans if plan.goes_in]
    new_people = _new_people(plans, add_as_stakeholders)
    results: list[ImportResult] = []
    with uow:
        organisations_by_domain = _organisations_by_domain(uow.stakeholders.list(True))
        created: dict[str, Stakeholder] = {}
        for plan in plans:
            if plan.kind in (PlanKind.NEW, PlanKind.UPDATE):
                results.append(_store(uow, plan, new_people, created, organisations_by_domain))
            else:
                results.append(_change(uow, plan))
        uow.commit()
    return results


def _new_people(plans: Sequence[ImportPlan], chosen: Collection[str]) -> dict[str, Stakeholder]:
    new_people: dict[str, Stakeholder] = {}
    for plan in plans:
        for match in plan.unknown:
            if match.key in chosen and match.key not in new_people:
                try:
                    new_people[match.key] = validate_stakeholder(
                        Stakeholder(match.display_name, email=match.attendee.email)
                    )
                except ValidationError as exc:
                    raise ValidationError(f"{match.display_name}: {exc}", exc.field) from exc
    return new_people


def _store(
    uow: UnitOfWork,
    plan: ImportPlan,
    new_people: dict[str, Stakeholder],
    created: dict[str, Stakeholder],
    organisations_by_domain: dict[str, int],
) -> ImportResult:
    invite = plan.invite
    assert invite.start is not None  # planning refuses invitations without a start
    added: list[Stakeholder] = []
    attendees: list[MeetingAttendee] = []
    for match in plan.matches:
        person = match.stakeholder
        if person is None and match.key in created:
            person = created[match.key]
        elif person is None and match.key in new_people:
            fresh = replace(new_people[match.key])
            domain = fresh.email.rsplit("@", 1)[-1].casefold() if fresh.email else ""
            fresh.organisation_id = organisations_by_domain.get(domain)
            person = uow.stakeholders.add(fresh)
            created[match.key] = person
            added.append(person)
        attendees.append(
            MeetingAttendee(
                person.id if person else None,
                person.name if person else display_name(match.display_name),
                match.attendee.email or (person.email if person else ""),
                match.role,
                response=match.attendee.response,
            )
        )

    previous = uow.meetings.get(plan.existing_meeting_id) if plan.existing_meeting_id else None
    if previous is not None:
        # An updated invite: keep what the user prepared (talking points, maps, objective) and
        # the answers already received when the update carries none.
        before = {_attendee_key(a): a for a in previous.attendees}
        for attendee in attendees:
            earlier = before.get(_attendee_key(attendee))
            if earlier is not None:
                attendee.talking_points = earlier.talking_points
                attendee.response = attendee.response or earlier.response
        meeting = validate_meeting(
            replace(
                previous,
                title=invite.title or previous.title,
                start=as_utc(invite.start),
                end=as_utc(invite.end) if invite.end else None,
                place=place_of(invite) or previous.place,
                agenda=agenda_from_description(invite.description) or previous.agenda,
                attendees=attendees,
                map_ids=list(previous.map_ids),
                recurrence=invite.recurrence,
                cancelled=False,
            )
        )
        uow.meetings.update(meeting)
    else:
        meeting = uow.meetings.add(
            validate_meeting(
                Meeting(
                    invite.title,
                    as_utc(invite.start),
                    as_utc(invite.end) if invite.end else None,
                    place=place_of(invite),
                    agenda=agenda_from_description(invite.description),
                    attendees=attendees,
                    ical_uid=invite.uid,
                    recurrence=invite.recurrence,
                )
            )
        )
    return ImportResult(meeting, added, previous)


def _change(uow: UnitOfWork, plan: ImportPlan) -> ImportResult:
    """An answer or a cancellation applied to the meeting it concerns."""
    previous = uow.meetings.get(plan.existing_meeting_id) if plan.existing_meeting_id else None
    if previous is None:
        raise ValidationError("The meeting this invite concerns is no longer in Rapport.")
    meeting = replace(
        previous, attendees=[replace(a) for a in previous.attendees], map_ids=[*previous.map_ids]
    )
    if plan.kind is PlanKind.CANCEL:
        meeting.cancelled = True
    for answer in plan.answers:
        if answer.attendee_index is not None and answer.attendee_index < len(meeting.attendees):
            meeting.attendees[answer.attendee_index].response = answer.response
    uow.meetings.update(meeting)
    return ImportResult(meeting, [], previous)


def _attendee_key(attendee: MeetingAttendee) -> str:
    if attendee.stakeholder_id is not None:
        return f"id:{attendee.stakeholder_id}"
    return attendee.email.casefold() or normalised_name(attendee.name)


def _organisations_by_domain(people: list[Stakeholder]) -> dict[str, int]:
    """E-mail domain → the organisation most of the people with that domain belong to."""
    counts: dict[str, dict[int, int]] = {}
    for person in people:
        if person.email and person.organisation_id is not None:
            domain = person.email.rsplit("@", 1)[-1].casefold()
            tally = counts.setdefault(domain, {})
            tally[person.organisation_id] = tally.get(person.organisation_id, 0) + 1
    return {domain: max(tally, key=lambda k: tally[k]) for domain, tally in counts.items()}


def undo_imports(uow: UnitOfWork, results: Sequence[ImportResult]) -> None:
    """Take imports back: each meeting (or its earlier state) and the stakeholders they added."""
    with uow:
        for result in reversed(results):
            if result.replaced is not None:
                uow.meetings.update(result.replaced)
            elif result.meeting.id is not None:
                uow.meetings.delete(result.meeting.id)
        for result in reversed(results):
            for person in result.added_stakeholders:
                if person.id is not None:
                    uow.stakeholders.delete(person.id)
        uow.commit()


def redo_imports(uow: UnitOfWork, results: Sequence[ImportResult]) -> None:
    """Put undone imports back, with the same ids."""
    with uow:
        for result in results:
            for person in result.added_stakeholders:
                uow.stakeholders.add(person)
        for result in results:
            if result.replaced is not None:
                uow.meetings.update(result.meeting)
            else:
                uow.meetings.add(result.meeting)
        uow.commit()
