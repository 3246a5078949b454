"""What makes a relationship need attention: falling trust, contact overdue for the person's
quadrant, overdue commitments, and a gap between the attitude a person has and the one needed.

Pure rules; :mod:`domain.usecases.attention` gathers the data and applies them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from domain.clock import as_utc
from domain.rules.demand import DEFAULT_STALLED_DAYS, stalled_days_within_limits
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

# The limits of the settings. A stored value outside them (a settings file edited by hand, or
# written by another version) is clamped, or for a cadence replaced by the default.
TRUST_FALL_LIMITS = (0.0, 10.0)
#: The largest fall worth asking about in half points (only a fall from 10 to 0 is larger).
TRUST_FALL_ASKED_MAX = 9.5
CADENCE_DAYS_LIMITS = (1, 3650)
#: The cadences offered when choosing: a day to a year.
CADENCE_DAYS_OFFERED = (1, 365)
ATTITUDE_GAP_LIMITS = (0.5, 4.0)


@dataclass(frozen=True, slots=True)
class Cadence:
    """Contact cadence per quadrant, in days."""

    days: Mapping[Quadrant, int] = field(default_factory=lambda: dict(DEFAULT_CADENCE_DAYS))
    _periods: dict[Quadrant, timedelta] = field(init=False, repr=False, compare=False)
    #: Quadrant → rank, the most demanding (shortest cadence) first.
    _rank: dict[Quadrant, int] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        periods: dict[Quadrant, timedelta] = {}
        for quadrant in Quadrant:
            days = self.days.get(quadrant, DEFAULT_CADENCE_DAYS[quadrant])
            if days < 1:
                raise ValueError(f"The cadence for “{quadrant.title}” must be at least one day.")
            periods[quadrant] = timedelta(days=days)
        order = sorted(Quadrant, key=lambda q: (periods[q], list(Quadrant).index(q)))
        object.__setattr__(self, "_periods", periods)
        object.__setattr__(self, "_rank", {q: n for n, q in enumerate(order)})

    def for_quadrant(self, quadrant: Quadrant) -> timedelta:
        return self._periods[quadrant]

    def rank(self, quadrant: Quadrant) -> int:
        """0 for the quadrant asking for the most contact."""
        return self._rank[quadrant]


@dataclass(frozen=True, slots=True)
class AttentionSettings:
    #: Flag trust that fell by more than this many points...
    trust_fall: float = 1.0
    #: ...within this many days.
    trust_window_days: int = 30
    cadence: Cadence = field(default_factory=Cadence)
    #: Attitude gaps (in attitude steps, blocker=0 … champion=4) at least this big are listed.
    min_attitude_gap: float = 1.0
    #: Open demand items that have sat in one status longer than this many days are listed.
    stalled_days: int = DEFAULT_STALLED_DAYS


def settings_within_limits(
    trust_fall: float,
    trust_window_days: int,
    cadence_days: Mapping[Quadrant, int],
    min_attitude_gap: float,
    stalled_days: int = DEFAULT_STALLED_DAYS,
) -> AttentionSettings:
    """Settings from stored values, each brought within its limits (see above)."""
    defaults = AttentionSettings()
    low, high = CADENCE_DAYS_LIMITS
    days = {
        quadrant: value if low <= value <= high else DEFAULT_CADENCE_DAYS[quadrant]
        for quadrant, value in cadence_days.items()
    }
    return AttentionSettings(
        trust_fall=min(max(trust_fall, TRUST_FALL_LIMITS[0]), TRUST_FALL_LIMITS[1]),
        trust_window_days=(
            trust_window_days if trust_window_days in TRUST_WINDOWS else defaults.trust_window_days
        ),
        cadence=Cadence(days),
        min_attitude_gap=min(max(min_attitude_gap, ATTITUDE_GAP_LIMITS[0]), ATTITUDE_GAP_LIMITS[1]),
        stalled_days=stalled_days_within_limits(stalled_days),
    )


def most_demanding(quadrants: Iterable[Quadrant], cadence: Cadence) -> Quadrant | None:
    """Of the quadrants a person sits in (one per map), the one asking for the most contact."""
    return min(quadrants, key=cadence.rank, default=None)


@dataclass(slots=True)
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
    moment = _utc(now)
    period = cadence.for_quadrant(quadrant)
    if last_contact is not None:
        last = _utc(last_contact)
        if last <= moment:
            late = moment - last - period
            return ContactDue(quadrant, period, last, late) if late > _NONE else None
    # Never contacted (or only "contacted" ahead of now): count from when they became known.
    if known_since is None:
        return ContactDue(quadrant, period, None, _NONE)
    late = moment - _utc(known_since) - period
    return ContactDue(quadrant, period, None, late) if late > _NONE else None


_NONE = timedelta(0)


def _utc(moment: datetime) -> datetime:
    # Called per person on big lists: skip the conversion when the value is UTC already.
    return moment if moment.tzinfo is UTC else as_utc(moment)


def attitude_gap(current: float | None, desired: float | None) -> float | None:
    """How many attitude steps the person must still move (negative: beyond what is needed)."""
    if current is None or desired is None:
        return None
    return desired - current


def next_contact_due(
    last_contact: datetime | None,
    quadrant: Quadrant,
    now: datetime,
    cadence: Cadence,
    known_since: datetime | None = None,
) -> datetime:
    """When the person should next be contacted: one cadence after the last real contact (the
    cadence resets from it, so logging an interaction moves this forward). Never contacted: one
    cadence after ``known_since``, or now. A contact dated after ``now`` (logged ahead) does not
    count, as in :func:`contact_overdue`."""
    period = cadence.for_quadrant(quadrant)
    moment = _utc(now)
    if last_contact is not None and _utc(last_contact) <= moment:
        return _utc(last_contact) + period
    if known_since is None:
        return moment
    return _utc(known_since) + period
