"""JSON records (format version 3, see FORMAT.md) read back into domain objects.

Every field is checked; a failure raises :class:`ImportFormatError` naming the record and field
(``ratings[12].at``), so that a bad file is refused with a message a user can act on.
"""

from __future__ import annotations

import base64
import math
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import Enum
from typing import Any

from domain.model import (
    AttendeeResponse,
    AttendeeRole,
    Channel,
    Commitment,
    CommitmentDirection,
    Concern,
    ConcernKind,
    ConcernSeverity,
    ConcernStatus,
    DemandItem,
    DemandKind,
    DemandStatus,
    DemandStep,
    Dimension,
    EngagementPlan,
    Frequency,
    InfluenceLink,
    Interaction,
    InteractionKind,
    MapMembership,
    MaturityAssessment,
    MaturityLevel,
    MaturityTarget,
    Meeting,
    MeetingAttendee,
    Message,
    Note,
    Organisation,
    OrganisationKind,
    Photo,
    Rating,
    Recipient,
    Revision,
    Sentiment,
    Stakeholder,
    StakeholderMap,
    Tone,
    Touchpoint,
    TouchpointKind,
    image_type,
)


class ImportFormatError(Exception):
    """The file cannot be imported; the message says why. Nothing was written."""


class Fields:
    """Typed access to one record's fields; every failure names ``where`` and the field."""

    def __init__(self, record: object, where: str) -> None:
        if not isinstance(record, dict):
            raise ImportFormatError(f"{where} should be an object.")
        self._record: dict[str, Any] = record
        self.where = where

    def _fail(self, key: str, expected: str) -> ImportFormatError:
        found = self._record.get(key)
        return ImportFormatError(f"{self.where}.{key} should be {expected}, not {found!r}.")

    def _get(self, key: str, default: Any, required: bool) -> Any:
        if key not in self._record:
            if required:
                raise ImportFormatError(f"{self.where} lacks the field '{key}'.")
            return default
        return self._record[key]

    def id(self, key: str = "id") -> int:
        value = self._get(key, None, True)
        if type(value) is not int or value <= 0:
            raise self._fail(key, "a positive whole number")
        return value

    def optional_id(self, key: str) -> int | None:
        if self._get(key, None, False) is None:
            return None
        return self.id(key)

    def ids(self, key: str) -> list[int]:
        values = self._get(key, [], False)
        if not isinstance(values, list) or any(type(v) is not int or v <= 0 for v in values):
            raise self._fail(key, "a list of positive whole numbers")
        return values

    def text(self, key: str, *, required: bool = False) -> str:
        value = self._get(key, "", required)
        if not isinstance(value, str):
            raise self._fail(key, "text")
        return value

    def optional_text(self, key: str) -> str:
        """Text that may be null or absent (read as "")."""
        if self._get(key, None, False) is None:
            return ""
        return self.text(key)

    def revision(self) -> Revision:
        """Who last changed the record and when (format 7). Older files did not say: the author
        and time are then unknown, never the importer."""
        return Revision(1, self.optional_text("changed_by"), self.optional_moment("changed_at"))

    def objects(self, key: str) -> list[Fields]:
        values = self._get(key, [], False)
        if not isinstance(values, list):
            raise self._fail(key, "a list")
        return [Fields(value, f"{self.where}.{key}[{i}]") for i, value in enumerate(values)]

    def optional_object(self, key: str) -> object:
        value = self._get(key, None, False)
        if value is not None and not isinstance(value, dict):
            raise self._fail(key, "an object")
        return value

    def texts(self, key: str) -> list[str]:
        values = self._get(key, [], False)
        if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
            raise self._fail(key, "a list of texts")
        return values

    def flag(self, key: str) -> bool:
        value = self._get(key, False, False)
        if not isinstance(value, bool):
            raise self._fail(key, "true or false")
        return value

    def number(self, key: str) -> float:
        value = self._get(key, None, True)
        if type(value) not in (int, float) or not math.isfinite(value):
            raise self._fail(key, "a number")
        return float(value)

    def optional_number(self, key: str) -> float | None:
        value = self._get(key, None, False)
        if value is None:
            return None
        if type(value) not in (int, float) or not math.isfinite(value):
            raise self._fail(key, "a number or null")
        return float(value)

    def whole(self, key: str, default: int | None = None) -> int:
        value = self._get(key, default, default is None)
        if type(value) is not int:
            raise self._fail(key, "a whole number")
        return value

    def choice[E: Enum](self, key: str, enum: type[E], default: E | None = None) -> E:
        value = self._get(key, default.value if default is not None else None, default is None)
        try:
            return enum(value)
        except ValueError:
            allowed = ", ".join(repr(e.value) for e in enum)
            raise self._fail(key, f"one of {allowed}") from None

    def moment(self, key: str) -> datetime:
        value = self.optional_moment(key, required=True)
        assert value is not None
        return value

    def optional_moment(self, key: str, *, required: bool = False) -> datetime | None:
        value = self._get(key, None, required)
        if value is None and not required:
            return None
        try:
            parsed = datetime.fromisoformat(value)
        except (TypeError, ValueError):
            raise self._fail(key, "an ISO-8601 date and time") from None
        return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)

    def required_day(self, key: str) -> date:
        if self._get(key, None, True) is None:
            raise self._fail(key, "an ISO-8601 date (YYYY-MM-DD)")
        value = self.day(key)
        assert value is not None
        return value

    def optional_whole(self, key: str) -> int | None:
        if self._get(key, None, False) is None:
            return None
        return self.whole(key)

    def day(self, key: str) -> date | None:
        value = self._get(key, None, False)
        if value is None:
            return None
        try:
            return date.fromisoformat(value)
        except (TypeError, ValueError):
            raise self._fail(key, "an ISO-8601 date (YYYY-MM-DD)") from None


