"""The demo's demand log: two years for five units, the mix of kinds following maturity, a few
items stalled and one unit behind its maturity target."""

from __future__ import annotations

from collections import Counter

from domain.model import DemandKind
from domain.usecases.attention import attention_list
from domain.usecases.demand import demand_pipeline
from tests.demo.conftest import TODAY
from tests.fakes import FakeUnitOfWorkFactory


def test_two_years_of_demand_for_the_five_assessed_units(demo: FakeUnitOfWorkFactory) -> None:
    rows = demand_pipeline(demo(), TODAY).rows
    by_unit = Counter(row.unit.rsplit(" › ", 1)[-1] for row in rows)
    assert set(by_unit) == {
        "Retail Division",
        "Logistics Division",
        "Group Finance",
        "Marketing & E-commerce",
        "People & Culture",
    }
    assert all(count >= 20 for count in by_unit.values())
    raised = [row.item.raised_on for row in rows if row.item.raised_on]
    assert (TODAY - min(raised)).days >= 690 and (TODAY - max(raised)).days <= 40
    assert all(row.sponsor for row in rows)
    assert 0 < sum(row.item.status.is_open for row in rows) < len(rows) // 2


def test_opportunities_and_joint_initiatives_grow_where_maturity_rose(
    demo: FakeUnitOfWorkFactory,
) -> None:
    rows = demand_pipeline(demo(), TODAY).rows
    for unit in ("Marketing & E-commerce", "Retail Division"):
        mine = [r.item for r in rows if r.unit.endswith(unit) and r.item.raised_on]
        first = [i for i in mine if (TODAY - i.raised_on).days > 365]  # type: ignore[operator]
        last = [i for i in mine if (TODAY - i.raised_on).days <= 365]  # type: ignore[operator]

        def share(items: list) -> float:  # type: ignore[type-arg]
            grown = sum(i.kind is not DemandKind.REQUEST for i in items)
            return grown / max(len(items), 1)

        assert share(last) > share(first) + 0.2, unit


def test_logistics_is_behind_its_target_and_some_demand_has_stalled(
    demo: FakeUnitOfWorkFactory,
) -> None:
    report = attention_list(demo(), today=TODAY)
    assert [row.path.rsplit(" › ", 1)[-1] for row in report.behind_target] == ["Logistics Division"]
    assert 3 <= len(report.stalled_demand) <= 25
    assert all(row.days_in_status > 60 for row in report.stalled_demand)
