"""The demo as built into the in-memory workspace: rich, current, consistent and deterministic."""

from __future__ import annotations

from dataclasses import asdict
from datetime import UTC, date, datetime, time, timedelta
from itertools import pairwise
from typing import Any

import pytest

from domain.model import Attitude, Dimension, MaturityLevel, Stakeholder
from domain.rules.history import value_as_of
from domain.usecases.attention import attention_list
from persistence.demo import DemoError, build_demo
from tests.demo.conftest import TODAY
from tests.fakes import FakeUnitOfWorkFactory

NOON = datetime.combine(TODAY, time(12, 0), tzinfo=UTC)


def _person(demo: FakeUnitOfWorkFactory, name: str) -> Stakeholder:
    with demo() as uow:
        return next(p for p in uow.stakeholders.list() if p.name == name)


def _trust(demo: FakeUnitOfWorkFactory, name: str, days_ago: int) -> float | None:
    person = _person(demo, name)
    with demo() as uow:
        rows = uow.ratings.history(person.id, [Dimension.TRUST])
    return value_as_of(rows, NOON - timedelta(days=days_ago))


def _snapshot(workspace: FakeUnitOfWorkFactory) -> dict[str, Any]:
    tables = workspace.store.tables
    # Without each record's revision: when it was stored is the clock's, not the demo's.
    return {
        name: sorted(
            repr({k: v for k, v in asdict(row).items() if k != "revision"})
            for row in getattr(tables, name).values()
        )
        for name in ("stakeholders", "ratings", "interactions", "commitments", "meetings")
    }


def test_the_demo_has_the_size_of_a_real_world(demo: FakeUnitOfWorkFactory) -> None:
    with demo() as uow:
        people = uow.stakeholders.list()
        maps = uow.maps.list()
        sizes = [len(uow.maps.members(m.id)) for m in maps if m.id]
        assert 30 <= len(people) <= 36
        assert 3 <= len(maps) <= 4 and all(12 <= n <= 25 for n in sizes)
        assert uow.ratings.count() > 2000
        assert 300 <= len(uow.interactions.list()) <= 500
        assert 55 <= len(uow.influence.list()) <= 70
        assert len(uow.organisations.maturity_history()) >= 20
        meetings = uow.meetings.list()
        held = [m for m in meetings if m.start < NOON]
        assert 5 <= len(meetings) - len(held) <= 8
        # Two held this week: one already logged as an interaction, one waiting to be recorded.
        assert sorted(m.interaction_id is None for m in held) == [False, True]


def test_build_reports_what_it_built(demo: FakeUnitOfWorkFactory) -> None:
    counts = build_demo(FakeUnitOfWorkFactory(), today=TODAY, tz=UTC)
    with demo() as uow:
        assert counts["stakeholders"] == uow.stakeholders.count()
        assert counts["ratings"] == uow.ratings.count()
    assert counts["overdue_commitments"] >= 3
    assert counts["open_commitments"] > counts["overdue_commitments"]
    # Concerns open and closed, some of the open ones past their target date.
    assert counts["concerns"] - counts["open_concerns"] >= 4
    assert counts["open_concerns"] > counts["overdue_concerns"] >= 3


def test_the_same_day_and_seed_build_the_same_demo() -> None:
    first, second, other = (FakeUnitOfWorkFactory() for _ in range(3))
    build_demo(first, today=TODAY, tz=UTC)
    build_demo(second, today=TODAY, tz=UTC)
    build_demo(other, today=TODAY, tz=UTC, seed=8)
    assert _snapshot(first) == _snapshot(second)
    assert _snapshot(first)["ratings"] != _snapshot(other)["ratings"]


