"""What a power/interest grid shows: each member's place, plan, attitude, trust and influence.

:func:`load_map_view` reads the map as it stands now (from the kept-at-hand current values).
:func:`load_map_history` reads the map's whole rating history once; a :class:`MapHistory` then
answers "as of" questions and trails from memory with ``bisect``, so that dragging a date slider
never goes back to the workspace.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from domain.clock import as_utc, utc_now
from domain.model import Attitude, Dimension, Stakeholder, StakeholderMap
from domain.ports import RatingPoint, UnitOfWork
from domain.rules.quadrant import Position, PositionAndGoal, Quadrant
from domain.rules.step_series import StepSeries

#: What a map view reads for each member: the map's own dimensions and the per-person ones.
MAP_DIMENSIONS = (
    Dimension.POWER,
    Dimension.INTEREST,
    Dimension.DESIRED_POWER,
    Dimension.DESIRED_INTEREST,
    Dimension.SUPPORT,
)
PERSON_DIMENSIONS = (Dimension.TRUST, Dimension.INFLUENCE)
#: Nearer than this (in grid points) to where the plan needs them, a person is on target.
ON_TARGET = 0.5


@dataclass(frozen=True, slots=True)
class MapPerson:
    """What the map shows about a member besides their place (of which only the last contact
    changes with time travel: see :meth:`MapHistory.people_as_of`)."""

    stakeholder_id: int
    name: str
    initials: str
    job_title: str
    organisation: str
    relation: str
    tags: tuple[str, ...]
    last_contact: datetime | None
    archived: bool = False

    @property
    def search_text(self) -> str:
        return " ".join((self.name, self.job_title, self.organisation, *self.tags)).casefold()


@dataclass(frozen=True, slots=True)
class Placement(PositionAndGoal):
    """Where a member stands (and is wanted) at one moment; None where nothing was rated yet."""

    stakeholder_id: int
    power: float | None = None
    interest: float | None = None
    desired_power: float | None = None
    desired_interest: float | None = None
    support: float | None = None
    trust: float | None = None
    influence: float | None = None

    @property
    def placed(self) -> bool:
        return self.position is not None

    @property
    def has_desired(self) -> bool:
        return self.desired_position is not None

    @property
    def attitude(self) -> Attitude | None:
        return None if self.support is None else Attitude.from_value(self.support)

    @property
    def on_target(self) -> bool:
        """True when there is a plan and the person stands (about) where it needs them."""
        gap = self.gap
        return gap is not None and gap < ON_TARGET

    @property
    def gap(self) -> float | None:
        """How far (in grid points) the person stands from where the plan needs them."""
        position, desired = self.position, self.desired_position
        if position is None or desired is None:
            return None
        return position.distance_to(desired)


@dataclass(slots=True)
class MapView:
    stakeholder_map: StakeholderMap
    people: dict[int, MapPerson]
    placements: dict[int, Placement]
    #: None when the view shows the map as it stands now.
    as_of: datetime | None = None
    #: False while the people carry their names only (see :func:`load_map_view`).
    complete: bool = True


def _people(uow: UnitOfWork, member_ids: set[int]) -> dict[int, MapPerson]:
    organisations = {o.id: o.name for o in uow.organisations.list()}
    contacts = uow.interactions.last_contact(member_ids, until=utc_now())
    people: dict[int, MapPerson] = {}
    for person in uow.stakeholders.list(include_archived=True):
        if person.id is None or person.id not in member_ids:
            continue
        people[person.id] = MapPerson(
            stakeholder_id=person.id,
            name=person.name,
            initials=person.initials,
            job_title=person.job_title,
            organisation=organisations.get(person.organisation_id, "")
            if person.organisation_id
            else "",
            relation=person.relation,
            tags=tuple(person.tags),
            last_contact=contacts.get(person.id),
            archived=person.archived,
        )
    return people


def _placements(
    values: dict[int, dict[Dimension, float]], ids: Iterable[int]
) -> dict[int, Placement]:
    out: dict[int, Placement] = {}
    for person in ids:
        got = values.get(person, {})
        out[person] = Placement(
            person,
            power=got.get(Dimension.POWER),
            interest=got.get(Dimension.INTEREST),
            desired_power=got.get(Dimension.DESIRED_POWER),
            desired_interest=got.get(Dimension.DESIRED_INTEREST),
            support=got.get(Dimension.SUPPORT),
            trust=got.get(Dimension.TRUST),
            influence=got.get(Dimension.INFLUENCE),
        )
    return out


def _named(uow: UnitOfWork, member_ids: set[int]) -> dict[int, MapPerson]:
    """Members with their names only (one light read); the other facts come later."""
    names = uow.stakeholders.names(include_archived=True)
    return {
        pid: MapPerson(pid, names[pid], Stakeholder(names[pid]).initials, "", "", "", (), None)
        for pid in member_ids
        if pid in names
    }


def _current_values(
    uow: UnitOfWork, map_id: int
) -> tuple[set[int], dict[int, dict[Dimension, float]]]:
    # Memberships with their current map values in one read, without the rating history.
    rows = [p for p in uow.maps.placements(MAP_DIMENSIONS) if p.map_id == map_id]
    member_ids = {row.stakeholder_id for row in rows}
    values: dict[int, dict[Dimension, float]] = {
        row.stakeholder_id: dict(row.values) for row in rows
    }
    for value in uow.ratings.current(PERSON_DIMENSIONS, member_ids):
        values.setdefault(value.stakeholder_id, {})[value.dimension] = value.value
    return member_ids, values


def load_map_view(uow: UnitOfWork, map_id: int, *, facts: bool = True) -> MapView | None:
    """The map as it stands now; None when it no longer exists.

    Without ``facts`` the people carry their names only (titles, organisations, tags and last
    contacts empty): enough to draw a big map at once, :func:`load_map_people` fills in the rest.
    """
    with uow:
        found = uow.maps.get(map_id)
        if found is None:
            return None
        member_ids, values = _current_values(uow, map_id)
        people = _people(uow, member_ids) if facts else _named(uow, member_ids)
    return MapView(found, people, _placements(values, people), complete=facts)


def load_map_people(uow: UnitOfWork, member_ids: Iterable[int]) -> dict[int, MapPerson]:
    """Everything the grid shows about these people besides their places."""
    with uow:
        return _people(uow, set(member_ids))


def load_map_placements(uow: UnitOfWork, map_id: int) -> dict[int, Placement]:
    """Where everyone on the map stands now (after a move: the people themselves are unchanged)."""
    with uow:
        member_ids, values = _current_values(uow, map_id)
    return _placements(values, member_ids)


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
            out[person] = Placement(
                person,
                power=got[Dimension.POWER],
                interest=got[Dimension.INTEREST],
                desired_power=got[Dimension.DESIRED_POWER],
                desired_interest=got[Dimension.DESIRED_INTEREST],
                support=got[Dimension.SUPPORT],
                trust=got[Dimension.TRUST],
                influence=got[Dimension.INFLUENCE],
            )
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
