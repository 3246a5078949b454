"""Adding, editing, archiving and removing stakeholders."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from domain.errors import NotFoundError, ValidationError
from domain.model import Photo, Stakeholder
from domain.ports import UnitOfWork

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def validate(stakeholder: Stakeholder) -> Stakeholder:
    """Return a cleaned copy, or raise :class:`ValidationError` naming the field."""
    name = " ".join(stakeholder.name.split())
    if not name:
        raise ValidationError("A stakeholder needs a name.", field="name")
    if len(name) > 200:
        raise ValidationError("The name is longer than 200 characters.", field="name")
    email = stakeholder.email.strip()
    if email and not _EMAIL.match(email):
        raise ValidationError(f"“{email}” is not an e-mail address.", field="email")
    # One tag per spelling regardless of case (the first one typed is kept), in a stable order.
    unique: dict[str, str] = {}
    for tag in stakeholder.tags:
        if tag.strip():
            unique.setdefault(tag.strip().casefold(), tag.strip())
    tags = sorted(unique.values(), key=str.casefold)
    for other in stakeholder.other_emails:
        if other.strip() and not _EMAIL.match(other.strip()):
            raise ValidationError(f"“{other.strip()}” is not an e-mail address.", field="email")
    return replace(
        stakeholder,
        name=name,
        email=email,
        job_title=stakeholder.job_title.strip(),
        phone=stakeholder.phone.strip(),
        relation=stakeholder.relation.strip() or "business unit",
        tags=tags,
        other_emails=_others(stakeholder.other_emails, email, str.casefold),
        other_phones=_others(stakeholder.other_phones, stakeholder.phone.strip(), _digits),
    )


def _digits(phone: str) -> str:
    return "".join(c for c in phone if c.isdigit())


def _others(values: list[str], main: str, key: Callable[[str], str]) -> list[str]:
    """The further addresses or numbers, stripped, each once and none repeating the main one."""
    seen = {key(main)} if main else set()
    kept: list[str] = []
    for value in (v.strip() for v in values):
        if value and key(value) not in seen:
            seen.add(key(value))
            kept.append(value)
    return kept


def add_stakeholder(uow: UnitOfWork, stakeholder: Stakeholder) -> Stakeholder:
    clean = validate(stakeholder)
    with uow:
        added = uow.stakeholders.add(clean)
        uow.commit()
    return added


def get_stakeholder(uow: UnitOfWork, stakeholder_id: int) -> Stakeholder:
    with uow:
        found = uow.stakeholders.get(stakeholder_id)
    if found is None:
        raise NotFoundError(f"No stakeholder with id {stakeholder_id}.")
    return found


def list_stakeholders(uow: UnitOfWork, include_archived: bool = False) -> list[Stakeholder]:
    with uow:
        return uow.stakeholders.list(include_archived=include_archived)


def update_stakeholder(uow: UnitOfWork, stakeholder: Stakeholder) -> Stakeholder:
    if stakeholder.id is None:
        raise ValidationError("Only a saved stakeholder can be edited.")
    clean = validate(stakeholder)
    with uow:
        if uow.stakeholders.get(stakeholder.id) is None:
            raise NotFoundError(f"No stakeholder with id {stakeholder.id}.")
        uow.stakeholders.update(clean)
        uow.commit()
    return clean


def set_archived(uow: UnitOfWork, stakeholder_id: int, archived: bool) -> Stakeholder:
    with uow:
        found = uow.stakeholders.get(stakeholder_id)
        if found is None:
            raise NotFoundError(f"No stakeholder with id {stakeholder_id}.")
        found.archived = archived
        uow.stakeholders.update(found)
        uow.commit()
    return found


def delete_stakeholder(uow: UnitOfWork, stakeholder_id: int) -> None:
    """Remove a stakeholder for good (used to undo an add; the UI archives instead)."""
    with uow:
        uow.stakeholders.delete(stakeholder_id)
        uow.commit()


def get_photo(uow: UnitOfWork, stakeholder_id: int) -> Photo | None:
    with uow:
        return uow.stakeholders.photo(stakeholder_id)
