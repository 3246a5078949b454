"""Turning a calendar invite into a planned meeting.

The invite arrives as plain data (:class:`CalendarInvite`, produced by the iCalendar reader in
persistence). Attendees are matched to stakeholders by e-mail, then by name; the user decides which
unknown attendees become new stakeholders; the organiser and attendee roles are kept. Everything is
written in one transaction, so a refused import leaves nothing behind. Importing the same invite
again (same UID) updates the meeting it made instead of adding a second one.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum

from domain.clock import as_utc
from domain.errors import ValidationError
from domain.model import AttendeeRole, Meeting, MeetingAttendee, Stakeholder
from domain.ports import UnitOfWork
from domain.usecases.stakeholders import validate as validate_stakeholder


class InviteRole(StrEnum):
    """The participation roles of RFC 5545 (ROLE=…)."""

    CHAIR = "CHAIR"
    REQUIRED = "REQ-PARTICIPANT"
    OPTIONAL = "OPT-PARTICIPANT"
    NON_PARTICIPANT = "NON-PARTICIPANT"


@dataclass(frozen=True, slots=True)
class InviteAttendee:
    name: str = ""
    email: str = ""
    role: InviteRole = InviteRole.REQUIRED
    #: True for the invite's ORGANIZER (who may also be listed as an attendee).
    organiser: bool = False


@dataclass(frozen=True, slots=True)
class CalendarInvite:
    """One event of an iCalendar file, in neutral terms (times are aware UTC)."""

    title: str
    start: datetime
    end: datetime | None = None
    location: str = ""
    description: str = ""
    organiser: InviteAttendee | None = None
    attendees: tuple[InviteAttendee, ...] = ()
    uid: str = ""
    all_day: bool = False
    #: A video-call link (Teams, Meet, Zoom…) when the invite carries one.
    conference_url: str = ""


class MatchedBy(StrEnum):
    EMAIL = "e-mail"
    NAME = "name"
    NONE = "unknown"


@dataclass(frozen=True, slots=True)
class AttendeeMatch:
    attendee: InviteAttendee
    role: AttendeeRole
    stakeholder: Stakeholder | None = None
    matched_by: MatchedBy = MatchedBy.NONE

    @property
    def display_name(self) -> str:
        if self.stakeholder is not None:
            return self.stakeholder.name
        return display_name(self.attendee.name) or name_from_email(self.attendee.email)

    @property
    def key(self) -> str:
        """What identifies this attendee within the invite (to say who becomes a stakeholder)."""
        return self.attendee.email.casefold() or self.display_name.casefold()


@dataclass(frozen=True, slots=True)
class ImportPlan:
    invite: CalendarInvite
    matches: tuple[AttendeeMatch, ...]
    #: The meeting an earlier import of the same invite made (it is updated, not duplicated).
    existing_meeting_id: int | None = None

    @property
    def unknown(self) -> tuple[AttendeeMatch, ...]:
        return tuple(m for m in self.matches if m.stakeholder is None)


@dataclass(slots=True)
class ImportResult:
    meeting: Meeting
    #: Stakeholders created for unknown attendees (so that undo can remove them).
    added_stakeholders: list[Stakeholder] = field(default_factory=list)
    #: The meeting as it was before, when an earlier import was updated.
    replaced: Meeting | None = None


# -- matching -------------------------------------------------------------------------------------
def normalised_name(name: str) -> str:
    """A name for comparison: "Lovelace, Ada" and "ada  LOVELACE" and "Adá Lovelace" agree."""
    text = name.strip().strip("\"'")
    if text.count(",") == 1:
        last, first = (part.strip() for part in text.split(","))
        if first and last and " " not in last.strip():
            text = f"{first} {last}"
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(re.sub(r"[^\w\s-]", " ", text).casefold().split())


def display_name(name: str) -> str:
    """A CN as people write it: "Lovelace, Ada" becomes "Ada Lovelace"; quotes go."""
    text = " ".join(name.strip().strip("\"'").split())
    if text.count(",") == 1:
        last, first = (part.strip() for part in text.split(","))
        if first and last and " " not in last:
            return f"{first} {last}"
    return text


def name_from_email(email: str) -> str:
    """ "jane.doe@example.com" → "Jane Doe" (for attendees the invite names by address only)."""
    local = email.split("@", 1)[0]
    parts = [p for p in re.split(r"[._+-]+", local) if p]
    return " ".join(p[:1].upper() + p[1:] for p in parts) or email


def role_of(attendee: InviteAttendee) -> AttendeeRole:
    if attendee.organiser or attendee.role is InviteRole.CHAIR:
        return AttendeeRole.ORGANISER
    if attendee.role in (InviteRole.OPTIONAL, InviteRole.NON_PARTICIPANT):
        return AttendeeRole.OPTIONAL
    return AttendeeRole.REQUIRED


def _people_of(invite: CalendarInvite) -> list[InviteAttendee]:
    """The organiser and attendees, each person once (the organiser keeps that role)."""
    people: list[InviteAttendee] = []
    seen: dict[str, int] = {}
    listed = [invite.organiser, *invite.attendees] if invite.organiser else list(invite.attendees)
    for person in listed:
        if person is None:
            continue
        key = person.email.casefold() or normalised_name(person.name)
        if not key:
            continue
        if key in seen:
            earlier = people[seen[key]]
            people[seen[key]] = replace(
                earlier,
                name=earlier.name or person.name,
                organiser=earlier.organiser or person.organiser,
                role=InviteRole.CHAIR
                if InviteRole.CHAIR in (earlier.role, person.role)
                else earlier.role,
            )
            continue
        seen[key] = len(people)
        people.append(person)
    return people


def _other_address(person: Stakeholder, attendee: InviteAttendee) -> bool:
    """True when both have addresses at different domains: then a shared name is a coincidence.

    Another address at the same domain is taken as an alias (a.lovelace@ for ada.lovelace@).
    """
    if not person.email or not attendee.email:
        return False
    return _domain(person.email) != _domain(attendee.email)


def _domain(email: str) -> str:
    return email.rsplit("@", 1)[-1].casefold()


def plan_import(uow: UnitOfWork, invite: CalendarInvite) -> ImportPlan:
    """Match the invite's people to stakeholders (read-only: nothing is stored yet)."""
    with uow:
        stakeholders = uow.stakeholders.list(include_archived=True)
        existing = next(
            (m.id for m in uow.meetings.list() if invite.uid and m.ical_uid == invite.uid), None
        )
    by_email = {s.email.casefold(): s for s in stakeholders if s.email}
    by_name: dict[str, list[Stakeholder]] = {}
    for person in stakeholders:
        by_name.setdefault(normalised_name(person.name), []).append(person)

    matches: list[AttendeeMatch] = []
    taken: set[int] = set()
    for attendee in _people_of(invite):
        role = role_of(attendee)
        found = by_email.get(attendee.email.casefold()) if attendee.email else None
        how = MatchedBy.EMAIL
        if found is None and attendee.name:
            candidates = [
                s
                for s in by_name.get(normalised_name(attendee.name), [])
                # Someone of that name at another e-mail domain is someone else.
                if not _other_address(s, attendee)
            ]
            if len(candidates) == 1:
                found, how = candidates[0], MatchedBy.NAME
        if found is not None and found.id in taken:
            found = None
        if found is None:
            matches.append(AttendeeMatch(attendee, role))
        else:
            assert found.id is not None
            taken.add(found.id)
            matches.append(AttendeeMatch(attendee, role, found, how))
    return ImportPlan(invite, tuple(matches), existing)


