"""Entering several ratings at once, and correcting a wrong entry (undoable, history honest)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from domain.clock import utc_now
from domain.errors import NotFoundError, ValidationError
from domain.model import Dimension, Rating, Stakeholder, StakeholderMap
from domain.usecases.maps import create_map
from domain.usecases.rating_entry import (
    correct_rating,
    record_ratings,
    redo_correction,
    undo_correction,
)
from domain.usecases.ratings import history
from tests.domain.support import T0
from tests.fakes import FakeUnitOfWorkFactory

# Reads the clock: run again a year ahead by scripts/test.
pytestmark = pytest.mark.date_sensitive


def test_record_ratings_stores_all_in_one_transaction(
    uow: FakeUnitOfWorkFactory, ada: Stakeholder, erp: StakeholderMap
) -> None:
    assert ada.id is not None and erp.id is not None
    commits = uow.store.commits
    added = record_ratings(
        uow(),
        [
            Rating(ada.id, Dimension.SUPPORT, 1, T0, map_id=erp.id, note="  sceptical "),
            Rating(ada.id, Dimension.DESIRED_SUPPORT, 3, T0, map_id=erp.id),
        ],
    )
    assert uow.store.commits == commits + 1
    assert [(r.dimension, r.value, r.note) for r in added] == [
        (Dimension.SUPPORT, 1, "sceptical"),
        (Dimension.DESIRED_SUPPORT, 3, ""),
    ]
    assert all(r.id is not None and r.recorded_at is not None for r in added)


def test_one_bad_rating_stores_none(uow: FakeUnitOfWorkFactory, ada: Stakeholder) -> None:
    assert ada.id is not None
    with pytest.raises(ValidationError):
        record_ratings(
            uow(),
            [
                Rating(ada.id, Dimension.TRUST, 5, T0),
                Rating(ada.id, Dimension.INFLUENCE, 11, T0),
            ],
        )
    assert uow.store.tables.ratings == {}
    with pytest.raises(NotFoundError):
        record_ratings(uow(), [Rating(404, Dimension.TRUST, 5, T0)])
    with pytest.raises(ValidationError, match="future"):
        record_ratings(uow(), [Rating(ada.id, Dimension.TRUST, 5, utc_now() + timedelta(days=2))])


def test_a_rating_on_a_deleted_map_is_refused(uow: FakeUnitOfWorkFactory, ada: Stakeholder) -> None:
    assert ada.id is not None
    with pytest.raises(NotFoundError):
        record_ratings(uow(), [Rating(ada.id, Dimension.POWER, 5, T0, map_id=99)])


def test_correct_replaces_the_entry_and_undo_and_redo_restore_exactly(
    uow: FakeUnitOfWorkFactory, ada: Stakeholder
) -> None:
    assert ada.id is not None
    (wrong,) = record_ratings(uow(), [Rating(ada.id, Dimension.TRUST, 2, T0, note="typo")])
    assert wrong.id is not None
    correction = correct_rating(uow(), wrong.id, 7, "kept her word")
    fixed = correction.added
    assert (fixed.value, fixed.note, fixed.at, fixed.dimension) == (
        7,
        "kept her word",
        T0,
        Dimension.TRUST,
    )
    assert fixed.id != wrong.id
    assert fixed.recorded_at is not None and wrong.recorded_at is not None
    assert fixed.recorded_at >= wrong.recorded_at
    assert history(uow(), ada.id) == [fixed]

    undo_correction(uow(), correction)
    assert history(uow(), ada.id) == [wrong]
    redo_correction(uow(), correction)
    assert history(uow(), ada.id) == [fixed]


def test_a_correction_can_move_the_date_but_not_into_the_future(
    uow: FakeUnitOfWorkFactory, ada: Stakeholder
) -> None:
    assert ada.id is not None
    (wrong,) = record_ratings(uow(), [Rating(ada.id, Dimension.TRUST, 2, T0)])
    assert wrong.id is not None
    moved = correct_rating(uow(), wrong.id, 2, "", at=T0 - timedelta(days=3)).added
    assert moved.at == T0 - timedelta(days=3)
    assert moved.id is not None
    with pytest.raises(ValidationError):
        correct_rating(uow(), moved.id, 2, "", at=utc_now() + timedelta(days=1))
    assert history(uow(), ada.id) == [moved]


def test_correcting_a_removed_entry_is_refused(uow: FakeUnitOfWorkFactory) -> None:
    with pytest.raises(NotFoundError):
        correct_rating(uow(), 12345, 5, "")


def test_map_of_a_correction_is_kept(uow: FakeUnitOfWorkFactory, ada: Stakeholder) -> None:
    assert ada.id is not None
    crm = create_map(uow(), StakeholderMap("CRM")).id
    (wrong,) = record_ratings(uow(), [Rating(ada.id, Dimension.POWER, 2, T0, map_id=crm)])
    assert wrong.id is not None
    fixed = correct_rating(uow(), wrong.id, 8, "").added
    assert fixed.map_id == crm and fixed.value == 8
