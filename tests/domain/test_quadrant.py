"""Mendelow's grid splits each axis at 5, and 5 itself counts as high."""

from __future__ import annotations

import pytest

from domain.rules.quadrant import Position, Quadrant, quadrant_for
from domain.usecases.map_view import Placement
from domain.usecases.prep_sheet import MapStanding


@pytest.mark.parametrize(
    ("power", "interest", "expected"),
    [
        (9, 9, Quadrant.MANAGE_CLOSELY),
        (5, 5, Quadrant.MANAGE_CLOSELY),
        (5, 4.99, Quadrant.KEEP_SATISFIED),
        (10, 0, Quadrant.KEEP_SATISFIED),
        (4.99, 5, Quadrant.KEEP_INFORMED),
        (0, 10, Quadrant.KEEP_INFORMED),
        (4.99, 4.99, Quadrant.MONITOR),
        (0, 0, Quadrant.MONITOR),
    ],
)
def test_quadrant_boundaries(power: float, interest: float, expected: Quadrant) -> None:
    assert quadrant_for(power, interest) is expected


def test_quadrant_title_is_capitalised() -> None:
    assert Quadrant.MANAGE_CLOSELY.title == "Manage closely"
    assert Quadrant.KEEP_INFORMED.title == "Keep informed"


def test_a_position_exists_only_where_both_axes_were_rated() -> None:
    assert Position.of(None, 5) is None
    assert Position.of(5, None) is None
    assert Position.of(0, 0) == Position(0, 0)


def test_a_position_knows_its_quadrant_and_the_distance_to_another() -> None:
    here, there = Position(2, 9), Position(5, 5)
    assert here.quadrant is Quadrant.KEEP_INFORMED
    assert there.quadrant is Quadrant.MANAGE_CLOSELY
    assert here.distance_to(there) == there.distance_to(here) == 5.0


def test_a_map_placement_and_a_prep_sheet_standing_read_their_quadrants_alike() -> None:
    placement = Placement(1, power=8, interest=2, desired_power=3)
    standing = MapStanding(1, "ERP", power=8, interest=2, desired_power=3)
    for record in (placement, standing):
        assert record.position == Position(8, 2)
        assert record.quadrant is Quadrant.KEEP_SATISFIED
        assert record.desired_position is None and record.desired_quadrant is None
    planned = Placement(1, power=8, interest=2, desired_power=8, desired_interest=6)
    assert planned.desired_quadrant is Quadrant.MANAGE_CLOSELY
    assert planned.gap == 4.0 and not planned.on_target
