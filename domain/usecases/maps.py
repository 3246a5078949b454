"""Stakeholder maps: create, rename, duplicate, delete, and who is on them."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime

from domain.clock import utc_now
from domain.errors import NotFoundError
from domain.model import Dimension, MapMembership, Rating, StakeholderMap
from domain.ports import UnitOfWork
from domain.rules.validation import valid_map

_MAP_DIMENSIONS = [d for d in Dimension if d.per_map]


@dataclass(slots=True)
class MapSnapshot:
    """Everything a deleted map held, so that undo can put it back."""

    stakeholder_map: StakeholderMap
    members: list[MapMembership] = field(default_factory=list)
    ratings: list[Rating] = field(default_factory=list)


def create_map(uow: UnitOfWork, stakeholder_map: StakeholderMap) -> StakeholderMap:
    stakeholder_map = valid_map(stakeholder_map)
    with uow:
        added = uow.maps.add(stakeholder_map)
        uow.commit()
    return added


def list_maps(uow: UnitOfWork) -> list[StakeholderMap]:
    with uow:
        return uow.maps.list()


def update_map(uow: UnitOfWork, stakeholder_map: StakeholderMap) -> StakeholderMap:
    stakeholder_map = valid_map(stakeholder_map)
    with uow:
        if stakeholder_map.id is None or uow.maps.get(stakeholder_map.id) is None:
            raise NotFoundError("That map no longer exists.")
        uow.maps.update(stakeholder_map)
        uow.commit()
    return stakeholder_map


def place_on_map(
    uow: UnitOfWork,
    map_id: int,
    stakeholder_id: int,
    power: float | None = None,
    interest: float | None = None,
    at: datetime | None = None,
) -> None:
    """Put a person on a map, optionally with a first position."""
    from domain.usecases.ratings import check

    when = at or utc_now()
    with uow:
        if uow.maps.get(map_id) is None:
            raise NotFoundError("That map no longer exists.")
        if map_id not in uow.maps.maps_of(stakeholder_id):
            uow.maps.add_member(MapMembership(map_id, stakeholder_id, when))
        for dimension, value in ((Dimension.POWER, power), (Dimension.INTEREST, interest)):
            if value is not None:
                uow.ratings.add(
                    check(Rating(stakeholder_id, dimension, value, when, map_id=map_id))
                )
        uow.commit()


def remove_from_map(uow: UnitOfWork, map_id: int, stakeholder_id: int) -> None:
    """Take a person off a map. Their rating history on it is kept (and returns if re-added)."""
    with uow:
        uow.maps.remove_member(map_id, stakeholder_id)
        uow.commit()


def members(uow: UnitOfWork, map_id: int) -> list[MapMembership]:
    with uow:
        return uow.maps.members(map_id)


def duplicate_map(uow: UnitOfWork, map_id: int, name: str | None = None) -> StakeholderMap:
    """A new map with the same people at their current positions and attitudes."""
    now = utc_now()
    with uow:
        source = uow.maps.get(map_id)
        if source is None:
            raise NotFoundError("That map no longer exists.")
        copy = uow.maps.add(
            valid_map(replace(source, id=None, name=name or f"{source.name} (copy)"))
        )
        assert copy.id is not None
        people = [m.stakeholder_id for m in uow.maps.members(map_id)]
        for person in people:
            uow.maps.add_member(MapMembership(copy.id, person, now))
        for value in uow.ratings.current(_MAP_DIMENSIONS, people, map_id):
            uow.ratings.add(
                Rating(
                    value.stakeholder_id,
                    value.dimension,
                    value.value,
                    now,
                    map_id=copy.id,
                    note=f"Copied from “{source.name}”",
                    recorded_at=now,
                )
            )
        uow.commit()
    return copy


def delete_map(uow: UnitOfWork, map_id: int) -> MapSnapshot:
    with uow:
        found = uow.maps.get(map_id)
        if found is None:
            raise NotFoundError("That map no longer exists.")
        snapshot = MapSnapshot(
            found,
            uow.maps.members(map_id),
            uow.ratings.history_for_map(map_id, _MAP_DIMENSIONS),
        )
        uow.maps.delete(map_id)
        uow.commit()
    return snapshot


def restore_map(uow: UnitOfWork, snapshot: MapSnapshot) -> None:
    with uow:
        uow.maps.add(snapshot.stakeholder_map)
        for membership in snapshot.members:
            uow.maps.add_member(membership)
        for rating in snapshot.ratings:
            uow.ratings.add(rating)
        uow.commit()