def read_stakeholder(f: Fields) -> Stakeholder:
    return Stakeholder(
        name=f.text("name", required=True),
        job_title=f.text("job_title"),
        organisation_id=f.optional_id("organisation_id"),
        unit_id=f.optional_id("unit_id"),
        relation=f.text("relation") or "business unit",
        email=f.text("email"),
        phone=f.text("phone"),
        tags=f.texts("tags"),
        notes=f.text("notes"),
        communication_preferences=f.text("communication_preferences"),
        archived=f.flag("archived"),
        id=f.id(),
        other_emails=f.texts("other_emails"),
        other_phones=f.texts("other_phones"),
        owner=f.text("owner") or None,
        revision=f.revision(),
    )


def read_photo(f: Fields) -> Photo | None:
    """A stakeholder record's ``photo`` (None when it has none)."""
    if f.optional_object("photo") is None:
        return None
    photo = Fields(f.optional_object("photo"), f"{f.where}.photo")
    try:
        data = base64.b64decode(photo.text("data", required=True), validate=True)
    except ValueError:
        raise photo._fail("data", "base64 text") from None
    mime = image_type(data)
    if mime is None:
        raise photo._fail("data", "a JPEG, PNG or GIF image")
    return Photo(data, mime)


def read_organisation(f: Fields) -> Organisation:
    return Organisation(
        f.text("name", required=True),
        f.choice("kind", OrganisationKind, OrganisationKind.INTERNAL_UNIT),
        f.optional_id("parent_id"),
        f.id(),
        archived=f.flag("archived"),
        owner=f.text("owner") or None,
        revision=f.revision(),
    )


def read_note(f: Fields) -> Note:
    return Note(
        stakeholder_id=f.id("stakeholder_id"),
        text=f.text("text", required=True),
        private=f.flag("private"),
        author=f.text("author", required=True),
        created_at=f.moment("created_at"),
        updated_at=f.optional_moment("updated_at"),
        id=f.id(),
    )


def read_maturity(f: Fields) -> MaturityAssessment:
    return MaturityAssessment(
        f.id("organisation_id"),
        f.choice("level", MaturityLevel),
        f.moment("at"),
        f.text("note"),
        f.id(),
        assessor=f.text("assessor"),
    )


def read_maturity_target(f: Fields) -> MaturityTarget:
    due_on = f.day("due_on")
    if due_on is None:
        raise f._fail("due_on", "an ISO-8601 date (YYYY-MM-DD)")
    return MaturityTarget(f.id("organisation_id"), f.choice("level", MaturityLevel), due_on)


def read_demand(f: Fields) -> DemandItem:
    steps: list[DemandStep] = []
    for step in f.objects("steps"):
        on = step.day("on")
        if on is None:
            raise step._fail("on", "an ISO-8601 date (YYYY-MM-DD)")
        steps.append(DemandStep(step.choice("status", DemandStatus), on))
    value = f.optional_number("value")
    return DemandItem(
        unit_id=f.id("unit_id"),
        title=f.text("title", required=True),
        kind=f.choice("kind", DemandKind),
        steps=steps,
        sponsor_id=f.optional_id("sponsor_id"),
        value=value,
        notes=f.text("notes"),
        id=f.id(),
    )


def read_map(f: Fields) -> StakeholderMap:
    return StakeholderMap(
        f.text("name", required=True),
        f.text("purpose"),
        f.day("starts_on"),
        f.day("ends_on"),
        f.id(),
        revision=f.revision(),
    )


def read_membership(f: Fields) -> MapMembership:
    return MapMembership(f.id("map_id"), f.id("stakeholder_id"), f.moment("added_at"))


def read_rating(f: Fields) -> Rating:
    dimension = f.choice("dimension", Dimension)
    map_id = f.optional_id("map_id")
    if dimension.per_map != (map_id is not None):
        needs = "a map_id" if dimension.per_map else "no map_id (it is rated per person)"
        raise ImportFormatError(f"{f.where}: a {dimension.value} rating needs {needs}.")
    return Rating(
        stakeholder_id=f.id("stakeholder_id"),
        dimension=dimension,
        value=f.number("value"),
        at=f.moment("at"),
        map_id=map_id,
        note=f.text("note"),
        recorded_at=f.optional_moment("recorded_at"),
        id=f.id(),
        recorded_by=f.optional_text("recorded_by"),
    )


