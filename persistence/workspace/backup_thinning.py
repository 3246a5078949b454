"""Which automatic backups to keep: the thinning rule, as a pure function of the backups' times and
sizes and of "now" (no files, no clock), so that it can be tested with fixed dates.

Like Anki's and Zotero's: every backup of the last 24 hours (at most 10), then the newest of each
day for a week, of each week for four weeks, of each month for a year; the newest backup is kept
whatever its age. Days, weeks and months are calendar ones in the time zone of ``now``. Within a
disk budget: when the backups kept would take more room, the oldest go first.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol


class DatedFile(Protocol):
    @property
    def taken_at(self) -> datetime: ...

    @property
    def size(self) -> int: ...


@dataclass(frozen=True, slots=True)
class RetentionPolicy:
    recent: timedelta = timedelta(hours=24)
    recent_at_most: int = 10
    daily_days: int = 7
    weekly_weeks: int = 4
    monthly_months: int = 12
    #: The most room all kept backups may take together (None: no limit).
    budget_bytes: int | None = None


def backups_to_keep[T: DatedFile](
    backups: Sequence[T], now: datetime, policy: RetentionPolicy = RetentionPolicy()
) -> list[T]:
    """The backups to keep, newest first; every other one may be deleted."""
    newest_first = sorted(backups, key=lambda b: b.taken_at, reverse=True)
    if not newest_first:
        return []
    local = [b.taken_at.astimezone(now.tzinfo) for b in newest_first]
    keep: set[int] = {0}  # the newest, whatever its age

    recent = [i for i, b in enumerate(newest_first) if b.taken_at > now - policy.recent]
    keep.update(recent[: policy.recent_at_most])

    def newest_per(period: Callable[[datetime], Hashable], since: datetime) -> None:
        seen: set[Hashable] = set()
        for i, moment in enumerate(local):
            if moment <= since:
                break  # newest first: every later one is older still
            key = period(moment)
            if key not in seen:
                seen.add(key)
                keep.add(i)

    newest_per(lambda m: m.date(), now - timedelta(days=policy.daily_days))
    newest_per(lambda m: m.isocalendar()[:2], now - timedelta(weeks=policy.weekly_weeks))
    newest_per(lambda m: (m.year, m.month), _months_before(now, policy.monthly_months))

    kept = [newest_first[i] for i in sorted(keep)]
    if policy.budget_bytes is None:
        return kept
    within: list[T] = []
    used = 0
    for backup in kept:
        used += backup.size
        if within and used > policy.budget_bytes:
            break
        within.append(backup)
    return within


def _months_before(now: datetime, months: int) -> datetime:
    """The same day and time ``months`` months earlier (the month's last day if shorter)."""
    index = now.year * 12 + now.month - 1 - months
    year, month = divmod(index, 12)
    day = now.day
    while True:
        try:
            return now.replace(year=year, month=month + 1, day=day)
        except ValueError:
            day -= 1
