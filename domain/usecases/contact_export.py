"""The people to export as contacts: the register (or one map's people) with what the register
shows beside each name, and their photos for vCards."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from domain.errors import NotFoundError
from domain.model import Photo, Stakeholder
from domain.ports import UnitOfWork
from domain.usecases.register import register


@dataclass(frozen=True, slots=True)
class ContactRow:
    person: Stakeholder
    organisation: str
    unit: str
    trust: float | None
    influence: float | None
    last_contact: datetime | None
    photo: Photo | None


def contacts_for_export(
    uow: UnitOfWork, map_id: int | None = None, stakeholder_ids: list[int] | None = None
) -> list[ContactRow]:
    """Everyone not archived, sorted by name; only ``map_id``'s people, or only the people in
    ``stakeholder_ids`` (archived or not), when given."""
    rows = register(uow, include_archived=stakeholder_ids is not None)
    with uow:
        wanted: set[int] | None = None
        if map_id is not None:
            if uow.maps.get(map_id) is None:
                raise NotFoundError(f"No map with id {map_id}.")
            wanted = {m.stakeholder_id for m in uow.maps.members(map_id)}
        if stakeholder_ids is not None:
            wanted = set(stakeholder_ids) if wanted is None else wanted & set(stakeholder_ids)
        with_photos = uow.stakeholders.photo_ids()
        chosen = [r for r in rows if wanted is None or r.stakeholder.id in wanted]
        return [
            ContactRow(
                r.stakeholder,
                r.organisation,
                r.unit,
                r.trust,
                r.influence,
                r.last_contact,
                uow.stakeholders.photo(r.stakeholder.id)
                if r.stakeholder.id in with_photos and r.stakeholder.id is not None
                else None,
            )
            for r in chosen
        ]
