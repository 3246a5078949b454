"""Trends in a rating history: step series, change over a window, averages, date ranges.

A rating holds from its ``at`` until the next one, so a history is a step function of time. These
functions turn histories into the points a chart draws and the changes the attention view flags.
Entries dated after "now" (an import from a machine with a wrong clock, say) are never taken as the
current value: :func:`split_future` separates them so that views can flag them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from domain.clock import as_utc
from domain.model import MaturityAssessment, MaturityLevel, Rating
from domain.rules.history import ordered
from domain.rules.step_series import StepSeries, held_at, in_hold_order


@dataclass(frozen=True, slots=True)
class Point:
    """One step of a series: the value that holds from ``at`` on."""

    at: datetime
    value: float
    note: str = ""
    rating_id: int | None = None
    #: When the entry was made (differs from ``at`` for back-dated entries).
    recorded_at: datetime | None = None


def series(ratings: Iterable[Rating]) -> list[Point]:
    """The ratings of one dimension (and map) as steps in time order.

    Entries for the very same moment collapse into the one that holds (the later entry); entries on
    the same day at different times stay separate steps.
    """
    return series_in_time_order(ordered(ratings))


def series_in_time_order(ratings: Iterable[Rating]) -> list[Point]:
    """:func:`series` of ratings already in the order they hold (by time, then by entry), as the
    stores hand out histories: no sort (a chart of 50 people over ten years has 26,000)."""
    steps: StepSeries[datetime, Point] = StepSeries()
    for rating in ratings:
        at = as_utc(rating.at)
        steps.hold(at, Point(at, rating.value, rating.note, rating.id, rating.recorded_at))
    return list(steps.values)


def split_future(ratings: Iterable[Rating], now: datetime) -> tuple[list[Rating], list[Rating]]:
    """(ratings at or before ``now``, ratings dated after it)."""
    cutoff = as_utc(now)
    past: list[Rating] = []
    future: list[Rating] = []
    for rating in ratings:
        (future if as_utc(rating.at) > cutoff else past).append(rating)
    return past, future


def value_at(points: Sequence[Point], moment: datetime) -> float | None:
    """The value a series holds at ``moment`` (None before its first point)."""
    point = held_at(points, as_utc(moment), key=_moment)
    return point.value if point else None


def _moment(point: Point) -> datetime:
    return point.at


@dataclass(frozen=True, slots=True)
class Change:
    """How a value moved over a window: from ``before`` (held at the window's start, or the first
    value within it) to ``after`` (held at its end)."""

    before: float
    after: float
    since: datetime

    @property
    def delta(self) -> float:
        return self.after - self.before


def change_over(points: Sequence[Point], now: datetime, days: int) -> Change | None:
    """The change over the ``days`` up to ``now``; None without a step inside the window.

    A person first rated inside the window is measured from that first rating. Points after ``now``
    are ignored.
    """
    end = as_utc(now)
    start = end - timedelta(days=days)
    inside = [p for p in points if start < p.at <= end]
    if not inside:
        return None
    held = value_at(points, start)
    before = held if held is not None else inside[0].value
    return Change(before, inside[-1].value, start)


def window_change(
    before: float | None, first: float | None, last: float, since: datetime
) -> Change:
    """The change over a window from what a store summarised: the value held when it opened (or,
    for someone first rated inside it, the first value), to the last value inside it."""
    start = before if before is not None else first
    if start is None:
        raise ValueError("A window change needs the value held when it opened or the first one.")
    return Change(start, last, as_utc(since))


def fell_by_more_than(change: Change | None, amount: float) -> bool:
    """True when ``change`` is a fall larger than ``amount`` (exactly ``amount`` is not)."""
    return change is not None and -change.delta > amount + 1e-9


@dataclass(frozen=True, slots=True)
class AveragePoint:
    at: datetime
    value: float
    #: How many people the mean is taken over at that moment.
    count: int


def average(
    series_by_member: Mapping[int, Sequence[Point]], start: datetime | None = None
) -> list[AveragePoint]:
    """The mean over members of the value each holds, as a step series.

    A member counts from their first point on. With ``start``, the series begins with the mean held
    at ``start`` (if anyone had a value then) and has no steps before it.
    """
    events: list[tuple[datetime, int, float]] = [
        (p.at, member, p.value) for member, points in series_by_member.items() for p in points
    ]
    events.sort(key=lambda e: e[0])
    held: dict[int, float] = {}
    total = 0.0
    result: list[AveragePoint] = []
    cutoff = as_utc(start) if start is not None else None
    index = 0
    if cutoff is not None:
        while index < len(events) and events[index][0] <= cutoff:
            _, member, value = events[index]
            total += value - held.get(member, 0.0)
            held[member] = value
            index += 1
        if held:
            result.append(AveragePoint(cutoff, total / len(held), len(held)))
    while index < len(events):
        moment = events[index][0]
        while index < len(events) and events[index][0] == moment:
            _, member, value = events[index]
            total += value - held.get(member, 0.0)
            held[member] = value
            index += 1
        result.append(AveragePoint(moment, total / len(held), len(held)))
    return result


@dataclass(frozen=True, slots=True)
class MaturityStep:
    at: datetime
    level: MaturityLevel
    note: str = ""


def maturity_steps(assessments: Iterable[MaturityAssessment]) -> list[MaturityStep]:
    """A unit's maturity assessments as steps in time order (same moment: the later entry)."""
    steps = in_hold_order((a.at, a.id, a) for a in assessments)
    return [
        MaturityStep(at, MaturityLevel(a.level), a.note)
        for at, a in zip(steps.times, steps.values, strict=True)
    ]


class RangePreset(StrEnum):
    LAST_90_DAYS = "last 90 days"
    LAST_YEAR = "last year"
    ALL = "all"
    CUSTOM = "custom"

    @property
    def label(self) -> str:
        return self.value[:1].upper() + self.value[1:]


@dataclass(frozen=True, slots=True)
class DateWindow:
    start: datetime | None
    end: datetime

    def contains(self, moment: datetime) -> bool:
        at = as_utc(moment)
        return (self.start is None or at >= self.start) and at <= self.end


def date_window(
    preset: RangePreset,
    now: datetime,
    custom_start: datetime | None = None,
    custom_end: datetime | None = None,
) -> DateWindow:
    """The span a chart shows. ``ALL`` has no start; ``CUSTOM`` uses the given bounds (swapped if
    given the wrong way round)."""
    end = as_utc(now)
    match RangePreset(preset):
        case RangePreset.LAST_90_DAYS:
            return DateWindow(end - timedelta(days=90), end)
        case RangePreset.LAST_YEAR:
            return DateWindow(end - timedelta(days=365), end)
        case RangePreset.ALL:
            return DateWindow(None, end)
        case RangePreset.CUSTOM:
            low = as_utc(custom_start) if custom_start else None
            high = as_utc(custom_end) if custom_end else end
            if low is not None and low > high:
                low, high = high, low
            return DateWindow(low, high)
