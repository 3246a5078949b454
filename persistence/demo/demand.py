"""The demo's demand log and maturity targets: two years of demand for the five assessed units.

Items are raised month by month. While a unit is an order taker most of them are requests; as it
grows consultative, opportunities come in; as a partner, joint initiatives. So the mix of kinds
follows each unit's maturity (``cast.json``'s ``maturity``), which the charts show side by side.
Older items have mostly been delivered or declined; a few got stuck, and show as stalled.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from domain.model import (
    DemandItem,
    DemandKind,
    DemandStatus,
    DemandStep,
    MaturityLevel,
    MaturityTarget,
)
from persistence.demo.arcs import step_at
from persistence.demo.calendar import DemoCalendar
from persistence.demo.cast import Cast
from persistence.demo.ids import Ids
from resources import resource_path

#: How likely each kind is at each maturity level (request, opportunity, joint initiative).
_MIX = {
    MaturityLevel.ORDER_TAKER: (0.82, 0.16, 0.02),
    MaturityLevel.CONSULTATIVE: (0.45, 0.42, 0.13),
    MaturityLevel.PARTNER: (0.2, 0.4, 0.4),
}
#: Estimated values by kind: (low, high), in thousands.
_VALUE = {
    DemandKind.REQUEST: (5, 60),
    DemandKind.OPPORTUNITY: (40, 400),
    DemandKind.JOINT_INITIATIVE: (150, 1500),
}
_HISTORY_DAYS = 720


@dataclass(frozen=True, slots=True)
class DemandSpec:
    unit: str
    sponsors: tuple[str, ...]
    target: tuple[int, int]
    titles: dict[DemandKind, tuple[str, ...]]


def load_demand_specs() -> list[DemandSpec]:
    data: dict[str, Any] = json.loads(
        resource_path("demo", "demand.json").read_text(encoding="utf-8")
    )
    return [
        DemandSpec(
            u["unit"],
            tuple(u["sponsors"]),
            (int(u["target"][0]), int(u["target"][1])),
            {kind: tuple(u[kind.value]) for kind in DemandKind},
        )
        for u in data["units"]
    ]


def demand_items(
    cast: Cast, calendar: DemoCalendar, rng: random.Random, ids: Ids
) -> list[DemandItem]:
    levels = {spec.unit: spec.levels for spec in cast.maturity}
    items: list[DemandItem] = []
    for spec in load_demand_specs():
        used: dict[str, int] = {}
        for ago in range(_HISTORY_DAYS, 3, -30):
            level = MaturityLevel(round(step_at(levels[spec.unit], ago)))
            for _ in range(rng.choice((1, 1, 2, 2, 3))):
                raised = max(4, ago - rng.randrange(0, 28))
                kind = rng.choices(list(DemandKind), weights=_MIX[level])[0]
                # The least used title of the kind, so that repeats stay few.
                titles = spec.titles[kind]
                title = min(titles, key=lambda t: (used.get(t, 0), rng.random()))
                used[title] = used.get(title, 0) + 1
                if used[title] > 1:  # a request made again: named by its quarter
                    day = calendar.day(raised)
                    title = f"{title} — Q{(day.month - 1) // 3 + 1} {day.year}"
                low, high = _VALUE[kind]
                items.append(
                    DemandItem(
                        ids.organisations[spec.unit],
                        title,
                        kind,
                        _steps(calendar, rng, raised),
                        sponsor_id=ids.people[rng.choice(spec.sponsors)],
                        value=float(rng.randrange(low, high + 1, 5) * 1000),
                    )
                )
    items.sort(key=lambda item: (item.raised_on, item.title))
    return items


def _steps(calendar: DemoCalendar, rng: random.Random, raised_ago: int) -> list[DemandStep]:
    """The statuses an item raised ``raised_ago`` days back has reached by today."""
    steps = [DemandStep(DemandStatus.IDEA, calendar.day(raised_ago))]
    ago = raised_ago
    # Some recent items never move on: these show as stalled (older ones were closed since).
    stuck = raised_ago < 240 and rng.random() < 0.2
    for status, wait in (
        (DemandStatus.ASSESSED, (7, 35)),
        (DemandStatus.APPROVED, (10, 45)),
        (DemandStatus.DELIVERED, (30, 150)),
    ):
        if stuck and rng.random() < 0.5:
            break
        ago -= rng.randint(*wait)
        if ago < 1:
            break
        if status is not DemandStatus.DELIVERED and rng.random() < 0.12:
            steps.append(DemandStep(DemandStatus.DECLINED, calendar.day(ago)))
            break
        steps.append(DemandStep(status, calendar.day(ago)))
    # A working day can move back over a weekend: keep the steps in order.
    for index in range(1, len(steps)):
        if steps[index].on < steps[index - 1].on:
            steps[index] = DemandStep(steps[index].status, steps[index - 1].on)
    return steps


def maturity_targets(calendar: DemoCalendar, ids: Ids) -> list[MaturityTarget]:
    return [
        MaturityTarget(
            ids.organisations[spec.unit],
            MaturityLevel(spec.target[0]),
            calendar.today + timedelta(days=spec.target[1]),
        )
        for spec in load_demand_specs()
    ]
