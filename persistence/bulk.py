"""Bulk loading for benchmarks and large imports: a million ratings in well under a minute.

    from persistence.bulk import add_ratings_in_bulk

    with workspace.uow() as uow:
        add_ratings_in_bulk(uow, ratings)  # any iterable of domain Ratings, e.g. a generator
        uow.commit()

Current values are kept right, as ``RatingRepository.add`` keeps them one by one. How it is
fast: persistence/repositories/rating_bulk_load.py.
"""

from __future__ import annotations

from collections.abc import Iterable

from domain.model import Rating
from persistence.repositories import rating_bulk_load
from persistence.unit_of_work import SqlAlchemyUnitOfWork


def add_ratings_in_bulk(
    uow: SqlAlchemyUnitOfWork,
    ratings: Iterable[Rating],
    *,
    batch_size: int = rating_bulk_load.BATCH,
    rebuild_indexes: bool | None = None,
) -> int:
    """Add ``ratings`` in the open unit of work ``uow``; returns how many were added."""
    return rating_bulk_load.add_ratings(
        uow.session, ratings, batch_size=batch_size, rebuild_indexes=rebuild_indexes
    )
