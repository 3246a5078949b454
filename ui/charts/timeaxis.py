"""Dates on a matplotlib axis: fast conversion to axis units and concise local-time labels."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta, tzinfo

import matplotlib.dates as mdates
import numpy as np
from matplotlib.axes import Axes
from PySide6.QtCore import QLocale

#: matplotlib's default date epoch; axis units are days since it.
_EPOCH_SECONDS = 0.0
SECONDS_PER_DAY = 86400.0


def local_zone() -> tzinfo:
    zone = datetime.now().astimezone().tzinfo
    assert zone is not None
    return zone


def days(moments: Iterable[datetime]) -> np.ndarray:
    """Aware datetimes as matplotlib date numbers (days since 1970-01-01 UTC), vectorised."""
    # map() over the C method rather than a generator expression: half the time on long series.
    return (np.fromiter(map(datetime.timestamp, moments), dtype=float) - _EPOCH_SECONDS) / (
        SECONDS_PER_DAY
    )


def day(moment: datetime) -> float:
    return (moment.timestamp() - _EPOCH_SECONDS) / SECONDS_PER_DAY


_ENGLISH_MONTHS = [
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
]


class _LocaleDateFormatter(mdates.ConciseDateFormatter):
    """matplotlib's concise labels with the month names of the user's locale ("Dez." in
    German): strftime writes the C library's, which Python leaves in English."""

    def format_ticks(self, values: list[float]) -> list[str]:
        months = month_abbreviations()
        labels = super().format_ticks(values)
        return [months.get(label, label) for label in labels]


def month_abbreviations() -> dict[str, str]:
    """English month abbreviations to the locale's ("Dec" → "Dez.")."""
    locale = QLocale()
    return {
        english: locale.monthName(number, QLocale.FormatType.ShortFormat)
        for number, english in enumerate(_ENGLISH_MONTHS, start=1)
    }


def format_time_axis(ax: Axes, zone: tzinfo | None = None) -> None:
    """Concise local date labels ("2025", "Mar", "12") with a sensible number of ticks."""
    zone = zone or local_zone()
    locator = mdates.AutoDateLocator(tz=zone, minticks=3, maxticks=8)
    formatter = _LocaleDateFormatter(locator, tz=zone, show_offset=False)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(formatter)


def padded_limits(start: datetime, end: datetime) -> tuple[float, float]:
    """Axis limits for a span, with a little air on both sides (at least a day in all)."""
    low, high = day(start), day(end)
    if high - low < 1:
        low, high = low - 0.5, high + 0.5
    pad = (high - low) * 0.02
    return low - pad, high + pad


def span_of(moments: list[datetime], fallback_end: datetime) -> tuple[datetime, datetime]:
    if not moments:
        return fallback_end - timedelta(days=90), fallback_end
    return min(moments), max(max(moments), fallback_end)
