"""Domain tests run against the in-memory workspace: no database, no Qt."""

from __future__ import annotations

import pytest

from domain.model import Stakeholder, StakeholderMap
from domain.usecases.maps import create_map
from domain.usecases.stakeholders import add_stakeholder
from tests.fakes import FakeUnitOfWorkFactory


@pytest.fixture
def uow() -> FakeUnitOfWorkFactory:
    return FakeUnitOfWorkFactory()


@pytest.fixture
def ada(uow: FakeUnitOfWorkFactory) -> Stakeholder:
    return add_stakeholder(uow(), Stakeholder("Ada Lovelace", job_title="CFO"))


@pytest.fixture
def bob(uow: FakeUnitOfWorkFactory) -> Stakeholder:
    return add_stakeholder(uow(), Stakeholder("Bob Marley", job_title="CMO"))


@pytest.fixture
def erp(uow: FakeUnitOfWorkFactory) -> StakeholderMap:
    return create_map(uow(), StakeholderMap("ERP replacement"))
