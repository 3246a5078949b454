"""Engagement plans through the use cases: repeats that must end, touchpoints not before the plan,
undoable plans, ticking by logging an interaction, progress, rating moves and overdue lists."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from domain.errors import ValidationError
from domain.model import (
    Dimension,
    EngagementPlan,
    Interaction,
    InteractionKind,
    Stakeholder,
    StakeholderMap,
    Touchpoint,
    TouchpointKind,
    TouchpointStatus,
)
from domain.rules.plan_schedule import Repeat, RepeatUnit, occurrences, progress, repeated
from domain.usecases import engagement_plans as plans
from domain.usecases.interactions import delete_interaction, log_interaction
from domain.usecases.maps import place_on_map
from domain.usecases.ratings import rate
from domain.usecases.timeline import logged, relog, unlog

START = date(2026, 3, 2)


def _plan(person: Stakeholder, *touchpoints: Touchpoint, **fields: Any) -> EngagementPlan:
    assert person.id is not None
    return EngagementPlan(
        person.id,
        "Ada: neutral → supporter by end of Q3",
        START,
        touchpoints=list(touchpoints),
        **fields,
    )


def test_a_monthly_one_to_one_for_six_months_makes_six_dates_kept_within_each_month() -> None:
    days = occurrences(date(2026, 1, 31), Repeat(RepeatUnit.MONTH, count=6))
    assert days == [
        date(2026, 1, 31),
        date(2026, 2, 28),
        date(2026, 3, 31),
        date(2026, 4, 30),
        date(2026, 5, 31),
        date(2026, 6, 30),
    ]
    fortnightly = occurrences(START, Repeat(RepeatUnit.WEEK, 2, until=date(2026, 4, 13)))
    assert fortnightly == [START + timedelta(weeks=n) for n in (0, 2, 4, 6)]
    [first, *_] = repeated(START, TouchpointKind.CALL, "1:1", Repeat(RepeatUnit.MONTH, count=6))
    assert first.series == "every month, 6 times"


@pytest.mark.parametrize(
    ("repeat", "says"),
    [
        (Repeat(RepeatUnit.MONTH), "needs an end"),
        (Repeat(RepeatUnit.MONTH, count=3, until=date(2026, 9, 1)), "not both"),
        (Repeat(RepeatUnit.WEEK, count=500), "from 1 to 200 times"),
        (Repeat(RepeatUnit.WEEK, until=date(2040, 1, 1)), "more than 200"),
        (Repeat(RepeatUnit.WEEK, until=date(2026, 1, 1)), "before the first touchpoint"),
        (Repeat(RepeatUnit.WEEK, 0, count=3), "every one or more"),
    ],
)
def test_a_repeat_without_a_sensible_end_is_refused_saying_why(repeat: Repeat, says: str) -> None:
    with pytest.raises(ValidationError, match=says):
        occurrences(START, repeat)


def test_a_touchpoint_before_the_plan_starts_is_refused_and_nothing_is_stored(
    uow: Any, ada: Stakeholder
) -> None:
    early = Touchpoint(START - timedelta(days=1), TouchpointKind.MEAL, "Lunch")
    with pytest.raises(ValidationError, match=r"lunch or dinner on 01 Mar 2026 is before the plan"):
        plans.create_plan(uow(), _plan(ada, early))
    with pytest.raises(ValidationError, match="target date"):
        plans.create_plan(uow(), _plan(ada, target_date=START - timedelta(days=3)))
    with pytest.raises(ValidationError, match="needs an objective"):
        plans.create_plan(uow(), EngagementPlan(ada.id or 0, "  ", START))
    assert plans.plans_of(uow(), ada.id or 0, START) == []


def test_a_plan_is_stored_changed_removed_and_put_back_with_its_ids(
    uow: Any, ada: Stakeholder, erp: StakeholderMap
) -> None:
    made = plans.create_plan(
        uow(),
        _plan(
            ada,
            *repeated(START, TouchpointKind.CALL, "1:1", Repeat(RepeatUnit.MONTH, count=3)),
            Touchpoint(date(2026, 3, 20), TouchpointKind.MEAL, "Lunch"),
            target_attitude=3,
            target_date=date(2026, 9, 30),
            strategy="Numbers first",
            owner="CIO office",
            map_id=erp.id,
        ),
    )
    assert made.id is not None and [t.on for t in made.touchpoints] == [
        START,
        date(2026, 3, 20),
        date(2026, 4, 2),
        date(2026, 5, 2),
    ]
    changed = plans.update_plan(
        uow(), EngagementPlan(**{**_fields(made), "touchpoints": made.touchpoints[1:]})
    )
    assert [t.id for t in changed.touchpoints] == [t.id for t in made.touchpoints[1:]]
    removed = plans.delete_plan(uow(), made.id)
    assert plans.plans_of(uow(), ada.id or 0, START) == []
    plans.restore_plan(uow(), removed)
    assert plans.get_plan(uow(), made.id) == changed


def _fields(plan: EngagementPlan) -> dict[str, Any]:
    return {name: getattr(plan, name) for name in plan.__slots__}  # type: ignore[attr-defined]


def test_logging_an_interaction_ticks_the_touchpoint_it_fulfils_and_undo_unticks_it(
    uow: Any, ada: Stakeholder, bob: Stakeholder
) -> None:
    made = plans.create_plan(
        uow(),
        _plan(
            ada,
            Touchpoint(date(2026, 3, 10), TouchpointKind.MEAL, "Lunch"),
            Touchpoint(date(2026, 3, 12), TouchpointKind.CALL, "Call"),
            Touchpoint(date(2026, 6, 1), TouchpointKind.MEAL, "Summer lunch"),
        ),
    )
    lunch, call, later = made.touchpoints
    when = datetime(2026, 3, 11, 12, 0, tzinfo=UTC)
    offered = plans.touchpoints_to_fulfil(uow(), [ada.id or 0], when.date(), InteractionKind.MEAL)
    assert [(o.touchpoint.id, o.suggested) for o in offered] == [
        (lunch.id, True),
        (call.id, False),
        (later.id, False),
    ]
    added = log_interaction(
        uow(),
        Interaction(when, InteractionKind.MEAL, "Lunch", participant_ids=[ada.id or 0]),
        fulfils=[lunch.id or 0],
    )
    assert added.id is not None
    ticked = plans.get_plan(uow(), made.id or 0).touchpoints[0]
    assert (ticked.done_on, ticked.interaction_id) == (when.date(), added.id)
    record = logged(uow(), added.id)
    assert record.touchpoint_ids == (lunch.id,)
    unlog(uow(), record)
    assert plans.get_plan(uow(), made.id or 0).touchpoints[0].done_on is None
    relog(uow(), record)
    assert plans.get_plan(uow(), made.id or 0).touchpoints[0].interaction_id == added.id
    delete_interaction(uow(), added.id)
    assert plans.get_plan(uow(), made.id or 0).touchpoints[0].done_on is None
    with pytest.raises(ValidationError, match="not in the plan of anyone"):
        log_interaction(
            uow(),
            Interaction(when, InteractionKind.CALL, participant_ids=[bob.id or 0]),
            fulfils=[call.id or 0],
        )


def test_progress_counts_done_overdue_and_due(uow: Any, ada: Stakeholder) -> None:
    today = date(2026, 4, 1)
    made = plans.create_plan(
        uow(),
        _plan(
            ada,
            Touchpoint(date(2026, 3, 10), TouchpointKind.MEAL, done_on=date(2026, 3, 10)),
            Touchpoint(date(2026, 3, 20), TouchpointKind.CALL),
            Touchpoint(date(2026, 4, 5), TouchpointKind.BRIEFING),
            Touchpoint(date(2026, 6, 5), TouchpointKind.BRIEFING),
        ),
    )
    states = [t.status(today) for t in made.touchpoints]
    assert states == [
        TouchpointStatus.DONE,
        TouchpointStatus.OVERDUE,
        TouchpointStatus.DUE,
        TouchpointStatus.PLANNED,
    ]
    summary = progress(made.touchpoints, today)
    assert (summary.done, summary.overdue, summary.due, summary.planned) == (1, 1, 1, 1)
    assert summary.next == made.touchpoints[1]
    assert summary.describe() == "1 of 4 done, 1 overdue, 1 due"
    [late] = plans.overdue_touchpoints(uow(), today)
    assert (late.name, late.touchpoint.on) == ("Ada Lovelace", date(2026, 3, 20))
    plans.set_touchpoint_done(uow(), late.touchpoint.id or 0, today)
    assert plans.overdue_touchpoints(uow(), today) == []
    upcoming = plans.next_touchpoints(uow(), [ada.id or 0], per_person=1)
    assert [i.touchpoint.on for i in upcoming[ada.id or 0]] == [date(2026, 4, 5)]


def test_the_plan_shows_how_trust_attitude_and_position_moved_since_it_started(
    uow: Any, ada: Stakeholder, erp: StakeholderMap
) -> None:
    person, map_id = ada.id or 0, erp.id or 0
    before = datetime(2026, 2, 1, tzinfo=UTC)
    place_on_map(uow(), map_id, person, 4, 6, at=before)
    rate(uow(), person, Dimension.TRUST, 5, at=before)
    rate(uow(), person, Dimension.SUPPORT, 2, at=before, map_id=map_id)
    plans.create_plan(uow(), _plan(ada, map_id=map_id, target_attitude=3))
    after = datetime(2026, 3, 20, tzinfo=UTC)
    rate(uow(), person, Dimension.TRUST, 7, at=after)
    rate(uow(), person, Dimension.SUPPORT, 3, at=after, map_id=map_id)
    [overview] = plans.plans_of(uow(), person, date(2026, 3, 21))
    moves = {m.label: (m.at_start, m.now, m.change) for m in overview.moves}
    assert moves == {
        "Trust": (5, 7, 2),
        "Attitude": (2, 3, 1),
        "Power": (4, 4, 0),
        "Interest": (6, 6, 0),
    }
    assert overview.map_name == "ERP replacement"
