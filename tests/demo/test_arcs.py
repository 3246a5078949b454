"""Rating arcs: events jump, waypoints drift, noise stays small."""

from __future__ import annotations

import random

from persistence.demo.arcs import noisy, recorded, routine_days, step_at, value_at

ARC = ((730, 6.0, ""), (400, 8.0, ""), (270, 3.0, "Missed a budget promise"), (0, 7.0, ""))


def test_waypoints_drift_and_events_jump() -> None:
    assert value_at(ARC, 900) == 6.0
    assert value_at(ARC, 565) == 7.0  # halfway between 6 and 8
    assert value_at(ARC, 271) == 8.0  # held until the event...
    assert value_at(ARC, 270) == 3.0  # ...which jumps
    assert value_at(ARC, 135) == 5.0
    assert value_at(ARC, 0) == 7.0


def test_step_at_holds_the_last_value() -> None:
    assert [step_at(ARC, ago) for ago in (800, 500, 300, 100)] == [6.0, 6.0, 8.0, 3.0]


def test_only_past_anchors_are_recorded() -> None:
    assert [a[0] for a in recorded(ARC)] == [730, 400, 270]


def test_routine_days_keep_their_distance_from_events() -> None:
    days = routine_days(random.Random(3), 730, 30, avoid=[400, 270], margin=4)
    assert days == sorted(days, reverse=True)
    assert all(1 <= d < 730 for d in days)
    assert all(abs(d - event) > 4 for d in days for event in (400, 270))
    assert 18 <= len(days) <= 30


def test_noise_is_bounded_and_on_the_grid() -> None:
    rng = random.Random(5)
    values = {noisy(rng, 6.0, 1.0, 0.5) for _ in range(200)}
    assert values == {5.5, 6.0, 6.5}
    assert noisy(rng, 9.9, 1.0, 0.5) <= 10.0
