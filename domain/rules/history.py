"""Reading an append-only rating history: the current value and the value as of a date."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from domain.clock import as_utc
from domain.model.rating import Rating
from domain.rules.step_series import StepSeries, hold_order


def ordered(ratings: Iterable[Rating]) -> list[Rating]:
    """Ratings in the order they hold: by ``at``, then by entry (later entries win on ties)."""
    return sorted(ratings, key=lambda r: hold_order(r.at, r.id))


def latest(ratings: Iterable[Rating]) -> Rating | None:
    rows = ordered(ratings)
    return rows[-1] if rows else None


def as_of(ratings: Iterable[Rating], moment: datetime) -> Rating | None:
    """The latest rating at or before ``moment`` (None when there is none yet)."""
    steps = StepSeries((as_utc(r.at), r) for r in ordered(ratings))
    return steps.at(as_utc(moment))


def value_as_of(ratings: Iterable[Rating], moment: datetime) -> float | None:
    rating = as_of(ratings, moment)
    return rating.value if rating else None
