"""Rating people, moving them on a map, and undoing entries."""

from __future__ import annotations

from datetime import timedelta

import pytest

from domain.clock import utc_now
from domain.errors import NotFoundError, ValidationError
from domain.model import Dimension, Stakeholder, StakeholderMap
from domain.usecases.maps import place_on_map
from domain.usecases.ratings import (
    GridMove,
    current_values,
    history,
    move_on_map,
    rate,
    remove_ratings,
    restore_ratings,
)
from tests.domain.support import T0
from tests.fakes import FakeUnitOfWorkFactory

# Reads the clock: run again a year ahead by scripts/test.
pytestmark = pytest.mark.date_sensitive


def test_rate_stores_a_dated_rating_with_its_note(
    uow: FakeUnitOfWorkFactory, ada: Stakeholder
) -> None:
    assert ada.id is not None
    stored = rate(uow(), ada.id, Dimension.TRUST, 7, at=T0, note="  Kept her word on Q3  ")
    assert stored.id is not None
    assert (stored.value, stored.at, stored.note) == (7.0, T0, "Kept her word on Q3")
    assert history(uow(), ada.id) == [stored]


def test_rate_without_a_moment_means_now(uow: FakeUnitOfWorkFactory, ada: Stakeholder) -> None:
    assert ada.id is not None
    before = utc_now()
    stored = rate(uow(), ada.id, Dimension.INFLUENCE, 8)
    assert before <= stored.at <= utc_now()


def test_rating_someone_unknown_is_refused(uow: FakeUnitOfWorkFactory) -> None:
    with pytest.raises(NotFoundError):
        rate(uow(), 404, Dimension.TRUST, 5, at=T0)


def test_an_invalid_rating_stores_nothing(uow: FakeUnitOfWorkFactory, ada: Stakeholder) -> None:
    assert ada.id is not None
    with pytest.raises(ValidationError):
        rate(uow(), ada.id, Dimension.TRUST, 12, at=T0)
    assert uow.store.tables.ratings == {}


def test_move_on_map_records_power_and_interest_for_everyone_in_one_transaction(
    uow: FakeUnitOfWorkFactory, ada: Stakeholder, bob: Stakeholder, erp: StakeholderMap
) -> None:
    assert ada.id is not None and bob.id is not None and erp.id is not None
    commits_before = uow.store.commits
    added = move_on_map(
        uow(),
        erp.id,
        [GridMove(ada.id, 8.123, 6), GridMove(bob.id, 3, 9)],
        at=T0,
        note="After the steering committee",
    )
    assert uow.store.commits == commits_before + 1
    assert [(r.stakeholder_id, r.dimension, r.value) for r in added] == [
        (ada.id, Dimension.POWER, 8.12),
        (ada.id, Dimension.INTEREST, 6.0),
        (bob.id, Dimension.POWER, 3.0),
        (bob.id, Dimension.INTEREST, 9.0),
    ]
    assert all(r.map_id == erp.id and r.note == "After the steering committee" for r in added)
    now = {
        (v.stakeholder_id, v.dimension): v.value
        for v in current_values(uow(), [Dimension.POWER, Dimension.INTEREST], map_id=erp.id)
    }
    assert now == {
        (ada.id, Dimension.POWER): 8.12,
        (ada.id, Dimension.INTEREST): 6.0,
        (bob.id, Dimension.POWER): 3.0,
        (bob.id, Dimension.INTEREST): 9.0,
    }


def test_move_on_map_desired_records_the_desired_position(
    uow: FakeUnitOfWorkFactory, ada: Stakeholder, erp: StakeholderMap
) -> None:
    assert ada.id is not None and erp.id is not None
    added = move_on_map(uow(), erp.id, [GridMove(ada.id, 9, 9, desired=True)], at=T0)
    assert [r.dimension for r in added] == [Dimension.DESIRED_POWER, Dimension.DESIRED_INTEREST]


def test_an_invalid_move_stores_none_of_the_moves(
    uow: FakeUnitOfWorkFactory, ada: Stakeholder, bob: Stakeholder, erp: StakeholderMap
) -> None:
    assert ada.id is not None and bob.id is not None and erp.id is not None
    with pytest.raises(ValidationError):
        move_on_map(uow(), erp.id, [GridMove(ada.id, 5, 5), GridMove(bob.id, 11, 5)], at=T0)
    assert uow.store.tables.ratings == {}


def test_removed_ratings_come_back_with_their_ids_and_times(
    uow: FakeUnitOfWorkFactory, ada: Stakeholder
) -> None:
    assert ada.id is not None
    first = rate(uow(), ada.id, Dimension.TRUST, 5, at=T0)
    second = rate(uow(), ada.id, Dimension.TRUST, 2, at=T0 + timedelta(days=1))
    assert second.id is not None
    removed = remove_ratings(uow(), [second.id, 999])
    assert removed == [second]
    assert [v.value for v in current_values(uow(), [Dimension.TRUST])] == [5.0]

    restore_ratings(uow(), removed)
    assert history(uow(), ada.id) == [first, second]
    [value] = current_values(uow(), [Dimension.TRUST])
    assert (value.value, value.rating_id) == (2.0, second.id)


def test_history_narrows_by_dimension_and_map(
    uow: FakeUnitOfWorkFactory, ada: Stakeholder, erp: StakeholderMap
) -> None:
    assert ada.id is not None and erp.id is not None
    place_on_map(uow(), erp.id, ada.id, power=6, interest=4, at=T0)
    rate(uow(), ada.id, Dimension.TRUST, 7, at=T0 + timedelta(hours=1))
    assert [r.dimension for r in history(uow(), ada.id, [Dimension.TRUST])] == [Dimension.TRUST]
    on_map = history(uow(), ada.id, map_id=erp.id)
    assert {r.dimension for r in on_map} == {Dimension.POWER, Dimension.INTEREST}


def test_current_values_are_per_person_and_dimension(
    uow: FakeUnitOfWorkFactory, ada: Stakeholder, bob: Stakeholder
) -> None:
    assert ada.id is not None and bob.id is not None
    rate(uow(), ada.id, Dimension.TRUST, 3, at=T0)
    rate(uow(), ada.id, Dimension.TRUST, 6, at=T0 + timedelta(days=2))
    rate(uow(), bob.id, Dimension.TRUST, 9, at=T0 + timedelta(days=1))
    rate(uow(), bob.id, Dimension.INFLUENCE, 4, at=T0)
    trust = {v.stakeholder_id: v.value for v in current_values(uow(), [Dimension.TRUST])}
    assert trust == {ada.id: 6.0, bob.id: 9.0}
    only_bob = current_values(uow(), [Dimension.TRUST, Dimension.INFLUENCE], [bob.id])
    assert {(v.dimension, v.value) for v in only_bob} == {
        (Dimension.TRUST, 9.0),
        (Dimension.INFLUENCE, 4.0),
    }
