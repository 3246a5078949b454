"""The quarterly relationship-health report for the CIO's own management: per business unit, the
grade at the quarter's end and how it changed since the quarter before, the unit's relationship
maturity, engagement plans on and off track, the relationships at risk and the top concerns.

Grades as of a past quarter's end are computed from the history (what was rated, contacted,
promised and raised by then), never from today's values.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, tzinfo

from domain.clock import as_utc, utc_now
from domain.errors import ValidationError
from domain.model import Concern, MaturityAssessment, MaturityLevel, OrganisationKind
from domain.ports import UnitOfWork
from domain.rules.attention import AttentionSettings
from domain.rules.quarters import Quarter
from domain.rules.relationship_health import Grade, HealthGrading, HealthScore
from domain.usecases.health import (
    HealthBoard,
    PersonHealth,
    health_as_of,
    load_grading,
    unit_name,
)

#: How many concerns and relationships at risk a unit lists.
TOP_CONCERNS = 3
AT_RISK_LISTED = 5


@dataclass(frozen=True, slots=True)
class PlanProgress:
    on_track: int
    off_track: int


def plans_progress(uow: UnitOfWork, people: set[int], day: date) -> PlanProgress | None:
    """How many of these people's engagement plans (started by ``day``) were on track at the end
    of ``day`` — no touchpoint past its date and not done — and how many were off track; None
    when none of them has a plan."""
    with uow:
        plans = [plan for found in uow.plans.for_people(people).values() for plan in found]
    on = off = 0
    for plan in plans:
        if plan.starts_on > day:
            continue
        late = any(t.on < day and (t.done_on is None or t.done_on > day) for t in plan.touchpoints)
        if late:
            off += 1
        else:
            on += 1
    return PlanProgress(on, off) if on or off else None


@dataclass(frozen=True, slots=True)
class ConcernLine:
    name: str
    concern: Concern
    overdue: bool


@dataclass(frozen=True, slots=True)
class UnitReport:
    organisation_id: int
    name: str
    people: int
    health: HealthScore
    #: The grade at the previous quarter's end (None: nobody in the unit had a grade then).
    before: HealthScore | None
    maturity: MaturityLevel | None
    maturity_before: MaturityLevel | None
    plans: PlanProgress | None
    at_risk: tuple[PersonHealth, ...]
    top_concerns: tuple[ConcernLine, ...]
    open_concerns: int
    raised_in_quarter: int
    closed_in_quarter: int

    @property
    def change(self) -> float | None:
        return None if self.before is None else self.health.score - self.before.score


@dataclass(slots=True)
class HealthReport:
    quarter: Quarter
    #: The moment the grades are as of: the quarter's end, or now for the current quarter.
    as_of: datetime
    as_of_day: date
    previous_day: date
    grading: HealthGrading
    prepared_at: datetime
    units: list[UnitReport] = field(default_factory=list)
    overall: HealthScore | None = None
    overall_before: HealthScore | None = None
    people: int = 0
    at_risk: int = 0

    @property
    def current(self) -> bool:
        """True when the quarter is not over yet (grades as of now)."""
        return self.as_of_day < self.quarter.last_day


def end_of_day(day: date, tz: tzinfo | None = None) -> datetime:
    """The last moment of ``day`` on the user's calendar (``tz``; the computer's by default)."""
    midnight = datetime.combine(day + timedelta(days=1), time(0))
    local = midnight.replace(tzinfo=tz) if tz is not None else midnight.astimezone()
    return as_utc(local) - timedelta(microseconds=1)


def health_report(
    uow: UnitOfWork,
    quarter: Quarter,
    today: date,
    attention: AttentionSettings | None = None,
    grading: HealthGrading | None = None,
    *,
    now: datetime | None = None,
    tz: tzinfo | None = None,
) -> HealthReport:
    """The report for ``quarter`` (refused for a quarter that has not begun)."""
    if quarter.first_day > today:
        raise ValidationError(
            f"{quarter} has not begun yet; the latest quarter is {Quarter.of(today)}.",
            field="quarter",
        )
    attention = attention or AttentionSettings()
    grading = grading or load_grading(uow)
    moment = as_utc(now) if now is not None else utc_now()
    if quarter.last_day >= today:
        as_of, day = moment, today
    else:
        as_of, day = end_of_day(quarter.last_day, tz), quarter.last_day
    previous_day = quarter.previous.last_day
    board = health_as_of(uow, as_of, day, attention, grading)
    before = health_as_of(uow, end_of_day(previous_day, tz), previous_day, attention, grading)
    report = HealthReport(quarter, as_of, day, previous_day, grading, moment)
    with uow:
        organisations = {o.id: o for o in uow.organisations.list() if o.id is not None}
        maturity = uow.organisations.maturity_history()
        concerns = uow.concerns.list()
    units = {
        u.organisation_id: u
        for u in board.units
        if organisations[u.organisation_id].kind is OrganisationKind.INTERNAL_UNIT
    }
    members: dict[int, set[int]] = defaultdict(set)
    for person in board.people.values():
        if person.unit_id in units:
            members[person.unit_id].add(person.stakeholder_id)
    for unit_id, unit in units.items():
        people = members[unit_id]
        report.units.append(
            UnitReport(
                organisation_id=unit_id,
                name=unit_name(organisations, unit_id),
                people=unit.people,
                health=unit.health,
                before=_unit_score(before, unit_id),
                maturity=_maturity(maturity, unit_id, as_of),
                maturity_before=_maturity(maturity, unit_id, end_of_day(previous_day, tz)),
                plans=plans_progress(uow, people, day),
                at_risk=_at_risk(board, people),
                top_concerns=_top_concerns(concerns, people, board, day),
                open_concerns=sum(
                    1 for c in concerns if c.stakeholder_id in people and c.open_on(day)
                ),
                raised_in_quarter=sum(
                    1
                    for c in concerns
                    if c.stakeholder_id in people
                    and quarter.first_day <= c.raised_on <= quarter.last_day
                ),
                closed_in_quarter=sum(
                    1
                    for c in concerns
                    if c.stakeholder_id in people
                    and c.closed_on is not None
                    and quarter.first_day <= c.closed_on <= min(day, quarter.last_day)
                ),
            )
        )
    report.units.sort(key=lambda u: (u.health.score, u.name.casefold()))
    everyone = [p.health for unit in members.values() for p in (board.people[i] for i in unit)]
    report.people = len(everyone)
    report.at_risk = sum(1 for h in everyone if h.grade in (Grade.D, Grade.E))
    report.overall = _mean(everyone, grading)
    report.overall_before = _mean(
        [before.people[i].health for unit in members.values() for i in unit if i in before.people],
        grading,
    )
    return report


def _mean(scores: list[HealthScore], grading: HealthGrading) -> HealthScore | None:
    if not scores:
        return None
    total = sum(s.score for s in scores) / len(scores)
    return HealthScore(total, grading.grade_of(total))


def _unit_score(board: HealthBoard, unit_id: int) -> HealthScore | None:
    found = board.unit(unit_id)
    return found.health if found is not None else None


def _maturity(
    history: list[MaturityAssessment], unit_id: int, moment: datetime
) -> MaturityLevel | None:
    held = [a for a in history if a.organisation_id == unit_id and as_utc(a.at) <= moment]
    if not held:
        return None
    latest = max(held, key=lambda a: (as_utc(a.at), a.id or 0))
    return MaturityLevel(latest.level)


def _at_risk(board: HealthBoard, people: set[int]) -> tuple[PersonHealth, ...]:
    risky = [board.people[p] for p in people if board.people[p].health.grade in (Grade.D, Grade.E)]
    risky.sort(key=lambda p: (p.health.score, p.name.casefold()))
    return tuple(risky[:AT_RISK_LISTED])


def _top_concerns(
    concerns: list[Concern], people: set[int], board: HealthBoard, day: date
) -> tuple[ConcernLine, ...]:
    open_ = [c for c in concerns if c.stakeholder_id in people and c.open_on(day)]
    open_.sort(key=lambda c: (not c.overdue_on(day), -int(c.severity), c.raised_on, c.id or 0))
    return tuple(
        ConcernLine(board.people[c.stakeholder_id].name, c, c.overdue_on(day))
        for c in open_[:TOP_CONCERNS]
    )
