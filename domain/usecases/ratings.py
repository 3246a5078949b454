"""Rating people: append-only, dated, with a note saying why."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from domain.clock import as_utc, utc_now
from domain.errors import NotFoundError, ValidationError
from domain.model import Dimension, Rating
from domain.ports import CurrentValue, UnitOfWork
from domain.rules.validation import valid_rating

#: Clocks drift; an entry this far ahead of now is still taken as "now".
_FUTURE_TOLERANCE = timedelta(minutes=5)


def check(rating: Rating, now: datetime | None = None) -> Rating:
    """Validate a rating before it is stored (domain.rules.validation, and not dated in the
    future); returns a cleaned copy with aware UTC times."""
    rating = valid_rating(rating)
    now = now or utc_now()
    at = as_utc(rating.at)
    if at > now + _FUTURE_TOLERANCE:
        raise ValidationError("A rating cannot be dated in the future.", field="at")
    rating.at = at
    rating.recorded_at = as_utc(rating.recorded_at) if rating.recorded_at else now
    return rating


def rate(
    uow: UnitOfWork,
    stakeholder_id: int,
    dimension: Dimension,
    value: float,
    *,
    at: datetime | None = None,
    map_id: int | None = None,
    note: str = "",
) -> Rating:
    rating = check(
        Rating(
            stakeholder_id,
            Dimension(dimension),
            float(value),
            at or utc_now(),
            map_id=map_id,
            note=note.strip(),
        )
    )
    with uow:
        if uow.stakeholders.get(stakeholder_id) is None:
            raise NotFoundError(f"No stakeholder with id {stakeholder_id}.")
        added = uow.ratings.add(rating)
        uow.commit()
    return added


@dataclass(frozen=True, slots=True)
class GridMove:
    """One person's new place on a map: both power and interest, as the person stands (or, with
    ``desired``, where the plan wants them)."""

    stakeholder_id: int
    power: float
    interest: float
    desired: bool = False


def move_on_map(
    uow: UnitOfWork,
    map_id: int,
    moves: Sequence[GridMove],
    *,
    at: datetime | None = None,
    note: str = "",
) -> list[Rating]:
    """Record new power and interest for everyone moved, in one transaction."""
    when = at or utc_now()
    added: list[Rating] = []
    with uow:
        for move in moves:
            dims = (
                (Dimension.DESIRED_POWER, Dimension.DESIRED_INTEREST)
                if move.desired
                else (Dimension.POWER, Dimension.INTEREST)
            )
            for dimension, value in zip(dims, (move.power, move.interest), strict=True):
                rating = check(
                    Rating(
                        move.stakeholder_id,
                        dimension,
                        round(float(value), 2),
                        when,
                        map_id=map_id,
                        note=note,
                    )
                )
                added.append(uow.ratings.add(rating))
        uow.commit()
    return added


def remove_ratings(uow: UnitOfWork, rating_ids: Iterable[int]) -> list[Rating]:
    """Remove entries (a wrong entry, or the undo of a rating). Returns them for restoring."""
    removed: list[Rating] = []
    with uow:
        for rating_id in rating_ids:
            found = uow.ratings.get(rating_id)
            if found is not None:
                removed.append(found)
                uow.ratings.remove(rating_id)
        uow.commit()
    return removed


def restore_ratings(uow: UnitOfWork, ratings: Iterable[Rating]) -> None:
    """Put back entries removed by :func:`remove_ratings`, with their ids and times."""
    with uow:
        for rating in ratings:
            uow.ratings.add(rating)
        uow.commit()


def history(
    uow: UnitOfWork,
    stakeholder_id: int,
    dimensions: Iterable[Dimension] | None = None,
    map_id: int | None = None,
) -> list[Rating]:
    with uow:
        return uow.ratings.history(stakeholder_id, dimensions, map_id)


def current_values(
    uow: UnitOfWork,
    dimensions: Iterable[Dimension],
    stakeholder_ids: Iterable[int] | None = None,
    map_id: int | None = None,
) -> list[CurrentValue]:
    with uow:
        return uow.ratings.current(dimensions, stakeholder_ids, map_id)
