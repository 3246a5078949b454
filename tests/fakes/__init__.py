"""An in-memory workspace implementing every port of ``domain.ports``, for fast tests."""

from tests.fakes.store import FakeIntegrityError, FakeStore, Tables
from tests.fakes.unit_of_work import FakeUnitOfWork, FakeUnitOfWorkFactory

__all__ = [
    "FakeIntegrityError",
    "FakeStore",
    "FakeUnitOfWork",
    "FakeUnitOfWorkFactory",
    "Tables",
]
