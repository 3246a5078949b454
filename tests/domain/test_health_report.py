"""The quarterly health report through the use case: quarters, grades now and a quarter before
(from the history), maturity, concerns, and refusals."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from domain.errors import ValidationError
from domain.model import (
    Concern,
    ConcernSeverity,
    ConcernStatus,
    Dimension,
    MaturityLevel,
    Organisation,
    OrganisationKind,
    Stakeholder,
    StakeholderMap,
)
from domain.rules.quarters import Quarter
from domain.rules.relationship_health import Grade
from domain.usecases.concerns import raise_concern
from domain.usecases.health_report import health_report
from domain.usecases.maps import place_on_map
from domain.usecases.organisations import add_organisation, assess_maturity
from domain.usecases.ratings import rate
from domain.usecases.stakeholders import update_stakeholder

#: "Now" for these tests: mid-November 2026 (Q4), fixed so that quarters are known.
NOW = datetime(2026, 11, 16, 10, 0, tzinfo=UTC)
TODAY = NOW.date()
DAY = timedelta(days=1)


@pytest.mark.parametrize(
    ("text", "quarter"),
    [("2026Q4", Quarter(2026, 4)), ("2026-q1", Quarter(2026, 1)), ("Q3 2025", Quarter(2025, 3))],
)
def test_quarters_are_read_as_written(text: str, quarter: Quarter) -> None:
    assert Quarter.parse(text) == quarter


def test_a_quarter_knows_its_days_and_the_one_before() -> None:
    q1 = Quarter(2026, 1)
    assert (q1.first_day, q1.last_day) == (date(2026, 1, 1), date(2026, 3, 31))
    assert q1.previous == Quarter(2025, 4) and Quarter(2025, 4).last_day == date(2025, 12, 31)
    assert Quarter.of(date(2026, 8, 31)) == Quarter(2026, 3) and str(q1) == "2026Q1"


@pytest.mark.parametrize("text", ["2026Q5", "Q0 2026", "26Q1", "", "next quarter"])
def test_a_bad_quarter_is_refused_saying_how_to_write_one(text: str) -> None:
    with pytest.raises(ValidationError, match="not a quarter like 2026Q4"):
        Quarter.parse(text)


def _world(uow: Any, ada: Stakeholder, bob: Stakeholder, erp: StakeholderMap) -> dict[str, int]:
    """Finance (Ada, Bob) under Group; Ada's trust falls and a concern of hers goes overdue in
    Q4; a vendor's person is left out of the report."""
    assert ada.id and bob.id and erp.id
    group = add_organisation(uow(), Organisation("Group"))
    finance = add_organisation(uow(), Organisation("Finance", parent_id=group.id))
    vendor = add_organisation(uow(), Organisation("Acme", OrganisationKind.VENDOR))
    assert finance.id and vendor.id
    update_stakeholder(uow(), replace(ada, organisation_id=group.id, unit_id=finance.id))
    update_stakeholder(uow(), replace(bob, organisation_id=finance.id))
    from domain.usecases.stakeholders import add_stakeholder

    add_stakeholder(uow(), Stakeholder("Vera Vendor", organisation_id=vendor.id))
    rate(uow(), ada.id, Dimension.TRUST, 8, at=datetime(2026, 5, 1, tzinfo=UTC))
    rate(uow(), ada.id, Dimension.TRUST, 5, at=datetime(2026, 10, 20, tzinfo=UTC))
    raise_concern(
        uow(),
        Concern(
            ada.id,
            "Close slips",
            date(2026, 10, 5),
            severity=ConcernSeverity.HIGH,
            target_on=date(2026, 11, 1),
        ),
    )
    raise_concern(uow(), Concern(bob.id, "Licences", date(2026, 10, 10)))
    raise_concern(
        uow(),
        Concern(
            bob.id,
            "Old one",
            date(2026, 7, 1),
            status=ConcernStatus.RESOLVED,
            closed_on=date(2026, 10, 2),
        ),
    )
    assess_maturity(uow(), finance.id, MaturityLevel.ORDER_TAKER, datetime(2026, 1, 5, tzinfo=UTC))
    assess_maturity(
        uow(), finance.id, MaturityLevel.CONSULTATIVE, datetime(2026, 10, 7, tzinfo=UTC)
    )
    place_on_map(uow(), erp.id, bob.id, 2, 2, at=datetime(2026, 11, 10, tzinfo=UTC))
    return {"finance": finance.id, "vendor": vendor.id}


