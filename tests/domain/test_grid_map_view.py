"""The grid's view of a map: positions now, as of a past moment, and trails between two dates."""

from __future__ import annotations

from datetime import timedelta

import pytest

from domain.model import (
    Attitude,
    Dimension,
    Interaction,
    InteractionKind,
    Organisation,
    Stakeholder,
    StakeholderMap,
)
from domain.rules.quadrant import Quadrant
from domain.usecases.interactions import log_interaction
from domain.usecases.map_history import MapHistory, TrailPoint, load_map_history, map_view_as_of
from domain.usecases.map_members import Arrival, add_people
from domain.usecases.map_view import load_map_view
from domain.usecases.organisations import add_organisation
from domain.usecases.ratings import GridMove, move_on_map, rate
from domain.usecases.stakeholders import add_stakeholder
from tests.domain.support import T0
from tests.fakes import FakeUnitOfWorkFactory, Tables

DAY = timedelta(days=1)


@pytest.fixture
def mapped(
    uow: FakeUnitOfWorkFactory, ada: Stakeholder, bob: Stakeholder, erp: StakeholderMap
) -> tuple[int, int, int]:
    """Ada moved from monitor (day 0) to manage closely (day 10); Bob placed on day 5."""
    assert ada.id is not None and bob.id is not None and erp.id is not None
    add_people(uow(), erp.id, [Arrival(ada.id, 2, 3)], at=T0)
    add_people(uow(), erp.id, [Arrival(bob.id, 8, 2)], at=T0 + 5 * DAY)
    move_on_map(uow(), erp.id, [GridMove(ada.id, 8, 9)], at=T0 + 10 * DAY)
    move_on_map(uow(), erp.id, [GridMove(ada.id, 9, 9, desired=True)], at=T0 + 10 * DAY)
    rate(uow(), ada.id, Dimension.SUPPORT, Attitude.SUPPORTER, map_id=erp.id, at=T0)
    rate(uow(), ada.id, Dimension.TRUST, 4, at=T0)
    rate(uow(), ada.id, Dimension.TRUST, 7, at=T0 + 8 * DAY)
    rate(uow(), bob.id, Dimension.INFLUENCE, 6, at=T0)
    return ada.id, bob.id, erp.id


def test_the_view_now_holds_each_members_facts_and_place(
    uow: FakeUnitOfWorkFactory, mapped: tuple[int, int, int]
) -> None:
    ada, bob, erp = mapped
    org = add_organisation(uow(), Organisation("Finance"))
    carl = add_stakeholder(uow(), Stakeholder("Carl Jung", organisation_id=org.id, tags=["board"]))
    assert carl.id is not None
    add_people(uow(), erp, [Arrival(carl.id)])
    log_interaction(uow(), Interaction(T0 + 3 * DAY, InteractionKind.CALL, participant_ids=[ada]))

    view = load_map_view(uow(), erp)
    assert view is not None and view.as_of is None
    assert set(view.people) == {ada, bob, carl.id}
    assert view.people[carl.id].organisation == "Finance"
    assert view.people[carl.id].tags == ("board",)
    assert view.people[ada].initials == "AL"
    assert view.people[ada].last_contact == T0 + 3 * DAY
    a = view.placements[ada]
    assert (a.power, a.interest, a.desired_power, a.desired_interest) == (8, 9, 9, 9)
    assert a.quadrant is Quadrant.MANAGE_CLOSELY
    assert a.attitude is Attitude.SUPPORTER and a.trust == 7
    assert a.gap == pytest.approx(1.0)
    assert view.placements[bob].quadrant is Quadrant.KEEP_SATISFIED
    assert view.placements[bob].influence == 6
    assert not view.placements[carl.id].placed
    assert view.placements[carl.id].quadrant is None and view.placements[carl.id].gap is None


def test_a_missing_map_has_no_view(uow: FakeUnitOfWorkFactory) -> None:
    assert load_map_view(uow(), 99) is None


def test_as_of_replays_older_positions(
    uow: FakeUnitOfWorkFactory, mapped: tuple[int, int, int]
) -> None:
    ada, bob, erp = mapped
    history = load_map_history(uow(), erp)
    before = history.placements_as_of(T0 - DAY)
    assert not before[ada].placed and not before[bob].placed
    day2 = history.placements_as_of(T0 + 2 * DAY)
    assert (day2[ada].power, day2[ada].interest) == (2, 3)
    assert day2[ada].quadrant is Quadrant.MONITOR
    assert day2[ada].trust == 4 and not day2[ada].has_desired
    assert not day2[bob].placed
    day9 = history.placements_as_of(T0 + 9 * DAY)
    assert day9[ada].trust == 7 and day9[bob].quadrant is Quadrant.KEEP_SATISFIED
    later = history.placements_as_of(T0 + 10 * DAY)
    assert later[ada].quadrant is Quadrant.MANAGE_CLOSELY and later[ada].has_desired
    assert history.first_moment == T0 and history.last_moment == T0 + 10 * DAY


