"""Which meetings "that day" and "that week" cover when printing several prep sheets at once.

Days are the computer's local ones (midnight to midnight); a week runs Monday to Sunday around the
day given. The meetings page and the prep-sheet command both ask here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta


@dataclass(frozen=True, slots=True)
class DaySpan:
    """``days`` whole local days from ``first_day`` on."""

    first_day: date
    days: int

    @property
    def start(self) -> datetime:
        return _local_midnight(self.first_day)

    @property
    def end(self) -> datetime:
        """The midnight after the last day (not itself inside)."""
        return _local_midnight(self.first_day + timedelta(days=self.days))

    @property
    def is_week(self) -> bool:
        return self.days == 7


def day_of(day: date) -> DaySpan:
    return DaySpan(day, 1)


def week_of(day: date) -> DaySpan:
    """The week, Monday to Sunday, that ``day`` falls in."""
    return DaySpan(day - timedelta(days=day.weekday()), 7)


def _local_midnight(day: date) -> datetime:
    return datetime.combine(day, time(0, 0)).astimezone()
