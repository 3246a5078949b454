"""Concerns stakeholders raise: recording, editing, closing, reopening and removing them.

Each function is one transaction and checks the concern by :func:`valid_concern` first, so the
editor, the JSON import and the undo commands refuse the same things.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from domain.clock import utc_now
from domain.errors import NotFoundError
from domain.model import Concern, ConcernStatus
from domain.ports import UnitOfWork
from domain.rules.validation import valid_concern


def raise_concern(uow: UnitOfWork, concern: Concern) -> Concern:
    """Record a concern (under ``concern.id`` when given: a redo puts it back as it was)."""
    checked = valid_concern(concern)
    checked.created_at = checked.created_at or utc_now()
    with uow:
        if uow.stakeholders.get(checked.stakeholder_id) is None:
            raise NotFoundError("The person who raised the concern is no longer in the register.")
        added = uow.concerns.add(checked)
        uow.commit()
    return added


def save_concern(uow: UnitOfWork, concern: Concern) -> Concern:
    """Store an edited concern (its id says which)."""
    checked = valid_concern(concern)
    with uow:
        if concern.id is None or uow.concerns.get(concern.id) is None:
            raise NotFoundError("That concern no longer exists.")
        uow.concerns.update(checked)
        uow.commit()
    return checked


def close_concern(
    uow: UnitOfWork,
    concern_id: int,
    status: ConcernStatus,
    on: date,
    resolution: str = "",
) -> Concern:
    """Mark a concern resolved or withdrawn on ``on``, saying how."""
    if ConcernStatus(status) is ConcernStatus.OPEN:
        raise ValueError("close_concern closes; reopen_concern reopens")
    with uow:
        found = uow.concerns.get(concern_id)
    if found is None:
        raise NotFoundError("That concern no longer exists.")
    return save_concern(
        uow, replace(found, status=status, closed_on=on, resolution=resolution or found.resolution)
    )


def reopen_concern(uow: UnitOfWork, concern_id: int) -> Concern:
    with uow:
        found = uow.concerns.get(concern_id)
    if found is None:
        raise NotFoundError("That concern no longer exists.")
    return save_concern(uow, replace(found, status=ConcernStatus.OPEN, closed_on=None))


def delete_concern(uow: UnitOfWork, concern_id: int) -> None:
    with uow:
        uow.concerns.delete(concern_id)
        uow.commit()


def concerns_of(uow: UnitOfWork, stakeholder_id: int) -> list[Concern]:
    """Open first (by target date), then the closed ones."""
    with uow:
        return uow.concerns.list(stakeholder_id)
