"""How dates, times and numbers read on screen and on paper: one function per kind, in the user's
locale (``QLocale()``: the system's, or the one ``QLocale.setDefault`` chose).

- a date: the locale's long date without the weekday and with the month abbreviated: "1 Dec 2026"
  (English as Rapport always wrote it, and en_GB), "Dec 1, 2026" (en_US), "1. Dez. 2026"
  (German); without the year where it goes without saying ("1 Dec", "1. Dez.");
- a day with its weekday: "Thu 3 Dec", "Do. 3. Dez."; a long day: "Thursday 3 December 2026";
- a month: "Dec 2026"; a time: the locale's short time, "16:30" (or "4:30 PM"); a date and time;
- a number with one decimal: "7.5", "7,5"; a change: "▲ 0.5"; a size: "1.2 MB".

Moments are stored in UTC and always shown in local time. Every table, label, tooltip, chart and
prep sheet uses these, so a kind reads one way everywhere.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import cache

from PySide6.QtCore import QDate, QLocale, QTime

MISSING = "—"

#: The weekday in a long date pattern, with the separator that follows or precedes it.
_WEEKDAY = re.compile(r"d{4}[,.]?\s*|[,\s]*d{4}")
#: The year in a date pattern, with the separators around it that belong to it.
_YEAR = re.compile(r"[\s,./-]*y+[.年년]?")


def _locale() -> QLocale:
    return QLocale()


@cache
def _patterns(name: str) -> tuple[str, str]:
    """The locale's date pattern with and without the year, from its long date format."""
    long = QLocale(name).dateFormat(QLocale.FormatType.LongFormat)
    with_year = _WEEKDAY.sub("", long).replace("MMMM", "MMM").strip(" ,")
    without = _YEAR.sub("", with_year).strip(" ,/-")
    return with_year, (without or with_year)


def _qdate(value: date | datetime) -> QDate:
    day = value.astimezone() if isinstance(value, datetime) else value
    return QDate(day.year, day.month, day.day)


def format_date(value: date | datetime | None, *, year: bool = True, missing: str = MISSING) -> str:
    """ "1 Dec 2026" (in the locale's order and words), or without the year; a datetime is
    shown on its local day."""
    if value is None:
        return missing
    locale = _locale()
    with_year, without = _patterns(locale.name())
    return locale.toString(_qdate(value), with_year if year else without)


def format_weekday_date(value: date | datetime, *, year: bool = False) -> str:
    """ "Thu 3 Dec": a day among the next few, as a calendar shows it."""
    locale = _locale()
    weekday = locale.dayName(_qdate(value).dayOfWeek(), QLocale.FormatType.ShortFormat)
    return f"{weekday} {format_date(value, year=year)}"


def format_long_date(value: date | datetime) -> str:
    """ "Thursday 3 December 2026": a heading's date, in the locale's long format."""
    return _locale().toString(_qdate(value), QLocale.FormatType.LongFormat).replace(",", "", 1)


def format_month(value: date | datetime) -> str:
    """ "Dec 2026"."""
    return _locale().toString(_qdate(value), "MMM yyyy")


def format_time(moment: datetime) -> str:
    """ "16:30", local time, as the locale writes a short time."""
    local = moment.astimezone()
    return _locale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)


def format_datetime(moment: datetime | None, *, year: bool = True, missing: str = MISSING) -> str:
    """ "1 Dec 2026 16:30", local time."""
    if moment is None:
        return missing
    return f"{format_date(moment, year=year)} {format_time(moment)}"


def format_number(value: float, decimals: int = 1) -> str:
    """A number with the locale's decimal mark: "7.5", "7,5" (never "-0.0")."""
    text = _locale().toString(float(value), "f", decimals)
    zero = _locale().toString(0.0, "f", decimals)
    return zero if text == "-" + zero or text == "−" + zero else text


def format_rating(value: float | None, *, missing: str = MISSING) -> str:
    """A rating with one decimal: "7.5", "3.0"."""
    return missing if value is None else format_number(value)


def format_delta(delta: float) -> str:
    """A change in a rating: "▲ 0.5", "▼ 1.0", or "±0" when there is none."""
    if abs(delta) < 0.05:
        return "±0"
    return f"{'▲' if delta > 0 else '▼'} {format_rating(abs(delta))}"


def format_size(size: int) -> str:
    """A file's size: "640 KB", "1.2 MB", "2.0 GB" (the locale's decimal mark)."""
    if size < 1024**2:
        return f"{format_number(max(size, 1) / 1024, 0)} KB"
    megabytes = size / 1024**2
    if megabytes < 1024:
        return f"{format_number(megabytes, 1 if megabytes < 100 else 0)} MB"
    return f"{format_number(size / 1024**3)} GB"
