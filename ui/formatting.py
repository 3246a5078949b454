"""How dates, times and ratings read on screen: one house style for every table, label and tooltip.

Dates read "9 Nov 2026" (day without a leading zero, English month abbreviation whatever the
system locale), "9 Nov" where the year goes without saying, and "9 Nov 2026 16:30" with a time
(24-hour clock). Moments are stored in UTC and always shown in local time. Ratings on a 0–10 scale
read with one decimal ("7.5", "3.0"), and so do changes ("▲ 0.5", "▼ 1.0").

Plain Python (no Qt), so it is cheap to import anywhere and easy to test.
"""

from __future__ import annotations

from datetime import date, datetime

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
MISSING = "—"


def _local(value: date | datetime) -> date | datetime:
    return value.astimezone() if isinstance(value, datetime) else value


def format_date(value: date | datetime | None, *, year: bool = True, missing: str = MISSING) -> str:
    """ "9 Nov 2026", or "9 Nov" without the year; a datetime is shown on its local day."""
    if value is None:
        return missing
    day = _local(value)
    text = f"{day.day} {MONTHS[day.month - 1]}"
    return f"{text} {day.year}" if year else text


def format_month(value: date | datetime) -> str:
    """ "Nov 2026"."""
    day = _local(value)
    return f"{MONTHS[day.month - 1]} {day.year}"


def format_time(moment: datetime) -> str:
    """ "16:30", local time."""
    return f"{moment.astimezone():%H:%M}"


def format_datetime(moment: datetime | None, *, year: bool = True, missing: str = MISSING) -> str:
    """ "9 Nov 2026 16:30", local time."""
    if moment is None:
        return missing
    local = moment.astimezone()
    return f"{format_date(local, year=year)} {local:%H:%M}"


def format_rating(value: float | None, *, missing: str = MISSING) -> str:
    """A rating with one decimal: "7.5", "3.0" (never "-0.0")."""
    if value is None:
        return missing
    text = f"{value:.1f}"
    return "0.0" if text == "-0.0" else text


def format_delta(delta: float) -> str:
    """A change in a rating: "▲ 0.5", "▼ 1.0", or "±0" when there is none."""
    if abs(delta) < 0.05:
        return "±0"
    return f"{'▲' if delta > 0 else '▼'} {format_rating(abs(delta))}"
