"""Organisations, units and their relationship maturity."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from domain.clock import utc_now
from domain.errors import NotFoundError, ValidationError
from domain.model import MaturityAssessment, MaturityLevel, Organisation
from domain.ports import UnitOfWork
from domain.rules.unit_paths import descendants
from domain.rules.validation import valid_maturity, valid_organisation


def add_organisation(uow: UnitOfWork, organisation: Organisation) -> Organisation:
    organisation = valid_organisation(organisation)
    with uow:
        if organisation.parent_id is not None:
            _get(uow, organisation.parent_id)
        added = uow.organisations.add(organisation)
        uow.commit()
    return added


def list_organisations(uow: UnitOfWork) -> list[Organisation]:
    with uow:
        return uow.organisations.list()


def find_or_add_organisation(uow: UnitOfWork, name: str) -> Organisation:
    """The organisation of that name (case-insensitive), created as an internal unit if new."""
    wanted = " ".join(name.split())
    with uow:
        for organisation in uow.organisations.list():
            if organisation.name.casefold() == wanted.casefold():
                return organisation
    return add_organisation(uow, Organisation(name=wanted))


def assess_maturity(
    uow: UnitOfWork,
    organisation_id: int,
    level: MaturityLevel,
    at: datetime | None = None,
    note: str = "",
) -> MaturityAssessment:
    with uow:
        added = uow.organisations.add_maturity(
            valid_maturity(
                MaturityAssessment(organisation_id, MaturityLevel(level), at or utc_now(), note)
            )
        )
        uow.commit()
    return added


def organisations_by_id(uow: UnitOfWork) -> dict[int, Organisation]:
    """Every organisation and unit by id (archived ones too), for paths and trees."""
    with uow:
        return {o.id: o for o in uow.organisations.list() if o.id is not None}


def _get(uow: UnitOfWork, organisation_id: int) -> Organisation:
    found = uow.organisations.get(organisation_id)
    if found is None:
        raise NotFoundError("That organisation or unit no longer exists.")
    return found


def rename_organisation(uow: UnitOfWork, organisation_id: int, name: str) -> str:
    """Gives the organisation or unit a new name; returns the old one (for undo)."""
    with uow:
        current = _get(uow, organisation_id)
        renamed = valid_organisation(replace(current, name=name))
        uow.organisations.update(renamed)
        uow.commit()
    return current.name


def move_organisation(uow: UnitOfWork, organisation_id: int, parent_id: int | None) -> int | None:
    """Puts the unit under ``parent_id`` (None: makes it a top organisation); returns the parent
    it had (for undo). Refused into itself or under one of its own units."""
    with uow:
        current = _get(uow, organisation_id)
        if parent_id is not None:
            everyone = {o.id: o for o in uow.organisations.list() if o.id is not None}
            parent = _get(uow, parent_id)
            if parent_id == organisation_id:
                raise ValidationError(f"“{current.name}” cannot sit inside itself.", "parent_id")
            if parent_id in descendants(everyone, organisation_id):
                raise ValidationError(
                    f"“{current.name}” cannot move under “{parent.name}”, which sits inside it.",
                    "parent_id",
                )
        previous = current.parent_id
        uow.organisations.update(replace(current, parent_id=parent_id))
        uow.commit()
    return previous


def set_archived(uow: UnitOfWork, organisation_id: int, archived: bool) -> list[int]:
    """Archives (or brings back) the organisation and every unit inside it; returns the ids whose
    flag changed, so that undo puts back exactly those."""
    with uow:
        everyone = {o.id: o for o in uow.organisations.list() if o.id is not None}
        _get(uow, organisation_id)
        ids = [organisation_id, *sorted(descendants(everyone, organisation_id))]
        changed = [i for i in ids if everyone[i].archived != archived]
        for unit_id in changed:
            uow.organisations.update(replace(everyone[unit_id], archived=archived))
        uow.commit()
    return changed


def restore_archived(uow: UnitOfWork, ids: list[int], archived: bool) -> None:
    """Sets the flag of exactly ``ids`` (undoing :func:`set_archived`)."""
    with uow:
        for unit_id in ids:
            uow.organisations.update(replace(_get(uow, unit_id), archived=archived))
        uow.commit()


def remove_organisation(uow: UnitOfWork, organisation_id: int) -> None:
    """Removes an organisation or unit (undoing its creation)."""
    with uow:
        uow.organisations.delete(organisation_id)
        uow.commit()
