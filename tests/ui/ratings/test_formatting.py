"""The house style for dates, times and ratings (plain Python, no widgets)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from domain.rules.trends import Point
from ui.formatting import format_date, format_datetime, format_delta, format_month, format_rating
from ui.ratings.labels import recent_change

NOW = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)


def test_dates_read_day_month_year_without_a_leading_zero() -> None:
    assert format_date(date(2026, 11, 9)) == "9 Nov 2026"
    assert format_date(date(2025, 10, 8), year=False) == "8 Oct"
    assert format_date(None) == "—"
    assert format_date(None, missing="never") == "never"
    assert format_month(date(2026, 3, 1)) == "Mar 2026"


def test_moments_read_in_local_time() -> None:
    moment = datetime(2026, 11, 20, 16, 30, tzinfo=UTC)
    local = moment.astimezone()
    assert format_date(moment) == f"{local.day} {local:%b} {local.year}"
    assert format_datetime(moment) == f"{local.day} {local:%b} {local.year} {local:%H:%M}"
    assert format_datetime(None) == "—"


def test_ratings_and_changes_have_one_decimal() -> None:
    assert format_rating(3) == "3.0"
    assert format_rating(7.5) == "7.5"
    assert format_rating(-0.0) == "0.0"
    assert format_rating(None) == "—"
    assert format_delta(-0.5) == "▼ 0.5"
    assert format_delta(2) == "▲ 2.0"
    assert format_delta(0) == "±0"


def _points(*steps: tuple[int, float]) -> list[Point]:
    """(days before NOW, value) pairs, oldest first."""
    return [Point(NOW - timedelta(days=ago), value) for ago, value in steps]


def test_back_and_forth_inside_the_window_is_not_no_change() -> None:
    # 7.5 → 8 → 7 → 7.5 within 90 days: the end points agree, but trust moved three times.
    change = recent_change(_points((200, 7.5), (60, 8), (30, 7), (5, 7.5)), NOW, 90)
    assert change.text == "±0 net in 90 days (3 changes)"
    assert change.tooltip.splitlines()[0].endswith(": 7.5 → 8.0")
    change = recent_change(_points((200, 7.5), (60, 8), (30, 7)), NOW, 90)
    assert change.text == "▼ 0.5 in 90 days (2 changes)"
    assert change.net == -0.5


def test_one_change_none_and_re_rating_with_the_same_value() -> None:
    assert recent_change(_points((200, 8), (10, 5)), NOW, 90).text == "▼ 3.0 in 90 days"
    assert recent_change(_points((200, 8)), NOW, 90).text == "no change in 90 days"
    same = recent_change(_points((200, 6), (40, 6), (20, 6.5)), NOW, 90)
    assert same.text == "▲ 0.5 in 90 days" and len(same.steps) == 1
    assert recent_change(_points((200, 6), (40, 6)), NOW, 90).text == "no change in 90 days"


def test_first_rated_inside_the_window_and_future_entries() -> None:
    # First rated 50 days ago: measured from that first rating; the first rating is no change.
    assert recent_change(_points((50, 6), (20, 7)), NOW, 90).text == "▲ 1.0 in 90 days"
    # An entry dated after now (wrong clock on import) is not counted.
    assert recent_change(_points((50, 6), (-3, 2)), NOW, 90).text == "no change in 90 days"
