"""Rules of the demand log: which status may follow which, and when an item has stalled."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from domain.model import PIPELINE, DemandItem, DemandKind, DemandStatus

#: An open item that has sat in one status longer than this many days has stalled (default).
DEFAULT_STALLED_DAYS = 60
STALLED_DAYS_LIMITS = (7, 730)


def next_statuses(status: DemandStatus) -> list[DemandStatus]:
    """Where an item may go from ``status``: the next step of the pipeline, or declined.
    A delivered or declined item goes nowhere (it may be reopened by editing it)."""
    if not status.is_open:
        return []
    following = PIPELINE[PIPELINE.index(status) + 1]
    return [following, DemandStatus.DECLINED]


def days_in_status(item: DemandItem, today: date) -> int:
    since = item.status_since
    return max(0, (today - since).days) if since is not None else 0


def is_stalled(item: DemandItem, today: date, stalled_days: int = DEFAULT_STALLED_DAYS) -> bool:
    """An open item that has not moved for more than ``stalled_days``."""
    return item.status.is_open and days_in_status(item, today) > stalled_days


def stalled_days_within_limits(days: int) -> int:
    low, high = STALLED_DAYS_LIMITS
    return days if low <= days <= high else DEFAULT_STALLED_DAYS


@dataclass(frozen=True, slots=True)
class KindMix:
    """How many items of each kind were raised in one period (a quarter, ``start``)."""

    start: date
    counts: dict[DemandKind, int]

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def quarter_start(day: date) -> date:
    return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)


def kind_mix_by_quarter(items: Iterable[DemandItem]) -> list[KindMix]:
    """Items counted by the quarter they were raised in and by kind, oldest quarter first, with
    every quarter between the first and the last (empty ones too, so a chart has no gaps)."""
    counts: dict[date, dict[DemandKind, int]] = {}
    for item in items:
        raised = item.raised_on
        if raised is None:
            continue
        quarter = counts.setdefault(quarter_start(raised), {kind: 0 for kind in DemandKind})
        quarter[DemandKind(item.kind)] += 1
    if not counts:
        return []
    first, last = min(counts), max(counts)
    result: list[KindMix] = []
    current = first
    while current <= last:
        result.append(KindMix(current, counts.get(current, {kind: 0 for kind in DemandKind})))
        month = current.month + 3
        current = date(current.year + (month > 12), (month - 1) % 12 + 1, 1)
    return result
