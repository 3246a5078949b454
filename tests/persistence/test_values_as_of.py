"""RatingRepository.values_as_of on a real SQLite workspace, checked against the fake's answer."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from domain.model import Dimension, MapMembership, Rating, Stakeholder, StakeholderMap
from persistence.workspace import create_workspace
from tests.fakes import FakeUnitOfWorkFactory

T0 = datetime(2025, 3, 10, 9, 0, tzinfo=UTC)
DAY = timedelta(days=1)


def _fill(uow) -> tuple[list[int], int]:  # type: ignore[no-untyped-def]
    with uow as w:
        people = [w.stakeholders.add(Stakeholder(f"P{n}")).id for n in range(3)]
        erp = w.maps.add(StakeholderMap("ERP")).id
        for person in people:
            w.maps.add_member(MapMembership(erp, person, T0))
        a, b, _c = people
        rows = [
            Rating(a, Dimension.TRUST, 5, T0, recorded_at=T0, id=1),
            Rating(a, Dimension.TRUST, 7, T0 + 10 * DAY, recorded_at=T0, id=2),
            Rating(a, Dimension.TRUST, 9, T0 + 10 * DAY, recorded_at=T0, id=3),  # tie: later wins
            Rating(a, Dimension.TRUST, 2, T0 + 30 * DAY, recorded_at=T0, id=4),
            Rating(a, Dimension.INFLUENCE, 4, T0, recorded_at=T0, id=5),
            Rating(b, Dimension.TRUST, 6, T0 + 20 * DAY, recorded_at=T0, id=6),
            Rating(a, Dimension.POWER, 8, T0, map_id=erp, recorded_at=T0, id=7),
            Rating(a, Dimension.POWER, 3, T0 + 40 * DAY, map_id=erp, recorded_at=T0, id=8),
        ]
        for rating in rows:
            w.ratings.add(rating)
        w.commit()
    return people, erp  # type: ignore[return-value]


def _answers(uow, people: list[int], erp: int) -> list[object]:  # type: ignore[no-untyped-def]
    with uow as w:
        return [
            w.ratings.values_as_of(Dimension.TRUST, T0 + 15 * DAY, people),
            w.ratings.values_as_of(Dimension.TRUST, T0 + 10 * DAY, people),
            w.ratings.values_as_of(Dimension.TRUST, T0 - DAY, people),
            w.ratings.values_as_of(Dimension.TRUST, T0 + 90 * DAY, people[1:]),
            w.ratings.values_as_of(Dimension.POWER, T0 + 39 * DAY, people, map_id=erp),
            w.ratings.values_as_of(Dimension.TRUST, T0 + 90 * DAY, []),
        ]


def test_values_as_of_matches_the_fake_and_reads_like_as_of(tmp_path: Path) -> None:
    workspace = create_workspace(tmp_path / "asof.rapport")
    try:
        people, erp = _fill(workspace.uow())
        real = _answers(workspace.uow(), people, erp)
    finally:
        workspace.close()
    fake = FakeUnitOfWorkFactory()
    fake_people, fake_erp = _fill(fake())
    assert (fake_people, fake_erp) == (people, erp)
    assert real == _answers(fake(), people, erp)

    a, b, _c = people
    mid, tie, before, late, power, nobody = real
    assert [(v.stakeholder_id, v.value, v.rating_id) for v in mid] == [(a, 9, 3)]  # type: ignore[attr-defined]
    assert [(v.value, v.rating_id) for v in tie] == [(9, 3)]  # type: ignore[attr-defined]
    assert before == [] and nobody == []
    assert [(v.stakeholder_id, v.value) for v in late] == [(b, 6)]  # type: ignore[attr-defined]
    assert [(v.value, v.map_id, v.at) for v in power] == [(8, erp, T0)]  # type: ignore[attr-defined]


def test_values_as_of_handles_more_people_than_one_batch(tmp_path: Path) -> None:
    workspace = create_workspace(tmp_path / "many.rapport")
    try:
        with workspace.uow() as w:
            people = [w.stakeholders.add(Stakeholder(f"P{n}")).id for n in range(1200)]
            w.ratings.add_many(  # type: ignore[attr-defined]
                Rating(p, Dimension.TRUST, p % 11, T0 + (p % 5) * DAY, recorded_at=T0)
                for p in people
                if p is not None
            )
            w.commit()
        with workspace.uow() as w:
            found = w.ratings.values_as_of(Dimension.TRUST, T0 + 2 * DAY, people)  # type: ignore[arg-type]
    finally:
        workspace.close()
    expected = [p for p in people if p is not None and p % 5 <= 2]
    assert [v.stakeholder_id for v in found] == expected
    assert all(v.value == v.stakeholder_id % 11 for v in found)
