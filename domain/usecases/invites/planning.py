"""What each invite will do, decided before anything is stored (read-only).

An invitation (REQUEST or PUBLISH) becomes a new meeting, or updates the meeting an earlier import
of it made: found by its UID, or, for invites without one, by organiser, start and title. Its
people are matched to stakeholders by e-mail, then by name. A REPLY records the answer of the
attendee who sent it on that meeting; a CANCEL marks the meeting cancelled. Anything else (an
answer to a meeting Rapport does not have, say) is refused with the reason, in words.

:class:`InviteIndex` reads stakeholders and meetings once, so that hundreds of invites are planned
without reading the workspace again for each; :meth:`InviteIndex.remember` keeps it current as
plans are stored one after another (a reply may follow its invite in the same batch).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum

from domain.clock import as_utc
from domain.model import AttendeeResponse, AttendeeRole, Meeting, MeetingAttendee, Stakeholder
from domain.ports import UnitOfWork
from domain.usecases.invites.invite import (
    CalendarInvite,
    InviteAttendee,
    InviteMethod,
    InviteRole,
)
from domain.usecases.invites.names import display_name, name_from_email, normalised_name


class MatchedBy(StrEnum):
    EMAIL = "e-mail"
    NAME = "name"
    NONE = "unknown"


class PlanKind(StrEnum):
    NEW = "new"
    UPDATE = "update"
    ANSWER = "answer"
    CANCEL = "cancel"
    REFUSED = "refused"


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
class Answer:
    """One attendee's answer in a reply, and where they sit on the meeting (None: not on it)."""

    name: str
    email: str
    response: AttendeeResponse
    attendee_index: int | None


@dataclass(frozen=True, slots=True)
class ImportPlan:
    invite: CalendarInvite
    matches: tuple[AttendeeMatch, ...] = ()
    #: The meeting it updates, answers or cancels (an earlier import of the same invite).
    existing_meeting_id: int | None = None
    kind: PlanKind = PlanKind.NEW
    answers: tuple[Answer, ...] = ()
    #: Why nothing will be stored, in words (kind REFUSED).
    refusal: str = ""
    #: The meeting as it stands now (for updates, answers and cancellations).
    existing: Meeting | None = None

    @property
    def unknown(self) -> tuple[AttendeeMatch, ...]:
        """Attendees not in Rapport whom the user may add (only invitations add people)."""
        if self.kind not in (PlanKind.NEW, PlanKind.UPDATE):
            return ()
        return tuple(m for m in self.matches if m.stakeholder is None)

    @property
    def goes_in(self) -> bool:
        return self.kind is not PlanKind.REFUSED


def role_of(attendee: InviteAttendee) -> AttendeeRole:
    if attendee.organiser or attendee.role is InviteRole.CHAIR:
        return AttendeeRole.ORGANISER
    if attendee.role in (InviteRole.OPTIONAL, InviteRole.NON_PARTICIPANT):
        return AttendeeRole.OPTIONAL
    return AttendeeRole.REQUIRED


def people_of(invite: CalendarInvite) -> list[InviteAttendee]:
    """The organiser and attendees, each person once (the organiser keeps that role)."""
    people: list[InviteAttendee] = []
    seen: dict[str, int] = {}
    listed = [invite.organiser, *invite.attendees] if invite.organiser else list(invite.attendees)
    for person in listed:
        if person is None:
            continue
        key = person.email.casefold() or normalised_name(display_name(person.name))
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
                response=earlier.response or person.response,
            )
            continue
        seen[key] = len(people)
        people.append(person)
    return people


#: What Outlook and Exchange put before the title of an answer ("Declined: Budget review").
_ANSWER_PREFIX = re.compile(
    r"^\s*(?:accepted|declined|tentative|tentatively accepted|canceled|cancelled|updated|"
    r"zugesagt|abgelehnt|mit vorbehalt|abgesagt|accepté|refusé|provisoire|annulé|aceptado|"
    r"rechazado|aceptado provisionalmente|cancelado|geaccepteerd|geweigerd|voorlopig)\s*:\s*",
    re.IGNORECASE,
)


def title_key(title: str) -> str:
    return normalised_name(_ANSWER_PREFIX.sub("", title, count=1))


