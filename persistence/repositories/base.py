"""What every repository shares: the unit of work's session and honouring requested ids."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from sqlalchemy import text
from sqlalchemy.orm import Session

from persistence.tables import Base

#: Above this many ids, filter in Python rather than bind each id (SQLite caps bound parameters).
MAX_BOUND_IDS = 500


class SqlRepository:
    """Works in the session of the open unit of work, which ``session`` returns (and which
    raises when the unit of work is not open)."""

    def __init__(self, session: Callable[[], Session]) -> None:
        self._current_session = session

    @property
    def _session(self) -> Session:
        return self._current_session()

    def _insert(self, row: Base, requested_id: int | None) -> None:
        """Insert ``row`` now (so that it has its id); ``requested_id`` was set on it by the caller.

        An id given by the caller (undo restoring a row, a JSON import) is kept. PostgreSQL's
        sequence does not see such ids, so it is moved past them, or a later insert would collide.
        """
        self._session.add(row)
        self._session.flush()
        if requested_id is not None:
            self._advance_id_sequence(row.__tablename__, requested_id)

    def _advance_id_sequence(self, table: str, at_least: int) -> None:
        advance_id_sequence(self._session, table, at_least)

    def _after_bulk_change(self) -> None:
        """Forget loaded rows: a DELETE's ON DELETE rules may have changed rows in the session."""
        self._session.expire_all()


def advance_id_sequence(session: Session, table: str, at_least: int) -> None:
    """On PostgreSQL, move the table's id sequence to at least ``at_least``."""
    if session.get_bind().dialect.name != "postgresql":
        return  # SQLite's AUTOINCREMENT follows the largest id inserted by itself.
    session.execute(
        text(
            "SELECT setval(seq, GREATEST(:wanted, COALESCE(pg_sequence_last_value(seq), 1)))"
            " FROM (SELECT pg_get_serial_sequence(:table, 'id')::regclass AS seq) AS s"
        ),
        {"wanted": at_least, "table": table},
    )


def unique_in_order[T](values: Iterable[T]) -> list[T]:
    """``values`` without repeats, first occurrences kept in order."""
    return list(dict.fromkeys(values))


def chunked[T](values: list[T], size: int) -> Iterator[list[T]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]
