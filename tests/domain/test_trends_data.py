"""The data behind the charts and the history table: a person's history, several people,
averages per organisation and unit, maturity per unit."""

from __future__ import annotations

from datetime import timedelta

import pytest

from domain.errors import NotFoundError
from domain.model import (
    Dimension,
    Interaction,
    InteractionKind,
    MaturityLevel,
    Organisation,
    Rating,
    Stakeholder,
    StakeholderMap,
)
from domain.usecases.charts_data import (
    Grouping,
    group_averages,
    maturity_by_unit,
    people_series,
)
from domain.usecases.interactions import log_interaction
from domain.usecases.maps import create_map
from domain.usecases.organisations import add_organisation, assess_maturity
from domain.usecases.ratings import rate
from domain.usecases.relationship_history import EntryKind, person_history
from domain.usecases.stakeholders import add_stakeholder, set_archived
from tests.domain.support import T0
from tests.fakes import FakeUnitOfWorkFactory

DAY = timedelta(days=1)
NOW = T0 + 100 * DAY


def person(
    uow: FakeUnitOfWorkFactory, name: str, org: int | None = None, unit: int | None = None
) -> int:
    added = add_stakeholder(uow(), Stakeholder(name, organisation_id=org, unit_id=unit))
    assert added.id is not None
    return added.id


# -- a person's history -----------------------------------------------------------------------
def test_person_history_series_and_timeline(uow: FakeUnitOfWorkFactory) -> None:
    ada = person(uow, "Ada")
    erp = create_map(uow(), StakeholderMap("ERP")).id
    assert erp is not None
    rate(uow(), ada, Dimension.TRUST, 6, at=T0, note="First meeting")
    rate(uow(), ada, Dimension.INFLUENCE, 8, at=T0 + DAY)
    rate(uow(), ada, Dimension.TRUST, 4, at=T0 + 10 * DAY, note="Missed the budget promise")
    rate(uow(), ada, Dimension.POWER, 7, at=T0 + 2 * DAY, map_id=erp)
    log_interaction(
        uow(),
        Interaction(T0 + 5 * DAY, InteractionKind.MEAL, "Lunch", participant_ids=[ada]),
    )
    history = person_history(uow(), ada, now=NOW)
    assert [(p.at, p.value, p.note) for p in history.series(Dimension.TRUST)] == [
        (T0, 6, "First meeting"),
        (T0 + 10 * DAY, 4, "Missed the budget promise"),
    ]
    assert [p.value for p in history.series(Dimension.POWER, erp)] == [7]
    assert history.map_names == {erp: "ERP"}
    timeline = history.timeline()
    assert [(e.kind, e.at) for e in timeline] == [
        (EntryKind.RATING, T0 + 10 * DAY),
        (EntryKind.INTERACTION, T0 + 5 * DAY),
        (EntryKind.RATING, T0 + 2 * DAY),
        (EntryKind.RATING, T0 + DAY),
        (EntryKind.RATING, T0),
    ]
    assert timeline[0].previous == 6 and timeline[-1].previous is None
    assert timeline[1].interaction is not None and timeline[1].interaction.summary == "Lunch"
    oldest_first = history.timeline(newest_first=False)
    assert [e.at for e in oldest_first] == sorted(e.at for e in timeline)


def test_every_entry_shows_when_it_was_made(uow: FakeUnitOfWorkFactory) -> None:
    ada = person(uow, "Ada")
    backdated = rate(uow(), ada, Dimension.TRUST, 6, at=T0)
    history = person_history(uow(), ada)
    entry = history.timeline()[0]
    assert entry.rating is not None and entry.rating.recorded_at == backdated.recorded_at
    assert entry.rating.recorded_at is not None and entry.rating.recorded_at > T0


def test_future_dated_ratings_are_flagged_and_left_out_of_series(
    uow: FakeUnitOfWorkFactory,
) -> None:
    ada = person(uow, "Ada")
    rate(uow(), ada, Dimension.TRUST, 6, at=T0)
    with uow() as w:
        w.ratings.add(Rating(ada, Dimension.TRUST, 1, NOW + DAY, recorded_at=NOW))
        w.commit()
    history = person_history(uow(), ada, now=NOW)
    assert [r.value for r in history.future] == [1]
    assert [p.value for p in history.series(Dimension.TRUST)] == [6]
    current = history.current(Dimension.TRUST)
    assert current is not None and current.value == 6
    assert [e.future for e in history.timeline()] == [True, False]


