"""The in-memory workspace behaves like a transaction over a database."""

from __future__ import annotations

import pytest

from domain.model import Dimension, MapMembership, Rating, Stakeholder, StakeholderMap
from tests.domain.support import T0
from tests.fakes import FakeIntegrityError, FakeUnitOfWorkFactory


def test_ids_are_assigned_when_none_and_honoured_when_set(uow: FakeUnitOfWorkFactory) -> None:
    with uow() as tx:
        first = tx.stakeholders.add(Stakeholder("A"))
        chosen = tx.stakeholders.add(Stakeholder("B", id=40))
        after = tx.stakeholders.add(Stakeholder("C"))
        tx.commit()
    assert (first.id, chosen.id, after.id) == (1, 40, 41)


def test_a_taken_id_is_refused(uow: FakeUnitOfWorkFactory) -> None:
    with uow() as tx:
        tx.stakeholders.add(Stakeholder("A", id=3))
        with pytest.raises(FakeIntegrityError):
            tx.stakeholders.add(Stakeholder("B", id=3))


def test_leaving_without_commit_discards_changes(uow: FakeUnitOfWorkFactory) -> None:
    with uow() as tx:
        tx.stakeholders.add(Stakeholder("Kept"))
        tx.commit()
        tx.stakeholders.add(Stakeholder("Dropped"))
    with uow() as tx:
        assert [s.name for s in tx.stakeholders.list()] == ["Kept"]


def test_rollback_discards_uncommitted_changes_inside_the_block(
    uow: FakeUnitOfWorkFactory,
) -> None:
    with uow() as tx:
        tx.stakeholders.add(Stakeholder("Dropped"))
        tx.rollback()
        assert tx.stakeholders.count() == 0


def test_an_exception_rolls_back(uow: FakeUnitOfWorkFactory) -> None:
    with pytest.raises(ZeroDivisionError), uow() as tx:
        tx.stakeholders.add(Stakeholder("Dropped"))
        _ = 1 / 0
    with uow() as tx:
        assert tx.stakeholders.count() == 0


def test_repositories_refuse_use_outside_the_block(uow: FakeUnitOfWorkFactory) -> None:
    tx = uow()
    with pytest.raises(RuntimeError):
        tx.stakeholders.list()


def test_reads_return_copies_never_stored_objects(uow: FakeUnitOfWorkFactory) -> None:
    with uow() as tx:
        added = tx.stakeholders.add(Stakeholder("A", tags=["cfo"]))
        added.tags.append("mutated")
        assert added.id is not None
        fetched = tx.stakeholders.get(added.id)
        assert fetched is not None
        fetched.name = "Changed"
        fetched.tags.append("mutated")
        again = tx.stakeholders.get(added.id)
    assert again is not None
    assert (again.name, again.tags) == ("A", ["cfo"])


def test_current_follows_history_including_removals(
    uow: FakeUnitOfWorkFactory, ada: Stakeholder
) -> None:
    assert ada.id is not None
    with uow() as tx:
        older = tx.ratings.add(Rating(ada.id, Dimension.TRUST, 4, T0))
        newer = tx.ratings.add(Rating(ada.id, Dimension.TRUST, 8, T0.replace(day=20)))
        assert [v.value for v in tx.ratings.current([Dimension.TRUST])] == [8.0]
        assert newer.id is not None
        tx.ratings.remove(newer.id)
        [value] = tx.ratings.current([Dimension.TRUST])
    assert (value.value, value.rating_id) == (4.0, older.id)


def test_deleting_a_map_removes_its_memberships_and_ratings(
    uow: FakeUnitOfWorkFactory, ada: Stakeholder
) -> None:
    assert ada.id is not None
    with uow() as tx:
        kept = tx.maps.add(StakeholderMap("Kept"))
        gone = tx.maps.add(StakeholderMap("Gone"))
        assert kept.id is not None and gone.id is not None
        for on_map in (kept.id, gone.id):
            tx.maps.add_member(MapMembership(on_map, ada.id, T0))
            tx.ratings.add(Rating(ada.id, Dimension.POWER, 5, T0, map_id=on_map))
        tx.maps.delete(gone.id)
        tx.commit()
    with uow() as tx:
        assert tx.maps.maps_of(ada.id) == [kept.id]
        assert tx.maps.members(gone.id) == []
        assert {r.map_id for r in tx.ratings.history(ada.id)} == {kept.id}


def test_references_to_missing_rows_are_refused(uow: FakeUnitOfWorkFactory) -> None:
    with uow() as tx, pytest.raises(FakeIntegrityError):
        tx.ratings.add(Rating(99, Dimension.TRUST, 5, T0))


def test_placements_read_after_the_unit_of_work_was_left_are_refused(
    uow: FakeUnitOfWorkFactory,
) -> None:
    """Placements are yielded as read: like a real session, the fake refuses them once the unit
    of work is closed (so a use case that forgot to read them inside is caught here)."""
    with uow() as w:
        ada = w.stakeholders.add(Stakeholder("Ada")).id
        erp = w.maps.add(StakeholderMap("ERP")).id
        assert ada is not None and erp is not None
        w.maps.add_member(MapMembership(erp, ada, T0))
        w.commit()
    with uow() as w:
        inside = list(w.maps.placements([Dimension.POWER]))
        late = w.maps.placements([Dimension.POWER])
    assert [p.stakeholder_id for p in inside] == [ada]
    with pytest.raises(RuntimeError, match="outside"):
        list(late)
