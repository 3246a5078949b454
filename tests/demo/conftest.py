"""The demo built once per test module into the in-memory workspace, on fixed days."""

from __future__ import annotations

from datetime import UTC, date

import pytest

from persistence.demo import build_demo
from tests.fakes import FakeUnitOfWorkFactory

#: A Friday; the demo is also built on a weekend day and a Monday below.
TODAY = date(2026, 11, 27)


@pytest.fixture(scope="module")
def demo() -> FakeUnitOfWorkFactory:
    workspace = FakeUnitOfWorkFactory()
    build_demo(workspace, today=TODAY, tz=UTC)
    return workspace
