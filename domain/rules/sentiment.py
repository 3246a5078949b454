"""The trend of sentiment over a person's interactions: at each interaction, the mean sentiment
of the interactions in the window before it (that one included), from −2 very negative to +2 very
positive. Pure rule; the person's chart draws it beside trust."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from domain.clock import as_utc
from domain.model import Interaction

#: The default window the mean is taken over.
SENTIMENT_WINDOW = timedelta(days=90)


@dataclass(frozen=True, slots=True)
class SentimentPoint:
    at: datetime
    #: This interaction's sentiment (−2 … 2).
    sentiment: int
    #: The mean over the window ending here.
    mean: float
    #: How many interactions the mean is over.
    count: int


def sentiment_trend(
    interactions: Iterable[Interaction],
    window: timedelta = SENTIMENT_WINDOW,
    until: datetime | None = None,
) -> list[SentimentPoint]:
    """One point per interaction, oldest first; interactions after ``until`` (logged ahead) are
    left out."""
    cutoff = as_utc(until) if until is not None else None
    rows = sorted(
        ((as_utc(i.when), int(i.sentiment)) for i in interactions),
        key=lambda row: row[0],
    )
    held: deque[tuple[datetime, int]] = deque()
    total = 0
    points: list[SentimentPoint] = []
    for at, value in rows:
        if cutoff is not None and at > cutoff:
            break
        held.append((at, value))
        total += value
        while held and held[0][0] <= at - window:
            total -= held.popleft()[1]
        points.append(SentimentPoint(at, value, total / len(held), len(held)))
    return points
