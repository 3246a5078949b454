"""When an event is: its start, end and recurrence, read without ever overflowing.

Dates outside 1900–2200 are refused before any arithmetic (year 1 and year 9999 overflow as soon
as a time zone is applied); a duration longer than a year is refused; a time without a date
(VALUE=TIME) is refused. A recurring event (RRULE) is read as its next occurrence from ``now``
(or its last, once the series has ended), and keeps the rule so that Rapport shows it recurs.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any

from persistence.ical.errors import CalendarImportError, short

FIRST_YEAR = 1900
LAST_YEAR = 2200
LONGEST = timedelta(days=366)
#: A series is followed this far ahead at most when looking for its next occurrence.
HORIZON = timedelta(days=366 * 10)
_SUPPORTED_FREQUENCIES = ("DAILY", "WEEKLY", "MONTHLY", "YEARLY")


@dataclass(frozen=True, slots=True)
class When:
    start: datetime | None
    end: datetime | None
    all_day: bool
    recurrence: str
    notes: tuple[str, ...] = ()


def _value(event: Any, key: str, where: str, what: str) -> date | None:
    prop = event.get(key)
    if prop is None:
        return None
    value = getattr(prop, "dt", None)
    if isinstance(value, datetime | date):
        if not FIRST_YEAR <= value.year <= LAST_YEAR:
            raise CalendarImportError(
                f"{where}: its {what} is in the year {value.year}; Rapport takes meetings "
                f"between {FIRST_YEAR} and {LAST_YEAR}. The date in the file is wrong."
            )
        return value
    if isinstance(value, time):
        raise CalendarImportError(
            f"{where}: its {what} ({key}) is a time of day without a date. Export the invite "
            "again from your calendar."
        )
    raise CalendarImportError(f"{where}: its {what} ({key}) is not a date or a time.")


def _aware(value: date) -> datetime:
    """A datetime with a zone: floating times and all-day dates are the computer's own time
    (with its summer time rules for that date)."""
    if isinstance(value, datetime):
        return value if value.tzinfo is not None else value.astimezone()
    return datetime.combine(value, time(0, 0)).astimezone()


def read_when(event: Any, where: str, now: datetime) -> When:
    """Start, end, all-day and recurrence of ``event``; ``start`` is None when it has none."""
    start_value = _value(event, "DTSTART", where, "start")
    end_value = _value(event, "DTEND", where, "end")
    if start_value is None:
        return When(None, None, False, "")
    all_day = not isinstance(start_value, datetime)
    start = _aware(start_value)
    end: datetime | None = _aware(end_value) if end_value is not None else None
    if end is None and "DURATION" in event:
        duration = getattr(event.get("DURATION"), "dt", None)
        if not isinstance(duration, timedelta):
            raise CalendarImportError(f"{where}: its length (DURATION) is not a duration.")
        if duration > LONGEST:
            raise CalendarImportError(
                f"{where}: it lasts {duration.days:,} days; Rapport takes meetings of at most "
                "a year. The length in the file is wrong."
            )
        end = start + duration
    elif end is None and all_day:
        end = start + timedelta(days=1)
    if end is not None and end < start:
        raise CalendarImportError(f"{where}: it ends before it starts.")
    rule, start, end, notes = _recurrence(event, where, start, end, now)
    return When(start.astimezone(UTC), end.astimezone(UTC) if end else None, all_day, rule, notes)


def _recurrence(
    event: Any, where: str, start: datetime, end: datetime | None, now: datetime
) -> tuple[str, datetime, datetime | None, tuple[str, ...]]:
    prop = event.get("RRULE")
    if prop is None:
        return "", start, end, ()
    if isinstance(prop, list):
        prop = prop[0]
    try:
        rule_text = prop.to_ical().decode("utf-8", errors="replace")
    except Exception:
        return "", start, end, (f"{where}: its repeat rule could not be read; taken as a one-off.",)
    frequency = str(prop.get("FREQ", [""])[0]).upper() if hasattr(prop, "get") else ""
    if frequency not in _SUPPORTED_FREQUENCIES:
        return (
            "",
            start,
            end,
            (
                f"{where}: it repeats every {frequency.lower() or 'so often'} "
                f"(“{short(rule_text, 40)}”), which is no meeting rhythm; taken as a one-off.",
            ),
        )
    try:
        why = _not_followable(prop, start)
    except (ValueError, TypeError, AttributeError):
        why = "cannot be read"
    if why:
        return (
            rule_text,
            start,
            end,
            (
                f"{where}: its repeat rule (“{short(rule_text, 40)}”) {why}; it was taken at its "
                "first date.",
            ),
        )
    occurrence = _next_occurrence(event, rule_text, start, now)
    if occurrence is None:
        return (
            rule_text,
            start,
            end,
            (
                f"{where}: the dates of its series (“{short(rule_text, 40)}”) could not be worked "
                "out; it was taken at its first date.",
            ),
        )
    length = end - start if end is not None else None
    return rule_text, occurrence, occurrence + length if length is not None else None, ()


_MONTH_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_BEYOND = ("BYYEARDAY", "BYWEEKNO", "BYHOUR", "BYMINUTE", "BYSECOND", "BYEASTER")


def _numbers(rule: Any, key: str) -> list[int]:
    values = rule.get(key, [])
    return [int(v) for v in (values if isinstance(values, list) else [values])]


def _not_followable(rule: Any, start: datetime) -> str:
    """Why the rule's dates are not worked out (empty: they are), before any expansion.

    A rule whose every period is empty (the 31st of February, the 2nd of one-per-month dates)
    makes dateutil search up to the year 9999 — half a minute for a daily rule — so such rules,
    and parts no meeting rhythm uses, are recognised here instead.
    """
    frequency = str(rule.get("FREQ", [""])[0]).upper()
    if any(key in rule for key in _BEYOND):
        return "uses parts no meeting rhythm needs"
    months = _numbers(rule, "BYMONTH") or list(range(1, 13))
    if any(not 1 <= m <= 12 for m in months):
        return "names a month that does not exist"
    for day in _numbers(rule, "BYMONTHDAY"):
        if day == 0 or abs(day) > 31 or all(abs(day) > _MONTH_DAYS[m - 1] for m in months):
            return "asks for a day those months do not have"
    interval = (_numbers(rule, "INTERVAL") or [1])[0]
    if frequency == "MONTHLY" and "BYMONTH" in rule and interval > 1:
        reachable = {(start.month - 1 + k * interval) % 12 + 1 for k in range(12)}
        if not reachable & set(months):
            return "never reaches the months it names"
    ordinal = any(
        len(str(day)) > 2 for day in rule.get("BYDAY", [])
    )  # "2MO", "-1FR": a numbered weekday
    if ordinal and frequency not in ("MONTHLY", "YEARLY"):
        return "numbers weekdays in a rhythm that has no months"
    if "BYSETPOS" in rule and (
        frequency not in ("MONTHLY", "YEARLY")
        or "BYDAY" not in rule
        or "BYMONTHDAY" in rule
        or ordinal
        or any(not 1 <= abs(p) <= 4 for p in _numbers(rule, "BYSETPOS"))
    ):
        return "picks dates in a way Rapport does not follow"
    return ""


def _next_occurrence(event: Any, rule_text: str, start: datetime, now: datetime) -> datetime | None:
    """The first occurrence at or after ``now``; the last one when the series has ended."""
    from dateutil.rrule import rrule, rruleset, rrulestr

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # COUNT and UNTIL together: allowed here
            rule = rrulestr(rule_text, dtstart=start)
            if not isinstance(rule, rrule):
                return None
            horizon = now + HORIZON
            until = rule._until
            rule = rule.replace(until=min(until, horizon) if until else horizon)
            series = rruleset()
            series.rrule(rule)
            for excluded in _exdates(event, start.tzinfo or UTC):
                series.exdate(excluded)
            found = series.after(now, inc=True) or series.before(now, inc=True)
    except (ValueError, TypeError, OverflowError, IndexError, KeyError):
        return None
    return found if isinstance(found, datetime) else None


def _exdates(event: Any, zone: tzinfo) -> list[datetime]:
    found: list[datetime] = []
    props = event.get("EXDATE")
    for prop in props if isinstance(props, list) else [props] if props is not None else []:
        for item in getattr(prop, "dts", []):
            value = getattr(item, "dt", None)
            if isinstance(value, datetime):
                found.append(value if value.tzinfo else value.replace(tzinfo=zone))
            elif isinstance(value, date):
                found.append(datetime.combine(value, time(0, 0), tzinfo=zone))
    return found
