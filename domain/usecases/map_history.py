"""The map as it stood at any moment, for the time slider and the compare mode.

:func:`load_map_history` reads the map's whole rating history once; a :class:`MapHistory` then
answers "as of" questions and trails from memory (a step series per person and dimension, see
domain.rules.step_series), so that dragging a date slider never goes back to the workspace.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from domain.clock import as_utc
from domain.model import Dimension
from domain.ports import RatingPoint, UnitOfWork
from domain.rules.quadrant import Position, Quadrant
from domain.rules.step_series import StepSeries
from domain.usecases.map_view import (
    MAP_DIMENSIONS,
    PERSON_DIMENSIONS,
    MapPerson,
    MapView,
    Placement,
    load_map_view,
)


@dataclass(frozen=True, slots=True)
class TrailPoint:
    at: datetime
    power: float
    interest: float


@dataclass(frozen=True, slots=True)
class Drift:
    """How a person moved over a trail: from which quadrant to which, and how far in the end."""

    start: Quadrant
    end: Quadrant
    #: Straight-line distance (grid points) from the first place to the last.
    distance: float

    @property
    def changed_quadrant(self) -> bool:
        return self.start != self.end


def drift(trail: list[TrailPoint]) -> Drift | None:
    """The drift along ``trail`` (None for an empty trail)."""
    if not trail:
        return None
    first = Position(trail[0].power, trail[0].interest)
    last = Position(trail[-1].power, trail[-1].interest)
    return Drift(first.quadrant, last.quadrant, first.distance_to(last))


def _timestamp(moment: datetime) -> float:
    return as_utc(moment).timestamp()


class MapHistory:
    """A map's rating history held in memory, answering "as of" and trail questions."""

    def __init__(
        self,
        member_ids: Iterable[int],
        points: Iterable[RatingPoint],
        contacts: Mapping[int, Sequence[datetime]] | None = None,
    ) -> None:
        """``points`` in time order per person and dimension (as the repository gives them);
        ``contacts``: when each member took part in an interaction, oldest first."""
        self.member_ids = sorted(set(member_ids))
        self._contacts = {
            person: [_timestamp(moment) for moment in moments]
            for person, moments in (contacts or {}).items()
        }
        # people_as_of's last answer: for whom, and per person (contact index, person shown).
        self._shown_for: Mapping[int, MapPerson] | None = None
        self._shown: dict[int, tuple[int, MapPerson]] = {}
        members = set(self.member_ids)
        self._series: dict[tuple[int, Dimension], StepSeries[float, float]] = {}
        first = last = None
        for point in points:
            if point.stakeholder_id not in members:
                continue
            key = (point.stakeholder_id, point.dimension)
            series = self._series.get(key)
            if series is None:
                series = self._series[key] = StepSeries()
            stamp = _timestamp(point.at)
            series.hold(stamp, point.value)
            first = stamp if first is None or stamp < first else first
            last = stamp if last is None or stamp > last else last
        self._first, self._last = first, last

    @property
    def first_moment(self) -> datetime | None:
        """When the earliest rating on the map holds from."""
        return None if self._first is None else datetime.fromtimestamp(self._first, UTC)

    @property
    def last_moment(self) -> datetime | None:
        return None if self._last is None else datetime.fromtimestamp(self._last, UTC)

    def value(self, stakeholder_id: int, dimension: Dimension, moment: datetime) -> float | None:
        series = self._series.get((stakeholder_id, dimension))
        return series.at(_timestamp(moment)) if series else None

    def last_contact_as_of(self, stakeholder_id: int, moment: datetime) -> datetime | None:
        """The member's latest interaction at or before ``moment`` (None: none by then)."""
        index = self._contact_index(stakeholder_id, _timestamp(moment))
        return self._contact_at(stakeholder_id, index)

    def people_as_of(
        self, people: Mapping[int, MapPerson], moment: datetime
    ) -> dict[int, MapPerson]:
        """``people`` with their last contact as it stood at ``moment`` (the rest of what the
        map shows about them does not change with time).

        Called at every step of the time slider: a person whose last contact is the same as at
        the step before is handed back as the same object, so a step costs one bisection each.
        """
        stamp = _timestamp(moment)
        before = self._shown if self._shown_for is people else {}
        shown: dict[int, tuple[int, MapPerson]] = {}
        for pid, person in people.items():
            index = self._contact_index(pid, stamp)
            kept = before.get(pid)
            if kept is None or kept[0] != index:
                last = self._contact_at(pid, index)
                kept = (index, person if person.last_contact == last else replace(
                    person, last_contact=last
                ))  # fmt: skip
            shown[pid] = kept
        self._shown_for, self._shown = people, shown
        return {pid: person for pid, (_index, person) in shown.items()}

    def _contact_index(self, stakeholder_id: int, stamp: float) -> int:
        """How many of the member's interactions happened at or before ``stamp``."""
        times = self._contacts.get(stakeholder_id)
        return bisect_right(times, stamp) if times else 0

    def _contact_at(self, stakeholder_id: int, index: int) -> datetime | None:
        return (
            datetime.fromtimestamp(self._contacts[stakeholder_id][index - 1], UTC)
            if index
            else None
        )

    def placements_as_of(self, moment: datetime) -> dict[int, Placement]:
        """Every member's placement as it stood at ``moment``."""
        stamp = _timestamp(moment)
        series = self._series
        out: dict[int, Placement] = {}
        for person in self.member_ids:
            got: dict[Dimension, float | None] = {}
            for dimension in (*MAP_DIMENSIONS, *PERSON_DIMENSIONS):
                found = series.get((person, dimension))
                got[dimension] = found.at(stamp) if found else None
            out[person] = Placement.from_values(person, got)
        return out

    def change_moments(self, dimensions: Iterable[Dimension] = MAP_DIMENSIONS) -> list[datetime]:
        """Every distinct moment at which one of ``dimensions`` changed, in order."""
        wanted = set(dimensions)
        stamps = {
            t
            for (_person, dim), series in self._series.items()
            if dim in wanted
            for t in series.times
        }
        return [datetime.fromtimestamp(t, UTC) for t in sorted(stamps)]

    def trail(self, stakeholder_id: int, start: datetime, end: datetime) -> list[TrailPoint]:
        """Where the person stood at ``start``, each move until ``end``, and where they stood then.

        Empty when the person had no place on the map during the period.
        """
        power = self._series.get((stakeholder_id, Dimension.POWER))
        interest = self._series.get((stakeholder_id, Dimension.INTEREST))
        if power is None or interest is None:
            return []
        low, high = sorted((_timestamp(start), _timestamp(end)))
        stamps = {low, high}
        for series in (power, interest):
            stamps.update(moment for moment, _value in series.between(low, high))
        points: list[TrailPoint] = []
        for stamp in sorted(stamps):
            p, i = power.at(stamp), interest.at(stamp)
            if p is None or i is None:
                continue
            if points and (points[-1].power, points[-1].interest) == (p, i):
                continue
            points.append(TrailPoint(datetime.fromtimestamp(stamp, UTC), p, i))
        return points


def load_map_history(uow: UnitOfWork, map_id: int) -> MapHistory:
    """The whole history of a map's members, read in three light queries."""
    with uow:
        member_ids = [m.stakeholder_id for m in uow.maps.members(map_id)]
        points = uow.ratings.points(MAP_DIMENSIONS, map_id)
        points += uow.ratings.points(PERSON_DIMENSIONS)
        contacts = uow.interactions.contact_moments(member_ids)
    return MapHistory(member_ids, points, contacts)


def map_view_as_of(uow: UnitOfWork, map_id: int, moment: datetime | None = None) -> MapView | None:
    """The map now (``moment`` None) or as it stood at ``moment``.

    For repeated time-travel steps, load a :class:`MapHistory` once and call
    :meth:`MapHistory.placements_as_of` instead.
    """
    view = load_map_view(uow, map_id)
    if view is None or moment is None:
        return view
    history = load_map_history(uow, map_id)
    view.placements = history.placements_as_of(moment)
    view.people = history.people_as_of(view.people, moment)
    view.as_of = as_utc(moment)
    return view
