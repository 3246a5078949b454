"""The demo's concerns, read from ``resources/demo/concerns.json``: some open (a few overdue), some
resolved or withdrawn, dated back from the day the demo is built."""

from __future__ import annotations

import json
from datetime import timedelta

from domain.model import Concern, ConcernKind, ConcernSeverity, ConcernStatus
from persistence.demo.calendar import DemoCalendar
from persistence.demo.cast import CastError
from persistence.demo.ids import Ids
from resources import resource_path


def demo_concerns(calendar: DemoCalendar, ids: Ids) -> list[Concern]:
    data = json.loads(resource_path("demo", "concerns.json").read_text(encoding="utf-8"))
    found: list[Concern] = []
    for spec in data["concerns"]:
        if spec["who"] not in ids.people:
            raise CastError(f"A demo concern names someone not in the cast: {spec['who']!r}")
        status = ConcernStatus(spec.get("status", "open"))
        target = spec.get("target")
        raised = calendar.day(int(spec["raised"]))
        found.append(
            Concern(
                ids.people[spec["who"]],
                spec["title"],
                raised,
                ConcernKind(spec["kind"]),
                ConcernSeverity(int(spec["severity"])),
                target_on=None if target is None else calendar.today - timedelta(days=int(target)),
                details=spec.get("details", ""),
                status=status,
                closed_on=calendar.day(int(spec["closed"]))
                if status is not ConcernStatus.OPEN
                else None,
                resolution=spec.get("resolution", ""),
                created_at=calendar.at(int(spec["raised"]), 17, 30),
            )
        )
    return found