# -- applying -------------------------------------------------------------------------------------
_BOILERPLATE = re.compile(
    r"^\s*(?:_{20,}|-::~[:~]+::-|Microsoft Teams (?:meeting|Need help\?)|"
    r"Join with Google Meet|Join Zoom Meeting)",
    re.MULTILINE,
)


def agenda_from_description(description: str) -> str:
    """The invite's own text, without the joining instructions calendars append to it."""
    text = description.replace("\r\n", "\n").replace("\r", "\n")
    cut = _BOILERPLATE.search(text)
    if cut:
        text = text[: cut.start()]
    lines = [line.rstrip() for line in text.split("\n")]
    return "\n".join(lines).strip()


def _place(invite: CalendarInvite) -> str:
    location = ", ".join(" ".join(line.split()) for line in invite.location.splitlines())
    location = ", ".join(part for part in location.split(", ") if part)
    if location:
        return location
    return invite.conference_url


def apply_import(
    uow: UnitOfWork,
    plan: ImportPlan,
    add_as_stakeholders: Collection[str] = (),
) -> ImportResult:
    """Store the meeting (and the chosen new stakeholders) in one transaction.

    ``add_as_stakeholders`` holds the :attr:`AttendeeMatch.key` of each unknown attendee the user
    chose to add; the other unknown attendees stay on the meeting by name only.
    """
    return apply_imports(uow, [plan], add_as_stakeholders)[0]


def apply_imports(
    uow: UnitOfWork,
    plans: Sequence[ImportPlan],
    add_as_stakeholders: Collection[str] = (),
) -> list[ImportResult]:
    """Store several invites (one file may hold many) in one transaction: all or nothing."""
    new_people: dict[str, Stakeholder] = {}
    for plan in plans:
        for match in plan.unknown:
            if match.key in add_as_stakeholders and match.key not in new_people:
                try:
                    new_people[match.key] = validate_stakeholder(
                        Stakeholder(display_name(match.display_name), email=match.attendee.email)
                    )
                except ValidationError as exc:
                    raise ValidationError(f"{match.display_name}: {exc}", exc.field) from exc

    results: list[ImportResult] = []
    with uow:
        organisations_by_domain = _organisations_by_domain(uow.stakeholders.list(True))
        created: dict[str, Stakeholder] = {}
        for plan in plans:
            result = _store(uow, plan, new_people, created, organisations_by_domain)
            results.append(result)
        uow.commit()
    return results


def _store(
    uow: UnitOfWork,
    plan: ImportPlan,
    new_people: dict[str, Stakeholder],
    created: dict[str, Stakeholder],
    organisations_by_domain: dict[str, int],
) -> ImportResult:
    invite = plan.invite
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
            )
        )

    previous = uow.meetings.get(plan.existing_meeting_id) if plan.existing_meeting_id else None
    if previous is not None:
        # An updated invite: keep what the user prepared (talking points, maps, objective).
        points = {_attendee_key(a): a.talking_points for a in previous.attendees}
        for attendee in attendees:
            attendee.talking_points = points.get(_attendee_key(attendee), "")
        meeting = validate_meeting(
            replace(
                previous,
                title=invite.title or previous.title,
                start=as_utc(invite.start),
                end=as_utc(invite.end) if invite.end else None,
                place=_place(invite) or previous.place,
                agenda=agenda_from_description(invite.description) or previous.agenda,
                attendees=attendees,
                map_ids=list(previous.map_ids),
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
                    place=_place(invite),
                    agenda=agenda_from_description(invite.description),
                    attendees=attendees,
                    ical_uid=invite.uid,
                )
            )
        )
    return ImportResult(meeting, added, previous)


def validate_meeting(meeting: Meeting) -> Meeting:
    meeting.title = " ".join(meeting.title.split()) or "Untitled meeting"
    if meeting.end is not None and meeting.end < meeting.start:
        raise ValidationError("The invite ends before it starts.", field="end")
    return meeting


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
