"""The rating repository: an append-only history, with current values kept at hand."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import aliased

from domain.clock import as_utc, utc_now
from domain.model import Dimension, Rating
from domain.ports import CurrentValue
from persistence.repositories import current_ratings
from persistence.repositories.base import MAX_BOUND_IDS, SqlRepository, chunked
from persistence.tables import CurrentRatingRow, RatingRow, StakeholderRow

#: Rows per INSERT batch in :meth:`SqlRatingRepository.add_many`.
BULK_BATCH = 20_000
#: A bulk load touching more people than this rebuilds every current value in one statement.
REBUILD_ALL_ABOVE = 2_000


def _rating(row: RatingRow) -> Rating:
    return Rating(
        stakeholder_id=row.stakeholder_id,
        dimension=Dimension(row.dimension),
        value=float(row.value),
        at=as_utc(row.at),
        map_id=row.map_id,
        note=row.note,
        recorded_at=as_utc(row.recorded_at),
        id=row.id,
    )


def _current(row: CurrentRatingRow) -> CurrentValue:
    return CurrentValue(
        row.stakeholder_id,
        Dimension(row.dimension),
        row.map_id,
        float(row.value),
        as_utc(row.at),
        row.rating_id,
    )


def _naive_utc(moment: datetime) -> datetime:
    return as_utc(moment).astimezone(UTC).replace(tzinfo=None)


class SqlRatingRepository(SqlRepository):
    def add(self, rating: Rating) -> Rating:
        row = RatingRow(
            id=rating.id,
            stakeholder_id=rating.stakeholder_id,
            dimension=Dimension(rating.dimension).value,
            map_id=rating.map_id,
            value=float(rating.value),
            at=as_utc(rating.at),
            recorded_at=as_utc(rating.recorded_at) if rating.recorded_at else utc_now(),
            note=rating.note,
        )
        self._insert(row, rating.id)
        current_ratings.offer(self._session, row)
        return _rating(row)

    def add_many(self, ratings: Iterable[Rating], batch_size: int = BULK_BATCH) -> int:
        """Insert many ratings fast (benchmarks, imports); returns how many were added.

        Rows go in as batched multi-row INSERTs without building ORM objects, then the current
        values of the people concerned are recomputed in one set-based statement. Ids set on the
        ratings are kept; the others are assigned. Nothing is returned per rating.
        """
        now = utc_now()
        people: set[int] = set()
        pending: dict[bool, list[dict[str, Any]]] = {True: [], False: []}
        total = 0
        for rating in ratings:
            values: dict[str, Any] = {
                "stakeholder_id": rating.stakeholder_id,
                "dimension": Dimension(rating.dimension).value,
                "map_id": rating.map_id,
                "value": float(rating.value),
                "at": _naive_utc(rating.at),
                "recorded_at": _naive_utc(rating.recorded_at or now),
                "note": rating.note,
            }
            if rating.id is not None:
                values["id"] = rating.id
            batch = pending[rating.id is not None]
            batch.append(values)
            people.add(rating.stakeholder_id)
            total += 1
            if len(batch) >= batch_size:
                self._insert_batch(batch)
                batch.clear()
        for batch in pending.values():
            if batch:
                self._insert_batch(batch)
        if total:
            rebuild_people = None if len(people) > REBUILD_ALL_ABOVE else people
            current_ratings.rebuild(self._session, rebuild_people)
        return total

    def get(self, rating_id: int) -> Rating | None:
        row = self._session.get(RatingRow, rating_id)
        return _rating(row) if row else None

    def remove(self, rating_id: int) -> None:
        row = self._session.get(RatingRow, rating_id)
        if row is None:
            return
        current_ratings.withdraw(self._session, row)
        self._session.delete(row)
        self._session.flush()

    def history(
        self,
        stakeholder_id: int | None = None,
        dimensions: Iterable[Dimension] | None = None,
        map_id: int | None = None,
        since: datetime | None = None,
    ) -> list[Rating]:
        """Ratings in time order (later entries after earlier ones at the same moment)."""
        query = select(RatingRow).order_by(RatingRow.at, RatingRow.id)
        if stakeholder_id is not None:
            query = query.where(RatingRow.stakeholder_id == stakeholder_id)
        if dimensions is not None:
            query = query.where(RatingRow.dimension.in_([Dimension(d).value for d in dimensions]))
        if map_id is not None:
            query = query.where(RatingRow.map_id == map_id)
        if since is not None:
            query = query.where(RatingRow.at >= as_utc(since))
        return [_rating(row) for row in self._session.scalars(query)]

    def history_for_map(self, map_id: int, dimensions: Iterable[Dimension]) -> list[Rating]:
        return self.history(dimensions=dimensions, map_id=map_id)

    def current(
        self,
        dimensions: Iterable[Dimension],
        stakeholder_ids: Iterable[int] | None = None,
        map_id: int | None = None,
    ) -> list[CurrentValue]:
        """Latest values from ``current_ratings`` (``map_id`` None: every map and none)."""
        query = select(CurrentRatingRow).where(
            CurrentRatingRow.dimension.in_([Dimension(d).value for d in dimensions])
        )
        people = set(stakeholder_ids) if stakeholder_ids is not None else None
        if people is not None and len(people) <= MAX_BOUND_IDS:
            query = query.where(CurrentRatingRow.stakeholder_id.in_(people))
        if map_id is not None:
            query = query.where(CurrentRatingRow.map_id == map_id)
        values = [
            _current(row)
            for row in self._session.scalars(query)
            if people is None or row.stakeholder_id in people
        ]
        return sorted(values, key=lambda v: (v.stakeholder_id, v.dimension, v.map_id or 0))

    def values_as_of(
        self,
        dimension: Dimension,
        moment: datetime,
        stakeholder_ids: Iterable[int],
        map_id: int | None = None,
    ) -> list[CurrentValue]:
        """Per person, the latest rating at or before ``moment``: a correlated LIMIT 1 subquery,
        read backwards along ix_ratings_person_dimension_map_at (one seek per person)."""
        wanted = Dimension(dimension)
        cutoff = as_utc(moment)
        people = sorted(set(stakeholder_ids))
        inner = aliased(RatingRow)
        person = StakeholderRow.id
        on_map = inner.map_id.is_(None) if map_id is None else inner.map_id == map_id
        latest_id = (
            select(inner.id)
            .where(
                inner.stakeholder_id == person,
                inner.dimension == wanted.value,
                on_map,
                inner.at <= cutoff,
            )
            .order_by(inner.at.desc(), inner.id.desc())
            .limit(1)
            .correlate(StakeholderRow)
            .scalar_subquery()
        )
        values: list[CurrentValue] = []
        for chunk in chunked(people, MAX_BOUND_IDS):
            ids = select(latest_id).where(person.in_(chunk))
            query = select(RatingRow.stakeholder_id, RatingRow.value, RatingRow.at, RatingRow.id)
            for row in self._session.execute(query.where(RatingRow.id.in_(ids))):
                values.append(
                    CurrentValue(row[0], wanted, map_id, float(row[1]), as_utc(row[2]), row[3])
                )
        return sorted(values, key=lambda v: v.stakeholder_id)

    def count(self) -> int:
        return self._session.scalar(select(func.count()).select_from(RatingRow)) or 0

    def _insert_batch(self, batch: list[dict[str, Any]]) -> None:
        # Core insert on the session's connection: an executemany with no ORM bookkeeping.
        table = RatingRow.__table__
        self._session.connection().execute(insert(table), batch)
        if "id" in batch[0]:
            self._advance_id_sequence(RatingRow.__tablename__, max(v["id"] for v in batch))
