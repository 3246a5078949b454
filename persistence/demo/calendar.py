"""Dates of the demo, counted from the day it is built so that it always looks current."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from domain.clock import as_utc

_DAY = timedelta(days=1)


@dataclass(frozen=True, slots=True)
class DemoCalendar:
    today: date
    #: The zone of the user's working day; None for the computer's local zone.
    tz: tzinfo | None = None

    def day(self, ago: int) -> date:
        """The working day ``ago`` calendar days back: Saturday moves to Friday, Sunday to
        Monday (or to Friday when Monday would not be in the past)."""
        when = self.today - ago * _DAY
        if when.weekday() == 5:
            return when - _DAY
        if when.weekday() == 6:
            monday = when + _DAY
            return monday if monday < self.today else when - 2 * _DAY
        return when

    def workday(self, ago: int, rng: random.Random) -> int:
        """``ago`` itself on a weekday; for a weekend day, a random weekday of the same week that
        is already past (so routine contact does not pile up on Mondays and Fridays)."""
        when = self.today - ago * _DAY
        if when.weekday() < 5:
            return ago
        monday = when - when.weekday() * _DAY
        choices = [d for d in (monday + n * _DAY for n in range(5)) if d < self.today]
        if not choices:
            return self.workday(ago + 7, rng)
        return (self.today - rng.choice(choices)).days

    def ahead(self, working_days: int) -> date:
        """The working day that many working days after today (before it, when negative)."""
        when = self.today
        step = _DAY if working_days >= 0 else -_DAY
        left = abs(working_days)
        while left > 0:
            when += step
            if when.weekday() < 5:
                left -= 1
        return when

    def moment(self, day: date, at: time) -> datetime:
        """``at`` o'clock on ``day`` in the working zone, as aware UTC."""
        if self.tz is None:
            return as_utc(datetime.combine(day, at).astimezone())
        return as_utc(datetime.combine(day, at, tzinfo=self.tz))

    def at(self, ago: int, hour: int, minute: int = 0) -> datetime:
        return self.moment(self.day(ago), time(hour, minute))

    def start_of_today(self) -> datetime:
        return self.moment(self.today, time(0, 0))


def utc_calendar(today: date) -> DemoCalendar:
    """A calendar whose working day is in UTC (tests use it to be independent of the machine)."""
    return DemoCalendar(today, UTC)
