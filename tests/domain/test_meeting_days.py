"""The spans of "all meetings that day / that week", shared by the meetings page and the CLI."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from domain.rules.meeting_days import day_of, week_of


def test_a_day_runs_from_local_midnight_to_the_next() -> None:
    span = day_of(date(2025, 12, 3))
    assert span.start == datetime.combine(date(2025, 12, 3), time(0, 0)).astimezone()
    assert span.end == datetime.combine(date(2025, 12, 4), time(0, 0)).astimezone()
    assert not span.is_week


def test_a_week_runs_monday_to_sunday_around_the_day() -> None:
    for day in (date(2025, 12, 1), date(2025, 12, 3), date(2025, 12, 7)):
        span = week_of(day)
        assert span.first_day == date(2025, 12, 1) and span.is_week
        assert span.end.date() == date(2025, 12, 8)
        assert span.end - span.start >= timedelta(days=7) - timedelta(hours=1)  # DST
