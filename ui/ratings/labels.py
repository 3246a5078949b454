"""How ratings read on screen, and how a typed quick entry ("6.5 missed the budget") is parsed.

Plain Python (no Qt), so the parsing rules are easy to test.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP

from domain.clock import as_utc
from domain.model import Attitude, Dimension
from domain.rules.trends import Point, change_over
from ui.formatting import format_date, format_datetime, format_delta, format_rating
from ui.translation import tr

LABELS: dict[Dimension, str] = {
    Dimension.TRUST: QT_TRANSLATE_NOOP("", "Trust"),
    Dimension.INFLUENCE: QT_TRANSLATE_NOOP("", "Influence"),
    Dimension.POWER: QT_TRANSLATE_NOOP("", "Power"),
    Dimension.INTEREST: QT_TRANSLATE_NOOP("", "Interest"),
    Dimension.DESIRED_POWER: QT_TRANSLATE_NOOP("", "Planned power"),
    Dimension.DESIRED_INTEREST: QT_TRANSLATE_NOOP("", "Planned interest"),
    Dimension.SUPPORT: QT_TRANSLATE_NOOP("", "Attitude"),
    Dimension.DESIRED_SUPPORT: QT_TRANSLATE_NOOP("", "Desired attitude"),
}

ATTITUDE_DIMENSIONS = (Dimension.SUPPORT, Dimension.DESIRED_SUPPORT)


def label(dimension: Dimension, map_name: str | None = None) -> str:
    text = tr(LABELS[Dimension(dimension)])
    return tr("{what} on {map}").format(what=text, map=map_name) if map_name else text


def format_value(dimension: Dimension, value: float | None) -> str:
    if value is None:
        return "—"
    if Dimension(dimension) in ATTITUDE_DIMENSIONS:
        return Attitude.from_value(value).label
    return format_rating(value)


def format_change(dimension: Dimension, before: float | None, after: float) -> str:
    """ "▲ 1.5", "▼ 2.0", or "" when unchanged or new."""
    if before is None or abs(after - before) < 1e-9:
        return ""
    arrow = "▲" if after > before else "▼"
    if Dimension(dimension) in ATTITUDE_DIMENSIONS:
        return f"{arrow} was {Attitude.from_value(before).label}"
    return format_delta(after - before)


def local_date(moment: datetime | None, with_time: bool = False) -> str:
    return format_datetime(moment) if with_time else format_date(moment)


@dataclass(frozen=True, slots=True)
class Step:
    """One change of value: at ``at``, from ``before`` to ``after``."""

    at: datetime
    before: float
    after: float


@dataclass(frozen=True, slots=True)
class RecentChange:
    """How a rating moved over the last ``days``: the net change and every step on the way."""

    net: float
    steps: tuple[Step, ...]
    days: int

    @property
    def text(self) -> str:
        """ "no change in 90 days", "▼ 0.5 in 90 days", "±0 net in 90 days (3 changes)"."""
        count = len(self.steps)
        window = f"in {self.days} days"
        if not count:
            return f"no change {window}"
        changes = f" ({count} changes)" if count > 1 else ""
        if abs(self.net) < 1e-9:
            return f"±0 net {window}{changes}"
        return f"{format_delta(self.net)} {window}{changes}"

    @property
    def tooltip(self) -> str:
        return "\n".join(
            f"{format_date(s.at)}: {format_rating(s.before)} → {format_rating(s.after)}"
            for s in self.steps
        )


def recent_change(points: Sequence[Point], now: datetime, days: int = 90) -> RecentChange:
    """The net change over the ``days`` up to ``now`` (as the attention list measures it) and
    each change of value inside that window; re-rating with the same value is no change."""
    end = as_utc(now)
    start = end - timedelta(days=days)
    steps: list[Step] = []
    held: float | None = None
    for point in points:
        if point.at > end:
            break
        if point.at > start and held is not None and abs(point.value - held) > 1e-9:
            steps.append(Step(point.at, held, point.value))
        held = point.value
    change = change_over(points, now, days)
    net = change.delta if change is not None and steps else 0.0
    return RecentChange(net, tuple(steps), days)


class EntryError(ValueError):
    """A quick entry that cannot be read; the message says what is expected."""


@dataclass(frozen=True, slots=True)
class QuickEntry:
    value: float
    note: str


_SEPARATORS = r"[\s:;,\-–—]*"
_NUMBER = re.compile(r"^\s*(-?\d+(?:[.,]\d+)?)\s*(?:/\s*10\b)?" + _SEPARATORS + r"(.*)$", re.DOTALL)
_WORD = re.compile(r"^\s*([A-Za-z]+)\b" + _SEPARATORS + r"(.*)$", re.DOTALL)


def parse_entry(dimension: Dimension, text: str) -> QuickEntry:
    """Read "7", "6.5 missed the budget promise", "7/10 great workshop", "7,5" (decimal comma),
    and for attitudes "supporter", "sup", "3" or "c — cold since the reorg" (unambiguous prefixes).
    """
    dimension = Dimension(dimension)
    low, high = dimension.scale
    if not text.strip():
        raise EntryError("Type a value first.")
    if dimension in ATTITUDE_DIMENSIONS:
        word = _WORD.match(text)
        if word and not word.group(1).isdigit():
            prefix = word.group(1).casefold()
            found = [a for a in Attitude if a.label.startswith(prefix)]
            if len(found) != 1:
                names = ", ".join(a.label for a in Attitude)
                raise EntryError(f"“{word.group(1)}” is not an attitude: type one of {names}.")
            return QuickEntry(float(found[0]), word.group(2).strip())
    number = _NUMBER.match(text)
    if not number:
        expected = (
            f"an attitude or a number from {low:g} to {high:g}"
            if dimension in ATTITUDE_DIMENSIONS
            else f"a number from {low:g} to {high:g}"
        )
        raise EntryError(f"Start with {expected}, then the note if any.")
    value = float(number.group(1).replace(",", "."))
    if not low <= value <= high:
        raise EntryError(
            tr("{what} goes from {low} to {high}, not {value}.").format(
                what=tr(LABELS[dimension]), low=f"{low:g}", high=f"{high:g}", value=f"{value:g}"
            )
        )
    return QuickEntry(value, number.group(2).strip())
