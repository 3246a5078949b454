"""The dates of plans: touchpoints repeated until an end, progress against today, the touchpoints
an interaction may fulfil, and when a standing message is next due.

Pure rules; :mod:`domain.usecases.engagement_plans` and :mod:`domain.usecases.communication_plan`
apply them.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from domain.errors import ValidationError
from domain.model.communication import Frequency
from domain.model.engagement_plan import Touchpoint, TouchpointKind, TouchpointStatus
from domain.model.interaction import InteractionKind

#: The most touchpoints one recurrence may make (a weekly call for almost four years).
MAX_OCCURRENCES = 200


class RepeatUnit(StrEnum):
    WEEK = "week"
    MONTH = "month"


@dataclass(frozen=True, slots=True)
class Repeat:
    """Every ``interval`` weeks or months, ending after ``count`` times or on ``until``."""

    unit: RepeatUnit
    interval: int = 1
    count: int | None = None
    until: date | None = None

    def describe(self) -> str:
        unit = self.unit.value
        text = f"every {unit}" if self.interval == 1 else f"every {self.interval} {unit}s"
        if self.count is not None:
            return f"{text}, {self.count} times"
        if self.until is not None:
            return f"{text} until {self.until:%d %b %Y}"
        return text


def add_months(day: date, months: int) -> date:
    """``day`` moved by whole months, kept within the month (31 Jan + 1 month = 28/29 Feb)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def occurrences(first: date, repeat: Repeat) -> list[date]:
    """The dates of a repeated touchpoint, ``first`` included.

    Refused (:class:`ValidationError`) without an end, with both ends, an interval below one, an
    end before the first date, or more than :data:`MAX_OCCURRENCES` dates.
    """
    if repeat.count is None and repeat.until is None:
        raise ValidationError(
            "A repeated touchpoint needs an end: a number of times or a last date.",
            field="repeat",
        )
    if repeat.count is not None and repeat.until is not None:
        raise ValidationError(
            "A repeated touchpoint ends either after a number of times or on a date, not both.",
            field="repeat",
        )
    if repeat.interval < 1:
        raise ValidationError("A touchpoint repeats every one or more weeks or months.", "repeat")
    if repeat.count is not None and not 1 <= repeat.count <= MAX_OCCURRENCES:
        raise ValidationError(
            f"A touchpoint repeats from 1 to {MAX_OCCURRENCES} times, not {repeat.count}.",
            field="repeat",
        )
    if repeat.until is not None and repeat.until < first:
        raise ValidationError(
            f"The repeat ends ({repeat.until:%d %b %Y}) before the first touchpoint "
            f"({first:%d %b %Y}).",
            field="repeat",
        )
    dates: list[date] = []
    number = 0
    while True:
        if repeat.unit is RepeatUnit.WEEK:
            day = first + timedelta(weeks=repeat.interval * number)
        else:
            day = add_months(first, repeat.interval * number)
        if repeat.count is not None and number >= repeat.count:
            break
        if repeat.until is not None and day > repeat.until:
            break
        if len(dates) >= MAX_OCCURRENCES:
            raise ValidationError(
                f"That repeat makes more than {MAX_OCCURRENCES} touchpoints; end it sooner.",
                field="repeat",
            )
        dates.append(day)
        number += 1
    return dates


def repeated(
    first: date, kind: TouchpointKind, purpose: str, repeat: Repeat | None
) -> list[Touchpoint]:
    """The touchpoints of one line of a plan: one, or one per occurrence of ``repeat``."""
    if repeat is None:
        return [Touchpoint(first, kind, purpose)]
    series = repeat.describe()
    return [Touchpoint(day, kind, purpose, series=series) for day in occurrences(first, repeat)]


@dataclass(frozen=True, slots=True)
class PlanProgress:
    done: int
    overdue: int
    due: int
    planned: int
    #: The first touchpoint not done yet (overdue ones first), if any.
    next: Touchpoint | None

    @property
    def total(self) -> int:
        return self.done + self.overdue + self.due + self.planned

    def describe(self) -> str:
        parts = [f"{self.done} of {self.total} done"]
        if self.overdue:
            parts.append(f"{self.overdue} overdue")
        if self.due:
            parts.append(f"{self.due} due")
        return ", ".join(parts)


def progress(touchpoints: Iterable[Touchpoint], today: date) -> PlanProgress:
    counts = dict.fromkeys(TouchpointStatus, 0)
    waiting: list[Touchpoint] = []
    for touchpoint in touchpoints:
        status = touchpoint.status(today)
        counts[status] += 1
        if status is not TouchpointStatus.DONE:
            waiting.append(touchpoint)
    waiting.sort(key=lambda t: (t.on, t.id or 0))
    return PlanProgress(
        counts[TouchpointStatus.DONE],
        counts[TouchpointStatus.OVERDUE],
        counts[TouchpointStatus.DUE],
        counts[TouchpointStatus.PLANNED],
        waiting[0] if waiting else None,
    )


#: Which interactions fulfil which kind of touchpoint.
FULFILLED_BY: dict[TouchpointKind, frozenset[InteractionKind]] = {
    TouchpointKind.MEETING: frozenset({InteractionKind.MEETING, InteractionKind.WORKSHOP}),
    TouchpointKind.CALL: frozenset({InteractionKind.CALL}),
    TouchpointKind.MEAL: frozenset({InteractionKind.MEAL}),
    TouchpointKind.BRIEFING: frozenset(
        {InteractionKind.MEETING, InteractionKind.CALL, InteractionKind.WORKSHOP}
    ),
    TouchpointKind.EMAIL: frozenset({InteractionKind.EMAIL}),
    TouchpointKind.WORKSHOP: frozenset({InteractionKind.WORKSHOP, InteractionKind.MEETING}),
}
#: How many days either side of its date an interaction may fulfil a touchpoint.
SUGGEST_WITHIN_DAYS = 10


def fulfils(touchpoint: Touchpoint, day: date, kind: InteractionKind) -> bool:
    """Whether an interaction of ``kind`` on ``day`` looks like the one the touchpoint planned:
    not done yet, a kind that fits, within :data:`SUGGEST_WITHIN_DAYS` of its date (an overdue
    touchpoint may be caught up any time after)."""
    if touchpoint.done_on is not None or InteractionKind(kind) not in FULFILLED_BY[touchpoint.kind]:
        return False
    return touchpoint.on - timedelta(days=SUGGEST_WITHIN_DAYS) <= day and (
        day <= touchpoint.on + timedelta(days=SUGGEST_WITHIN_DAYS) or touchpoint.on < day
    )


def next_send(frequency: Frequency, starts_on: date, last_sent: date | None) -> date:
    """When a standing message is next due: its first date, then one rhythm after the last send."""
    if last_sent is None:
        return starts_on
    if frequency.days:
        return last_sent + timedelta(days=frequency.days)
    return add_months(last_sent, frequency.months)
