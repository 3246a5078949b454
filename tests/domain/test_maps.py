"""Maps: create, rename, place people, duplicate, delete and restore."""

from __future__ import annotations

from datetime import timedelta

import pytest

from domain.errors import NotFoundError, ValidationError
from domain.model import Attitude, Dimension, Stakeholder, StakeholderMap
from domain.usecases.maps import (
    create_map,
    delete_map,
    duplicate_map,
    list_maps,
    members,
    place_on_map,
    remove_from_map,
    restore_map,
    update_map,
)
from domain.usecases.ratings import current_values, history, rate
from tests.domain.support import T0
from tests.fakes import FakeUnitOfWorkFactory

_POSITION = [Dimension.POWER, Dimension.INTEREST, Dimension.SUPPORT]


def _positions(uow: FakeUnitOfWorkFactory, map_id: int) -> dict[tuple[int, Dimension], float]:
    return {
        (v.stakeholder_id, v.dimension): v.value
        for v in current_values(uow(), _POSITION, map_id=map_id)
    }


def test_create_map_cleans_the_name(uow: FakeUnitOfWorkFactory) -> None:
    created = create_map(uow(), StakeholderMap("  Cloud   migration "))
    assert created.id is not None
    assert [m.name for m in list_maps(uow())] == ["Cloud migration"]


@pytest.mark.parametrize("name", ["", "   "])
def test_a_map_needs_a_name(uow: FakeUnitOfWorkFactory, name: str) -> None:
    with pytest.raises(ValidationError) as refused:
        create_map(uow(), StakeholderMap(name))
    assert refused.value.field == "name"


def test_update_map_renames(uow: FakeUnitOfWorkFactory, erp: StakeholderMap) -> None:
    erp.name = "ERP  programme"
    erp.purpose = "Replace the 1998 ERP"
    update_map(uow(), erp)
    [only] = list_maps(uow())
    assert (only.name, only.purpose) == ("ERP programme", "Replace the 1998 ERP")


def test_updating_a_missing_map_is_refused(uow: FakeUnitOfWorkFactory) -> None:
    with pytest.raises(NotFoundError):
        update_map(uow(), StakeholderMap("Ghost", id=77))


def test_place_on_map_adds_the_person_once_with_a_position(
    uow: FakeUnitOfWorkFactory, ada: Stakeholder, erp: StakeholderMap
) -> None:
    assert ada.id is not None and erp.id is not None
    place_on_map(uow(), erp.id, ada.id, power=8, interest=3, at=T0)
    place_on_map(uow(), erp.id, ada.id, power=8, interest=7, at=T0 + timedelta(days=3))
    assert [m.stakeholder_id for m in members(uow(), erp.id)] == [ada.id]
    assert _positions(uow, erp.id) == {
        (ada.id, Dimension.POWER): 8.0,
        (ada.id, Dimension.INTEREST): 7.0,
    }


def test_placing_without_a_position_records_no_rating(
    uow: FakeUnitOfWorkFactory, ada: Stakeholder, erp: StakeholderMap
) -> None:
    assert ada.id is not None and erp.id is not None
    place_on_map(uow(), erp.id, ada.id, at=T0)
    assert len(members(uow(), erp.id)) == 1
    assert history(uow(), ada.id) == []


def test_placing_on_a_missing_map_is_refused(uow: FakeUnitOfWorkFactory, ada: Stakeholder) -> None:
    assert ada.id is not None
    with pytest.raises(NotFoundError):
        place_on_map(uow(), 42, ada.id)


def test_removing_from_a_map_keeps_the_history(
    uow: FakeUnitOfWorkFactory, ada: Stakeholder, erp: StakeholderMap
) -> None:
    assert ada.id is not None and erp.id is not None
    place_on_map(uow(), erp.id, ada.id, power=6, interest=6, at=T0)
    remove_from_map(uow(), erp.id, ada.id)
    assert members(uow(), erp.id) == []
    assert len(history(uow(), ada.id, map_id=erp.id)) == 2


def test_duplicate_map_copies_people_and_their_current_positions(
    uow: FakeUnitOfWorkFactory, ada: Stakeholder, bob: Stakeholder, erp: StakeholderMap
) -> None:
    assert ada.id is not None and bob.id is not None and erp.id is not None
    place_on_map(uow(), erp.id, ada.id, power=3, interest=3, at=T0)
    place_on_map(uow(), erp.id, ada.id, power=9, interest=4, at=T0 + timedelta(days=5))
    place_on_map(uow(), erp.id, bob.id, power=2, interest=8, at=T0)
    rate(uow(), bob.id, Dimension.SUPPORT, Attitude.CHAMPION, at=T0, map_id=erp.id)

    copy = duplicate_map(uow(), erp.id)

    assert copy.id is not None and copy.id != erp.id
    assert copy.name == "ERP replacement (copy)"
    assert {m.stakeholder_id for m in members(uow(), copy.id)} == {ada.id, bob.id}
    assert _positions(uow, copy.id) == _positions(uow, erp.id)
    assert _positions(uow, copy.id)[(ada.id, Dimension.POWER)] == 9.0
    copied = history(uow(), ada.id, map_id=copy.id)
    assert all(r.note == "Copied from “ERP replacement”" for r in copied)


def test_duplicate_map_takes_a_given_name(uow: FakeUnitOfWorkFactory, erp: StakeholderMap) -> None:
    assert erp.id is not None
    assert duplicate_map(uow(), erp.id, "ERP — plan B").name == "ERP — plan B"


def test_duplicating_a_missing_map_is_refused(uow: FakeUnitOfWorkFactory) -> None:
    with pytest.raises(NotFoundError):
        duplicate_map(uow(), 5)


def test_delete_and_restore_map_round_trip(
    uow: FakeUnitOfWorkFactory, ada: Stakeholder, bob: Stakeholder, erp: StakeholderMap
) -> None:
    assert ada.id is not None and bob.id is not None and erp.id is not None
    place_on_map(uow(), erp.id, ada.id, power=7, interest=8, at=T0)
    place_on_map(uow(), erp.id, bob.id, power=2, interest=3, at=T0)
    rate(uow(), ada.id, Dimension.SUPPORT, 1, at=T0, map_id=erp.id, note="Sees only cost")
    rate(uow(), ada.id, Dimension.TRUST, 6, at=T0)
    before_members = members(uow(), erp.id)
    before_history = history(uow(), ada.id, map_id=erp.id)

    snapshot = delete_map(uow(), erp.id)

    assert list_maps(uow()) == []
    assert history(uow(), ada.id, map_id=erp.id) == []
    assert [r.dimension for r in history(uow(), ada.id)] == [Dimension.TRUST]
    assert len(snapshot.ratings) == 5

    restore_map(uow(), snapshot)

    assert list_maps(uow()) == [erp]
    assert members(uow(), erp.id) == before_members
    assert history(uow(), ada.id, map_id=erp.id) == before_history


def test_deleting_a_missing_map_is_refused(uow: FakeUnitOfWorkFactory) -> None:
    with pytest.raises(NotFoundError):
        delete_map(uow(), 3)