@pytest.mark.parametrize("today", [date(2026, 11, 28), date(2026, 11, 29), date(2027, 3, 1)])
def test_history_ends_before_today_and_meetings_lie_ahead(today: date) -> None:
    workspace = FakeUnitOfWorkFactory()
    build_demo(workspace, today=today, tz=UTC)
    start = datetime.combine(today, time(0, 0), tzinfo=UTC)
    tables = workspace.store.tables
    assert max(r.at for r in tables.ratings.values()) < start
    assert min(r.at for r in tables.ratings.values()) >= start - timedelta(days=740)
    assert all(i.when < start and i.when.weekday() < 5 for i in tables.interactions.values())
    for meeting in tables.meetings.values():
        if meeting.start < start:  # held in the last working days
            assert start - timedelta(days=7) <= meeting.start
        else:
            assert start + timedelta(days=1) <= meeting.start < start + timedelta(days=11)
        assert meeting.start.weekday() < 5
    logged = [m for m in tables.meetings.values() if m.interaction_id is not None]
    assert len(logged) == 1
    assert tables.interactions[logged[0].interaction_id].when == logged[0].start


def test_meetings_come_prepared_with_one_stranger(demo: FakeUnitOfWorkFactory) -> None:
    with demo() as uow:
        meetings = uow.meetings.list()
    for meeting in meetings:
        assert 2 <= len(meeting.attendees) <= 10
        assert meeting.objective and meeting.agenda and meeting.map_ids
        assert all(a.talking_points and a.name for a in meeting.attendees)
    strangers = [a for m in meetings for a in m.attendees if a.stakeholder_id is None]
    assert strangers and all("@" in a.email for a in strangers)


def test_people_are_described(demo: FakeUnitOfWorkFactory) -> None:
    with demo() as uow:
        people = uow.stakeholders.list()
        kinds = {o.kind for o in uow.organisations.list()}
    assert all(p.email and p.phone and p.job_title and p.organisation_id for p in people)
    assert all(p.notes and p.communication_preferences and p.tags for p in people)
    assert len(kinds) == 4


def test_everyone_on_a_map_has_a_position_an_attitude_and_a_target(
    demo: FakeUnitOfWorkFactory,
) -> None:
    wanted = {
        Dimension.POWER,
        Dimension.INTEREST,
        Dimension.SUPPORT,
        Dimension.DESIRED_POWER,
        Dimension.DESIRED_INTEREST,
        Dimension.DESIRED_SUPPORT,
    }
    with demo() as uow:
        for stakeholder_map in uow.maps.list():
            assert stakeholder_map.id is not None and stakeholder_map.purpose
            members = {m.stakeholder_id for m in uow.maps.members(stakeholder_map.id)}
            current = uow.ratings.current(wanted, members, stakeholder_map.id)
            assert {(v.stakeholder_id, v.dimension) for v in current} == {
                (person, dimension) for person in members for dimension in wanted
            }


def test_the_cfo_loses_trust_over_a_budget_surprise_and_wins_it_back(
    demo: FakeUnitOfWorkFactory,
) -> None:
    before, after, now = (_trust(demo, "Margaret Okafor", d) for d in (300, 250, 1))
    assert before is not None and after is not None and now is not None
    assert before - after >= 3
    assert now >= after + 2.5
    with demo() as uow:
        notes = [r.note for r in uow.ratings.history(_person(demo, "Margaret Okafor").id)]
    assert any("overrun" in note for note in notes)


def test_the_cmo_moves_from_critic_to_champion_on_the_portal(demo: FakeUnitOfWorkFactory) -> None:
    daniel = _person(demo, "Daniel Reyes")
    with demo() as uow:
        portal = next(m for m in uow.maps.list() if m.name == "Customer portal")
        support = uow.ratings.history(daniel.id, [Dimension.SUPPORT], portal.id)
    assert Attitude.from_value(support[0].value) is Attitude.CRITIC
    assert Attitude.from_value(support[-1].value) is Attitude.CHAMPION


def test_the_outsourcer_loses_trust_after_the_outage(demo: FakeUnitOfWorkFactory) -> None:
    before, after = (_trust(demo, "Andrew Fitzgerald", d) for d in (340, 320))
    assert before is not None and after is not None and before - after >= 3


