"""Trends: step series, values "as of", change over a window, averages, maturity, date ranges."""

from __future__ import annotations

from datetime import timedelta

import pytest

from domain.model import Dimension, MaturityAssessment, MaturityLevel, Rating
from domain.rules.history import as_of, value_as_of
from domain.rules.trends import (
    Change,
    DateWindow,
    Point,
    RangePreset,
    average,
    change_over,
    date_window,
    fell_by_more_than,
    maturity_steps,
    series,
    series_in_time_order,
    split_future,
    value_at,
)
from tests.domain.support import T0

DAY = timedelta(days=1)


def trust(value: float, at, rating_id: int, note: str = "") -> Rating:  # type: ignore[no-untyped-def]
    return Rating(1, Dimension.TRUST, value, at, note=note, id=rating_id)


# -- as of ------------------------------------------------------------------------------------
def test_no_ratings_means_no_value_at_any_time() -> None:
    assert value_as_of([], T0) is None
    assert series([]) == []
    assert value_at([], T0) is None
    assert change_over([], T0, 30) is None


def test_one_rating_holds_from_its_moment_on_and_not_before() -> None:
    only = trust(6, T0, 1)
    assert value_as_of([only], T0 - timedelta(seconds=1)) is None
    assert value_as_of([only], T0) == 6
    assert value_as_of([only], T0 + 400 * DAY) == 6
    points = series([only])
    assert value_at(points, T0 - DAY) is None
    assert value_at(points, T0) == 6


def test_as_of_picks_the_latest_rating_at_or_before_the_moment() -> None:
    ratings = [trust(5, T0, 1), trust(7, T0 + 10 * DAY, 2), trust(3, T0 + 20 * DAY, 3)]
    assert value_as_of(reversed(ratings), T0 + 15 * DAY) == 7
    assert value_as_of(ratings, T0 + 20 * DAY) == 3
    points = series(reversed(ratings))
    assert [value_at(points, T0 + d * DAY) for d in (0, 9, 10, 19, 20, 99)] == [5, 5, 7, 7, 3, 3]


def test_same_day_entries_are_separate_steps_and_the_same_moment_keeps_the_later_entry() -> None:
    morning, evening = T0, T0 + timedelta(hours=8)
    ratings = [trust(4, evening, 3), trust(6, morning, 1), trust(8, morning, 2, "corrected")]
    points = series(ratings)
    assert [(p.at, p.value, p.note) for p in points] == [
        (morning, 8, "corrected"),
        (evening, 4, ""),
    ]
    found = as_of(ratings, morning)
    assert found is not None and found.id == 2
    # Handed over in the order they hold (as a store does), the same steps come out unsorted.
    in_order = [ratings[1], ratings[2], ratings[0]]
    assert series_in_time_order(in_order) == points


def test_naive_times_are_taken_as_utc() -> None:
    naive = T0.replace(tzinfo=None)
    points = series([trust(5, naive, 1)])
    assert points[0].at == T0


# -- future-dated entries ---------------------------------------------------------------------
def test_future_dated_entries_are_split_off_so_they_never_count_as_current() -> None:
    past = trust(5, T0, 1)
    ahead = trust(9, T0 + 3 * DAY, 2)
    kept, flagged = split_future([past, ahead], now=T0 + DAY)
    assert kept == [past] and flagged == [ahead]
    # A change up to "now" ignores the entry dated after it.
    change = change_over(series([past, ahead]), T0 + DAY, 30)
    assert change is not None and change.after == 5


# -- change over a window ---------------------------------------------------------------------
def test_change_is_measured_from_the_value_held_when_the_window_opened() -> None:
    now = T0 + 100 * DAY
    points = series(
        [trust(8, T0, 1), trust(7, now - 40 * DAY, 2), trust(4, now - 5 * DAY, 3, "missed it")]
    )
    change = change_over(points, now, 30)
    assert change == Change(7, 4, now - 30 * DAY)
    assert change is not None and change.delta == -3
    ninety = change_over(points, now, 90)
    assert ninety is not None and (ninety.before, ninety.after) == (8, 4)


def test_a_person_first_rated_inside_the_window_is_measured_from_that_first_rating() -> None:
    now = T0 + 10 * DAY
    change = change_over(series([trust(9, T0, 1), trust(5, T0 + 2 * DAY, 2)]), now, 30)
    assert change is not None and (change.before, change.after) == (9, 5)


