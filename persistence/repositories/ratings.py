"""The rating repository: an append-only history, with current values kept at hand."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from functools import cache
from typing import Any

from sqlalchemy import (
    CompoundSelect,
    Select,
    bindparam,
    case,
    func,
    null,
    select,
    type_coerce,
    union_all,
)
from sqlalchemy.orm import aliased

from domain.clock import as_utc, utc_now
from domain.model import UNKNOWN_AUTHOR, Dimension, Rating
from domain.ports import CurrentValue, RatingPoint, WindowChange
from persistence.repositories import current_ratings, rating_bulk_load
from persistence.repositories.base import MAX_BOUND_IDS, SqlRepository, chunked
from persistence.tables import CurrentRatingRow, RatingRow
from persistence.tables.base import UtcDateTime


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
        recorded_by=row.recorded_by or UNKNOWN_AUTHOR,
    )


_DIMENSIONS = {d.value: d for d in Dimension}

#: The columns histories() reads, in the order it unpacks them.
_HISTORY_COLUMNS = (
    "stakeholder_id",
    "dimension",
    "value",
    "at",
    "map_id",
    "note",
    "recorded_at",
    "id",
    "recorded_by",
)


@cache
def _histories_statement(windowed: bool) -> Select[Any] | CompoundSelect[Any]:
    """histories()' statement, built once: people and dimensions are expanding parameters.

    Windowed (a ``since`` parameter): the ratings from then on, and with them (one statement, one
    round trip) each person's latest earlier rating per dimension and map.
    """
    table = RatingRow.__table__
    columns = [table.c[name] for name in _HISTORY_COLUMNS]
    chosen = (
        table.c.stakeholder_id.in_(bindparam("people", expanding=True)),
        table.c.dimension.in_(bindparam("dimensions", expanding=True)),
    )
    # Time order (later entries after earlier ones at the same moment), sorted by SQLite.
    if not windowed:
        return select(*columns).where(*chosen).order_by(table.c.at, table.c.id)
    since = bindparam("since", type_=UtcDateTime)
    rank = (
        func.row_number()
        .over(
            partition_by=(table.c.stakeholder_id, table.c.dimension, table.c.map_id),
            order_by=(table.c.at.desc(), table.c.id.desc()),
        )
        .label("rank")
    )
    earlier = select(*columns, rank).where(*chosen, table.c.at < since).subquery()
    held = select(*(earlier.c[name] for name in _HISTORY_COLUMNS)).where(earlier.c.rank == 1)
    inside = select(*columns).where(*chosen, table.c.at >= since)
    both = union_all(inside, held).subquery()
    return select(*(both.c[name] for name in _HISTORY_COLUMNS)).order_by(both.c.at, both.c.id)


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
        if rating.recorded_by is not None:  # kept as recorded (an import, undo); else whoever adds
            row.recorded_by = rating.recorded_by or null()  # type: ignore[assignment]
        self._insert(row, rating.id)
        current_ratings.offer(self._session, row)
        return _rating(row)

    def add_many(
        self,
        ratings: Iterable[Rating],
        batch_size: int = rating_bulk_load.BATCH,
        *,
        rebuild_indexes: bool | None = None,
    ) -> int:
        """Insert many ratings fast (benchmarks, imports); returns how many were added.

        Not part of the port. See :func:`persistence.repositories.rating_bulk_load.add_ratings`.
        """
        return rating_bulk_load.add_ratings(
            self._session, ratings, batch_size=batch_size, rebuild_indexes=rebuild_indexes
        )

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

    def histories(
        self,
        stakeholder_ids: Iterable[int],
        dimensions: Iterable[Dimension],
        since: datetime | None = None,
    ) -> dict[int, list[Rating]]:
        """One statement per chunk of people instead of one per person (a prep sheet's
        attendees), read as plain rows: no ORM objects for the hundreds of ratings a sheet goes
        through, and statements built once (see :func:`_histories_statement`).

        With ``since``: the ratings from then on, plus the one that held at ``since`` (found by
        ranking each person's earlier ratings of a dimension in the database).
        """
        found: dict[int, list[Rating]] = {}
        wanted = [Dimension(d).value for d in dimensions]
        if not wanted:
            return found
        query = _histories_statement(since is not None)
        connection = self._session.connection()
        for chunk in chunked(sorted(set(stakeholder_ids)), MAX_BOUND_IDS):
            parameters: dict[str, object] = {"people": chunk, "dimensions": wanted}
            if since is not None:
                parameters["since"] = as_utc(since)
            rows = connection.execute(query, parameters)
            for person, dimension, value, at, map_id, note, recorded_at, rating_id, by in rows:
                found.setdefault(person, []).append(
                    Rating(
                        person,
                        _DIMENSIONS[dimension],
                        float(value),
                        at,
                        map_id,
                        note,
                        recorded_at,
                        rating_id,
                        by or UNKNOWN_AUTHOR,
                    )
                )
        return found

    def points(
        self, dimensions: Iterable[Dimension], map_id: int | None = None
    ) -> list[RatingPoint]:
        """Plain column reads (no ORM objects, no notes): a few times faster than history()."""
        query = (
            select(
                RatingRow.stakeholder_id,
                RatingRow.dimension,
                RatingRow.value,
                RatingRow.at,
                RatingRow.id,
            )
            .where(RatingRow.dimension.in_([Dimension(d).value for d in dimensions]))
            .where(RatingRow.map_id.is_(None) if map_id is None else RatingRow.map_id == map_id)
            .order_by(RatingRow.at, RatingRow.id)
        )
        return [
            RatingPoint(person, Dimension(dimension), float(value), as_utc(at), rating_id)
            for person, dimension, value, at, rating_id in self._session.connection().execute(query)
        ]

    def current(
        self,
        dimensions: Iterable[Dimension],
        stakeholder_ids: Iterable[int] | None = None,
        map_id: int | None = None,
    ) -> list[CurrentValue]:
        """Latest values from ``current_ratings`` (``map_id`` None: every map and none)."""
        # Plain column reads, not ORM objects: a big map asks for 10,000 values at once.
        row = CurrentRatingRow
        query = select(
            row.stakeholder_id, row.dimension, row.map_id, row.value, row.at, row.rating_id
        ).where(row.dimension.in_([Dimension(d).value for d in dimensions]))
        people = set(stakeholder_ids) if stakeholder_ids is not None else None
        if people is not None and len(people) <= MAX_BOUND_IDS:
            query = query.where(row.stakeholder_id.in_(people))
        if map_id is not None:
            query = query.where(row.map_id == map_id)
        values = [
            CurrentValue(person, _DIMENSIONS[dimension], on_map, float(value), as_utc(at), rid)
            for person, dimension, on_map, value, at, rid in self._session.execute(query)
            if people is None or person in people
        ]
        return sorted(values, key=lambda v: (v.stakeholder_id, v.dimension, v.map_id or 0))

    def window_changes(
        self,
        dimension: Dimension,
        since: datetime,
        until: datetime,
        fell_by_more_than: float | None = None,
    ) -> list[WindowChange]:
        """One statement. The window's ratings (a range of ix_ratings_map_dimension_at, since
        per-person dimensions have no map) ranked newest first per person give the last value;
        then per person one backwards seek of ix_ratings_person_dimension_map_at for the value held
        when the window opened, a forward seek for the first value inside only when none was held,
        and, for the rows that pass the fall filter, a seek for the latest note."""
        wanted = Dimension(dimension).value
        low, high = as_utc(since), as_utc(until)
        person = RatingRow.stakeholder_id
        inside = (
            select(
                person,
                RatingRow.value,
                RatingRow.at,
                func.row_number()
                .over(partition_by=person, order_by=(RatingRow.at.desc(), RatingRow.id.desc()))
                .label("rank"),
            )
            .where(
                RatingRow.map_id.is_(None),
                RatingRow.dimension == wanted,
                RatingRow.at > low,
                RatingRow.at <= high,
            )
            .subquery("inside")
        )
        last = select(
            inside.c.stakeholder_id,
            inside.c.value.label("last"),
            inside.c.at.label("last_at"),
            _value_held_at(inside.c.stakeholder_id, wanted, low).label("before"),
        ).where(inside.c.rank == 1)
        ends = last.subquery("ends")
        first_inside = _first_value_inside(ends.c.stakeholder_id, wanted, low, high)
        moved = select(
            ends.c.stakeholder_id,
            ends.c.before,
            case((ends.c.before.is_(None), first_inside)).label("first"),
            ends.c.last,
            ends.c.last_at,
        ).subquery("moved")
        note = _latest_note_inside(moved.c.stakeholder_id, wanted, low, high)
        query = select(
            moved.c.stakeholder_id,
            moved.c.before,
            moved.c.first,
            moved.c.last,
            type_coerce(moved.c.last_at, UtcDateTime),
            note,
        ).order_by(moved.c.stakeholder_id)
        if fell_by_more_than is not None:
            # The test of domain.rules.trends.fell_by_more_than, done here so that only the people
            # who fell come back (hundreds, rather than everyone rated in the window).
            start_value = func.coalesce(moved.c.before, moved.c.first)
            query = query.where(start_value - moved.c.last > fell_by_more_than + 1e-9)
        return [
            WindowChange(
                person_id,
                None if before_value is None else float(before_value),
                None if first is None else float(first),
                float(last_value),
                last_at,
                note_text or "",
            )
            for person_id, before_value, first, last_value, last_at, note_text in (
                self._session.connection().execute(query).all()
            )
        ]

    def count(self) -> int:
        return self._session.scalar(select(func.count()).select_from(RatingRow)) or 0


# Correlated scalar subqueries for window_changes: each one seek of
# ix_ratings_person_dimension_map_at for one person's per-person dimension.


def _value_held_at(person: Any, dimension: str, moment: datetime) -> Any:
    """The value held at ``moment``: the latest rating at or before it."""
    seek = aliased(RatingRow)
    return (
        select(seek.value)
        .where(*_per_person(seek, person, dimension), seek.at <= moment)
        .order_by(seek.at.desc(), seek.id.desc())
        .limit(1)
        .scalar_subquery()
    )


def _first_value_inside(person: Any, dimension: str, after: datetime, until: datetime) -> Any:
    """The first value inside (after, until]; on a tie in time the later entry, which is the
    value held from that moment on."""
    seek = aliased(RatingRow)
    return (
        select(seek.value)
        .where(*_per_person(seek, person, dimension), seek.at > after, seek.at <= until)
        .order_by(seek.at, seek.id.desc())
        .limit(1)
        .scalar_subquery()
    )


def _latest_note_inside(person: Any, dimension: str, after: datetime, until: datetime) -> Any:
    seek = aliased(RatingRow)
    return (
        select(seek.note)
        .where(
            *_per_person(seek, person, dimension),
            seek.at > after,
            seek.at <= until,
            seek.note != "",
        )
        .order_by(seek.at.desc(), seek.id.desc())
        .limit(1)
        .scalar_subquery()
    )


def _per_person(seek: Any, person: Any, dimension: str) -> tuple[Any, ...]:
    return (seek.stakeholder_id == person, seek.dimension == dimension, seek.map_id.is_(None))
