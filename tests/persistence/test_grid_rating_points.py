"""RatingRepository.points: the light, time-ordered rating rows the grid replays big maps from.

Checked against a real SQLite workspace and against the in-memory fake, which must agree.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from domain.model import Dimension, Rating, Stakeholder, StakeholderMap
from domain.ports import RatingPoint, UnitOfWorkFactory
from persistence.workspace import create_workspace
from tests.fakes import FakeUnitOfWorkFactory

T0 = datetime(2025, 3, 10, 9, 0, tzinfo=UTC)
DAY = timedelta(days=1)


def _fill(uow: UnitOfWorkFactory) -> tuple[int, int, int, int]:
    with uow() as work:
        ada = work.stakeholders.add(Stakeholder("Ada")).id
        bob = work.stakeholders.add(Stakeholder("Bob")).id
        erp = work.maps.add(StakeholderMap("ERP")).id
        cloud = work.maps.add(StakeholderMap("Cloud")).id
        assert ada and bob and erp and cloud
        for rating in (
            Rating(ada, Dimension.POWER, 7, T0 + 2 * DAY, map_id=erp, note="later"),
            Rating(ada, Dimension.POWER, 3, T0, map_id=erp),
            Rating(bob, Dimension.INTEREST, 4, T0 + DAY, map_id=erp),
            Rating(bob, Dimension.INTEREST, 6, T0 + DAY, map_id=erp),  # same moment, entered later
            Rating(ada, Dimension.SUPPORT, 2, T0, map_id=erp),
            Rating(ada, Dimension.POWER, 9, T0, map_id=cloud),
            Rating(ada, Dimension.TRUST, 8, T0 + DAY),
            Rating(bob, Dimension.TRUST, 5, T0),
            Rating(bob, Dimension.INFLUENCE, 1, T0),
        ):
            work.ratings.add(rating)
        work.commit()
    return ada, bob, erp, cloud


def _facts(points: list[RatingPoint]) -> list[tuple[int, Dimension, float, datetime]]:
    return [(p.stakeholder_id, p.dimension, p.value, p.at) for p in points]


@pytest.fixture(params=["sqlite", "fake"])
def uow(request: pytest.FixtureRequest, tmp_path: Path):  # type: ignore[no-untyped-def]
    if request.param == "fake":
        yield FakeUnitOfWorkFactory()
        return
    with create_workspace(tmp_path / "points.rapport") as workspace:
        yield workspace.uow


def test_points_of_a_map_are_in_time_order_with_ties_in_entry_order(uow: UnitOfWorkFactory) -> None:
    ada, bob, erp, _cloud = _fill(uow)
    with uow() as work:
        points = work.ratings.points([Dimension.POWER, Dimension.INTEREST], erp)
    assert _facts(points) == [
        (ada, Dimension.POWER, 3.0, T0),
        (bob, Dimension.INTEREST, 4.0, T0 + DAY),
        (bob, Dimension.INTEREST, 6.0, T0 + DAY),
        (ada, Dimension.POWER, 7.0, T0 + 2 * DAY),
    ]
    assert all(isinstance(p.dimension, Dimension) and p.at.tzinfo is not None for p in points)
    assert len({p.rating_id for p in points}) == 4


def test_points_without_a_map_are_the_per_person_ones(uow: UnitOfWorkFactory) -> None:
    ada, bob, _erp, _cloud = _fill(uow)
    with uow() as work:
        points = work.ratings.points([Dimension.TRUST])
    assert _facts(points) == [
        (bob, Dimension.TRUST, 5.0, T0),
        (ada, Dimension.TRUST, 8.0, T0 + DAY),
    ]


def test_points_carry_the_ids_of_the_stored_ratings(uow: UnitOfWorkFactory) -> None:
    _ada, _bob, _erp, cloud = _fill(uow)
    with uow() as work:
        [point] = work.ratings.points([Dimension.POWER], cloud)
        stored = work.ratings.get(point.rating_id)
    assert stored is not None and (stored.value, stored.map_id) == (9.0, cloud)
