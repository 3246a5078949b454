"""What may be stored: the one place every way in (editors, use cases, JSON import, invites) checks
and cleans text before it reaches the workspace.

Text is cleaned, then checked:

- control characters are removed (NUL bytes, the rest of C0 and C1, DEL): they come from pasted
  text, old exports and other people's invites, print as boxes, and break other programs reading
  an export. Multi-line fields keep line breaks (CR LF and lone CR become LF) and tabs;
- a one-line field (a name, a title, a place) has its runs of white space made one space;
- a field longer than its limit is refused with a :class:`ValidationError` naming the field and
  the limit, never cut silently.

Each ``valid_*`` function returns a cleaned copy of an entity or raises :class:`ValidationError`
(with ``field`` set); use cases call them before storing, and so does the JSON import.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Callable
from dataclasses import replace

from domain.clock import as_utc
from domain.errors import ValidationError
from domain.model import (
    Commitment,
    Concern,
    ConcernKind,
    ConcernSeverity,
    ConcernStatus,
    DemandItem,
    DemandKind,
    DemandStatus,
    DemandStep,
    Dimension,
    InfluenceLink,
    Interaction,
    MaturityAssessment,
    MaturityLevel,
    MaturityTarget,
    Meeting,
    MeetingAttendee,
    Organisation,
    Rating,
    Stakeholder,
    StakeholderMap,
)

#: Names of people, organisations, units and maps; job titles, phones, relations, tags.
NAME_LIMIT = 200
#: An e-mail address (RFC 5321 §4.5.3.1: a path is at most 256 octets, the address 254).
EMAIL_LIMIT = 254
#: A meeting's title and place (a Teams or Zoom place carries a long join link).
LINE_LIMIT = 1_000
#: Notes, agendas, objectives, talking points, summaries: about 30 printed pages.
TEXT_LIMIT = 100_000
#: How many tags a person may carry.
TAGS_LIMIT = 100

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
#: C0 controls but tab and line feed, DEL, and C1 controls.
_CONTROLS_KEEPING_LINES = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def without_controls(text: str, *, multiline: bool = True) -> str:
    """``text`` with control characters removed; a multi-line text keeps its line breaks (as LF)
    and tabs, a one-line text turns them into spaces."""
    if multiline:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        return _CONTROLS_KEEPING_LINES.sub("", text)
    text = re.sub(r"[\t\n\r\v\f\x1c-\x1f\x85]", " ", text)
    return _CONTROLS.sub("", text)


def _too_long(label: str, limit: int, field: str) -> ValidationError:
    return ValidationError(
        f"The {label} is longer than {limit:,} characters; shorten it.", field=field
    )


def clean_line(value: str, field: str, label: str, limit: int, *, required: str = "") -> str:
    """A one-line field: control characters removed, white space collapsed, checked for length
    (and, with ``required``, refused empty with that message)."""
    clean = " ".join(without_controls(value, multiline=False).split())
    if required and not clean:
        raise ValidationError(required, field=field)
    if len(clean) > limit:
        raise _too_long(label, limit, field)
    return clean


def clean_text(value: str, field: str, label: str, limit: int = TEXT_LIMIT) -> str:
    """A multi-line field: control characters removed, outer white space stripped, checked for
    length."""
    clean = without_controls(value).strip()
    if len(clean) > limit:
        raise _too_long(label, limit, field)
    return clean


# -- one function per entity -------------------------------------------------------------------
def valid_stakeholder(stakeholder: Stakeholder) -> Stakeholder:
    name = clean_line(
        stakeholder.name, "name", "name", NAME_LIMIT, required="A stakeholder needs a name."
    )
    email = clean_line(stakeholder.email, "email", "e-mail address", EMAIL_LIMIT)
    if email and not _EMAIL.match(email):
        raise ValidationError(f"“{email}” is not an e-mail address.", field="email")
    if len(stakeholder.tags) > TAGS_LIMIT:
        raise ValidationError(f"A person can have at most {TAGS_LIMIT} tags.", field="tags")
    # One tag per spelling regardless of case (the first one typed is kept), in a stable order.
    unique: dict[str, str] = {}
    for tag in stakeholder.tags:
        clean = clean_line(tag, "tags", "tag", NAME_LIMIT)
        if clean:
            unique.setdefault(clean.casefold(), clean)
    others = [
        clean_line(other, "email", "e-mail address", EMAIL_LIMIT)
        for other in stakeholder.other_emails
    ]
    for other in others:
        if other and not _EMAIL.match(other):
            raise ValidationError(f"“{other}” is not an e-mail address.", field="email")
    phone = clean_line(stakeholder.phone, "phone", "phone number", NAME_LIMIT)
    phones = [
        clean_line(other, "phone", "phone number", NAME_LIMIT) for other in stakeholder.other_phones
    ]
    return replace(
        stakeholder,
        name=name,
        email=email,
        other_emails=_others(others, email, str.casefold),
        other_phones=_others(phones, phone, _digits),
        job_title=clean_line(stakeholder.job_title, "job_title", "job title", NAME_LIMIT),
        phone=phone,
        relation=clean_line(stakeholder.relation, "relation", "relation", NAME_LIMIT)
        or "business unit",
        tags=sorted(unique.values(), key=str.casefold),
        notes=clean_text(stakeholder.notes, "notes", "notes"),
        communication_preferences=clean_text(
            stakeholder.communication_preferences,
            "communication_preferences",
            "“how to handle them” text",
        ),
        owner=valid_owner(stakeholder.owner),
    )


def _digits(phone: str) -> str:
    return "".join(c for c in phone if c.isdigit())


def _others(values: list[str], main: str, key: Callable[[str], str]) -> list[str]:
    """The further addresses or numbers, each once and none repeating the main one."""
    seen = {key(main)} if main else set()
    kept: list[str] = []
    for value in values:
        if value and key(value) not in seen:
            seen.add(key(value))
            kept.append(value)
    return kept


def valid_organisation(organisation: Organisation) -> Organisation:
    name = clean_line(
        organisation.name, "name", "name", NAME_LIMIT, required="An organisation needs a name."
    )
    return replace(organisation, name=name, owner=valid_owner(organisation.owner))


def valid_owner(login: str | None) -> str | None:
    """An owner's login cleaned (None for nobody: empty or blank counts as nobody)."""
    if login is None:
        return None
    return clean_line(login, "owner", "owner's login", NAME_LIMIT) or None