def read_interaction(f: Fields) -> Interaction:
    return Interaction(
        when=f.moment("when"),
        kind=f.choice("kind", InteractionKind),
        summary=f.text("summary"),
        sentiment=f.choice("sentiment", Sentiment, Sentiment.NEUTRAL),
        participant_ids=f.ids("participant_ids"),
        id=f.id(),
        recorded_at=f.optional_moment("recorded_at"),
        revision=f.revision(),
    )


def read_commitment(f: Fields) -> Commitment:
    return Commitment(
        stakeholder_id=f.id("stakeholder_id"),
        direction=f.choice("direction", CommitmentDirection),
        description=f.text("description", required=True),
        due_on=f.day("due_on"),
        done_at=f.optional_moment("done_at"),
        created_at=f.optional_moment("created_at"),
        interaction_id=f.optional_id("interaction_id"),
        id=f.id(),
        revision=f.revision(),
    )


def read_influence(f: Fields) -> InfluenceLink:
    link = InfluenceLink(
        f.id("source_id"), f.id("target_id"), f.whole("strength", 3), f.text("note"), f.id()
    )
    if link.source_id == link.target_id:
        raise ImportFormatError(f"{f.where}: a person cannot influence themselves.")
    return link


def read_meeting(f: Fields) -> Meeting:
    attendees = [
        MeetingAttendee(
            a.optional_id("stakeholder_id"),
            a.text("name"),
            a.text("email"),
            a.choice("role", AttendeeRole, AttendeeRole.REQUIRED),
            a.text("talking_points"),
            a.choice("response", AttendeeResponse, AttendeeResponse.NONE),
        )
        for a in f.objects("attendees")
    ]
    return Meeting(
        title=f.text("title", required=True),
        start=f.moment("start"),
        end=f.optional_moment("end"),
        place=f.text("place"),
        objective=f.text("objective"),
        agenda=f.text("agenda"),
        attendees=attendees,
        map_ids=f.ids("map_ids"),
        interaction_id=f.optional_id("interaction_id"),
        ical_uid=f.text("ical_uid"),
        cancelled=f.flag("cancelled"),
        recurrence=f.text("recurrence"),
        id=f.id(),
    )


def read_concern(f: Fields) -> Concern:
    raised = f.day("raised_on")
    if raised is None:
        raise ImportFormatError(f"{f.where} lacks the field 'raised_on'.")
    return Concern(
        stakeholder_id=f.id("stakeholder_id"),
        title=f.text("title", required=True),
        raised_on=raised,
        kind=f.choice("kind", ConcernKind, ConcernKind.ISSUE),
        severity=f.choice("severity", ConcernSeverity, ConcernSeverity.MEDIUM),
        target_on=f.day("target_on"),
        details=f.text("details"),
        status=f.choice("status", ConcernStatus, ConcernStatus.OPEN),
        closed_on=f.day("closed_on"),
        resolution=f.text("resolution"),
        created_at=f.optional_moment("created_at"),
        id=f.id(),
        revision=f.revision(),
    )


def read_plan(f: Fields) -> EngagementPlan:
    touchpoints = [
        Touchpoint(
            on=t.required_day("on"),
            kind=t.choice("kind", TouchpointKind),
            purpose=t.text("purpose"),
            done_on=t.day("done_on"),
            interaction_id=t.optional_id("interaction_id"),
            series=t.text("series"),
            id=t.id(),
        )
        for t in f.objects("touchpoints")
    ]
    return EngagementPlan(
        stakeholder_id=f.id("stakeholder_id"),
        objective=f.text("objective", required=True),
        starts_on=f.required_day("starts_on"),
        target_attitude=f.optional_whole("target_attitude"),
        target_date=f.day("target_date"),
        strategy=f.text("strategy"),
        owner=f.text("owner"),
        map_id=f.optional_id("map_id"),
        touchpoints=touchpoints,
        created_at=f.optional_moment("created_at"),
        id=f.id(),
    )


@dataclass(frozen=True, slots=True)
class Setting:
    """A workspace setting as exported: text under a key."""

    key: str
    value: str


def read_setting(f: Fields) -> Setting:
    key = f.text("key", required=True)
    if not key or len(key) > 100:
        raise f._fail("key", "a name of 1 to 100 characters")
    return Setting(key, f.text("value", required=True))


def read_message(f: Fields) -> Message:
    return Message(
        title=f.text("title", required=True),
        channel=f.choice("channel", Channel),
        tone=f.choice("tone", Tone),
        frequency=f.choice("frequency", Frequency),
        starts_on=f.required_day("starts_on"),
        owner=f.text("owner"),
        notes=f.text("notes"),
        recipients=[
            Recipient(r.id("stakeholder_id"), r.moment("assigned_at"))
            for r in f.objects("recipients")
        ],
        interaction_ids=f.ids("interaction_ids"),
        id=f.id(),
    )