def test_history_of_someone_unknown_is_refused(uow: FakeUnitOfWorkFactory) -> None:
    with pytest.raises(NotFoundError):
        person_history(uow(), 404)


def test_a_person_never_rated_has_empty_series(uow: FakeUnitOfWorkFactory) -> None:
    history = person_history(uow(), person(uow, "Ada"), now=NOW)
    assert history.series(Dimension.TRUST) == [] and history.timeline() == []
    assert history.current(Dimension.INFLUENCE) is None


# -- several people ---------------------------------------------------------------------------
def test_people_series_in_the_order_asked(uow: FakeUnitOfWorkFactory) -> None:
    ada, bob = person(uow, "Ada"), person(uow, "Bob")
    rate(uow(), ada, Dimension.TRUST, 6, at=T0)
    rate(uow(), bob, Dimension.TRUST, 3, at=T0)
    rate(uow(), bob, Dimension.TRUST, 5, at=T0 + DAY)
    rate(uow(), bob, Dimension.INFLUENCE, 9, at=T0)
    rows = people_series(uow(), [bob, 404, ada], Dimension.TRUST, now=NOW)
    assert [(s.name, [p.value for p in s.points]) for s in rows] == [
        ("Bob", [3, 5]),
        ("Ada", [6]),
    ]


# -- averages per organisation / unit ---------------------------------------------------------
def test_average_per_organisation_and_per_unit(uow: FakeUnitOfWorkFactory) -> None:
    acme = add_organisation(uow(), Organisation("Acme")).id
    assert acme is not None
    finance = add_organisation(uow(), Organisation("Finance", parent_id=acme)).id
    sales = add_organisation(uow(), Organisation("Sales", parent_id=acme)).id
    ada = person(uow, "Ada", acme, finance)
    bob = person(uow, "Bob", acme, sales)
    cy = person(uow, "Cy", acme, sales)
    person(uow, "Never rated", acme, sales)
    gone = person(uow, "Archived", acme, finance)
    rate(uow(), ada, Dimension.TRUST, 8, at=T0)
    rate(uow(), bob, Dimension.TRUST, 4, at=T0 + DAY)
    rate(uow(), cy, Dimension.TRUST, 6, at=T0 + 2 * DAY)
    rate(uow(), gone, Dimension.TRUST, 0, at=T0)
    set_archived(uow(), gone, True)

    by_org = group_averages(uow(), Dimension.TRUST, Grouping.ORGANISATION, now=NOW)
    assert [(g.name, g.members) for g in by_org] == [("Acme", 4)]
    assert [(p.value, p.count) for p in by_org[0].points] == [(8, 1), (6, 2), (6, 3)]

    by_unit = group_averages(uow(), Dimension.TRUST, Grouping.UNIT, now=NOW)
    assert [(g.name, [p.value for p in g.points]) for g in by_unit] == [
        ("Finance", [8]),
        ("Sales", [4, 5]),
    ]


# -- maturity ---------------------------------------------------------------------------------
def test_maturity_by_unit_names_units_under_their_organisation(
    uow: FakeUnitOfWorkFactory,
) -> None:
    acme = add_organisation(uow(), Organisation("Acme")).id
    assert acme is not None
    finance = add_organisation(uow(), Organisation("Finance", parent_id=acme)).id
    assert finance is not None
    add_organisation(uow(), Organisation("Never assessed"))
    assess_maturity(uow(), finance, MaturityLevel.ORDER_TAKER, at=T0)
    assess_maturity(uow(), finance, MaturityLevel.CONSULTATIVE, at=T0 + 50 * DAY)
    assess_maturity(uow(), acme, MaturityLevel.PARTNER, at=T0)
    rows = maturity_by_unit(uow(), now=NOW)
    assert [(u.name, [s.level for s in u.steps]) for u in rows] == [
        ("Acme", [MaturityLevel.PARTNER]),
        ("Acme › Finance", [MaturityLevel.ORDER_TAKER, MaturityLevel.CONSULTATIVE]),
    ]
