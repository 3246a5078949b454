"""The demo's plans ahead: the key executives have plans with touchpoints done (through real
interactions) and overdue, and there are two communication plans, one running late."""

from __future__ import annotations

from domain.model import TouchpointStatus
from domain.usecases.communication_plan import communication_plan
from domain.usecases.engagement_plans import overdue_touchpoints
from tests.demo.conftest import TODAY
from tests.fakes import FakeUnitOfWorkFactory


def test_key_executives_have_plans_with_touchpoints_done_and_overdue(
    demo: FakeUnitOfWorkFactory,
) -> None:
    with demo() as uow:
        plans = uow.plans.list()
        names = uow.stakeholders.names()
        interactions = {i.id for i in uow.interactions.list()}
    owners = {names[p.stakeholder_id] for p in plans}
    assert owners == {"Margaret Okafor", "Thomas Brandt", "Ingrid Halvorsen"}
    for plan in plans:
        states = {t.status(TODAY) for t in plan.touchpoints}
        assert {TouchpointStatus.DONE, TouchpointStatus.OVERDUE} <= states, plan.objective
        assert any(t.on > TODAY for t in plan.touchpoints)  # more to come
        done = [t for t in plan.touchpoints if t.done_on is not None]
        assert all(t.interaction_id in interactions for t in done)
        assert plan.map_id is not None and plan.target_attitude is not None
    assert len(overdue_touchpoints(demo(), TODAY)) >= 3


def test_two_communication_plans_one_sent_on_time_and_one_late(
    demo: FakeUnitOfWorkFactory,
) -> None:
    plans = {p.message.title: p for p in communication_plan(demo())}
    assert set(plans) == {"Quarterly IT portfolio update", "Architecture and security newsletter"}
    quarterly = plans["Quarterly IT portfolio update"]
    assert len(quarterly.recipients) == 7 and not any(
        r.overdue(TODAY) for r in quarterly.recipients
    )
    newsletter = plans["Architecture and security newsletter"]
    assert all(r.last is not None and r.overdue(TODAY) for r in newsletter.recipients)
