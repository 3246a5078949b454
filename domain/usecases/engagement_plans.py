"""Engagement plans: making, changing and removing them (undoably), ticking touchpoints, and how
each plan stands: its progress and how the person's ratings moved since it started."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time

from domain.clock import utc_now
from domain.errors import NotFoundError, ValidationError
from domain.model import (
    Dimension,
    EngagementPlan,
    InteractionKind,
    Touchpoint,
    TouchpointStatus,
)
from domain.ports import UnitOfWork
from domain.rules.history import value_as_of
from domain.rules.plan_schedule import PlanProgress, fulfils, progress
from domain.rules.plan_validation import valid_plan


def _check_references(uow: UnitOfWork, plan: EngagementPlan) -> None:
    if uow.stakeholders.get(plan.stakeholder_id) is None:
        raise NotFoundError("That person no longer exists.")
    if plan.map_id is not None and uow.maps.get(plan.map_id) is None:
        raise NotFoundError("That map no longer exists.")


def create_plan(uow: UnitOfWork, plan: EngagementPlan) -> EngagementPlan:
    """Store a new plan with its touchpoints (refused as :func:`valid_plan` says)."""
    checked = valid_plan(plan)
    checked.created_at = checked.created_at or utc_now()
    with uow:
        _check_references(uow, checked)
        added = uow.plans.add(replace(checked, id=None) if plan.id is None else checked)
        uow.commit()
    return added


def restore_plan(uow: UnitOfWork, plan: EngagementPlan) -> EngagementPlan:
    """Put back a removed plan as it was, its ids and ticks included (undo)."""
    with uow:
        _check_references(uow, plan)
        added = uow.plans.add(plan)
        uow.commit()
    return added


def update_plan(uow: UnitOfWork, plan: EngagementPlan) -> EngagementPlan:
    """Save a changed plan: its fields and its touchpoints as given."""
    checked = valid_plan(plan)
    with uow:
        if plan.id is None or uow.plans.get(plan.id) is None:
            raise NotFoundError("That plan no longer exists.")
        _check_references(uow, checked)
        saved = uow.plans.update(checked)
        uow.commit()
    return saved


def delete_plan(uow: UnitOfWork, plan_id: int) -> EngagementPlan:
    """Remove a plan; returns it as it was, for undo."""
    with uow:
        found = uow.plans.get(plan_id)
        if found is None:
            raise NotFoundError("That plan no longer exists.")
        uow.plans.delete(plan_id)
        uow.commit()
    return found


def get_plan(uow: UnitOfWork, plan_id: int) -> EngagementPlan:
    with uow:
        found = uow.plans.get(plan_id)
    if found is None:
        raise NotFoundError("That plan no longer exists.")
    return found


def set_touchpoint_done(
    uow: UnitOfWork,
    touchpoint_id: int,
    done_on: date | None,
    interaction_id: int | None = None,
) -> None:
    """Tick a touchpoint done on ``done_on`` (None: not done)."""
    with uow:
        uow.plans.fulfil(touchpoint_id, done_on, interaction_id if done_on else None)
        uow.commit()


@dataclass(frozen=True, slots=True)
class RatingMove:
    """How one rating moved since a plan started: did the plan work?"""

    label: str
    at_start: float | None
    now: float | None

    @property
    def change(self) -> float | None:
        if self.at_start is None or self.now is None:
            return None
        return self.now - self.at_start


@dataclass(frozen=True, slots=True)
class PlanOverview:
    plan: EngagementPlan
    progress: PlanProgress
    moves: tuple[RatingMove, ...]
    map_name: str = ""


_MOVED = (
    (Dimension.TRUST, "Trust"),
    (Dimension.SUPPORT, "Attitude"),
    (Dimension.POWER, "Power"),
    (Dimension.INTEREST, "Interest"),
)


def _start_moment(plan: EngagementPlan) -> datetime:
    return datetime.combine(plan.starts_on, time.min, tzinfo=UTC)


def _moves(uow: UnitOfWork, plan: EngagementPlan, now: datetime) -> tuple[RatingMove, ...]:
    start = _start_moment(plan)
    moves: list[RatingMove] = []
    for dimension, label in _MOVED:
        if dimension.per_map and plan.map_id is None:
            continue
        history = uow.ratings.history(
            plan.stakeholder_id, [dimension], plan.map_id if dimension.per_map else None
        )
        moves.append(RatingMove(label, value_as_of(history, start), value_as_of(history, now)))
    return tuple(moves)


def plans_of(uow: UnitOfWork, stakeholder_id: int, today: date) -> list[PlanOverview]:
    """A person's plans, each with its progress and how their ratings moved since it started."""
    now = utc_now()
    with uow:
        plans = uow.plans.list(stakeholder_id)
        maps = {m.id: m.name for m in uow.maps.list()}
        return [
            PlanOverview(
                plan,
                progress(plan.touchpoints, today),
                _moves(uow, plan, now),
                maps.get(plan.map_id, "") if plan.map_id else "",
            )
            for plan in plans
        ]