def test_the_current_quarter_against_the_one_before(
    uow: Any, ada: Stakeholder, bob: Stakeholder, erp: StakeholderMap
) -> None:
    ids = _world(uow, ada, bob, erp)
    report = health_report(uow(), Quarter(2026, 4), TODAY, now=NOW, tz=UTC)
    assert report.current and report.as_of == NOW and report.previous_day == date(2026, 9, 30)
    [unit] = report.units  # the vendor is not a business unit
    assert (unit.organisation_id, unit.name, unit.people) == (ids["finance"], "Group › Finance", 2)
    # Ada: trust −3 in 90 days (−24), one open concern (−5), overdue (−8): 63. Bob: one open
    # concern (−5): 95. A quarter before, only Bob's old concern was open (−5).
    assert unit.health.score == pytest.approx((63 + 95) / 2) and unit.health.grade is Grade.B
    assert unit.before is not None and unit.before.score == 97.5 and unit.before.grade is Grade.A
    assert unit.change == pytest.approx(79 - 97.5)
    assert (unit.maturity, unit.maturity_before) == (
        MaturityLevel.CONSULTATIVE,
        MaturityLevel.ORDER_TAKER,
    )
    assert unit.plans is None  # engagement plans are not in the workspace yet
    assert [(c.name, c.concern.title, c.overdue) for c in unit.top_concerns] == [
        ("Ada Lovelace", "Close slips", True),
        ("Bob Marley", "Licences", False),
    ]
    assert (unit.open_concerns, unit.raised_in_quarter, unit.closed_in_quarter) == (2, 2, 1)
    assert unit.at_risk == ()
    assert report.people == 2 and report.overall is not None and report.overall_before is not None


def test_a_past_quarter_is_graded_from_the_history_as_it_stood(
    uow: Any, ada: Stakeholder, bob: Stakeholder, erp: StakeholderMap
) -> None:
    _world(uow, ada, bob, erp)
    report = health_report(uow(), Quarter(2026, 3), TODAY, now=NOW, tz=UTC)
    assert not report.current and report.as_of_day == date(2026, 9, 30)
    assert report.as_of == datetime(2026, 9, 30, 23, 59, 59, 999999, tzinfo=UTC)
    [unit] = report.units
    # On 30 September: no concern open yet (the old one was still open until 2 October).
    assert [c.concern.title for c in unit.top_concerns] == ["Old one"]
    assert unit.health.score == pytest.approx((100 + 95) / 2)
    assert unit.maturity is MaturityLevel.ORDER_TAKER


def test_a_quarter_that_has_not_begun_is_refused(
    uow: Any, ada: Stakeholder, bob: Stakeholder, erp: StakeholderMap
) -> None:
    with pytest.raises(
        ValidationError, match="2027Q1 has not begun yet; the latest quarter is 2026Q4"
    ):
        health_report(uow(), Quarter(2027, 1), TODAY, now=NOW, tz=UTC)


def test_plans_on_and_off_track_per_unit_as_they_stood(
    uow: Any, ada: Stakeholder, bob: Stakeholder, erp: StakeholderMap
) -> None:
    from domain.model import EngagementPlan, Touchpoint, TouchpointKind
    from domain.usecases.engagement_plans import create_plan

    _world(uow, ada, bob, erp)
    for person, when in ((ada, date(2026, 11, 1)), (bob, date(2026, 12, 20))):
        create_plan(
            uow(),
            EngagementPlan(
                person.id or 0,
                f"{person.name}: keep on side",
                date(2026, 10, 1),
                touchpoints=[Touchpoint(when, TouchpointKind.MEETING)],
            ),
        )
    [unit] = health_report(uow(), Quarter(2026, 4), TODAY, now=NOW, tz=UTC).units
    assert unit.plans is not None and (unit.plans.on_track, unit.plans.off_track) == (1, 1)
    [before] = health_report(uow(), Quarter(2026, 3), TODAY, now=NOW, tz=UTC).units
    assert before.plans is None  # neither plan had started by 30 September
