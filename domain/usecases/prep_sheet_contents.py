"""What a prep sheet holds, as plain data: the sheet, each attendee's block and its lines.

Gathered by domain.usecases.prep_sheet; laid out on paper by ui.printing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from domain.model import (
    AttendeeRole,
    Attitude,
    CommitmentDirection,
    ConcernSeverity,
    Dimension,
    InteractionKind,
    Sentiment,
)
from domain.rules.quadrant import PositionAndGoal


@dataclass(frozen=True, slots=True)
class MapStanding(PositionAndGoal):
    """Where one attendee stands on one map."""

    map_id: int
    map_name: str
    power: float | None = None
    interest: float | None = None
    desired_power: float | None = None
    desired_interest: float | None = None
    attitude: Attitude | None = None
    desired_attitude: Attitude | None = None
    on_map: bool = True


@dataclass(frozen=True, slots=True)
class TrendPoint:
    at: datetime
    value: float


@dataclass(frozen=True, slots=True)
class Trend:
    """A step series over the window: the value held at its start, then every change."""

    dimension: Dimension
    points: tuple[TrendPoint, ...] = ()

    @property
    def current(self) -> float | None:
        return self.points[-1].value if self.points else None

    @property
    def first(self) -> float | None:
        return self.points[0].value if self.points else None

    @property
    def change(self) -> float | None:
        if self.current is None or self.first is None:
            return None
        return self.current - self.first


@dataclass(frozen=True, slots=True)
class NoteLine:
    text: str
    at: datetime
    about: str


@dataclass(frozen=True, slots=True)
class InteractionLine:
    when: datetime
    kind: InteractionKind
    summary: str
    sentiment: Sentiment


@dataclass(frozen=True, slots=True)
class CommitmentLine:
    description: str
    due_on: date | None
    overdue: bool
    direction: CommitmentDirection


@dataclass(frozen=True, slots=True)
class ConcernLine:
    """An open concern the attendee raised."""

    title: str
    raised_on: date
    target_on: date | None
    overdue: bool
    severity: ConcernSeverity


@dataclass(frozen=True, slots=True)
class InfluenceLine:
    """Someone who influences an attendee, or whom the attendee influences."""

    name: str
    #: 1 (slight) to 5 (decisive).
    strength: int
    #: True when that person is at the same meeting.
    present: bool


@dataclass(frozen=True, slots=True)
class TouchpointLine:
    """A touchpoint of the attendee's engagement plan, not done yet."""

    on: date
    kind: str
    purpose: str
    objective: str
    overdue: bool


@dataclass(frozen=True, slots=True)
class AttendeeSheet:
    name: str
    role: AttendeeRole
    email: str = ""
    #: False for an attendee unknown to Rapport (only the name, e-mail and role are known).
    known: bool = True
    stakeholder_id: int | None = None
    job_title: str = ""
    organisation: str = ""
    unit: str = ""
    #: Where they work, as one path ("Northwind Group › Group Operations › Retail Division").
    place: str = ""
    relation: str = ""
    initials: str = ""
    standings: tuple[MapStanding, ...] = ()
    trust: Trend = Trend(Dimension.TRUST)
    influence: Trend = Trend(Dimension.INFLUENCE)
    latest_note: NoteLine | None = None
    interactions: tuple[InteractionLine, ...] = ()
    we_owe: tuple[CommitmentLine, ...] = ()
    they_owe: tuple[CommitmentLine, ...] = ()
    communication_preferences: str = ""
    talking_points: str = ""
    #: Who moves this attendee, and whom they move (strongest and those present first).
    influenced_by: tuple[InfluenceLine, ...] = ()
    influences: tuple[InfluenceLine, ...] = ()
    #: Open concerns they raised, overdue ones first.
    concerns: tuple[ConcernLine, ...] = ()
    #: For someone not yet on our side: the strongest ways to reach them from people who support
    #: us, as talking points ("Reach Margaret through Tom (strong) → Anna (clear)").
    reach: tuple[str, ...] = ()
    #: The next touchpoints of their engagement plans (overdue ones first).
    next_touchpoints: tuple[TouchpointLine, ...] = ()


@dataclass(frozen=True, slots=True)
class DemandLine:
    """An open demand item of an attendee's unit."""

    unit: str
    title: str
    kind: str
    status: str
    days_in_status: int
    stalled: bool
    sponsor: str = ""
    value: float | None = None


@dataclass(frozen=True, slots=True)
class PrepSheet:
    meeting_id: int
    title: str
    start: datetime
    end: datetime | None
    place: str
    objective: str
    agenda: str
    map_names: tuple[str, ...]
    attendees: tuple[AttendeeSheet, ...]
    prepared_at: datetime
    trend_since: datetime
    logged: bool = False
    open_commitments: int = field(default=0)
    #: Open demand of the attendees' units (stalled and longest waiting first), and how many
    #: more there are beyond those listed.
    open_demand: tuple[DemandLine, ...] = ()
    more_demand: int = 0
