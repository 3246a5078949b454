"""The "needs attention" list over a whole workspace (in memory)."""

from __future__ import annotations

from datetime import date, timedelta

from domain.model import (
    Commitment,
    CommitmentDirection,
    Dimension,
    Interaction,
    InteractionKind,
    Rating,
    Stakeholder,
    StakeholderMap,
)
from domain.rules.attention import DEFAULT_CADENCE_DAYS, AttentionSettings, Cadence
from domain.rules.quadrant import Quadrant
from domain.usecases.attention import attention_list
from domain.usecases.interactions import add_commitment, log_interaction, set_commitment_done
from domain.usecases.maps import create_map, place_on_map, remove_from_map
from domain.usecases.ratings import rate
from domain.usecases.stakeholders import add_stakeholder, set_archived
from tests.domain.support import T0
from tests.fakes import FakeUnitOfWorkFactory

DAY = timedelta(days=1)
NOW = T0 + 200 * DAY


def person(uow: FakeUnitOfWorkFactory, name: str) -> int:
    added = add_stakeholder(uow(), Stakeholder(name))
    assert added.id is not None
    return added.id


def met(uow: FakeUnitOfWorkFactory, who: int, days_ago: float) -> None:
    log_interaction(
        uow(),
        Interaction(NOW - days_ago * DAY, InteractionKind.CALL, "Catch-up", participant_ids=[who]),
    )


def test_an_empty_workspace_needs_no_attention(uow: FakeUnitOfWorkFactory) -> None:
    report = attention_list(uow(), now=NOW)
    assert report.trust_falls == [] and report.overdue_contacts == []
    assert report.overdue_commitments == [] and report.attitude_gaps == []
    assert report.people == set()


# -- trust ------------------------------------------------------------------------------------
def test_trust_fallen_within_the_window_is_listed_with_the_latest_note(
    uow: FakeUnitOfWorkFactory,
) -> None:
    ada, bob, cy = person(uow, "Ada"), person(uow, "Bob"), person(uow, "Cy")
    rate(uow(), ada, Dimension.TRUST, 8, at=NOW - 60 * DAY)
    rate(uow(), ada, Dimension.TRUST, 6, at=NOW - 10 * DAY, note="Missed the budget promise")
    rate(uow(), ada, Dimension.TRUST, 5, at=NOW - 2 * DAY)
    rate(uow(), bob, Dimension.TRUST, 8, at=NOW - 60 * DAY)
    rate(uow(), bob, Dimension.TRUST, 7.5, at=NOW - 5 * DAY)  # fell by 0.5 only
    rate(uow(), cy, Dimension.TRUST, 9, at=NOW - 20 * DAY)  # first rating, inside the window
    rate(uow(), cy, Dimension.TRUST, 4, at=NOW - 1 * DAY)
    report = attention_list(uow(), AttentionSettings(trust_fall=1.0), now=NOW)
    rows = [(f.name, f.change.before, f.change.after, f.note) for f in report.trust_falls]
    assert rows == [("Cy", 9, 4, ""), ("Ada", 8, 5, "Missed the budget promise")]


def test_a_fall_before_the_window_is_not_listed_but_a_wider_window_sees_it(
    uow: FakeUnitOfWorkFactory,
) -> None:
    ada = person(uow, "Ada")
    rate(uow(), ada, Dimension.TRUST, 9, at=NOW - 80 * DAY)
    rate(uow(), ada, Dimension.TRUST, 3, at=NOW - 50 * DAY)
    assert attention_list(uow(), AttentionSettings(trust_window_days=30), now=NOW).trust_falls == []
    wide = attention_list(uow(), AttentionSettings(trust_window_days=90), now=NOW)
    assert [(f.change.before, f.change.after) for f in wide.trust_falls] == [(9, 3)]


def test_a_fall_of_exactly_the_set_amount_is_not_listed(uow: FakeUnitOfWorkFactory) -> None:
    ada = person(uow, "Ada")
    rate(uow(), ada, Dimension.TRUST, 7, at=NOW - 40 * DAY)
    rate(uow(), ada, Dimension.TRUST, 5, at=NOW - 4 * DAY)
    assert attention_list(uow(), AttentionSettings(trust_fall=2), now=NOW).trust_falls == []
    assert len(attention_list(uow(), AttentionSettings(trust_fall=1.9), now=NOW).trust_falls) == 1


