"""Adding people to a map and taking them off it, in ways that can be taken back exactly.

Each function returns a :class:`MembershipChange` holding what it added or removed, so that an
undo can remove exactly those rows and a redo can put back the same rows (same ids, same times).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from domain.clock import utc_now
from domain.errors import NotFoundError
from domain.model import Dimension, MapMembership, Rating
from domain.ports import UnitOfWork
from domain.usecases.ratings import check


@dataclass(frozen=True, slots=True)
class Arrival:
    """A person to put on a map, where they were dropped (None: not placed yet)."""

    stakeholder_id: int
    power: float | None = None
    interest: float | None = None


@dataclass(slots=True)
class MembershipChange:
    map_id: int
    memberships: list[MapMembership] = field(default_factory=list)
    ratings: list[Rating] = field(default_factory=list)

    @property
    def stakeholder_ids(self) -> list[int]:
        return [m.stakeholder_id for m in self.memberships]


def add_people(
    uow: UnitOfWork,
    map_id: int,
    arrivals: Sequence[Arrival],
    *,
    at: datetime | None = None,
) -> MembershipChange:
    """Put people on a map (those already on it are only moved when a place is given)."""
    when = at or utc_now()
    change = MembershipChange(map_id)
    with uow:
        if uow.maps.get(map_id) is None:
            raise NotFoundError("That map no longer exists.")
        present = {m.stakeholder_id for m in uow.maps.members(map_id)}
        for arrival in arrivals:
            if uow.stakeholders.get(arrival.stakeholder_id) is None:
                raise NotFoundError(f"No stakeholder with id {arrival.stakeholder_id}.")
            if arrival.stakeholder_id not in present:
                membership = MapMembership(map_id, arrival.stakeholder_id, when)
                uow.maps.add_member(membership)
                change.memberships.append(membership)
                present.add(arrival.stakeholder_id)
            if arrival.power is None or arrival.interest is None:
                continue
            for dimension, value in (
                (Dimension.POWER, arrival.power),
                (Dimension.INTEREST, arrival.interest),
            ):
                rating = check(
                    Rating(
                        arrival.stakeholder_id,
                        dimension,
                        round(float(value), 2),
                        when,
                        map_id=map_id,
                        note="Placed on the map",
                    )
                )
                change.ratings.append(uow.ratings.add(rating))
        uow.commit()
    return change


def remove_people(uow: UnitOfWork, map_id: int, stakeholder_ids: Iterable[int]) -> MembershipChange:
    """Take people off a map. Their rating history there is kept (it returns if re-added)."""
    wanted = set(stakeholder_ids)
    change = MembershipChange(map_id)
    with uow:
        for membership in uow.maps.members(map_id):
            if membership.stakeholder_id in wanted:
                uow.maps.remove_member(map_id, membership.stakeholder_id)
                change.memberships.append(membership)
        uow.commit()
    return change


def withdraw(uow: UnitOfWork, change: MembershipChange) -> None:
    """Take back an :func:`add_people`: remove its memberships and ratings."""
    with uow:
        for rating in change.ratings:
            if rating.id is not None:
                uow.ratings.remove(rating.id)
        for membership in change.memberships:
            uow.maps.remove_member(membership.map_id, membership.stakeholder_id)
        uow.commit()


def reinstate(uow: UnitOfWork, change: MembershipChange) -> None:
    """Put back what :func:`withdraw` or :func:`remove_people` took away, with the same rows."""
    with uow:
        if uow.maps.get(change.map_id) is None:
            raise NotFoundError("That map no longer exists.")
        for membership in change.memberships:
            uow.maps.add_member(membership)
        for rating in change.ratings:
            uow.ratings.add(rating)
        uow.commit()
