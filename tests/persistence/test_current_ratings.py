"""``current_ratings`` follows the history on every add and remove, and bulk loads keep it right."""

from __future__ import annotations

import random
from datetime import timedelta

from domain.model import Dimension, MapMembership, Rating, Stakeholder, StakeholderMap
from domain.ports import CurrentValue, UnitOfWork
from persistence.bulk import add_ratings_in_bulk
from persistence.workspace import Workspace, check_workspace
from tests.fakes import FakeUnitOfWorkFactory
from tests.persistence.sample_data import DAY, T0

TRUST, POWER = Dimension.TRUST, Dimension.POWER


def _people_and_map(uow: UnitOfWork, people: int = 2) -> tuple[list[int], int]:
    ids = [uow.stakeholders.add(Stakeholder(f"P{n}")).id for n in range(people)]
    erp = uow.maps.add(StakeholderMap("ERP")).id
    assert erp is not None and all(ids)
    return ids, erp  # type: ignore[return-value]


def _current(uow: UnitOfWork, dimension: Dimension = TRUST) -> list[tuple[int, float, int]]:
    return [(v.stakeholder_id, v.value, v.rating_id) for v in uow.ratings.current([dimension])]


def test_the_latest_rating_is_current_and_a_back_dated_one_does_not_displace_it(
    workspace: Workspace,
) -> None:
    with workspace.uow() as uow:
        [ada], _ = _people_and_map(uow, 1)
        first = uow.ratings.add(Rating(ada, TRUST, 5, T0))
        assert _current(uow) == [(ada, 5.0, first.id)]
        newer = uow.ratings.add(Rating(ada, TRUST, 7, T0 + DAY))
        uow.ratings.add(Rating(ada, TRUST, 2, T0 - DAY, note="back-dated"))
        uow.commit()
    with workspace.uow() as uow:
        assert _current(uow) == [(ada, 7.0, newer.id)]
        [value] = uow.ratings.current([TRUST])
    assert value == CurrentValue(ada, TRUST, None, 7.0, T0 + DAY, newer.id)  # type: ignore[arg-type]


def test_at_the_same_moment_the_later_entry_wins(workspace: Workspace) -> None:
    with workspace.uow() as uow:
        [ada], _ = _people_and_map(uow, 1)
        uow.ratings.add(Rating(ada, TRUST, 5, T0, id=10))
        uow.ratings.add(Rating(ada, TRUST, 6, T0, id=11))
        uow.ratings.add(Rating(ada, TRUST, 4, T0, id=3))  # restored older entry, same moment
        assert _current(uow) == [(ada, 6.0, 11)]


def test_removing_the_current_rating_falls_back_to_the_one_before(workspace: Workspace) -> None:
    with workspace.uow() as uow:
        [ada], _ = _people_and_map(uow, 1)
        older = uow.ratings.add(Rating(ada, TRUST, 4, T0))
        middle = uow.ratings.add(Rating(ada, TRUST, 6, T0 + DAY))
        newest = uow.ratings.add(Rating(ada, TRUST, 8, T0 + 2 * DAY))
        uow.commit()
    assert older.id and middle.id and newest.id
    with workspace.uow() as uow:
        uow.ratings.remove(middle.id)  # not current: nothing changes
        assert _current(uow) == [(ada, 8.0, newest.id)]
        uow.ratings.remove(newest.id)
        assert _current(uow) == [(ada, 4.0, older.id)]
        uow.ratings.remove(older.id)
        assert _current(uow) == []
        uow.ratings.remove(older.id)  # already gone: no error
        uow.commit()
    assert workspace.path is not None and check_workspace(workspace.path) == []


def test_per_person_and_per_map_keys_are_kept_apart(workspace: Workspace) -> None:
    with workspace.uow() as uow:
        [ada], erp = _people_and_map(uow, 1)
        crm = uow.maps.add(StakeholderMap("CRM")).id
        uow.ratings.add(Rating(ada, TRUST, 5, T0))
        uow.ratings.add(Rating(ada, POWER, 8, T0, map_id=erp))
        uow.ratings.add(Rating(ada, POWER, 2, T0 + DAY, map_id=crm))
        uow.commit()
    with workspace.uow() as uow:
        assert {(v.map_id, v.value) for v in uow.ratings.current([POWER])} == {(erp, 8), (crm, 2)}
        assert [v.value for v in uow.ratings.current([POWER], map_id=erp)] == [8.0]
        assert [v.map_id for v in uow.ratings.current([TRUST, POWER], [ada], crm)] == [crm]
        assert [(v.dimension, v.map_id) for v in uow.ratings.current([TRUST])] == [(TRUST, None)]


