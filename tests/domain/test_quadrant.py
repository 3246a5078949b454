"""Mendelow's grid splits each axis at 5, and 5 itself counts as high."""

from __future__ import annotations

import pytest

from domain.rules.quadrant import Quadrant, quadrant_for


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
