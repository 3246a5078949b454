"""Reading an append-only history: the value as of a moment, and who wins a tie."""

from __future__ import annotations

from datetime import timedelta

from domain.model import Dimension, Rating
from domain.rules.history import as_of, latest, ordered, value_as_of
from tests.domain.support import T0


def _trust(value: float, days: float, rating_id: int) -> Rating:
    return Rating(1, Dimension.TRUST, value, T0 + timedelta(days=days), id=rating_id)


def test_no_ratings_means_no_value() -> None:
    assert as_of([], T0) is None
    assert value_as_of([], T0) is None
    assert latest([]) is None


def test_one_rating_holds_from_its_moment_on() -> None:
    only = _trust(6, 0, 1)
    assert as_of([only], T0) is only
    assert value_as_of([only], T0 + timedelta(days=400)) == 6


def test_a_moment_before_the_first_rating_has_no_value() -> None:
    assert value_as_of([_trust(6, 0, 1)], T0 - timedelta(seconds=1)) is None


def test_the_latest_rating_at_or_before_the_moment_is_taken() -> None:
    rows = [_trust(3, 20, 3), _trust(5, 0, 1), _trust(7, 10, 2)]
    assert value_as_of(rows, T0 + timedelta(days=9)) == 5
    assert value_as_of(rows, T0 + timedelta(days=10)) == 7
    assert value_as_of(rows, T0 + timedelta(days=15)) == 7
    assert value_as_of(rows, T0 + timedelta(days=30)) == 3


def test_same_moment_entries_the_later_entry_wins() -> None:
    earlier_entry, later_entry = _trust(4, 0, 1), _trust(8, 0, 2)
    assert as_of([later_entry, earlier_entry], T0) is later_entry
    assert latest([later_entry, earlier_entry]) is later_entry


def test_same_day_entries_the_later_time_wins_whatever_the_entry_order() -> None:
    morning = Rating(1, Dimension.TRUST, 4, T0.replace(hour=8), id=9)
    evening = Rating(1, Dimension.TRUST, 6, T0.replace(hour=18), id=2)
    assert value_as_of([evening, morning], T0.replace(hour=23)) == 6
    assert value_as_of([evening, morning], T0.replace(hour=12)) == 4


def test_naive_moments_are_read_as_utc() -> None:
    rows = [_trust(5, 0, 1)]
    assert value_as_of(rows, T0.replace(tzinfo=None)) == 5
    assert value_as_of(rows, T0.replace(tzinfo=None) - timedelta(minutes=1)) is None


def test_ordered_sorts_by_moment_then_entry() -> None:
    rows = [_trust(1, 5, 3), _trust(2, 0, 2), _trust(3, 0, 1)]
    assert [r.id for r in ordered(rows)] == [1, 2, 3]