def test_map_view_as_of_combines_facts_and_the_past(
    uow: FakeUnitOfWorkFactory, mapped: tuple[int, int, int]
) -> None:
    ada, _bob, erp = mapped
    view = map_view_as_of(uow(), erp, T0 + DAY)
    assert view is not None and view.as_of == T0 + DAY
    assert view.people[ada].name == "Ada Lovelace"
    assert view.placements[ada].quadrant is Quadrant.MONITOR


def test_replay_shows_the_last_contact_as_it_stood_then(
    uow: FakeUnitOfWorkFactory, mapped: tuple[int, int, int]
) -> None:
    ada, bob, erp = mapped
    for day in (3, 7):
        log_interaction(
            uow(), Interaction(T0 + day * DAY, InteractionKind.CALL, participant_ids=[ada])
        )
    history = load_map_history(uow(), erp)
    assert [history.last_contact_as_of(ada, T0 + d * DAY) for d in (1, 3, 5, 9)] == [
        None,
        T0 + 3 * DAY,
        T0 + 3 * DAY,
        T0 + 7 * DAY,
    ]
    assert history.last_contact_as_of(bob, T0 + 9 * DAY) is None
    then = map_view_as_of(uow(), erp, T0 + 5 * DAY)
    now = load_map_view(uow(), erp)
    assert then is not None and now is not None
    assert then.people[ada].last_contact == T0 + 3 * DAY
    assert now.people[ada].last_contact == T0 + 7 * DAY
    assert then.people[ada].name == now.people[ada].name  # the rest stays as it is
    # Slider steps that do not change someone's last contact hand back the same person.
    step = history.people_as_of(now.people, T0 + 4 * DAY)
    again = history.people_as_of(now.people, T0 + 6 * DAY)
    assert again[ada] is step[ada] and again[ada].last_contact == T0 + 3 * DAY
    assert again[bob] is now.people[bob]  # never contacted: nothing to change


def test_time_travel_answers_from_memory_once_the_history_is_read(
    uow: FakeUnitOfWorkFactory, mapped: tuple[int, int, int]
) -> None:
    ada, _bob, erp = mapped
    history = load_map_history(uow(), erp)
    uow.store.tables = Tables()  # the workspace is gone: any further read would find nothing
    steps = [history.placements_as_of(T0 + day * DAY)[ada].power for day in range(12)]
    assert steps == [2] * 10 + [8] * 2


def test_a_trail_lists_each_move_between_two_dates(
    uow: FakeUnitOfWorkFactory, mapped: tuple[int, int, int]
) -> None:
    ada, bob, erp = mapped
    history = load_map_history(uow(), erp)
    assert history.trail(ada, T0 + DAY, T0 + 20 * DAY) == [
        TrailPoint(T0 + DAY, 2, 3),
        TrailPoint(T0 + 10 * DAY, 8, 9),
    ]
    # Reversed dates give the same trail; a period before anyone was placed gives none.
    assert history.trail(ada, T0 + 20 * DAY, T0 + DAY)[0].power == 2
    assert history.trail(bob, T0 - 3 * DAY, T0 - DAY) == []
    # Bob arrived mid-way: the trail starts where he was first placed.
    assert [(p.power, p.interest) for p in history.trail(bob, T0, T0 + 20 * DAY)] == [(8, 2)]


def test_change_moments_and_members_only() -> None:
    from domain.ports import RatingPoint

    ratings = [
        RatingPoint(1, Dimension.POWER, 3, T0, 1),
        RatingPoint(1, Dimension.INTEREST, 3, T0, 2),
        RatingPoint(2, Dimension.POWER, 9, T0 + DAY, 3),  # not a member any more
        RatingPoint(1, Dimension.POWER, 4, T0 + 2 * DAY, 4),
        RatingPoint(1, Dimension.POWER, 5, T0 + 2 * DAY, 5),  # later entry wins a tie
    ]
    history = MapHistory([1], ratings)
    assert history.change_moments() == [T0, T0 + 2 * DAY]
    assert history.value(1, Dimension.POWER, T0 + 3 * DAY) == 5
    assert history.placements_as_of(T0 + 3 * DAY).keys() == {1}


def test_drift_tells_from_which_quadrant_to_which_and_how_far() -> None:
    from domain.usecases.map_history import drift

    moved = drift(
        [TrailPoint(T0, 2, 3), TrailPoint(T0 + DAY, 4, 4), TrailPoint(T0 + 2 * DAY, 8, 7)]
    )
    assert moved is not None
    assert (moved.start, moved.end) == (Quadrant.MONITOR, Quadrant.MANAGE_CLOSELY)
    assert moved.changed_quadrant and moved.distance == pytest.approx(7.2111, rel=1e-3)
    stayed = drift([TrailPoint(T0, 2, 3), TrailPoint(T0 + DAY, 2.5, 3)])
    assert stayed is not None and not stayed.changed_quadrant
    assert drift([]) is None
