"""What every fake repository shares: access to the open transaction's tables."""

from __future__ import annotations

from typing import Protocol

from domain.clock import utc_now
from domain.model import Revision
from tests.fakes.store import FakeIntegrityError, FakeStore, Tables


class Transaction(Protocol):
    @property
    def tables(self) -> Tables: ...
    @property
    def store(self) -> FakeStore: ...


class FakeRepository:
    def __init__(self, transaction: Transaction) -> None:
        self._transaction = transaction

    @property
    def _t(self) -> Tables:
        """The tables of the open transaction (raises outside ``with uow:``, as a session would)."""
        return self._transaction.tables

    def _new_id(self, table: str, requested: int | None) -> int:
        return self._transaction.store.assign_id(table, requested, getattr(self._t, table))

    def _require(self, table: str, row_id: int | None, what: str) -> None:
        if row_id is not None and row_id not in getattr(self._t, table):
            raise FakeIntegrityError(f"{what} {row_id} does not exist.")


#: Who the fake store records as the author of every change (a workspace file's OS user).
FAKE_AUTHOR = "fake-user"


def added_revision(given: Revision | None) -> Revision:
    """The revision of a record being added: the one given (import, undo), else version 1 by
    FAKE_AUTHOR now, as the SQL store records."""
    return given if given is not None else Revision(1, FAKE_AUTHOR, utc_now())


def changed_revision(stored_now: Revision | None) -> Revision:
    """The revision after a change: one version more, by FAKE_AUTHOR, now (the SQL store's)."""
    version = stored_now.version if stored_now is not None else 1
    return Revision(version + 1, FAKE_AUTHOR, utc_now())
