"""Loading many ratings at once (imports, benchmarks): a million in well under a minute.

Rows go in, in the order given, as batched INSERTs (one executemany each) without building ORM
objects. On SQLite they go straight to the driver with times pre-formatted as ``UtcDateTime``
stores them: SQLAlchemy's per-value processing would cost more than SQLite's own work. Once a
load has grown past REBUILD_INDEXES_FROM ratings and past the history already there, the rating
indexes are dropped and built again at the end: sorting once is far cheaper than updating them
row by row. Then the current values of the people concerned are recomputed in one statement.
Everything happens in the caller's transaction, so a failure undoes all of it, indexes included.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Index, func, insert, select
from sqlalchemy.orm import Session

from domain.clock import utc_now
from domain.model import Dimension, Rating
from persistence.authorship import current_author
from persistence.repositories import current_ratings
from persistence.repositories.base import advance_id_sequence
from persistence.tables import Base, RatingRow

#: Rows per executemany.
BATCH = 20_000
#: A SQLite load of at least this many ratings (and more than were there) rebuilds the indexes.
REBUILD_INDEXES_FROM = 100_000
#: A load touching more people than this recomputes every current value in one statement.
REBUILD_ALL_CURRENT_ABOVE = 2_000

_COLUMNS = (
    "stakeholder_id",
    "dimension",
    "map_id",
    "value",
    "at",
    "recorded_at",
    "note",
    "recorded_by",
)


def add_ratings(
    session: Session,
    ratings: Iterable[Rating],
    *,
    batch_size: int = BATCH,
    rebuild_indexes: bool | None = None,
) -> int:
    """Insert ``ratings`` (ids kept where set, assigned otherwise, as ``add`` would one by
    one); returns how many. ``rebuild_indexes``: True or False to force the choice."""
    connection = session.connection()
    sqlite = connection.dialect.name == "sqlite"
    allowed = sqlite and rebuild_indexes is not False
    there_before = _count(connection) if allowed and rebuild_indexes is None else 0
    dropped: list[Index] = _drop_indexes(connection) if allowed and rebuild_indexes else []
    now = utc_now()
    author = current_author(connection) or None
    people: set[int] = set()
    batch: list[tuple[Any, ...]] = []
    with_ids = False
    total = 0
    for rating in ratings:
        has_id = rating.id is not None
        # One executemany needs the same columns in every row: a switch between ratings with
        # and without ids starts a new batch, which also keeps them in the given order.
        if batch and (has_id != with_ids or len(batch) >= batch_size):
            _insert(session, batch, with_ids=with_ids, sqlite=sqlite)
            batch = []
            if allowed and not dropped and total >= max(REBUILD_INDEXES_FROM, there_before):
                dropped = _drop_indexes(connection)
        with_ids = has_id
        values = (
            rating.stakeholder_id,
            Dimension(rating.dimension).value,
            rating.map_id,
            float(rating.value),
            _naive_utc(rating.at),
            _naive_utc(rating.recorded_at or now),
            rating.note,
            author if rating.recorded_by is None else (rating.recorded_by or None),
        )
        batch.append((rating.id, *values) if has_id else values)
        people.add(rating.stakeholder_id)
        total += 1
    if batch:
        _insert(session, batch, with_ids=with_ids, sqlite=sqlite)
    for index in dropped:
        index.create(connection)
    if total:
        every = len(people) > REBUILD_ALL_CURRENT_ABOVE
        current_ratings.rebuild(session, None if every else people)
    return total


def _insert(session: Session, rows: list[tuple[Any, ...]], *, with_ids: bool, sqlite: bool) -> None:
    columns = [*(["id"] if with_ids else []), *_COLUMNS]
    connection = session.connection()
    if sqlite:
        # Straight to the driver, in the same transaction.
        sql = (
            f"INSERT INTO {RatingRow.__tablename__} ({', '.join(columns)}) "
            f"VALUES ({', '.join('?' for _ in columns)})"
        )
        cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
        try:
            cursor.executemany(sql, [_as_sqlite_text(row, with_ids) for row in rows])
        finally:
            cursor.close()
    else:
        connection.execute(
            insert(RatingRow), [dict(zip(columns, row, strict=True)) for row in rows]
        )
    if with_ids:
        advance_id_sequence(session, RatingRow.__tablename__, max(row[0] for row in rows))


def _drop_indexes(connection: Connection) -> list[Index]:
    table = Base.metadata.tables[RatingRow.__tablename__]
    indexes = sorted(table.indexes, key=lambda index: str(index.name))
    for index in indexes:
        index.drop(connection)
    return indexes


def _count(connection: Connection) -> int:
    return connection.scalar(select(func.count()).select_from(RatingRow.__table__)) or 0


def _naive_utc(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        return moment
    return moment.astimezone(UTC).replace(tzinfo=None)


def _as_sqlite_text(row: tuple[Any, ...], with_ids: bool) -> tuple[Any, ...]:
    """The row with its two times as the text SQLAlchemy's SQLite DateTime stores."""
    at = 5 if with_ids else 4
    return (
        *row[:at],
        row[at].isoformat(" ", "microseconds"),
        row[at + 1].isoformat(" ", "microseconds"),
        *row[at + 2 :],
    )
