"""The data behind the comparison charts: several people, averages per organisation or unit, and
the relationship maturity of business units over time."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from domain.clock import as_utc, utc_now
from domain.model import Dimension, MaturityAssessment, Organisation, Rating
from domain.ports import UnitOfWork
from domain.rules.trends import (
    AveragePoint,
    MaturityStep,
    Point,
    average,
    maturity_steps,
    series,
    series_in_time_order,
)
from domain.rules.unit_paths import unit_path


@dataclass(frozen=True, slots=True)
class PersonSeries:
    stakeholder_id: int
    name: str
    points: list[Point]


def people_series(
    uow: UnitOfWork,
    stakeholder_ids: Iterable[int],
    dimension: Dimension,
    now: datetime | None = None,
) -> list[PersonSeries]:
    """One series per person (in the order asked), future-dated entries left out."""
    moment = as_utc(now) if now is not None else utc_now()
    wanted = list(dict.fromkeys(stakeholder_ids))
    with uow:
        names = {i: p.name for i, p in uow.stakeholders.get_many(wanted).items()}
        histories = uow.ratings.histories(wanted, [dimension])
    result: list[PersonSeries] = []
    for person_id in wanted:
        if person_id not in names:
            continue
        rows = histories.get(person_id, [])  # in time order
        points = series_in_time_order(
            r for r in rows if r.map_id is None and as_utc(r.at) <= moment
        )
        result.append(PersonSeries(person_id, names[person_id], points))
    return result


class Grouping(StrEnum):
    ORGANISATION = "organisation"
    UNIT = "unit"


@dataclass(frozen=True, slots=True)
class GroupSeries:
    organisation_id: int
    name: str
    #: People counted in the group (whether rated or not).
    members: int
    points: list[AveragePoint]


def group_averages(
    uow: UnitOfWork,
    dimension: Dimension,
    grouping: Grouping = Grouping.ORGANISATION,
    now: datetime | None = None,
    start: datetime | None = None,
) -> list[GroupSeries]:
    """The mean value per organisation (or unit) over time, of everyone rated in it.

    Archived people are left out. Groups nobody in which was ever rated are left out too.
    """
    moment = as_utc(now) if now is not None else utc_now()
    with uow:
        people = uow.stakeholders.list()
        organisations = {o.id: o for o in uow.organisations.list() if o.id is not None}
        ratings = uow.ratings.history(dimensions=[dimension])
    group_of: dict[int, int] = {}
    for person in people:
        group = person.unit_id if grouping is Grouping.UNIT else person.organisation_id
        if person.id is not None and group is not None and group in organisations:
            group_of[person.id] = group
    by_person: dict[int, list[Rating]] = defaultdict(list)
    for rating in ratings:
        if rating.stakeholder_id in group_of and as_utc(rating.at) <= moment:
            by_person[rating.stakeholder_id].append(rating)
    members: dict[int, dict[int, list[Point]]] = defaultdict(dict)
    for person_id, group in group_of.items():
        if person_id in by_person:
            members[group][person_id] = series(by_person[person_id])
    headcount: dict[int, int] = defaultdict(int)
    for group in group_of.values():
        headcount[group] += 1
    result = [
        GroupSeries(group, organisations[group].name, headcount[group], average(points, start))
        for group, points in members.items()
    ]
    result.sort(key=lambda g: g.name.casefold())
    return result


@dataclass(frozen=True, slots=True)
class UnitMaturity:
    organisation_id: int
    name: str
    steps: list[MaturityStep]


def maturity_by_unit(uow: UnitOfWork, now: datetime | None = None) -> list[UnitMaturity]:
    """Every organisation or unit that has been assessed, with its assessments as steps."""
    moment = as_utc(now) if now is not None else utc_now()
    with uow:
        organisations = {o.id: o for o in uow.organisations.list() if o.id is not None}
        history = uow.organisations.maturity_history()
    grouped: dict[int, list[MaturityAssessment]] = defaultdict(list)
    for assessment in history:
        if assessment.organisation_id in organisations and as_utc(assessment.at) <= moment:
            grouped[assessment.organisation_id].append(assessment)
    result = [
        UnitMaturity(org_id, _qualified_name(organisations, org_id), maturity_steps(rows))
        for org_id, rows in grouped.items()
    ]
    result.sort(key=lambda u: u.name.casefold())
    return result


def _qualified_name(organisations: dict[int, Organisation], organisation_id: int) -> str:
    """The unit's whole path, as everywhere (domain.rules.unit_paths)."""
    return unit_path(organisations, organisation_id)
