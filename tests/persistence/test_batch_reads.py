"""The batch reads a prep sheet uses give, in one query per kind, what per-person reads give.

Checked on a real SQLite workspace and on the in-memory fake, so that both keep one behaviour.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest

from domain.model import Dimension, Interaction, InteractionKind, Stakeholder
from domain.ports import UnitOfWork
from domain.usecases.interactions import log_interaction, set_commitment_done
from domain.usecases.stakeholders import add_stakeholder
from persistence.workspace import Workspace
from tests.fakes import FakeUnitOfWorkFactory
from tests.ui.printing.sample_meeting import build_sample

NOW = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


@pytest.fixture(params=["sqlite", "fake"])
def uow(request: pytest.FixtureRequest, workspace: Workspace) -> Callable[[], UnitOfWork]:
    factory: Callable[[], UnitOfWork] = (
        workspace.uow if request.param == "sqlite" else FakeUnitOfWorkFactory()
    )
    sample = build_sample(factory, NOW)
    people = [p.id or 0 for p in sample.people]
    # A shared interaction (two participants) newer than everyone's own, and one done commitment.
    log_interaction(
        factory(),
        Interaction(
            NOW - timedelta(hours=1), InteractionKind.MEAL, "Team lunch", participant_ids=people[:2]
        ),
    )
    with factory() as open_uow:
        first = open_uow.commitments.list(people[0], open_only=True)[0]
    set_commitment_done(factory(), first.id or 0, True, at=NOW)
    add_stakeholder(factory(), Stakeholder("Nobody Yet"))
    return factory


def _ids(uow: Callable[[], UnitOfWork]) -> list[int]:
    with uow() as opened:
        return sorted(p.id or 0 for p in opened.stakeholders.list())


def test_get_many_matches_get_and_leaves_unknown_ids_out(uow: Callable[[], UnitOfWork]) -> None:
    ids = _ids(uow)
    with uow() as opened:
        many = opened.stakeholders.get_many([*ids, 9999])
        assert many == {i: opened.stakeholders.get(i) for i in ids}


def test_histories_match_history_per_person(uow: Callable[[], UnitOfWork]) -> None:
    ids = _ids(uow)
    dims = (Dimension.TRUST, Dimension.INFLUENCE)
    with uow() as opened:
        batch = opened.ratings.histories(ids, dims)
        for person in ids:
            assert batch.get(person, []) == opened.ratings.history(person, dims)
        assert set(batch) == set(ids[:4])  # "Nobody Yet" has no ratings: no entry


def test_histories_since_keep_the_window_and_the_value_held_at_its_start(
    uow: Callable[[], UnitOfWork],
) -> None:
    ids = _ids(uow)
    dims = (Dimension.TRUST, Dimension.INFLUENCE)
    since = NOW - timedelta(days=200)
    with uow() as opened:
        batch = opened.ratings.histories(ids, dims, since)
        for person in ids:
            full = opened.ratings.history(person, dims)
            held = {d: [r for r in full if r.dimension == d and r.at < since][-1:] for d in dims}
            expected = sorted(
                [r for r in full if r.at >= since]
                + held[Dimension.TRUST]
                + held[Dimension.INFLUENCE],
                key=lambda r: (r.at, r.id or 0),
            )
            assert batch.get(person, []) == expected
        # The sample rates at 400, 250, 120 and 10 days: 250 days ago holds at the start.
        assert [r.value for r in batch[ids[0]] if r.dimension == Dimension.TRUST] == [5.0, 6.5, 7.0]


def test_recent_matches_list_with_a_limit_per_person(uow: Callable[[], UnitOfWork]) -> None:
    ids = _ids(uow)
    with uow() as opened:
        batch = opened.interactions.recent(ids, 3)
        for person in ids:
            assert batch.get(person, []) == opened.interactions.list(person, limit=3)
        assert batch[ids[0]][0].summary == "Team lunch"


def test_open_for_matches_open_commitments_per_person(uow: Callable[[], UnitOfWork]) -> None:
    ids = _ids(uow)
    with uow() as opened:
        batch = opened.commitments.open_for(ids)
        for person in ids:
            assert batch.get(person, []) == opened.commitments.list(person, open_only=True)
        assert len(batch[ids[0]]) == 1 and len(batch[ids[1]]) == 2
