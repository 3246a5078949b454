"""Rating arcs: a few anchors per person become a believable, slightly noisy history.

An anchor with a note is an event: the value holds until that day and then jumps. An anchor without
a note is a waypoint: the value drifts towards it in a straight line.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable, Sequence
from itertools import pairwise

from persistence.demo.cast import Anchor


def value_at(anchors: Sequence[Anchor], ago: float) -> float:
    """The arc's value ``ago`` days back (anchors run from oldest to newest)."""
    if ago >= anchors[0][0]:
        return anchors[0][1]
    for (old_ago, old_value, _), (new_ago, new_value, new_note) in pairwise(anchors):
        if new_ago <= ago <= old_ago:
            if ago == new_ago:
                return new_value
            if new_note:
                return old_value
            share = (old_ago - ago) / (old_ago - new_ago)
            return old_value + share * (new_value - old_value)
    return anchors[-1][1]


def step_at(anchors: Sequence[Anchor], ago: float) -> float:
    """The value of the latest anchor at or before ``ago`` days back (the first before any)."""
    value = anchors[0][1]
    for anchor_ago, anchor_value, _ in anchors:
        if anchor_ago >= ago:
            value = anchor_value
    return value


def recorded(anchors: Iterable[Anchor]) -> list[Anchor]:
    """The anchors that are ratings of their own (those before today)."""
    return [a for a in anchors if a[0] >= 1]


def routine_days(
    rng: random.Random,
    start: int,
    every: int,
    avoid: Iterable[int] = (),
    end: int = 1,
    margin: int = 4,
    settle: Callable[[int], int] = lambda ago: ago,
) -> list[int]:
    """Days (as days ago, newest last) at roughly ``every`` days' interval from ``start`` to
    ``end``, each moved by ``settle`` (onto a working day), kept ``margin`` days away from the
    days in ``avoid``."""
    busy = sorted(set(avoid))
    days: list[int] = []
    ago = start - rng.randint(max(1, every // 3), every)
    while ago >= end:
        day = settle(ago)
        if day <= start and all(abs(day - other) > margin for other in busy) and day not in days:
            days.append(day)
        ago -= max(1, round(every * rng.uniform(0.7, 1.3)))
    return days


def noisy(
    rng: random.Random,
    value: float,
    sigma: float,
    step: float,
    limit: float | None = None,
) -> float:
    """``value`` plus a little noise (at most ``limit``, by default ``step``), rounded to the
    rating grid ``step`` and kept on the 0-10 scale."""
    bound = step if limit is None else limit
    shaken = value + max(-bound, min(bound, rng.gauss(0.0, sigma)))
    return round(max(0.0, min(10.0, round(shaken / step) * step)), 2)
