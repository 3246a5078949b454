"""Adding people to a map and taking them off, exactly reversibly (the grid's undo relies on it)."""

from __future__ import annotations

import pytest

from domain.errors import NotFoundError
from domain.model import Dimension, Stakeholder, StakeholderMap
from domain.usecases.map_members import Arrival, add_people, reinstate, remove_people, withdraw
from domain.usecases.maps import members
from domain.usecases.ratings import current_values, history
from tests.domain.support import T0
from tests.fakes import FakeUnitOfWorkFactory


def _on_map(uow: FakeUnitOfWorkFactory, map_id: int) -> set[int]:
    return {m.stakeholder_id for m in members(uow(), map_id)}


def test_adding_people_places_those_dropped_at_a_spot(
    uow: FakeUnitOfWorkFactory, ada: Stakeholder, bob: Stakeholder, erp: StakeholderMap
) -> None:
    assert ada.id and bob.id and erp.id
    change = add_people(uow(), erp.id, [Arrival(ada.id, 7.456, 2), Arrival(bob.id)], at=T0)
    assert _on_map(uow, erp.id) == {ada.id, bob.id}
    assert change.stakeholder_ids == [ada.id, bob.id]
    assert [(r.dimension, r.value) for r in change.ratings] == [
        (Dimension.POWER, 7.46),
        (Dimension.INTEREST, 2.0),
    ]
    assert all(r.at == T0 and r.map_id == erp.id for r in change.ratings)


def test_adding_someone_already_there_only_moves_them(
    uow: FakeUnitOfWorkFactory, ada: Stakeholder, erp: StakeholderMap
) -> None:
    assert ada.id and erp.id
    add_people(uow(), erp.id, [Arrival(ada.id, 1, 1)], at=T0)
    again = add_people(uow(), erp.id, [Arrival(ada.id, 6, 6)], at=T0)
    assert again.memberships == [] and len(again.ratings) == 2
    withdraw(uow(), again)
    assert _on_map(uow, erp.id) == {ada.id}
    now = {v.dimension: v.value for v in current_values(uow(), [Dimension.POWER], map_id=erp.id)}
    assert now == {Dimension.POWER: 1}


def test_withdraw_then_reinstate_restores_the_same_rows(
    uow: FakeUnitOfWorkFactory, ada: Stakeholder, erp: StakeholderMap
) -> None:
    assert ada.id and erp.id
    change = add_people(uow(), erp.id, [Arrival(ada.id, 7, 2)], at=T0)
    ids = [r.id for r in change.ratings]
    withdraw(uow(), change)
    assert _on_map(uow, erp.id) == set()
    assert history(uow(), ada.id, map_id=erp.id) == []
    reinstate(uow(), change)
    assert _on_map(uow, erp.id) == {ada.id}
    assert [r.id for r in history(uow(), ada.id, map_id=erp.id)] == ids
    assert members(uow(), erp.id)[0].added_at == T0


def test_remove_keeps_history_and_reinstate_puts_people_back(
    uow: FakeUnitOfWorkFactory, ada: Stakeholder, bob: Stakeholder, erp: StakeholderMap
) -> None:
    assert ada.id and bob.id and erp.id
    add_people(uow(), erp.id, [Arrival(ada.id, 7, 2), Arrival(bob.id, 3, 3)], at=T0)
    removed = remove_people(uow(), erp.id, [ada.id, 404])
    assert removed.stakeholder_ids == [ada.id]
    assert _on_map(uow, erp.id) == {bob.id}
    assert len(history(uow(), ada.id, map_id=erp.id)) == 2
    reinstate(uow(), removed)
    assert _on_map(uow, erp.id) == {ada.id, bob.id}


def test_unknown_map_or_person_is_refused_and_nothing_is_stored(
    uow: FakeUnitOfWorkFactory, ada: Stakeholder, erp: StakeholderMap
) -> None:
    assert ada.id and erp.id
    with pytest.raises(NotFoundError):
        add_people(uow(), 99, [Arrival(ada.id)])
    with pytest.raises(NotFoundError):
        add_people(uow(), erp.id, [Arrival(ada.id, 1, 1), Arrival(404)])
    assert _on_map(uow, erp.id) == set()
    assert uow.store.tables.ratings == {}