def test_one_rating_and_same_day_entries(uow: FakeUnitOfWorkFactory) -> None:
    ada, bob = person(uow, "Ada"), person(uow, "Bob")
    rate(uow(), ada, Dimension.TRUST, 2, at=NOW - DAY)  # one rating: nothing fell
    rate(uow(), bob, Dimension.TRUST, 8, at=NOW - DAY)
    rate(uow(), bob, Dimension.TRUST, 3, at=NOW - DAY + timedelta(hours=2))
    report = attention_list(uow(), now=NOW)
    assert [(f.name, f.change.delta) for f in report.trust_falls] == [("Bob", -5)]


def test_a_future_dated_rating_is_not_taken_as_the_current_value(
    uow: FakeUnitOfWorkFactory,
) -> None:
    ada = person(uow, "Ada")
    rate(uow(), ada, Dimension.TRUST, 8, at=NOW - 40 * DAY)
    # As an import from a machine with a wrong clock would store it (rate() refuses it).
    with uow() as w:
        w.ratings.add(Rating(ada, Dimension.TRUST, 1, NOW + 5 * DAY, recorded_at=NOW))
        w.commit()
    assert attention_list(uow(), now=NOW).trust_falls == []


def test_archived_people_are_left_out(uow: FakeUnitOfWorkFactory) -> None:
    ada = person(uow, "Ada")
    rate(uow(), ada, Dimension.TRUST, 8, at=NOW - 40 * DAY)
    rate(uow(), ada, Dimension.TRUST, 2, at=NOW - 4 * DAY)
    set_archived(uow(), ada, True)
    assert attention_list(uow(), now=NOW).people == set()


# -- contact cadence --------------------------------------------------------------------------
def map_with(uow: FakeUnitOfWorkFactory, name: str) -> int:
    made = create_map(uow(), StakeholderMap(name))
    assert made.id is not None
    return made.id


def test_overdue_contact_follows_the_most_demanding_quadrant(
    uow: FakeUnitOfWorkFactory,
) -> None:
    erp, crm = map_with(uow, "ERP"), map_with(uow, "CRM")
    ada, bob, cy, dee = (person(uow, n) for n in ("Ada", "Bob", "Cy", "Dee"))
    placed = NOW - 300 * DAY
    place_on_map(uow(), erp, ada, 8, 8, at=placed)  # manage closely: weekly
    place_on_map(uow(), erp, bob, 2, 2, at=placed)  # monitor on ERP...
    place_on_map(uow(), crm, bob, 8, 2, at=placed)  # ...keep satisfied on CRM: fortnightly
    place_on_map(uow(), erp, cy, 2, 8, at=placed)  # keep informed: monthly
    place_on_map(uow(), erp, dee, 1, 1, at=placed)  # monitor: quarterly
    met(uow, ada, 7)  # exactly a week: on time
    met(uow, bob, 15)
    met(uow, cy, 29)
    met(uow, dee, 91)
    report = attention_list(uow(), now=NOW)
    rows = [(r.name, r.quadrant, r.map_name, r.overdue_by) for r in report.overdue_contacts]
    assert rows == [
        ("Bob", Quadrant.KEEP_SATISFIED, "CRM", DAY),
        ("Dee", Quadrant.MONITOR, "ERP", DAY),
    ]


def test_a_call_planned_ahead_does_not_hide_the_last_real_contact(
    uow: FakeUnitOfWorkFactory,
) -> None:
    erp = map_with(uow, "ERP")
    ada = person(uow, "Ada")
    place_on_map(uow(), erp, ada, 8, 8, at=NOW - 300 * DAY)  # manage closely: weekly
    met(uow, ada, 10)
    met(uow, ada, -5)  # a call logged ahead, five days from now
    report = attention_list(uow(), now=NOW)
    assert [(r.last_contact, r.overdue_by) for r in report.overdue_contacts] == [
        (NOW - 10 * DAY, 3 * DAY)
    ]


