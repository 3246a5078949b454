"""The one rule of a rating history: which value holds at a moment."""

from __future__ import annotations

from datetime import timedelta

from domain.rules.step_series import StepSeries, held_at, in_hold_order
from tests.domain.support import T0

DAY = timedelta(days=1)


def test_a_value_holds_from_its_moment_until_the_next() -> None:
    steps = StepSeries([(1.0, "a"), (5.0, "b")])
    assert [steps.at(m) for m in (0.5, 1.0, 4.9, 5.0, 99.0)] == [None, "a", "a", "b", "b"]
    assert steps.last() == "b" and len(steps) == 2


def test_the_same_moment_again_replaces_the_step_the_later_entry_holds() -> None:
    steps = StepSeries([(1.0, "first"), (1.0, "correction"), (2.0, "next")])
    assert list(steps.times) == [1.0, 2.0]
    assert steps.at(1.0) == "correction"


def test_before_is_the_value_holding_just_before_a_moment() -> None:
    steps = StepSeries([(1.0, "a"), (5.0, "b")])
    assert [steps.before(m) for m in (1.0, 1.5, 5.0, 6.0)] == [None, "a", "a", "b"]


def test_between_gives_the_changes_after_one_moment_up_to_another() -> None:
    steps = StepSeries([(1.0, "a"), (5.0, "b"), (9.0, "c")])
    assert steps.between(1.0, 9.0) == [(5.0, "b"), (9.0, "c")]
    assert steps.between(5.0, 5.0) == []


def test_entries_in_any_order_are_held_by_moment_then_entry() -> None:
    naive = T0.replace(tzinfo=None)  # read as UTC
    steps = in_hold_order([(T0 + DAY, 1, "day two"), (naive, 3, "later entry"), (T0, 2, "earlier")])
    assert list(steps.values) == ["later entry", "day two"]
    assert steps.at(T0) == "later entry"


def test_held_at_finds_the_step_of_a_finished_series() -> None:
    points = [(1.0, "a"), (5.0, "b")]
    assert held_at(points, 4.0, key=lambda p: p[0]) == (1.0, "a")
    assert held_at(points, 0.0, key=lambda p: p[0]) is None
