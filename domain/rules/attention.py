"""What makes a relationship need attention: falling trust, contact overdue for the person's
quadrant, overdue commitments, and a gap between the attitude a person has and the one needed.

Pure rules; :mod:`domain.usecases.attention` gathers the data and applies them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from domain.clock import as_utc
from domain.rules.quadrant import Quadrant

#: How often people in each quadrant should be contacted, in days (the defaults).
DEFAULT_CADENCE_DAYS: dict[Quadrant, int] = {
    Quadrant.MANAGE_CLOSELY: 7,
    Quadrant.KEEP_SATISFIED: 14,
    Quadrant.KEEP_INFORMED: 30,
    Quadrant.MONITOR: 90,
}

#: The windows over which a fall in trust is looked for.
TRUST_WINDOWS = (30, 90)


@dataclass(frozen=True, slots=True)
class Cadence:
    """Contact cadence per quadrant, in days."""

    days: Mapping[Quadrant, int] = field(default_factory=lambda: dict(DEFAULT_CADENCE_DAYS))

    def __post_init__(self) -> None:
        for quadrant in Quadrant:
            if self.days.get(quadrant, 1) < 1:
                raise ValueError(f"The cadence for “{quadrant.title}” must be at least one day.")

    def for_quadrant(self, quadrant: Quadrant) -> timedelta:
        return timedelta(days=self.days.get(quadrant, DEFAULT_CADENCE_DAYS[quadrant]))


@dataclass(frozen=True, slots=True)
class AttentionSettings:
    #: Flag trust that fell by more than this many points...
    trust_fall: float = 1.0
    #: ...within this many days.
    trust_window_days: int = 30
    cadence: Cadence = field(default_factory=Cadence)
    #: Attitude gaps (in attitude steps, blocker=0 … champion=4) at least this big are listed.
    min_attitude_gap: float = 1.0


def most_demanding(quadrants: Iterable[Quadrant], cadence: Cadence) -> Quadrant | None:
    """Of the quadrants a person sits in (one per map), the one asking for the most contact."""
    found = list(quadrants)
    if not found:
        return None
    return min(found, key=lambda q: (cadence.for_quadrant(q), list(Quadrant).index(q)))


@dataclass(frozen=True, slots=True)
class ContactDue:
    quadrant: Quadrant
    cadence: timedelta
    last_contact: datetime | None
    #: How long past the cadence the person is (from the day they joined a map when never met).
    overdue_by: timedelta


def contact_overdue(
    last_contact: datetime | None,
    quadrant: Quadrant,
    now: datetime,
    cadence: Cadence,
    known_since: datetime | None = None,
) -> ContactDue | None:
    """A :class:`ContactDue` when the person has not been contacted within their cadence.

    Contact exactly one cadence ago is on time (due today, not overdue). Someone never contacted is
    overdue once a cadence has passed since ``known_since`` (or at once without it). A contact dated
    in the future (a planned call logged ahead) does not count as contact.
    """
    moment = as_utc(now)
    period = cadence.for_quadrant(quadrant)
    last = as_utc(last_contact) if last_contact is not None else None
    if last is not None and last > moment:
        last = None
    reference = last if last is not None else (as_utc(known_since) if known_since else None)
    if reference is None:
        return ContactDue(quadrant, period, None, timedelta(0))
    late = moment - reference - period
    if late <= timedelta(0):
        return None
    return ContactDue(quadrant, period, last, late)


def attitude_gap(current: float | None, desired: float | None) -> float | None:
    """How many attitude steps the person must still move (negative: beyond what is needed)."""
    if current is None or desired is None:
        return None
    return desired - current