def valid_maturity(assessment: MaturityAssessment) -> MaturityAssessment:
    return replace(
        assessment,
        level=MaturityLevel(assessment.level),
        note=clean_text(assessment.note, "note", "evidence"),
        assessor=clean_line(assessment.assessor, "assessor", "assessor", NAME_LIMIT),
    )


def valid_target(target: MaturityTarget) -> MaturityTarget:
    return replace(target, level=MaturityLevel(target.level))


#: The largest estimated value a demand item may carry (a thousand billion).
DEMAND_VALUE_LIMIT = 1e12


def valid_demand_item(item: DemandItem) -> DemandItem:
    """The item cleaned; refused without a unit, a title or a first status, with dates that go
    backwards, or a value that is negative, not a number or absurdly large."""
    if item.unit_id is None:
        raise ValidationError(
            "A demand item needs a business unit: choose the unit it belongs to.", field="unit_id"
        )
    title = clean_line(
        item.title, "title", "title", LINE_LIMIT, required="A demand item needs a title."
    )
    if not item.steps:
        raise ValidationError("A demand item needs the date it was raised.", field="steps")
    steps = [DemandStep(DemandStatus(step.status), step.on) for step in item.steps]
    for before, after in itertools.pairwise(steps):
        if after.on < before.on:
            raise ValidationError(
                f"The item became {after.status.value} on {after.on.isoformat()}, before it "
                f"was {before.status.value} on {before.on.isoformat()}.",
                field="steps",
            )
    value = item.value
    if value is not None and (not math.isfinite(value) or value < 0 or value > DEMAND_VALUE_LIMIT):
        raise ValidationError(
            "The estimated value must be a positive amount (or left empty).", field="value"
        )
    return replace(
        item,
        title=title,
        kind=DemandKind(item.kind),
        steps=steps,
        notes=clean_text(item.notes, "notes", "notes"),
    )


def valid_map(stakeholder_map: StakeholderMap) -> StakeholderMap:
    name = clean_line(
        stakeholder_map.name, "name", "map name", NAME_LIMIT, required="A map needs a name."
    )
    purpose = clean_text(stakeholder_map.purpose, "purpose", "purpose")
    return replace(stakeholder_map, name=name, purpose=purpose)


