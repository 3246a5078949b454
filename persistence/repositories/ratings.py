"""The rating repository: an append-only history, with current values kept at hand."""

from __future__ import annotations

from collections.abc import Iterable, Sized
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Index, case, func, insert, select, type_coerce
from sqlalchemy.orm import aliased

from domain.clock import as_utc, utc_now
from domain.model import Dimension, Rating
from domain.ports import CurrentValue, WindowChange
from persistence.repositories import current_ratings
from persistence.repositories.base import MAX_BOUND_IDS, SqlRepository
from persistence.tables import CurrentRatingRow, RatingRow
from persistence.tables.base import UtcDateTime

#: Rows per INSERT batch in :meth:`SqlRatingRepository.add_many`.
BULK_BATCH = 20_000
#: A bulk load of at least this many ratings on SQLite rebuilds the rating indexes afterwards.
REBUILD_INDEXES_FROM = 100_000
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


_BULK_COLUMNS = ("stakeholder_id", "dimension", "map_id", "value", "at", "recorded_at", "note")


def _naive_utc(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        return moment
    return moment.astimezone(UTC).replace(tzinfo=None)


def _sqlite_row(row: tuple[Any, ...], with_ids: bool) -> tuple[Any, ...]:
    """The row with its two times as the text SQLAlchemy's SQLite DateTime stores."""
    at, recorded_at = (5, 6) if with_ids else (4, 5)
    return (
        *row[:at],
        row[at].isoformat(" ", "microseconds"),
        row[recorded_at].isoformat(" ", "microseconds"),
        row[-1],
    )


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

    def add_many(
        self,
        ratings: Iterable[Rating],
        batch_size: int = BULK_BATCH,
        *,
        rebuild_indexes: bool | None = None,
    ) -> int:
        """Insert many ratings fast (benchmarks, imports); returns how many were added.

        Rows go in, in the order given, as batched INSERTs (one executemany each) without
        building ORM objects; then the current values of the people concerned are recomputed in
        one set-based statement. Ids set on the ratings are kept; the others are assigned, as
        :meth:`add` would one by one.

        On SQLite, a load at least as large as the history already there (and of at least
        REBUILD_INDEXES_FROM ratings; pass a list, or say so with ``rebuild_indexes``) drops the
        rating indexes and builds them again afterwards: sorting once is far cheaper than
        updating them row by row. All of it is one transaction, so a failure restores them.
        """
        indexes = self._indexes_to_rebuild(ratings, rebuild_indexes)
        connection = self._session.connection()
        for index in indexes:
            index.drop(connection)
        now = utc_now()
        people: set[int] = set()
        batch: list[tuple[Any, ...]] = []
        batch_has_ids = False
        total = 0
        for rating in ratings:
            has_id = rating.id is not None
            # One executemany needs the same columns in every row: a switch between ratings
            # with and without ids starts a new batch, which also keeps them in the given order.
            if batch and (has_id != batch_has_ids or len(batch) >= batch_size):
                self._insert_batch(batch, with_ids=batch_has_ids)
                batch = []
            batch_has_ids = has_id
            values = (
                rating.stakeholder_id,
                Dimension(rating.dimension).value,
                rating.map_id,
                float(rating.value),
                _naive_utc(rating.at),
                _naive_utc(rating.recorded_at or now),
                rating.note,
            )
            batch.append((rating.id, *values) if has_id else values)
            people.add(rating.stakeholder_id)
            total += 1
        if batch:
            self._insert_batch(batch, with_ids=batch_has_ids)
        for index in indexes:
            index.create(connection)
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

    def window_changes(
        self, dimension: Dimension, since: datetime, until: datetime
    ) -> list[WindowChange]:
        """One statement: the window's ratings (a range of ix_ratings_map_dimension_at, since
        per-person dimensions have no map) ranked per person, plus per person one backwards seek
        of ix_ratings_person_dimension_map_at for the value held when the window opened."""
        wanted = Dimension(dimension).value
        low, high = as_utc(since), as_utc(until)
        person = RatingRow.stakeholder_id
        inside = (
            select(
                person,
                RatingRow.value,
                RatingRow.at,
                RatingRow.note,
                func.row_number()
                .over(partition_by=person, order_by=(RatingRow.at.desc(), RatingRow.id.desc()))
                .label("last_rank"),
                func.row_number()
                .over(partition_by=person, order_by=(RatingRow.at, RatingRow.id.desc()))
                .label("first_rank"),
                func.row_number()
                .over(
                    partition_by=person,
                    order_by=((RatingRow.note == ""), RatingRow.at.desc(), RatingRow.id.desc()),
                )
                .label("note_rank"),
            )
            .where(
                RatingRow.map_id.is_(None),
                RatingRow.dimension == wanted,
                RatingRow.at > low,
                RatingRow.at <= high,
            )
            .subquery("inside")
        )
        ends = (
            select(
                inside.c.stakeholder_id,
                func.max(case((inside.c.first_rank == 1, inside.c.value))).label("first"),
                func.max(case((inside.c.last_rank == 1, inside.c.value))).label("last"),
                func.max(case((inside.c.last_rank == 1, inside.c.at))).label("last_at"),
                func.max(case((inside.c.note_rank == 1, inside.c.note))).label("note"),
            )
            .group_by(inside.c.stakeholder_id)
            .subquery("ends")
        )
        held = aliased(RatingRow)
        before = (
            select(held.value)
            .where(
                held.stakeholder_id == ends.c.stakeholder_id,
                held.dimension == wanted,
                held.map_id.is_(None),
                held.at <= low,
            )
            .order_by(held.at.desc(), held.id.desc())
            .limit(1)
            .correlate(ends)
            .scalar_subquery()
        )
        query = select(
            ends.c.stakeholder_id,
            before,
            ends.c.first,
            ends.c.last,
            type_coerce(ends.c.last_at, UtcDateTime),
            ends.c.note,
        ).order_by(ends.c.stakeholder_id)
        return [
            WindowChange(
                row[0],
                None if row[1] is None else float(row[1]),
                float(row[2]),
                float(row[3]),
                as_utc(row[4]),
                row[5] or "",
            )
            for row in self._session.connection().execute(query).all()
        ]

    def count(self) -> int:
        return self._session.scalar(select(func.count()).select_from(RatingRow)) or 0

    def _indexes_to_rebuild(self, ratings: Iterable[Rating], wanted: bool | None) -> list[Index]:
        if self._session.get_bind().dialect.name != "sqlite" or wanted is False:
            return []
        if wanted is None:
            if not isinstance(ratings, Sized) or len(ratings) < REBUILD_INDEXES_FROM:
                return []
            if len(ratings) < self.count():
                return []
        return sorted(RatingRow.__table__.indexes, key=lambda index: str(index.name))

    def _insert_batch(self, rows: list[tuple[Any, ...]], *, with_ids: bool) -> None:
        columns = [*(["id"] if with_ids else []), *_BULK_COLUMNS]
        connection = self._session.connection()
        if connection.dialect.name == "sqlite":
            # Straight to the driver in the same transaction: SQLAlchemy's per-value processing
            # would cost more than SQLite's own work. Times go in as UtcDateTime stores them.
            sql = (
                f"INSERT INTO {RatingRow.__tablename__} ({', '.join(columns)}) "
                f"VALUES ({', '.join('?' for _ in columns)})"
            )
            cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
            try:
                cursor.executemany(sql, [_sqlite_row(row, with_ids) for row in rows])
            finally:
                cursor.close()
        else:
            connection.execute(
                insert(RatingRow), [dict(zip(columns, row, strict=True)) for row in rows]
            )
        if with_ids:
            self._advance_id_sequence(RatingRow.__tablename__, max(row[0] for row in rows))
