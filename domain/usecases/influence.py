"""Who influences whom: links between people (A influences B, with a strength and a note)."""

from __future__ import annotations

from dataclasses import dataclass

from domain.errors import NotFoundError, ValidationError
from domain.model import InfluenceLink, without_honorific
from domain.ports import UnitOfWork
from domain.rules.validation import valid_influence

#: How strong an influence is, from 1 to 5.
STRENGTHS = {1: "slight", 2: "some", 3: "clear", 4: "strong", 5: "decisive"}


def link(
    uow: UnitOfWork, source_id: int, target_id: int, strength: int = 3, note: str = ""
) -> InfluenceLink:
    """Record that ``source_id`` influences ``target_id``."""
    if source_id == target_id:
        raise ValidationError("A person cannot influence themselves.")
    if strength not in STRENGTHS:
        raise ValidationError("Influence strength runs from 1 to 5.", field="strength")
    clean = valid_influence(InfluenceLink(source_id, target_id, strength, note.strip()))
    with uow:
        names = uow.stakeholders.names(include_archived=True)
        for person in (source_id, target_id):
            if person not in names:
                raise NotFoundError(f"No person with id {person}.")
        for existing in uow.influence.list(source_id):
            if existing.source_id == source_id and existing.target_id == target_id:
                raise ValidationError(
                    f"{names[source_id]} already influences {names[target_id]} "
                    f"({STRENGTHS[existing.strength]}). Remove that link to record it anew."
                )
        added = uow.influence.add(clean)
        uow.commit()
    return added


def unlink(uow: UnitOfWork, link_id: int) -> InfluenceLink:
    """Remove a link; returns it as it was (to put it back with :func:`relink`)."""
    with uow:
        found = next((k for k in uow.influence.list() if k.id == link_id), None)
        if found is None:
            raise NotFoundError(f"No influence link with id {link_id}.")
        uow.influence.delete(link_id)
        uow.commit()
    return found


def relink(uow: UnitOfWork, removed: InfluenceLink) -> InfluenceLink:
    """Put back a link that :func:`unlink` removed, with its id (undo)."""
    with uow:
        added = uow.influence.add(removed)
        uow.commit()
    return added


def links_of(uow: UnitOfWork, stakeholder_id: int | None = None) -> list[InfluenceLink]:
    with uow:
        return uow.influence.list(stakeholder_id)


@dataclass(frozen=True, slots=True)
class Influence:
    """One link seen from a person: the other person and how strong the influence is."""

    link: InfluenceLink
    other_id: int
    other_name: str

    @property
    def strength_text(self) -> str:
        return STRENGTHS.get(self.link.strength, str(self.link.strength))


@dataclass(frozen=True, slots=True)
class InfluenceAround:
    stakeholder_id: int
    #: The people this person influences, strongest first.
    influences: list[Influence]
    #: The people who influence this person, strongest first.
    influenced_by: list[Influence]


def influence_around(uow: UnitOfWork, stakeholder_id: int) -> InfluenceAround:
    """Whom a person influences and who influences them (archived people included, as the
    links still hold)."""
    with uow:
        names = uow.stakeholders.names(include_archived=True)
        links = uow.influence.list(stakeholder_id)
    influences: list[Influence] = []
    influenced_by: list[Influence] = []
    for one in links:
        if one.source_id == stakeholder_id:
            influences.append(Influence(one, one.target_id, names.get(one.target_id, "?")))
        else:
            influenced_by.append(Influence(one, one.source_id, names.get(one.source_id, "?")))
    for side in (influences, influenced_by):
        side.sort(key=lambda i: (-i.link.strength, without_honorific(i.other_name).casefold()))
    return InfluenceAround(stakeholder_id, influences, influenced_by)
