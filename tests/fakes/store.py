"""The committed state of the in-memory workspace, and how rows are copied in and out of it.

Stored objects are private: every write stores a fresh copy and every read hands out a fresh
copy, so a caller can never change stored state by mutating what it was given. Because stored
objects are never mutated in place, a transaction can start from shallow copies of the tables.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from domain.clock import as_utc
from domain.model import (
    AttendeeRole,
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
    InfluenceLink,
    Interaction,
    InteractionKind,
    MapMembership,
    MaturityAssessment,
    MaturityLevel,
    MaturityTarget,
    Meeting,
    Message,
    Note,
    Organisation,
    OrganisationKind,
    Photo,
    Rating,
    Sentiment,
    Stakeholder,
    StakeholderMap,
)


class FakeIntegrityError(Exception):
    """What a database would refuse: a duplicate id or a reference to a missing row."""


@dataclass(slots=True)
class Tables:
    stakeholders: dict[int, Stakeholder] = field(default_factory=dict)
    organisations: dict[int, Organisation] = field(default_factory=dict)
    maturity: dict[int, MaturityAssessment] = field(default_factory=dict)
    maps: dict[int, StakeholderMap] = field(default_factory=dict)
    memberships: dict[tuple[int, int], MapMembership] = field(default_factory=dict)
    ratings: dict[int, Rating] = field(default_factory=dict)
    interactions: dict[int, Interaction] = field(default_factory=dict)
    commitments: dict[int, Commitment] = field(default_factory=dict)
    influence: dict[int, InfluenceLink] = field(default_factory=dict)
    meetings: dict[int, Meeting] = field(default_factory=dict)
    photos: dict[int, Photo] = field(default_factory=dict)
    concerns: dict[int, Concern] = field(default_factory=dict)
    settings: dict[str, str] = field(default_factory=dict)
    plans: dict[int, EngagementPlan] = field(default_factory=dict)
    messages: dict[int, Message] = field(default_factory=dict)
    targets: dict[int, MaturityTarget] = field(default_factory=dict)
    demand: dict[int, DemandItem] = field(default_factory=dict)
    notes: dict[int, Note] = field(default_factory=dict)

    def copy(self) -> Tables:
        return Tables(
            dict(self.stakeholders),
            dict(self.organisations),
            dict(self.maturity),
            dict(self.maps),
            dict(self.memberships),
            dict(self.ratings),
            dict(self.interactions),
            dict(self.commitments),
            dict(self.influence),
            dict(self.meetings),
            dict(self.photos),
            dict(self.concerns),
            dict(self.settings),
            plans=dict(self.plans),
            messages=dict(self.messages),
            targets=dict(self.targets),
            demand=dict(self.demand),
            notes=dict(self.notes),
        )


@dataclass(slots=True)
class FakeStore:
    """The committed tables, id sequences (never rolled back, as in a database) and counters."""

    tables: Tables = field(default_factory=Tables)
    last_ids: dict[str, int] = field(default_factory=dict)
    commits: int = 0
    rollbacks: int = 0

    def assign_id(self, table: str, requested: int | None, existing: dict[int, Any]) -> int:
        """A new id, or ``requested`` (honoured, e.g. when undo restores a row) if it is free."""
        last = self.last_ids.get(table, 0)
        if requested is None:
            new_id = last + 1
        elif requested in existing:
            raise FakeIntegrityError(f"{table}: id {requested} is already taken.")
        else:
            new_id = requested
        self.last_ids[table] = max(last, new_id)
        return new_id


def clone[T](obj: T) -> T:
    """A copy deep enough that no list is shared with the original."""
    if isinstance(obj, Stakeholder):
        return replace(  # type: ignore[return-value]
            obj,
            tags=list(obj.tags),
            other_emails=list(obj.other_emails),
            other_phones=list(obj.other_phones),
        )
    if isinstance(obj, DemandItem):
        return replace(obj, steps=list(obj.steps))  # type: ignore[return-value]
    if isinstance(obj, Interaction):
        return replace(obj, participant_ids=list(obj.participant_ids))  # type: ignore[return-value]
    if isinstance(obj, EngagementPlan):
        return replace(  # type: ignore[return-value]
            obj, touchpoints=[replace(t) for t in obj.touchpoints]
        )
    if isinstance(obj, Message):
        return replace(  # type: ignore[return-value]
            obj,
            recipients=[replace(r) for r in obj.recipients],
            interaction_ids=list(obj.interaction_ids),
        )
    if isinstance(obj, Meeting):
        return replace(  # type: ignore[return-value]
            obj, attendees=[replace(a) for a in obj.attendees], map_ids=list(obj.map_ids)
        )
    return replace(obj)  # type: ignore[type-var]


def stored[T](obj: T) -> T:
    """The copy a database round trip would give back: enums restored, times aware UTC."""
    row: Any = clone(obj)
    if isinstance(row, Organisation):
        row.kind = OrganisationKind(row.kind)
    elif isinstance(row, MaturityAssessment):
        row.level = MaturityLevel(row.level)
        row.at = as_utc(row.at)
    elif isinstance(row, MaturityTarget):
        row.level = MaturityLevel(row.level)
    elif isinstance(row, DemandItem):
        row.kind = DemandKind(row.kind)
        row.steps = [DemandStep(DemandStatus(s.status), s.on) for s in row.steps]
        row.value = float(row.value) if row.value is not None else None
    elif isinstance(row, MapMembership):
        row.added_at = as_utc(row.added_at)
    elif isinstance(row, Rating):
        row.dimension = Dimension(row.dimension)
        row.value = float(row.value)
        row.at = as_utc(row.at)
        row.recorded_at = as_utc(row.recorded_at) if row.recorded_at else None
    elif isinstance(row, Interaction):
        row.kind = InteractionKind(row.kind)
        row.sentiment = Sentiment(row.sentiment)
        row.when = as_utc(row.when)
    elif isinstance(row, Commitment):
        row.direction = CommitmentDirection(row.direction)
        row.done_at = as_utc(row.done_at) if row.done_at else None
        row.created_at = as_utc(row.created_at) if row.created_at else None
    elif isinstance(row, Concern):
        row.kind = ConcernKind(row.kind)
        row.severity = ConcernSeverity(row.severity)
        row.status = ConcernStatus(row.status)
        row.created_at = as_utc(row.created_at) if row.created_at else None
    elif isinstance(row, Meeting):
        row.start = as_utc(row.start)
        row.end = as_utc(row.end) if row.end else None
        for attendee in row.attendees:
            attendee.role = AttendeeRole(attendee.role)
    return row
