"""Which value holds at a moment: the one rule every rating history is read by.

A rating holds from its moment until the next one, so a history is a step function of time.
Entries are taken in *hold order*: by moment, then by entry (the id), so that of two entries for
the very same moment the later entry is the one that holds. :class:`StepSeries` is that rule; the
charts, the map's time travel, the prep sheet's trends and "as of" all read histories through it.
The SQL reads (persistence.repositories.ratings) and the in-memory fake are checked against it
with the same cases (tests/persistence/test_step_rule.py).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime

from domain.clock import as_utc


def hold_order(at: datetime, entry_id: int | None) -> tuple[datetime, int]:
    """The sort key of hold order: by moment (naive read as UTC), then by entry."""
    return (as_utc(at), entry_id or 0)


class StepSeries[K: (datetime, float), V]:
    """Values each holding from their moment until the next, at most one per moment.

    A moment ``K`` is an aware datetime, or (where speed counts, as on the map's time slider) a
    timestamp.
    """

    __slots__ = ("_times", "_values")

    def __init__(self, steps: Iterable[tuple[K, V]] = ()) -> None:
        """``steps`` as (moment, value) in hold order; see :meth:`hold`."""
        self._times: list[K] = []
        self._values: list[V] = []
        for at, value in steps:
            self.hold(at, value)

    def hold(self, at: K, value: V) -> None:
        """Take the next entry in hold order: a later moment adds a step; the moment of the last
        step again replaces its value (the later entry holds)."""
        times = self._times
        if times and times[-1] == at:
            self._values[-1] = value
        else:
            times.append(at)
            self._values.append(value)

    @property
    def times(self) -> Sequence[K]:
        return self._times

    @property
    def values(self) -> Sequence[V]:
        return self._values

    def __len__(self) -> int:
        return len(self._times)

    def at(self, moment: K) -> V | None:
        """The value holding at ``moment``: the last step at or before it (None before any)."""
        index = bisect_right(self._times, moment)
        return self._values[index - 1] if index else None

    def before(self, moment: K) -> V | None:
        """The value holding just before ``moment`` (the last step strictly before it)."""
        index = bisect_left(self._times, moment)
        return self._values[index - 1] if index else None

    def last(self) -> V | None:
        return self._values[-1] if self._values else None

    def between(self, after: K, until: K) -> list[tuple[K, V]]:
        """The steps in (``after``, ``until``]: the changes over a window."""
        first = bisect_right(self._times, after)
        last = bisect_right(self._times, until)
        return list(zip(self._times[first:last], self._values[first:last], strict=True))


def in_hold_order[V](
    entries: Iterable[tuple[datetime, int | None, V]],
) -> StepSeries[datetime, V]:
    """The series of (moment, entry id, value) entries in any order."""
    rows = [(as_utc(at), entry_id or 0, value) for at, entry_id, value in entries]
    rows.sort(key=lambda row: (row[0], row[1]))
    return StepSeries((at, value) for at, _entry, value in rows)


def held_at[T, K: (datetime, float)](
    steps: Sequence[T], moment: K, key: Callable[[T], K]
) -> T | None:
    """Of ``steps`` (one per moment, in time order, as a :class:`StepSeries` gives them), the one
    holding at ``moment``."""
    index = bisect_right(steps, moment, key=key)
    return steps[index - 1] if index else None
