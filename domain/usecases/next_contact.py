"""When each person on a map should next be contacted, by the cadence of their most demanding
quadrant, counted from their last real contact (the reminders export and the person's plans)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from domain.clock import utc_now
from domain.model import Dimension
from domain.ports import UnitOfWork
from domain.rules.attention import Cadence, most_demanding, next_contact_due
from domain.rules.quadrant import Position, Quadrant


@dataclass(frozen=True, slots=True)
class NextContact:
    stakeholder_id: int
    name: str
    quadrant: Quadrant
    cadence_days: int
    last_contact: datetime | None
    due: datetime


def next_contacts(
    uow: UnitOfWork,
    cadence: Cadence,
    stakeholder_ids: Iterable[int] | None = None,
    now: datetime | None = None,
) -> list[NextContact]:
    """Everyone placed on a map (not archived; or only ``stakeholder_ids``), soonest due first."""
    moment = now or utc_now()
    wanted = set(stakeholder_ids) if stakeholder_ids is not None else None
    with uow:
        names = uow.stakeholders.names()
        quadrants: dict[int, list[Quadrant]] = {}
        joined: dict[int, datetime] = {}
        for spot in uow.maps.placements([Dimension.POWER, Dimension.INTEREST]):
            person = spot.stakeholder_id
            if person not in names or (wanted is not None and person not in wanted):
                continue
            position = Position.of(
                spot.values.get(Dimension.POWER), spot.values.get(Dimension.INTEREST)
            )
            if position is None:
                continue
            quadrants.setdefault(person, []).append(position.quadrant)
            joined[person] = min(joined.get(person, spot.added_at), spot.added_at)
        last = uow.interactions.last_contact(list(quadrants), until=moment)
    found: list[NextContact] = []
    for person, theirs in quadrants.items():
        quadrant = most_demanding(theirs, cadence)
        assert quadrant is not None
        found.append(
            NextContact(
                person,
                names[person],
                quadrant,
                cadence.for_quadrant(quadrant).days,
                last.get(person),
                next_contact_due(last.get(person), quadrant, moment, cadence, joined[person]),
            )
        )
    found.sort(key=lambda n: (n.due, n.name.casefold()))
    return found
