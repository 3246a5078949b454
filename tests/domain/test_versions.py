"""No silent overwrite, in the domain's own terms: an edit or a move made from what the user saw is
refused (who, when) once someone changed the thing since; undo takes back only one's own change."""

from __future__ import annotations

from dataclasses import replace

import pytest

from domain.errors import ConcurrentChangeError
from domain.model import Dimension, Stakeholder, StakeholderMap
from domain.usecases.ratings import GridMove, current_values, move_on_map, take_back_ratings
from domain.usecases.stakeholders import update_stakeholder
from tests.fakes import FakeUnitOfWorkFactory
from tests.fakes.base import FAKE_AUTHOR


def test_an_edit_from_an_older_revision_is_refused_with_who_and_when(
    uow: FakeUnitOfWorkFactory, ada: Stakeholder
) -> None:
    assert ada.revision is not None and ada.revision.version == 1
    first = update_stakeholder(uow(), replace(ada, job_title="CEO"))
    assert first.revision is not None and first.revision.version == 2
    with pytest.raises(ConcurrentChangeError) as refused:
        update_stakeholder(uow(), replace(ada, notes="from the old copy"))
    error = refused.value
    assert (error.changed_by, error.version) == (FAKE_AUTHOR, 2)
    assert error.changed_at == first.revision.changed_at
    assert str(error).startswith(f"{FAKE_AUTHOR} changed the details of Ada Lovelace at ")
    # Made again from the current revision (the user chose to overwrite): saved.
    saved = update_stakeholder(uow(), replace(ada, notes="mine", revision=first.revision))
    assert (saved.job_title, saved.notes) == ("CFO", "mine")


def test_undoing_says_so_when_refused(uow: FakeUnitOfWorkFactory, ada: Stakeholder) -> None:
    mine = update_stakeholder(uow(), replace(ada, job_title="CEO"))
    update_stakeholder(uow(), replace(mine, notes="theirs"))
    with pytest.raises(ConcurrentChangeError, match="so it was not undone"):
        update_stakeholder(uow(), replace(ada, revision=mine.revision), undoing=True)


def test_a_move_from_where_someone_else_no_longer_stands_is_refused(
    uow: FakeUnitOfWorkFactory, ada: Stakeholder, erp: StakeholderMap
) -> None:
    assert ada.id is not None and erp.id is not None
    move_on_map(uow(), erp.id, [GridMove(ada.id, 2, 3)])
    move_on_map(uow(), erp.id, [GridMove(ada.id, 4, 4, seen=(2, 3))])  # where she was: fine
    with pytest.raises(ConcurrentChangeError) as refused:
        move_on_map(uow(), erp.id, [GridMove(ada.id, 9, 9, seen=(2, 3))])
    assert refused.value.changed_by == FAKE_AUTHOR
    assert "where Ada Lovelace stands on this map" in str(refused.value)
    values = current_values(uow(), [Dimension.POWER], [ada.id], erp.id)
    assert [v.value for v in values] == [4]  # nothing of the refused move recorded
    # Someone not placed yet is seen nowhere: a first placement is not a conflict.
    move_on_map(uow(), erp.id, [GridMove(ada.id, 5, 5, desired=True, seen=(None, None))])


def test_undo_of_a_move_is_refused_once_someone_moved_them_since(
    uow: FakeUnitOfWorkFactory, ada: Stakeholder, erp: StakeholderMap
) -> None:
    assert ada.id is not None and erp.id is not None
    mine = move_on_map(uow(), erp.id, [GridMove(ada.id, 2, 3)])
    later = move_on_map(uow(), erp.id, [GridMove(ada.id, 7, 7)])
    with pytest.raises(ConcurrentChangeError, match="so it was not undone"):
        take_back_ratings(uow(), mine)
    assert len(take_back_ratings(uow(), later)) == 2  # the latest move is one's own to undo
    assert len(take_back_ratings(uow(), mine)) == 2  # and then the earlier one is too