def test_current_values_match_the_fake_after_random_edits(workspace: Workspace) -> None:
    """The in-memory fake computes current values from history each time: compare."""
    fake = FakeUnitOfWorkFactory()
    rng = random.Random(7)
    for factory in (workspace.uow, fake):
        with factory() as uow:
            people, erp = _people_and_map(uow, 3)
            for person in people:
                uow.maps.add_member(MapMembership(erp, person, T0))
            uow.commit()
    added: list[int] = []
    for step in range(120):
        person = rng.choice(people)
        dimension = rng.choice([TRUST, POWER])
        rating = Rating(
            person,
            dimension,
            float(rng.randint(0, 10)),
            T0 + timedelta(hours=rng.randint(0, 48)),
            map_id=erp if dimension is POWER else None,
            id=step + 1,
        )
        remove = added and rng.random() < 0.3
        victim = rng.choice(added) if remove else None
        answers = []
        for factory in (workspace.uow, fake):
            with factory() as uow:
                if victim is not None:
                    uow.ratings.remove(victim)
                else:
                    uow.ratings.add(rating)
                uow.commit()
                answers.append(uow.ratings.current([TRUST, POWER]))
        if victim is not None:
            added.remove(victim)
        else:
            added.append(rating.id)  # type: ignore[arg-type]
        assert answers[0] == answers[1], f"step {step}"
    assert workspace.path is not None and check_workspace(workspace.path) == []


def test_add_many_loads_quickly_and_keeps_current_values_right(workspace: Workspace) -> None:
    with workspace.uow() as uow:
        people, erp = _people_and_map(uow, 50)
        uow.commit()
    rng = random.Random(3)
    ratings = [
        Rating(
            person,
            dimension,
            float(rng.randint(0, 10)),
            T0 + timedelta(minutes=rng.randint(0, 10_000)),
            map_id=erp if dimension is POWER else None,
            id=100_000 + n if n < 2_000 else None,
        )
        for n, (person, dimension) in enumerate(
            (rng.choice(people), rng.choice([TRUST, POWER])) for _ in range(20_000)
        )
    ]
    with workspace.uow() as uow:
        assert add_ratings_in_bulk(uow, ratings, batch_size=3_000) == 20_000
        uow.commit()
    with workspace.uow() as uow:
        assert uow.ratings.count() == 20_000
        assert uow.ratings.get(100_000) is not None
        latest: dict[tuple[int, Dimension], Rating] = {}
        for rating in uow.ratings.history():
            latest[(rating.stakeholder_id, rating.dimension)] = rating
        current = uow.ratings.current([TRUST, POWER], people)
        later = uow.ratings.add(Rating(people[0], TRUST, 1, T0 + 30 * DAY))
        assert later.id == 100_000 + 20_000  # the sequence continued past the given ids
        assert _current(uow)[0] == (people[0], 1.0, later.id)
    assert {(v.stakeholder_id, v.dimension): v.rating_id for v in current} == {
        key: rating.id for key, rating in latest.items()
    }
    assert workspace.path is not None and check_workspace(workspace.path) == []


def test_current_filters_long_lists_of_people(workspace: Workspace) -> None:
    with workspace.uow() as uow:
        people, _ = _people_and_map(uow, 3)
        add_ratings_in_bulk(uow, (Rating(p, TRUST, 5, T0) for p in people))
        wanted = [people[0], *range(10_000, 11_000)]  # more ids than are bound one by one
        assert [v.stakeholder_id for v in uow.ratings.current([TRUST], wanted)] == [people[0]]
        assert set(uow.interactions.last_contact(wanted)) == set()


def test_a_bulk_load_that_rebuilds_the_indexes_leaves_them_as_they_were(
    workspace: Workspace,
) -> None:
    assert workspace.path is not None
    indexes = "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'ratings'"
    with workspace.uow() as uow:
        [ada], erp = _people_and_map(uow, 1)
        uow.commit()
    with workspace.engine.connect() as connection:
        before = set(connection.exec_driver_sql(indexes).fetchall())
    assert len(before) == 2
    load = [Rating(ada, POWER, n % 10, T0 + n * DAY, map_id=erp) for n in range(50)]
    with workspace.uow() as uow:
        add_ratings_in_bulk(uow, load, rebuild_indexes=True)  # and the unit of work rolls back
    with workspace.uow() as uow:
        assert uow.ratings.count() == 0
        add_ratings_in_bulk(uow, load, rebuild_indexes=True)
        uow.commit()
    with workspace.engine.connect() as connection:
        assert set(connection.exec_driver_sql(indexes).fetchall()) == before
    with workspace.uow() as uow:
        assert _current(uow, POWER) == [(ada, 9.0, 50)]
    assert check_workspace(workspace.path) == []