@dataclass(frozen=True, slots=True)
class PlannedTouchpoint:
    """A touchpoint not done yet, with whose plan it belongs to."""

    touchpoint: Touchpoint
    stakeholder_id: int
    name: str
    plan_id: int
    objective: str
    owner: str
    #: Whether it looks like the one a given interaction fulfils (by date window and kind).
    suggested: bool = False


def _open_touchpoints(
    plans: Iterable[EngagementPlan], names: dict[int, str]
) -> list[PlannedTouchpoint]:
    return [
        PlannedTouchpoint(
            t,
            plan.stakeholder_id,
            names.get(plan.stakeholder_id, "?"),
            plan.id or 0,
            plan.objective,
            plan.owner,
        )
        for plan in plans
        for t in plan.touchpoints
        if t.done_on is None
    ]


def touchpoints_to_fulfil(
    uow: UnitOfWork, participant_ids: Iterable[int], day: date, kind: InteractionKind
) -> list[PlannedTouchpoint]:
    """The open touchpoints of these people's plans, for the log-interaction dialog: those the
    interaction looks like fulfilling (by date window and kind) first and marked suggested."""
    people = set(participant_ids)
    with uow:
        names = uow.stakeholders.names(include_archived=True)
        plans = [p for ps in uow.plans.for_people(people).values() for p in ps]
    found = [
        replace(item, suggested=fulfils(item.touchpoint, day, kind))
        for item in _open_touchpoints(plans, names)
    ]
    found.sort(
        key=lambda i: (not i.suggested, abs((i.touchpoint.on - day).days), i.touchpoint.id or 0)
    )
    return found


def next_touchpoints(
    uow: UnitOfWork, stakeholder_ids: Iterable[int], per_person: int = 3
) -> dict[int, list[PlannedTouchpoint]]:
    """Each person's next touchpoints not done yet (overdue ones first, by date), in one read."""
    with uow:
        names = uow.stakeholders.names(include_archived=True)
        plans = [p for ps in uow.plans.for_people(stakeholder_ids).values() for p in ps]
    found: dict[int, list[PlannedTouchpoint]] = {}
    for item in sorted(_open_touchpoints(plans, names), key=lambda i: i.touchpoint.on):
        mine = found.setdefault(item.stakeholder_id, [])
        if len(mine) < per_person:
            mine.append(item)
    return found


def overdue_touchpoints(uow: UnitOfWork, today: date) -> list[PlannedTouchpoint]:
    """Every touchpoint past its date and not done, most overdue first (Needs attention)."""
    with uow:
        names = uow.stakeholders.names(include_archived=False)
        plans = [p for p in uow.plans.list() if p.stakeholder_id in names]
    late = [
        item
        for item in _open_touchpoints(plans, names)
        if item.touchpoint.status(today) is TouchpointStatus.OVERDUE
    ]
    late.sort(key=lambda i: (i.touchpoint.on, i.touchpoint.id or 0))
    return late


def check_fulfilment(uow: UnitOfWork, touchpoint_ids: Iterable[int], people: set[int]) -> None:
    """Inside an open unit of work: refuse ticking touchpoints of someone not in the interaction."""
    wanted = set(touchpoint_ids)
    if not wanted:
        return
    mine = {
        t.id
        for ps in uow.plans.for_people(people).values()
        for p in ps
        for t in p.touchpoints
        if t.id is not None
    }
    if not wanted <= mine:
        raise ValidationError(
            "A touchpoint ticked is not in the plan of anyone in this interaction.",
            field="touchpoints",
        )
