"""Reading an append-only rating history: the current value and the value as of a date."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from domain.clock import as_utc
from domain.model.rating import Rating


def ordered(ratings: Iterable[Rating]) -> list[Rating]:
    """Ratings in the order they hold: by ``at``, then by entry (later entries win on ties)."""
    return sorted(ratings, key=lambda r: (as_utc(r.at), r.id or 0))


def latest(ratings: Iterable[Rating]) -> Rating | None:
    rows = ordered(ratings)
    return rows[-1] if rows else None


def as_of(ratings: Iterable[Rating], moment: datetime) -> Rating | None:
    """The latest rating at or before ``moment`` (None when there is none yet)."""
    cutoff = as_utc(moment)
    candidate: Rating | None = None
    for rating in ordered(ratings):
        if as_utc(rating.at) > cutoff:
            break
        candidate = rating
    return candidate


def value_as_of(ratings: Iterable[Rating], moment: datetime) -> float | None:
    rating = as_of(ratings, moment)
    return rating.value if rating else None
