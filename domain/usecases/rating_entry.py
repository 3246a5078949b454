"""Entering ratings from the person's page or the grid: several at once, and corrections.

History stays honest: a correction removes the wrong entry and records a new one (with the time it
was made), so undoing it puts the original back exactly as it was.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from domain.clock import utc_now
from domain.errors import NotFoundError
from domain.model import Rating
from domain.ports import UnitOfWork
from domain.usecases.ratings import check


def record_ratings(uow: UnitOfWork, ratings: Sequence[Rating]) -> list[Rating]:
    """Validate and store ``ratings`` in one transaction (all or nothing)."""
    now = utc_now()
    checked = [
        check(replace(r, note=r.note.strip(), value=float(r.value), id=None), now) for r in ratings
    ]
    with uow:
        for rating in checked:
            if uow.stakeholders.get(rating.stakeholder_id) is None:
                raise NotFoundError(f"No stakeholder with id {rating.stakeholder_id}.")
            if rating.map_id is not None and uow.maps.get(rating.map_id) is None:
                raise NotFoundError("That map no longer exists.")
        added = [uow.ratings.add(r) for r in checked]
        uow.commit()
    return added


@dataclass(frozen=True, slots=True)
class Correction:
    removed: Rating
    added: Rating


def correct_rating(
    uow: UnitOfWork,
    rating_id: int,
    value: float,
    note: str,
    at: datetime | None = None,
) -> Correction:
    """Replace a wrong entry by a corrected one (same dimension and map) in one transaction."""
    now = utc_now()
    with uow:
        wrong = uow.ratings.get(rating_id)
        if wrong is None:
            raise NotFoundError("That rating no longer exists.")
        fixed = check(
            replace(
                wrong,
                value=float(value),
                note=note.strip(),
                at=at or wrong.at,
                recorded_at=None,
                id=None,
            ),
            now,
        )
        uow.ratings.remove(rating_id)
        added = uow.ratings.add(fixed)
        uow.commit()
    return Correction(wrong, added)


def undo_correction(uow: UnitOfWork, correction: Correction) -> None:
    """Take the corrected entry out and put the original back, ids and times kept."""
    with uow:
        assert correction.added.id is not None
        uow.ratings.remove(correction.added.id)
        uow.ratings.add(correction.removed)
        uow.commit()


def redo_correction(uow: UnitOfWork, correction: Correction) -> None:
    with uow:
        assert correction.removed.id is not None
        uow.ratings.remove(correction.removed.id)
        uow.ratings.add(correction.added)
        uow.commit()
