"""Relationship health: every person's grade and every unit's, now or as of a past moment, and
the workspace's grading (weights and thresholds, kept in the workspace so that every copy, and
the report printed from the command line, grades alike)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime

from domain.clock import as_utc, utc_now
from domain.model import Organisation
from domain.ports import UnitOfWork
from domain.rules.attention import AttentionSettings
from domain.rules.relationship_health import (
    HealthFacts,
    HealthGrading,
    HealthScore,
    mean_score,
    score,
)
from domain.usecases.health_facts import current_facts, facts_as_of

#: Where the grading is kept among the workspace's settings.
GRADING_KEY = "health.grading"


@dataclass(slots=True)
class PersonHealth:
    stakeholder_id: int
    name: str
    #: Their unit within the organisation, else the organisation (None: neither).
    unit_id: int | None
    facts: HealthFacts
    health: HealthScore


@dataclass(frozen=True, slots=True)
class UnitHealth:
    organisation_id: int
    name: str
    people: int
    health: HealthScore
    #: How many of its people are graded D or E.
    at_risk: int


@dataclass(slots=True)
class HealthBoard:
    at: datetime
    grading: HealthGrading
    people: dict[int, PersonHealth] = field(default_factory=dict)
    units: list[UnitHealth] = field(default_factory=list)

    def unit(self, organisation_id: int) -> UnitHealth | None:
        return next((u for u in self.units if u.organisation_id == organisation_id), None)


def load_grading(uow: UnitOfWork) -> HealthGrading:
    with uow:
        return HealthGrading.from_json(uow.settings.get(GRADING_KEY))


def save_grading(uow: UnitOfWork, grading: HealthGrading) -> None:
    """Keep ``grading`` in the workspace (the defaults are kept as no setting at all)."""
    with uow:
        uow.settings.put(GRADING_KEY, None if grading == HealthGrading() else grading.to_json())
        uow.commit()


def health_board(
    uow: UnitOfWork,
    attention: AttentionSettings | None = None,
    grading: HealthGrading | None = None,
    now: datetime | None = None,
    today: date | None = None,
) -> HealthBoard:
    """Everyone's grade and every unit's, now (``today``: the user's local date)."""
    attention = attention or AttentionSettings()
    grading = grading or load_grading(uow)
    moment = as_utc(now) if now is not None else utc_now()
    day = today or moment.date()
    people, facts = current_facts(uow, attention, grading.trust_window_days, moment, day)
    return _board(uow, moment, grading, people, facts)


def health_as_of(
    uow: UnitOfWork,
    moment: datetime,
    day: date,
    attention: AttentionSettings | None = None,
    grading: HealthGrading | None = None,
) -> HealthBoard:
    """Everyone's grade as it stood at ``moment`` (``day``: its local date), from the history."""
    attention = attention or AttentionSettings()
    grading = grading or load_grading(uow)
    people, facts = facts_as_of(uow, attention, grading.trust_window_days, moment, day)
    return _board(uow, as_utc(moment), grading, people, facts)


def _board(
    uow: UnitOfWork,
    moment: datetime,
    grading: HealthGrading,
    people: dict[int, tuple[str, int | None]],
    facts: dict[int, HealthFacts],
) -> HealthBoard:
    board = HealthBoard(moment, grading)
    by_unit: dict[int, list[HealthScore]] = defaultdict(list)
    for person, (name, unit) in people.items():
        health = score(facts[person], grading)
        board.people[person] = PersonHealth(person, name, unit, facts[person], health)
        if unit is not None:
            by_unit[unit].append(health)
    with uow:
        organisations = {o.id: o for o in uow.organisations.list() if o.id is not None}
    for unit, scores in by_unit.items():
        mean = mean_score(scores, grading)
        if mean is None or unit not in organisations:
            continue
        at_risk = sum(1 for s in scores if s.grade.value in ("D", "E"))
        board.units.append(
            UnitHealth(unit, unit_name(organisations, unit), len(scores), mean, at_risk)
        )
    board.units.sort(key=lambda u: u.name.casefold())
    return board


def unit_name(organisations: dict[int, Organisation], organisation_id: int) -> str:
    """ "Finance" for a top-level organisation, "Northwind Group › Finance" for a unit."""
    organisation = organisations[organisation_id]
    parent = organisations.get(organisation.parent_id) if organisation.parent_id else None
    return f"{parent.name} › {organisation.name}" if parent else organisation.name


def person_health(
    uow: UnitOfWork,
    stakeholder_id: int,
    attention: AttentionSettings | None = None,
    grading: HealthGrading | None = None,
    now: datetime | None = None,
    today: date | None = None,
) -> PersonHealth | None:
    """One person's grade now (None for someone archived or gone): read for them alone."""
    attention = attention or AttentionSettings()
    grading = grading or load_grading(uow)
    moment = as_utc(now) if now is not None else utc_now()
    day = today or moment.date()
    people, facts = facts_as_of(
        uow, attention, grading.trust_window_days, moment, day, only=[stakeholder_id]
    )
    if stakeholder_id not in people:
        return None
    name, unit = people[stakeholder_id]
    found = facts[stakeholder_id]
    return PersonHealth(stakeholder_id, name, unit, found, score(found, grading))
