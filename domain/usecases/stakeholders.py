"""Adding, editing, archiving and removing stakeholders."""

from __future__ import annotations

from domain.errors import NotFoundError, ValidationError
from domain.model import Photo, Stakeholder
from domain.ports import UnitOfWork
from domain.rules.validation import valid_stakeholder
from domain.rules.versions import require_unchanged


def validate(stakeholder: Stakeholder) -> Stakeholder:
    """Return a cleaned copy, or raise :class:`ValidationError` naming the field (the rules are
    domain.rules.validation's, shared by every way in)."""
    return valid_stakeholder(stakeholder)


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


def _what(person: Stakeholder) -> str:
    return f"the details of {person.name}"


def update_stakeholder(
    uow: UnitOfWork, stakeholder: Stakeholder, *, undoing: bool = False
) -> Stakeholder:
    """Save the edited person and return them as stored, with their new revision.

    ``stakeholder.revision`` is the revision the edit was made from: if someone changed the
    person since, nothing is saved and :class:`ConcurrentChangeError` says who and when (to
    overwrite their change anyway, edit from their revision). Without a revision the edit is
    saved over whatever is stored. ``undoing``: the edit takes one's own change back (the error
    then says the undo was not made).
    """
    if stakeholder.id is None:
        raise ValidationError("Only a saved stakeholder can be edited.")
    clean = validate(stakeholder)
    with uow:
        stored = uow.stakeholders.get(stakeholder.id)
        if stored is None:
            raise NotFoundError(f"No stakeholder with id {stakeholder.id}.")
        require_unchanged(stored.revision, stakeholder.revision, _what(stored), undoing=undoing)
        uow.stakeholders.update(clean)
        saved = uow.stakeholders.get(stakeholder.id)
        uow.commit()
    assert saved is not None
    return saved


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