def valid_rating(rating: Rating) -> Rating:
    """The rating with its note cleaned; refused off its dimension's scale, or on a map when it is
    rated per person (and the other way round). Whether its date may be in the future is the
    use case's business (an export may hold such entries)."""
    dimension = Dimension(rating.dimension)
    low, high = dimension.scale
    if not low <= rating.value <= high:
        raise ValidationError(
            f"{dimension.value.capitalize()} is rated from {low:g} to {high:g}, "
            f"not {rating.value:g}.",
            field="value",
        )
    if dimension.per_map and rating.map_id is None:
        raise ValidationError(f"{dimension.value.capitalize()} is rated on a map.", field="map")
    if not dimension.per_map and rating.map_id is not None:
        raise ValidationError(f"{dimension.value.capitalize()} is rated per person, not per map.")
    return replace(rating, dimension=dimension, note=clean_text(rating.note, "note", "note"))


def valid_interaction(interaction: Interaction) -> Interaction:
    return replace(interaction, summary=clean_text(interaction.summary, "summary", "summary"))


def valid_commitment(commitment: Commitment) -> Commitment:
    description = clean_text(commitment.description, "description", "description")
    if not description:
        raise ValidationError("A commitment needs a description.", field="description")
    return replace(commitment, description=description)


def valid_concern(concern: Concern) -> Concern:
    """A concern with its text cleaned; refused without a title, with a target date or a closing
    date before the day it was raised, closed without a closing date, or open with one."""
    title = clean_line(
        concern.title, "title", "title", LINE_LIMIT, required="A concern needs a title."
    )
    details = clean_text(concern.details, "details", "details")
    resolution = clean_text(concern.resolution, "resolution", "resolution")
    kind, severity = ConcernKind(concern.kind), ConcernSeverity(concern.severity)
    status = ConcernStatus(concern.status)
    raised = concern.raised_on
    if concern.target_on is not None and concern.target_on < raised:
        raise ValidationError(
            f"The target date ({concern.target_on.isoformat()}) is before the concern was raised "
            f"({raised.isoformat()}).",
            field="target_on",
        )
    if status is ConcernStatus.OPEN and concern.closed_on is not None:
        raise ValidationError("An open concern has no closing date.", field="closed_on")
    if status is not ConcernStatus.OPEN:
        if concern.closed_on is None:
            raise ValidationError(
                f"A {status.value} concern needs the date it was closed.", field="closed_on"
            )
        if concern.closed_on < raised:
            raise ValidationError(
                f"The concern cannot be closed ({concern.closed_on.isoformat()}) before it was "
                f"raised ({raised.isoformat()}).",
                field="closed_on",
            )
    return replace(
        concern,
        title=title,
        details=details,
        resolution=resolution,
        kind=kind,
        severity=severity,
        status=status,
    )


def valid_influence(link: InfluenceLink) -> InfluenceLink:
    if link.source_id == link.target_id:
        raise ValidationError("A person cannot influence themselves.")
    if not 1 <= link.strength <= 5:
        raise ValidationError("Influence strength runs from 1 to 5.", field="strength")
    return replace(link, note=clean_text(link.note, "note", "note"))


def valid_attendee(attendee: MeetingAttendee) -> MeetingAttendee:
    return replace(
        attendee,
        name=clean_line(attendee.name, "attendees", "attendee's name", NAME_LIMIT),
        email=clean_line(attendee.email, "attendees", "attendee's e-mail address", EMAIL_LIMIT),
        talking_points=clean_text(attendee.talking_points, "talking_points", "talking points"),
    )


def valid_meeting(meeting: Meeting) -> Meeting:
    """The meeting with its text cleaned and its times in UTC; refused without a title, with an
    end before its start, or with a field too long."""
    title = clean_line(
        meeting.title, "title", "title", LINE_LIMIT, required="A meeting needs a title."
    )
    start = as_utc(meeting.start)
    end = as_utc(meeting.end) if meeting.end is not None else None
    if end is not None and end < start:
        raise ValidationError("A meeting cannot end before it starts.", field="end")
    return replace(
        meeting,
        title=title,
        start=start,
        end=end,
        place=clean_line(meeting.place, "place", "place", LINE_LIMIT),
        objective=clean_text(meeting.objective, "objective", "objective"),
        agenda=clean_text(meeting.agenda, "agenda", "agenda"),
        attendees=[valid_attendee(a) for a in meeting.attendees],
        ical_uid=clean_line(meeting.ical_uid, "ical_uid", "invite's UID", LINE_LIMIT),
        recurrence=clean_line(meeting.recurrence, "recurrence", "recurrence rule", LINE_LIMIT),
    )