def _meeting_organiser(meeting: Meeting) -> str:
    for attendee in meeting.attendees:
        if attendee.role is AttendeeRole.ORGANISER and attendee.email:
            return attendee.email.casefold()
    return ""


def _invite_organiser(invite: CalendarInvite) -> str:
    if invite.organiser is not None and invite.organiser.email:
        return invite.organiser.email.casefold()
    for attendee in invite.attendees:
        if attendee.role is InviteRole.CHAIR and attendee.email:
            return attendee.email.casefold()
    return ""


def _same_key(start: datetime, title: str, organiser: str) -> tuple[datetime, str, str]:
    return (as_utc(start), title_key(title), organiser)


class InviteIndex:
    """Stakeholders and meetings as an import sees them, read once."""

    def __init__(self, stakeholders: Iterable[Stakeholder], meetings: Iterable[Meeting]) -> None:
        self._by_email: dict[str, Stakeholder] = {}
        self._by_name: dict[str, list[Stakeholder]] = {}
        self._by_uid: dict[str, Meeting] = {}
        self._by_key: dict[tuple[datetime, str, str], Meeting] = {}
        self._pretended = 0
        for person in stakeholders:
            self._add_person(person)
        for meeting in meetings:
            self._add_meeting(meeting)

    @classmethod
    def load(cls, uow: UnitOfWork) -> InviteIndex:
        with uow:
            return cls(uow.stakeholders.list(include_archived=True), uow.meetings.list())

    def _add_person(self, person: Stakeholder) -> None:
        if person.email:
            self._by_email.setdefault(person.email.casefold(), person)
        self._by_name.setdefault(normalised_name(person.name), []).append(person)

    def _add_meeting(self, meeting: Meeting) -> None:
        if meeting.ical_uid:
            self._by_uid[meeting.ical_uid] = meeting
        key = _same_key(meeting.start, meeting.title, _meeting_organiser(meeting))
        self._by_key.setdefault(key, meeting)

    def remember(self, meeting: Meeting, added: Sequence[Stakeholder] = ()) -> None:
        """Take a stored meeting (and the people it added) into account for later plans."""
        for person in added:
            self._add_person(person)
        for key, known in list(self._by_key.items()):
            if known.id == meeting.id:
                del self._by_key[key]
        self._add_meeting(meeting)

    def pretend(self, plan: ImportPlan) -> None:
        """Take a plan into account as if it had been stored (a dry run: a later answer in the
        same run then finds the meeting its invitation would have made)."""
        invite = plan.invite
        if plan.kind is not PlanKind.NEW or invite.start is None:
            return
        self._pretended -= 1
        seats = [
            MeetingAttendee(
                m.stakeholder.id if m.stakeholder else None,
                m.display_name,
                m.attendee.email,
                m.role,
            )
            for m in plan.matches
        ]
        title = invite.title or "Untitled meeting"
        self._add_meeting(
            Meeting(
                title,
                invite.start,
                invite.end,
                attendees=seats,
                ical_uid=invite.uid,
                id=self._pretended,
            )
        )

    # -- finding ------------------------------------------------------------------------------
    def meeting_for(self, invite: CalendarInvite) -> Meeting | None:
        """The meeting an earlier import of this invite made: by UID, else organiser+start+title."""
        if invite.uid and invite.uid in self._by_uid:
            return self._by_uid[invite.uid]
        if invite.start is None:
            return None
        found = self._by_key.get(_same_key(invite.start, invite.title, _invite_organiser(invite)))
        if found is None or (invite.uid and found.ical_uid and found.ical_uid != invite.uid):
            return None
        return found

    def _stakeholder_for(self, attendee: InviteAttendee, taken: set[int]) -> AttendeeMatch:
        role = role_of(attendee)
        found = self._by_email.get(attendee.email.casefold()) if attendee.email else None
        how = MatchedBy.EMAIL
        if found is None and attendee.name:
            candidates = [
                s
                for s in self._by_name.get(normalised_name(display_name(attendee.name)), [])
                # Someone of that name at another e-mail domain is someone else.
                if not _other_address(s, attendee)
            ]
            if len(candidates) == 1:
                found, how = candidates[0], MatchedBy.NAME
        if found is None or found.id is None or found.id in taken:
            return AttendeeMatch(attendee, role)
        taken.add(found.id)
        return AttendeeMatch(attendee, role, found, how)

    # -- planning -----------------------------------------------------------------------------
    def plan(self, invite: CalendarInvite) -> ImportPlan:
        existing = self.meeting_for(invite)
        if invite.method is InviteMethod.REPLY:
            return _plan_answer(invite, existing)
        if invite.method is InviteMethod.CANCEL or invite.cancelled:
            return _plan_cancel(invite, existing)
        if invite.start is None:
            return ImportPlan(invite, kind=PlanKind.REFUSED, refusal="It has no start time.")
        taken: set[int] = set()
        matches = tuple(self._stakeholder_for(a, taken) for a in people_of(invite))
        if existing is None:
            return ImportPlan(invite, matches)
        return ImportPlan(invite, matches, existing.id, PlanKind.UPDATE, existing=existing)


