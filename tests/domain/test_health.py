"""Health grades through the use cases: what each factor sees, units, the stored grading, and
the grade as of a past moment agreeing with today's."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from typing import Any

import pytest

from domain.clock import utc_now
from domain.model import (
    Commitment,
    CommitmentDirection,
    Concern,
    ConcernSeverity,
    Dimension,
    Interaction,
    InteractionKind,
    Organisation,
    Stakeholder,
    StakeholderMap,
)
from domain.rules.relationship_health import DEFAULT_WEIGHTS, Factor, Grade, HealthGrading, Weight
from domain.usecases.concerns import raise_concern
from domain.usecases.health import health_as_of, health_board, load_grading, save_grading
from domain.usecases.interactions import add_commitment, log_interaction
from domain.usecases.maps import place_on_map
from domain.usecases.organisations import add_organisation
from domain.usecases.ratings import rate
from domain.usecases.stakeholders import update_stakeholder

DAY = timedelta(days=1)


def _world(uow: Any, ada: Stakeholder, bob: Stakeholder, erp: StakeholderMap) -> dict[str, Any]:
    """Ada: manage closely on ERP since 30 days, never contacted, a critic where a supporter is
    needed, trust down 2 points this month, an overdue commitment and an overdue concern. Bob: on
    no map, contacted, nothing wrong. Both in Finance."""
    now = utc_now().replace(microsecond=0)
    today = now.date()
    assert ada.id and bob.id and erp.id
    finance = add_organisation(uow(), Organisation("Finance"))
    for person in (ada, bob):
        update_stakeholder(uow(), replace(person, organisation_id=finance.id))
    place_on_map(uow(), erp.id, ada.id, 8, 8, at=now - 30 * DAY)
    rate(uow(), ada.id, Dimension.SUPPORT, 1, at=now - 30 * DAY, map_id=erp.id)
    rate(uow(), ada.id, Dimension.DESIRED_SUPPORT, 3, at=now - 30 * DAY, map_id=erp.id)
    rate(uow(), ada.id, Dimension.TRUST, 8, at=now - 200 * DAY)
    rate(uow(), ada.id, Dimension.TRUST, 6, at=now - 10 * DAY)
    add_commitment(
        uow(),
        Commitment(
            ada.id,
            CommitmentDirection.OURS,
            "Cost bridge",
            today - 4 * DAY,
            created_at=now - 20 * DAY,
        ),
    )
    raise_concern(
        uow(),
        Concern(
            ada.id,
            "Close slips",
            today - 20 * DAY,
            severity=ConcernSeverity.HIGH,
            target_on=today - 2 * DAY,
        ),
    )
    log_interaction(
        uow(),
        Interaction(now - 2 * DAY, InteractionKind.CALL, "Catch-up", participant_ids=[bob.id]),
    )
    return {"now": now, "today": today, "finance": finance.id}


@pytest.mark.date_sensitive  # reads the clock: run a year ahead too
def test_every_factor_is_seen_and_graded(
    uow: Any, ada: Stakeholder, bob: Stakeholder, erp: StakeholderMap
) -> None:
    w = _world(uow, ada, bob, erp)
    board = health_board(uow(), now=w["now"], today=w["today"])
    facts = board.people[ada.id or 0].facts
    assert facts.attitude_gap == 2
    assert facts.contact_periods_late == pytest.approx((30 - 7) / 7)
    assert (facts.overdue_commitments, facts.open_concerns, facts.overdue_concerns) == (1, 1, 1)
    assert facts.trust_change == -2 and facts.overdue_touchpoints == 0
    health = board.people[ada.id or 0].health
    assert {p.factor: p.points for p in health.penalties} == {
        Factor.CONTACT: 30,
        Factor.ATTITUDE_GAP: 24,
        Factor.TRUST_TREND: 16,
        Factor.COMMITMENTS: 8,
        Factor.OPEN_CONCERNS: 5,
        Factor.OVERDUE_CONCERNS: 8,
    }
    assert (health.score, health.grade) == (9, Grade.E)
    bob_health = board.people[bob.id or 0]
    assert bob_health.facts.contact_periods_late is None  # on no map: no cadence
    assert (bob_health.health.score, bob_health.health.grade) == (100, Grade.A)
    [unit] = board.units
    assert (unit.organisation_id, unit.name, unit.people, unit.at_risk) == (
        w["finance"],
        "Finance",
        2,
        1,
    )
    assert (unit.health.score, unit.health.grade) == (54.5, Grade.D)


@pytest.mark.date_sensitive
def test_the_workspace_grading_is_used_and_kept(
    uow: Any, ada: Stakeholder, bob: Stakeholder, erp: StakeholderMap
) -> None:
    w = _world(uow, ada, bob, erp)
    assert load_grading(uow()) == HealthGrading()
    lenient = HealthGrading(
        {f: Weight(0, 0) for f in Factor} | {Factor.OPEN_CONCERNS: Weight(5, 5)}, (90, 80, 60, 30)
    )
    save_grading(uow(), lenient)
    assert load_grading(uow()) == lenient
    health = health_board(uow(), now=w["now"], today=w["today"]).people[ada.id or 0].health
    assert (health.score, health.grade) == (95, Grade.A)
    save_grading(uow(), HealthGrading())  # back to the defaults: nothing stored
    with uow() as opened:
        assert opened.settings.all() == {}
    assert DEFAULT_WEIGHTS[Factor.CONTACT].points == 10


@pytest.mark.date_sensitive
def test_the_grade_as_of_now_is_todays_and_an_earlier_one_is_what_stood_then(
    uow: Any, ada: Stakeholder, bob: Stakeholder, erp: StakeholderMap
) -> None:
    w = _world(uow, ada, bob, erp)
    now, today = w["now"], w["today"]
    current = health_board(uow(), now=now, today=today)
    replayed = health_as_of(uow(), now, today)
    assert replayed.people == current.people and replayed.units == current.units
    earlier = health_as_of(uow(), now - 40 * DAY, today - 40 * DAY)
    ada_then = earlier.people[ada.id or 0]
    # Before she was on the map, before the concern, the commitment and the trust fall.
    assert ada_then.facts.attitude_gap is None and ada_then.facts.contact_periods_late is None
    assert (ada_then.facts.open_concerns, ada_then.facts.overdue_commitments) == (0, 0)
    assert ada_then.facts.trust_change is None and ada_then.health.grade is Grade.A


@pytest.mark.date_sensitive
def test_one_persons_grade_is_the_same_as_on_the_board(
    uow: Any, ada: Stakeholder, bob: Stakeholder, erp: StakeholderMap
) -> None:
    from domain.usecases.health import person_health
    from domain.usecases.stakeholders import set_archived

    w = _world(uow, ada, bob, erp)
    board = health_board(uow(), now=w["now"], today=w["today"])
    for person in (ada, bob):
        alone = person_health(uow(), person.id or 0, now=w["now"], today=w["today"])
        assert alone == board.people[person.id or 0]
    set_archived(uow(), bob.id or 0, True)
    assert person_health(uow(), bob.id or 0, now=w["now"], today=w["today"]) is None


@pytest.mark.date_sensitive
def test_overdue_touchpoints_of_engagement_plans_take_points_off_as_they_stood(
    uow: Any, ada: Stakeholder, bob: Stakeholder, erp: StakeholderMap
) -> None:
    from domain.model import EngagementPlan, Touchpoint, TouchpointKind
    from domain.usecases.engagement_plans import create_plan, set_touchpoint_done
    from domain.usecases.health import person_health

    w = _world(uow, ada, bob, erp)
    today = w["today"]
    plan = create_plan(
        uow(),
        EngagementPlan(
            bob.id or 0,
            "Bob: neutral → supporter",
            today - 60 * DAY,
            touchpoints=[
                Touchpoint(today - 40 * DAY, TouchpointKind.CALL),
                Touchpoint(today - 10 * DAY, TouchpointKind.MEETING),
                Touchpoint(today + 10 * DAY, TouchpointKind.MEAL),
            ],
        ),
    )
    first = plan.touchpoints[0]
    assert first.id is not None and plan.id is not None
    set_touchpoint_done(uow(), first.id, today - 5 * DAY)  # done late
    board = health_board(uow(), now=w["now"], today=today)
    bob_health = board.people[bob.id or 0]
    assert bob_health.facts.overdue_touchpoints == 1  # the meeting; the call is done now
    assert {p.factor: p.points for p in bob_health.health.penalties}[Factor.TOUCHPOINTS] == 8
    assert person_health(uow(), bob.id or 0, now=w["now"], today=today) == bob_health
    assert health_as_of(uow(), w["now"], today).people == board.people
    # Twenty days ago the call was late and not done yet; the meeting was not due.
    then = health_as_of(uow(), w["now"] - 20 * DAY, today - 20 * DAY).people[bob.id or 0]
    assert then.facts.overdue_touchpoints == 1
