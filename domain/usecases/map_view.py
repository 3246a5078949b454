"""What a power/interest grid shows: each member's place, plan, attitude, trust and influence.

:func:`load_map_view` reads the map as it stands now (from the kept-at-hand current values). The
map as it stood at another moment comes from domain.usecases.map_history.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime

from domain.clock import utc_now
from domain.model import Attitude, Dimension, Stakeholder, StakeholderMap
from domain.ports import UnitOfWork
from domain.rules.quadrant import PositionAndGoal

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
    #: Who in the team owns the relationship (a login; None: nobody).
    owner: str | None = None

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

    @classmethod
    def from_values(
        cls, stakeholder_id: int, values: Mapping[Dimension, float | None]
    ) -> Placement:
        """The placement of a member whose values per dimension are ``values``."""
        return cls(
            stakeholder_id,
            power=values.get(Dimension.POWER),
            interest=values.get(Dimension.INTEREST),
            desired_power=values.get(Dimension.DESIRED_POWER),
            desired_interest=values.get(Dimension.DESIRED_INTEREST),
            support=values.get(Dimension.SUPPORT),
            trust=values.get(Dimension.TRUST),
            influence=values.get(Dimension.INFLUENCE),
        )

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
            owner=person.owner,
        )
    return people


def _placements(
    values: dict[int, dict[Dimension, float]], ids: Iterable[int]
) -> dict[int, Placement]:
    return {person: Placement.from_values(person, values.get(person, {})) for person in ids}


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