def _other_address(person: Stakeholder, attendee: InviteAttendee) -> bool:
    """True when both have addresses at different domains: then a shared name is a coincidence.

    Another address at the same domain is taken as an alias (a.lovelace@ for ada.lovelace@).
    """
    if not person.email or not attendee.email:
        return False
    return _domain(person.email) != _domain(attendee.email)


def _domain(email: str) -> str:
    return email.rsplit("@", 1)[-1].casefold()


def _quoted(invite: CalendarInvite) -> str:
    title = _ANSWER_PREFIX.sub("", invite.title, count=1).strip()
    return f"“{title}”" if title else "this meeting"


def _seat_of(meeting: Meeting, attendee: InviteAttendee) -> int | None:
    email = attendee.email.casefold()
    name = normalised_name(display_name(attendee.name)) if attendee.name else ""
    for index, seat in enumerate(meeting.attendees):
        if email and seat.email.casefold() == email:
            return index
    for index, seat in enumerate(meeting.attendees):
        if name and normalised_name(seat.name) == name:
            return index
    return None


def _plan_answer(invite: CalendarInvite, meeting: Meeting | None) -> ImportPlan:
    if meeting is None:
        return ImportPlan(
            invite,
            kind=PlanKind.REFUSED,
            refusal=f"It answers {_quoted(invite)}, which is not in Rapport: import the "
            "invitation first, then the answer.",
        )
    answers = tuple(
        Answer(
            display_name(a.name) or name_from_email(a.email),
            a.email,
            a.response,
            _seat_of(meeting, a),
        )
        for a in invite.attendees
        if a.response is not AttendeeResponse.NONE
    )
    if not answers:
        return ImportPlan(
            invite,
            kind=PlanKind.REFUSED,
            refusal="It is an answer without an answer in it (no PARTSTAT).",
            existing=meeting,
        )
    if all(a.attendee_index is None for a in answers):
        who = ", ".join(a.name for a in answers[:3])
        return ImportPlan(
            invite,
            kind=PlanKind.REFUSED,
            refusal=f"{who} answered {_quoted(invite)} but is not among its attendees in "
            "Rapport; add them to the meeting first.",
            existing=meeting,
        )
    return ImportPlan(invite, (), meeting.id, PlanKind.ANSWER, answers=answers, existing=meeting)


def _plan_cancel(invite: CalendarInvite, meeting: Meeting | None) -> ImportPlan:
    if meeting is None:
        return ImportPlan(
            invite,
            kind=PlanKind.REFUSED,
            refusal=f"It calls off {_quoted(invite)}, which is not in Rapport: nothing to cancel.",
        )
    if invite.occurrence_of_series and invite.method is InviteMethod.CANCEL:
        return ImportPlan(
            invite,
            kind=PlanKind.REFUSED,
            refusal=f"It calls off one date of the series {_quoted(invite)} only; the series "
            "stays planned in Rapport.",
            existing=meeting,
        )
    return ImportPlan(invite, (), meeting.id, PlanKind.CANCEL, existing=meeting)


def plan_import(uow: UnitOfWork, invite: CalendarInvite) -> ImportPlan:
    """What ``invite`` would do (read-only: nothing is stored yet)."""
    return InviteIndex.load(uow).plan(invite)


def plan_imports(uow: UnitOfWork, invites: Sequence[CalendarInvite]) -> list[ImportPlan]:
    """Plans for several invites, reading the workspace once."""
    index = InviteIndex.load(uow)
    return [index.plan(invite) for invite in invites]
