"""Demo dates: counted back from today, on working days, never today or later."""

from __future__ import annotations

import random
from datetime import UTC, date, time, timedelta, timezone

import pytest

from persistence.demo.calendar import DemoCalendar

FRIDAY, SATURDAY, SUNDAY, MONDAY = (date(2026, 11, d) for d in (27, 28, 29, 30))


@pytest.mark.parametrize("today", [FRIDAY, SATURDAY, SUNDAY, MONDAY])
def test_days_back_are_past_working_days(today: date) -> None:
    calendar = DemoCalendar(today, UTC)
    for ago in range(1, 60):
        day = calendar.day(ago)
        assert day.weekday() < 5 and day < today


def test_a_weekend_moves_to_the_nearest_working_day() -> None:
    calendar = DemoCalendar(date(2026, 12, 9), UTC)  # a Wednesday
    assert calendar.day(4) == date(2026, 12, 4)  # Saturday -> Friday
    assert calendar.day(3) == date(2026, 12, 7)  # Sunday -> Monday


def test_workday_spreads_weekend_days_over_the_past_week() -> None:
    calendar = DemoCalendar(MONDAY, UTC)
    rng = random.Random(1)
    seen = {calendar.workday(2, rng) for _ in range(50)}  # Saturday
    assert seen == {3, 4, 5, 6, 7}  # Monday to Friday of that week


@pytest.mark.parametrize(
    ("today", "expected"), [(FRIDAY, date(2026, 12, 1)), (MONDAY, MONDAY + timedelta(days=2))]
)
def test_ahead_counts_working_days(today: date, expected: date) -> None:
    assert DemoCalendar(today, UTC).ahead(2) == expected


def test_moments_are_aware_utc_in_the_working_zone() -> None:

    calendar = DemoCalendar(FRIDAY, timezone(timedelta(hours=2)))
    moment = calendar.moment(FRIDAY, time(10, 0))
    assert moment.tzinfo is not None and moment.utcoffset() == timedelta(0)
    assert moment.hour == 8
