"""What the Units page lists: every organisation and unit in its tree, with its current maturity
level, its target, how many people work there and how much of its demand is open."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from domain.clock import as_utc
from domain.model import MaturityLevel, MaturityTarget, Organisation
from domain.ports import UnitOfWork
from domain.rules.maturity_targets import behind_target
from domain.rules.unit_paths import depth_first, unit_path


@dataclass(frozen=True, slots=True)
class UnitRow:
    organisation: Organisation
    depth: int
    path: str
    level: MaturityLevel | None
    target: MaturityTarget | None
    behind: bool
    people: int
    open_demand: int


def units_overview(uow: UnitOfWork, today: date) -> list[UnitRow]:
    """Organisations and units in tree order (each followed by the units inside it)."""
    with uow:
        everyone = {o.id: o for o in uow.organisations.list() if o.id is not None}
        history = uow.organisations.maturity_history()
        targets = {t.organisation_id: t for t in uow.organisations.targets()}
        people = uow.stakeholders.list(include_archived=False)
        demand = uow.demand.list()
    levels: dict[int, MaturityLevel] = {}
    for assessment in history:  # in time order: the last one on or before today holds
        if as_utc(assessment.at).date() <= today:
            levels[assessment.organisation_id] = MaturityLevel(assessment.level)
    headcount: Counter[int] = Counter()
    for person in people:
        for place in {person.organisation_id, person.unit_id} - {None}:
            headcount[place] += 1  # type: ignore[index]
    open_items = Counter(item.unit_id for item in demand if item.status.is_open)
    rows: list[UnitRow] = []
    for depth, org in depth_first(everyone):
        assert org.id is not None
        target = targets.get(org.id)
        level = levels.get(org.id)
        rows.append(
            UnitRow(
                org,
                depth,
                unit_path(everyone, org.id),
                level,
                target,
                target is not None and behind_target(target, level, today),
                headcount[org.id],
                open_items[org.id],
            )
        )
    return rows
