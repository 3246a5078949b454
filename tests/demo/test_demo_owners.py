"""The demo's team: its user owns the executive office, finance and IT, two account managers the
divisions, and some of the outside world is nobody's, so the coverage view has something to show
(and the "Mine" filters something to keep)."""

from __future__ import annotations

from datetime import UTC, datetime, time

from domain.usecases.coverage import coverage
from domain.usecases.ownership import owned_by, team
from tests.demo.conftest import TODAY
from tests.fakes import FakeUnitOfWorkFactory


def test_the_demo_has_owners_gaps_and_overdue_people(demo: FakeUnitOfWorkFactory) -> None:
    me = team(demo()).me
    report = coverage(demo, now=datetime.combine(TODAY, time(12), UTC), today=TODAY)
    by_login = {o.login: o for o in report.owners}
    assert set(by_login) == {me, "anna.berg", "marc.dubois"}
    assert "Northwind Group › Group Finance" in by_login[me].units
    assert by_login["anna.berg"].people >= 4 and by_login["marc.dubois"].people >= 4
    assert 3 <= len(report.unowned_people) <= 10  # customers and partners
    assert report.overdue_owners  # someone's people are overdue for contact
    people, units = owned_by(demo(), me)
    assert len(people) >= 8 and len(units) == 7


def test_the_demo_has_a_private_note(demo: FakeUnitOfWorkFactory) -> None:
    with demo() as uow:
        notes = uow.notes.list()
    assert len(notes) == 3 and sum(n.private for n in notes) == 1