def test_manage_closely_and_never_contacted_is_at_the_top(uow: FakeUnitOfWorkFactory) -> None:
    erp = map_with(uow, "ERP")
    ada, bob = person(uow, "Ada"), person(uow, "Bob")
    place_on_map(uow(), erp, ada, 9, 9, at=NOW - 10 * DAY)
    place_on_map(uow(), erp, bob, 1, 1, at=NOW - 400 * DAY)
    report = attention_list(uow(), now=NOW)
    assert [(r.name, r.last_contact, r.overdue_by) for r in report.overdue_contacts] == [
        ("Ada", None, 3 * DAY),
        ("Bob", None, 310 * DAY),
    ]


def test_configured_cadence_and_people_off_the_map(uow: FakeUnitOfWorkFactory) -> None:
    erp = map_with(uow, "ERP")
    ada, bob, cy = person(uow, "Ada"), person(uow, "Bob"), person(uow, "Cy")
    place_on_map(uow(), erp, ada, 9, 9, at=NOW - 100 * DAY)
    place_on_map(uow(), erp, bob, 9, 9, at=NOW - 100 * DAY)
    remove_from_map(uow(), erp, bob)  # taken off the map: no cadence applies
    place_on_map(uow(), erp, cy, at=NOW - 100 * DAY)  # on the map but not placed yet
    met(uow, ada, 4)
    relaxed = AttentionSettings(cadence=Cadence(DEFAULT_CADENCE_DAYS))
    assert attention_list(uow(), relaxed, now=NOW).overdue_contacts == []
    tight = AttentionSettings(cadence=Cadence({**DEFAULT_CADENCE_DAYS, Quadrant.MANAGE_CLOSELY: 3}))
    assert [r.name for r in attention_list(uow(), tight, now=NOW).overdue_contacts] == ["Ada"]


# -- commitments ------------------------------------------------------------------------------
def test_overdue_commitments_most_overdue_first(uow: FakeUnitOfWorkFactory) -> None:
    ada, bob = person(uow, "Ada"), person(uow, "Bob")
    today = date(2025, 9, 1)

    def promise(who: int, what: str, due: date | None) -> int:
        made = add_commitment(uow(), Commitment(who, CommitmentDirection.OURS, what, due_on=due))
        assert made.id is not None
        return made.id

    promise(ada, "Send the roadmap", today - timedelta(days=2))
    promise(bob, "Budget figures", today - timedelta(days=10))
    promise(ada, "Due today", today)
    promise(ada, "Some day", None)
    done = promise(bob, "Done already", today - timedelta(days=30))
    set_commitment_done(uow(), done, True, at=NOW)
    report = attention_list(uow(), now=NOW, today=today)
    rows = [(r.name, r.commitment.description, r.days_overdue) for r in report.overdue_commitments]
    assert rows == [("Bob", "Budget figures", 10), ("Ada", "Send the roadmap", 2)]


# -- attitude ---------------------------------------------------------------------------------
def test_biggest_attitude_gaps_first_per_map(uow: FakeUnitOfWorkFactory) -> None:
    erp, crm = map_with(uow, "ERP"), map_with(uow, "CRM")
    ada, bob = person(uow, "Ada"), person(uow, "Bob")
    for who in (ada, bob):
        for on in (erp, crm):
            place_on_map(uow(), on, who, 5, 5, at=NOW - 30 * DAY)

    def attitude(who: int, on: int, now: float, desired: float) -> None:
        rate(uow(), who, Dimension.SUPPORT, now, map_id=on, at=NOW - 20 * DAY)
        rate(uow(), who, Dimension.DESIRED_SUPPORT, desired, map_id=on, at=NOW - 20 * DAY)

    attitude(ada, erp, 1, 4)  # critic -> champion: 3 steps
    attitude(ada, crm, 3, 3)  # already there
    attitude(bob, erp, 2, 3)  # 1 step
    attitude(bob, crm, 4, 3)  # beyond what is needed
    report = attention_list(uow(), now=NOW)
    rows = [(r.name, r.map_name, r.current, r.desired, r.gap) for r in report.attitude_gaps]
    assert rows == [("Ada", "ERP", 1, 4, 3), ("Bob", "ERP", 2, 3, 1)]
    only_big = attention_list(uow(), AttentionSettings(min_attitude_gap=2), now=NOW)
    assert [r.name for r in only_big.attitude_gaps] == ["Ada"]