def test_one_rating_inside_the_window_is_no_change() -> None:
    change = change_over(series([trust(6, T0, 1)]), T0 + DAY, 30)
    assert change is not None and change.delta == 0
    assert not fell_by_more_than(change, 0)


def test_no_step_inside_the_window_means_no_change_to_report() -> None:
    assert change_over(series([trust(6, T0, 1)]), T0 + 31 * DAY, 30) is None


def test_a_rating_exactly_at_the_window_start_is_the_value_held_then() -> None:
    now = T0 + 30 * DAY
    points = series([trust(8, T0, 1), trust(6, T0 + 10 * DAY, 2)])
    change = change_over(points, now, 30)
    assert change is not None and (change.before, change.after) == (8, 6)


@pytest.mark.parametrize(
    ("before", "after", "amount", "flagged"),
    [(7, 5, 2, False), (7, 4.9, 2, True), (7, 9, 0, False), (7, 6.5, 0, True)],
)
def test_a_fall_is_flagged_only_when_larger_than_the_amount(
    before: float, after: float, amount: float, flagged: bool
) -> None:
    assert fell_by_more_than(Change(before, after, T0), amount) is flagged


def test_no_change_is_never_a_fall() -> None:
    assert not fell_by_more_than(None, 0)


# -- averages ---------------------------------------------------------------------------------
def test_average_counts_each_member_from_their_first_rating_on() -> None:
    ada = [Point(T0, 8), Point(T0 + 10 * DAY, 6)]
    bob = [Point(T0 + 5 * DAY, 4)]
    result = average({1: ada, 2: bob})
    assert [(p.at, p.value, p.count) for p in result] == [
        (T0, 8, 1),
        (T0 + 5 * DAY, 6, 2),
        (T0 + 10 * DAY, 5, 2),
    ]


def test_average_from_a_start_begins_with_the_mean_held_then() -> None:
    ada = [Point(T0, 8), Point(T0 + 10 * DAY, 6)]
    bob = [Point(T0 + 2 * DAY, 4)]
    result = average({1: ada, 2: bob}, start=T0 + 5 * DAY)
    assert [(p.at, p.value, p.count) for p in result] == [
        (T0 + 5 * DAY, 6, 2),
        (T0 + 10 * DAY, 5, 2),
    ]


def test_simultaneous_ratings_of_several_members_make_one_step() -> None:
    result = average({1: [Point(T0, 2)], 2: [Point(T0, 6)]})
    assert [(p.value, p.count) for p in result] == [(4, 2)]


def test_average_of_nobody_is_empty() -> None:
    assert average({}) == []
    assert average({}, start=T0) == []


# -- maturity ---------------------------------------------------------------------------------
def test_maturity_steps_are_ordered_and_a_same_moment_correction_wins() -> None:
    steps = maturity_steps(
        [
            MaturityAssessment(1, MaturityLevel.PARTNER, T0 + 30 * DAY, id=3),
            MaturityAssessment(1, MaturityLevel.ORDER_TAKER, T0, id=1),
            MaturityAssessment(1, MaturityLevel.CONSULTATIVE, T0, note="re-assessed", id=2),
        ]
    )
    assert [(s.at, s.level, s.note) for s in steps] == [
        (T0, MaturityLevel.CONSULTATIVE, "re-assessed"),
        (T0 + 30 * DAY, MaturityLevel.PARTNER, ""),
    ]


# -- date ranges ------------------------------------------------------------------------------
def test_date_window_presets() -> None:
    assert date_window(RangePreset.LAST_90_DAYS, T0) == DateWindow(T0 - 90 * DAY, T0)
    assert date_window(RangePreset.LAST_YEAR, T0) == DateWindow(T0 - 365 * DAY, T0)
    assert date_window(RangePreset.ALL, T0) == DateWindow(None, T0)


def test_a_custom_window_given_backwards_is_put_the_right_way_round() -> None:
    window = date_window(RangePreset.CUSTOM, T0, T0 - 5 * DAY, T0 - 20 * DAY)
    assert window == DateWindow(T0 - 20 * DAY, T0 - 5 * DAY)
    assert window.contains(T0 - 10 * DAY)
    assert not window.contains(T0 - 4 * DAY)