def test_one_business_unit_regresses_in_maturity(demo: FakeUnitOfWorkFactory) -> None:
    with demo() as uow:
        units = {o.id: o.name for o in uow.organisations.list()}
        history = uow.organisations.maturity_history()
    by_unit: dict[str, list[MaturityLevel]] = {}
    for assessment in history:
        by_unit.setdefault(units[assessment.organisation_id], []).append(assessment.level)
    regressed = [
        name for name, levels in by_unit.items() if any(b < a for a, b in pairwise(levels))
    ]
    assert regressed == ["Logistics Division"]
    assert MaturityLevel.PARTNER in by_unit["Retail Division"]


def test_the_attention_list_has_its_designed_cases(demo: FakeUnitOfWorkFactory) -> None:
    report = attention_list(demo(), now=NOON, today=TODAY)
    assert {"Kevin O'Brien", "Dr. Katrin Vogel"} <= {f.name for f in report.trust_falls}
    overdue = {c.name: c for c in report.overdue_contacts}
    assert "Ingrid Halvorsen" in overdue
    assert overdue["Ingrid Halvorsen"].last_contact is not None
    assert NOON - overdue["Ingrid Halvorsen"].last_contact >= timedelta(days=42)
    assert len(overdue) <= 3
    assert len(report.overdue_commitments) >= 4
    assert {"ours", "theirs"} <= {c.commitment.direction.value for c in report.overdue_commitments}


def test_commitments_run_both_ways_done_open_and_overdue(demo: FakeUnitOfWorkFactory) -> None:
    with demo() as uow:
        commitments = uow.commitments.list()
    assert {c.direction.value for c in commitments} == {"ours", "theirs"}
    done = [c for c in commitments if not c.is_open]
    assert done and all(c.created_at and c.done_at and c.done_at >= c.created_at for c in done)
    assert any(c.is_open and not c.is_overdue(TODAY) for c in commitments)
    assert all(c.interaction_id is not None for c in commitments)


def test_a_workspace_with_data_is_refused(demo: FakeUnitOfWorkFactory) -> None:
    before = demo.store.commits
    with pytest.raises(DemoError):
        build_demo(demo, today=TODAY)
    assert demo.store.commits == before


def test_every_demo_interaction_was_entered_and_its_follow_ups_made_then(
    demo: FakeUnitOfWorkFactory,
) -> None:
    with demo() as uow:
        interactions = {i.id: i for i in uow.interactions.list()}
        commitments = uow.commitments.list()
    # Entered as they happened (the recorded meeting when it ended), never before.
    entered = [i.recorded_at for i in interactions.values()]
    assert all(e is not None for e in entered)
    assert sum(i.recorded_at == i.when for i in interactions.values()) >= len(entered) - 1
    assert all(i.recorded_at and i.recorded_at >= i.when for i in interactions.values())
    made_in = [c for c in commitments if c.interaction_id is not None]
    assert made_in
    for commitment in made_in:
        assert commitment.created_at == interactions[commitment.interaction_id].recorded_at


def test_the_demos_grades_replayed_from_the_history_are_todays(demo: FakeUnitOfWorkFactory) -> None:
    """The report grades past quarters from the history; on today's data that path and the fast
    one (current values, summaries) must agree on every person and unit of a real-sized world."""
    from datetime import datetime, time

    from domain.usecases.health import health_as_of, health_board

    now = datetime.combine(TODAY, time(18, 0), tzinfo=UTC)
    fast = health_board(demo(), now=now, today=TODAY)
    replayed = health_as_of(demo(), now, TODAY)
    assert replayed.people == fast.people and replayed.units == fast.units
    grades = {p.health.grade.value for p in fast.people.values()}
    assert len(grades) >= 3  # a demo worth reading: not everyone healthy
