"""Who influences whom."""

from __future__ import annotations

from domain.errors import ValidationError
from domain.model import InfluenceLink
from domain.ports import UnitOfWork


def link(
    uow: UnitOfWork, source_id: int, target_id: int, strength: int = 3, note: str = ""
) -> InfluenceLink:
    if source_id == target_id:
        raise ValidationError("A person cannot influence themselves.")
    if not 1 <= strength <= 5:
        raise ValidationError("Influence strength runs from 1 to 5.", field="strength")
    with uow:
        added = uow.influence.add(InfluenceLink(source_id, target_id, strength, note))
        uow.commit()
    return added


def links_of(uow: UnitOfWork, stakeholder_id: int | None = None) -> list[InfluenceLink]:
    with uow:
        return uow.influence.list(stakeholder_id)
