"""The domain's own tests, run again on a SQLite workspace instead of the in-memory fake.

The fake in tests/fakes is the executable specification of the ports; every domain test that
exercises the ports through the use cases must pass on the real repositories too. Tests that
look inside the fake (its store, its integrity error) are reported as skipped here.
"""

from __future__ import annotations

import importlib
import inspect
from collections.abc import Callable
from typing import Any

import pytest
from _pytest.fixtures import FixtureFunctionDefinition

from domain.model import Stakeholder, StakeholderMap
from domain.usecases.maps import create_map
from domain.usecases.stakeholders import add_stakeholder
from persistence.workspace import Workspace

DOMAIN_TEST_MODULES = (
    "test_fake_workspace",
    "test_stakeholders",
    "test_organisations",
    "test_maps",
    "test_ratings",
    "test_interactions",
    "test_concerns",
    "test_health",
    "test_health_report",
    "test_influence",
    "test_meetings",
    "test_register",
    "test_attention",
    "test_grid_map_view",
    "test_grid_members",
    "test_trends_data",
    "test_trends_rating_entry",
    "test_prep_sheet",
    "test_meeting_import",
    "test_engagement_plans",
    "test_communication_plan",
    "test_unit_structure",
    "test_maturity_assessments",
    "test_demand_log",
    "test_ownership",
)
_FAKE_INTERNALS = (".store", "FakeIntegrityError")


@pytest.fixture
def uow(workspace: Workspace) -> Callable[[], Any]:
    return workspace.uow


@pytest.fixture
def ada(uow: Callable[[], Any]) -> Stakeholder:
    return add_stakeholder(uow(), Stakeholder("Ada Lovelace", job_title="CFO"))


@pytest.fixture
def bob(uow: Callable[[], Any]) -> Stakeholder:
    return add_stakeholder(uow(), Stakeholder("Bob Marley", job_title="CMO"))


@pytest.fixture
def erp(uow: Callable[[], Any]) -> StakeholderMap:
    return create_map(uow(), StakeholderMap("ERP replacement"))


def _skipped(reason: str) -> Callable[[], None]:
    def test() -> None:
        pytest.skip(reason)

    return test


def _adopt(module_name: str) -> None:
    """Put the module's tests (and its own fixtures) into this module's namespace."""
    try:
        module = importlib.import_module(f"tests.domain.{module_name}")
    except ImportError:
        return  # a module another engineer renamed or removed
    short = module_name.removeprefix("test_")
    for name, value in vars(module).items():
        if isinstance(value, FixtureFunctionDefinition) and getattr(value, "__module__", "") == (
            module.__name__
        ):
            globals()[name] = value
        elif name.startswith("test_") and inspect.isfunction(value):
            source = inspect.getsource(value)
            if any(marker in source for marker in _FAKE_INTERNALS):
                value = _skipped("looks inside the in-memory fake")
            globals()[f"test_{short}__{name.removeprefix('test_')}"] = value


for _name in DOMAIN_TEST_MODULES:
    _adopt(_name)
