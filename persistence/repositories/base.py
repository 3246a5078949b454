"""What every repository shares: the unit of work's session and honouring requested ids."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

from sqlalchemy import null, text
from sqlalchemy.exc import InvalidRequestError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from domain.clock import utc_now
from domain.errors import ConcurrentChangeError, NotFoundError
from domain.model import UNKNOWN_AUTHOR, Revision
from persistence.tables import Base
from persistence.tables.base import Versioned

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

    def _get_kept[R: Base](self, row_class: type[R], row_id: int) -> R | None:
        """``session.get``, keeping the row loaded until the transaction ends.

        The session holds rows weakly: one read, turned into a domain object and dropped, would
        be read again by the next ``get`` or ``update`` in the same transaction, and a change
        another member committed in between would then slip past the version a use case checked
        (``domain.rules.versions``). Kept, the ORM's UPDATE names the version that was checked.
        """
        row = self._session.get(row_class, row_id)
        if row is not None:
            self._session.info.setdefault("rapport.kept_rows", []).append(row)
        return row

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


def revision_of(row: Versioned) -> Revision:
    """The row's author, time and version as the domain sees them (NULL author: unknown)."""
    return Revision(row.version, row.changed_by or UNKNOWN_AUTHOR, row.changed_at)


def keep_revision(row: Versioned, revision: Revision | None) -> None:
    """On a row about to be inserted: keep the author and time ``revision`` recorded (a
    JSON import, undo putting a deleted record back). Without one the columns' defaults record
    the change as the connection's author's, now. An unknown author or time stays unknown
    (NULL written as such: None would let the defaults fill in the importer)."""
    if revision is None:
        return
    row.changed_by = revision.changed_by or null()  # type: ignore[assignment]
    row.changed_at = revision.changed_at if revision.changed_at else null()  # type: ignore[assignment]
    # The version starts again at 1: it only orders the changes made to this row since.


def revision_columns(revision: Revision | None) -> dict[str, Any]:
    """``keep_revision`` for a Core INSERT's parameters (bulk adds)."""
    if revision is None:
        return {}
    return {"changed_by": revision.changed_by or None, "changed_at": revision.changed_at}


def flush_guarded(session: Session, row: Versioned, what: str) -> Revision:
    """Write the changes made to ``row`` (it is recorded as changed now, by this connection's
    author, even when only rows hanging off it changed) and return its new revision as the
    database holds it (on PostgreSQL the server sets the author and the time)."""
    row.changed_at = utc_now()
    try:
        session.flush()
    except StaleDataError:
        # Changed (or removed) by another connection since it was read in this transaction.
        session.rollback()
        try:
            session.refresh(row)
        except InvalidRequestError:
            raise NotFoundError(f"{what[:1].upper()}{what[1:]} is no longer there.") from None
        raise ConcurrentChangeError(
            what, row.changed_by or UNKNOWN_AUTHOR, row.changed_at, row.version
        ) from None
    session.refresh(row, ["changed_by", "changed_at", "version"])
    return revision_of(row)
