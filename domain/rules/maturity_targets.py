"""When a unit is behind its maturity target."""

from __future__ import annotations

from datetime import date

from domain.model import MaturityLevel, MaturityTarget


def behind_target(target: MaturityTarget, current: MaturityLevel | None, today: date) -> bool:
    """The target's date has passed and the unit's level (None: never assessed) is below it."""
    if target.due_on >= today:
        return False
    return current is None or int(current) < int(target.level)
