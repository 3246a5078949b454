"""Rating people: append-only, dated, with a note saying why."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from domain.clock import as_utc, utc_now
from domain.errors import ConcurrentChangeError, NotFoundError, ValidationError
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
    #: Where the user saw them before moving them (power, interest; None: not rated): if someone
    #: else moved them since, the move is refused (ConcurrentChangeError) rather than silently
    #: putting them back over the other person's move. None: not checked.
    seen: tuple[float | None, float | None] | None = None


def move_on_map(
    uow: UnitOfWork,
    map_id: int,
    moves: Sequence[GridMove],
    *,
    at: datetime | None = None,
    note: str = "",
) -> list[Rating]:
    """Record new power and interest for everyone moved, in one transaction.

    A move that says where the person was ``seen`` is refused with ConcurrentChangeError (who
    moved them, when) if they are no longer there: nothing of the drag is recorded then.
    """
    when = at or utc_now()
    added: list[Rating] = []
    with uow:
        for move in moves:
            dims = _dimensions(move)
            if move.seen is not None:
                _require_still_at(uow, map_id, move.stakeholder_id, dims, move.seen)
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


def _dimensions(move: GridMove) -> tuple[Dimension, Dimension]:
    if move.desired:
        return (Dimension.DESIRED_POWER, Dimension.DESIRED_INTEREST)
    return (Dimension.POWER, Dimension.INTEREST)


def _require_still_at(
    uow: UnitOfWork,
    map_id: int,
    stakeholder_id: int,
    dims: tuple[Dimension, Dimension],
    seen: tuple[float | None, float | None],
) -> None:
    current = {c.dimension: c for c in uow.ratings.current(dims, [stakeholder_id], map_id)}
    for dimension, value in zip(dims, seen, strict=True):
        now = current.get(dimension)
        held = now.value if now is not None else None
        if held is None and value is None:
            continue
        if held is not None and value is not None and abs(held - value) < 0.005:
            continue
        latest = uow.ratings.get(now.rating_id) if now is not None else None
        raise ConcurrentChangeError(
            f"where {_name(uow, stakeholder_id)} stands on this map",
            (latest.recorded_by or "") if latest else "",
            latest.recorded_at if latest else None,
            0,
        )


def _name(uow: UnitOfWork, stakeholder_id: int) -> str:
    person = uow.stakeholders.get(stakeholder_id)
    return person.name if person is not None else "this person"


def take_back_ratings(uow: UnitOfWork, ratings: Sequence[Rating]) -> list[Rating]:
    """Undo one's own entries (a move on the grid): removed only while nobody entered a later
    value for the same person, dimension and map since. Otherwise ConcurrentChangeError (who,
    when) and nothing is removed: undoing would put back a place over the other person's."""
    with uow:
        for rating in ratings:
            if rating.id is None or rating.recorded_at is None:
                continue
            found = uow.ratings.current([rating.dimension], [rating.stakeholder_id], rating.map_id)
            now = found[0] if found else None
            if now is None or now.rating_id == rating.id:
                continue
            later = uow.ratings.get(now.rating_id)
            if later is not None and later.recorded_at and later.recorded_at > rating.recorded_at:
                raise ConcurrentChangeError(
                    f"where {_name(uow, rating.stakeholder_id)} stands on this map",
                    later.recorded_by or "",
                    later.recorded_at,
                    0,
                    undoing=True,
                )
        removed: list[Rating] = []
        for rating in ratings:
            if rating.id is not None and (entry := uow.ratings.get(rating.id)) is not None:
                removed.append(entry)
                uow.ratings.remove(rating.id)
        uow.commit()
    return removed


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
