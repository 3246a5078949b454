"""The stakeholder register: everyone with the figures the list shows beside their name."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from domain.clock import utc_now
from domain.model import Dimension, Stakeholder
from domain.ports import UnitOfWork
from domain.rules.unit_paths import place_of


@dataclass(frozen=True, slots=True)
class RegisterRow:
    stakeholder: Stakeholder
    organisation: str
    unit: str
    trust: float | None
    influence: float | None
    last_contact: datetime | None
    #: Where they work, as one path (domain.rules.unit_paths.place_of).
    place: str = ""


def register(uow: UnitOfWork, include_archived: bool = False) -> list[RegisterRow]:
    with uow:
        people = uow.stakeholders.list(include_archived=include_archived)
        tree = {o.id: o for o in uow.organisations.list() if o.id is not None}
        organisations = {i: o.name for i, o in tree.items()}
        current: dict[tuple[int, Dimension], float] = {
            (v.stakeholder_id, v.dimension): v.value
            for v in uow.ratings.current([Dimension.TRUST, Dimension.INFLUENCE])
        }
        contacts = uow.interactions.last_contact(until=utc_now())  # not one planned ahead
    return [
        RegisterRow(
            person,
            organisations.get(person.organisation_id, "") if person.organisation_id else "",
            organisations.get(person.unit_id, "") if person.unit_id else "",
            current.get((person.id, Dimension.TRUST)) if person.id else None,
            current.get((person.id, Dimension.INFLUENCE)) if person.id else None,
            contacts.get(person.id) if person.id else None,
            place_of(tree, person.organisation_id, person.unit_id),
        )
        for person in people
    ]
