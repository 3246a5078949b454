"""The demand log: items, the pipeline, stalled items, and bad input refused."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from domain.errors import ValidationError
from domain.model import DemandItem, DemandKind, DemandStatus, DemandStep, Organisation, Stakeholder
from domain.rules.demand import kind_mix_by_quarter, next_statuses
from domain.usecases.demand import (
    add_demand_item,
    delete_demand_item,
    demand_pipeline,
    move_demand_item,
    stalled_demand,
    update_demand_item,
)
from domain.usecases.organisations import add_organisation
from domain.usecases.stakeholders import add_stakeholder
from tests.fakes import FakeUnitOfWorkFactory

TODAY = date(2025, 6, 1)


def _units(uow: FakeUnitOfWorkFactory) -> tuple[int, int]:
    group = add_organisation(uow(), Organisation("Northwind"))
    retail = add_organisation(uow(), Organisation("Retail", parent_id=group.id))
    assert group.id is not None and retail.id is not None
    return group.id, retail.id


def _item(unit: int | None, raised: date, title: str = "Loyalty app", **kw: object) -> DemandItem:
    return DemandItem(
        unit,
        title,
        DemandKind.OPPORTUNITY,
        [DemandStep(DemandStatus.IDEA, raised)],
        **kw,  # type: ignore[arg-type]
    )


def test_an_item_is_stored_cleaned_with_its_sponsor(uow: FakeUnitOfWorkFactory) -> None:
    _, retail = _units(uow)
    claire = add_stakeholder(uow(), Stakeholder("Claire Dubois"))
    added = add_demand_item(
        uow(), _item(retail, date(2025, 5, 1), " Loyalty\tapp ", sponsor_id=claire.id, value=5e4)
    )
    [row] = demand_pipeline(uow(), TODAY).rows
    assert (row.item.title, row.unit, row.sponsor, row.days_in_status) == (
        "Loyalty app",
        "Northwind › Retail",
        "Claire Dubois",
        31,
    )
    assert row.item == added and not row.stalled


def test_an_item_without_a_unit_is_refused_and_nothing_is_stored(
    uow: FakeUnitOfWorkFactory,
) -> None:
    with pytest.raises(ValidationError, match="needs a business unit") as refused:
        add_demand_item(uow(), _item(None, TODAY))
    assert refused.value.field == "unit_id"
    with pytest.raises(ValidationError, match="needs a title"):
        _, retail = _units(uow)
        add_demand_item(uow(), _item(retail, TODAY, "  "))
    with pytest.raises(ValidationError, match="positive amount"):
        add_demand_item(uow(), _item(retail, TODAY, value=float("nan")))
    assert demand_pipeline(uow(), TODAY).rows == []


def test_an_item_moves_forward_or_is_declined_and_undo_gets_the_old_steps_back(
    uow: FakeUnitOfWorkFactory,
) -> None:
    _, retail = _units(uow)
    added = add_demand_item(uow(), _item(retail, date(2025, 1, 6)))
    assert next_statuses(DemandStatus.IDEA) == [DemandStatus.ASSESSED, DemandStatus.DECLINED]
    before = move_demand_item(uow(), added.id or 0, DemandStatus.ASSESSED, date(2025, 2, 1))
    assert before == added
    with pytest.raises(ValidationError, match="cannot become delivered"):
        move_demand_item(uow(), added.id or 0, DemandStatus.DELIVERED, date(2025, 3, 1))
    [row] = demand_pipeline(uow(), TODAY).rows
    assert row.item.status is DemandStatus.ASSESSED and row.item.raised_on == date(2025, 1, 6)
    update_demand_item(uow(), before)  # undo
    [row] = demand_pipeline(uow(), TODAY).rows
    assert row.item.steps == added.steps


def test_an_item_open_too_long_in_one_status_has_stalled(uow: FakeUnitOfWorkFactory) -> None:
    group, retail = _units(uow)
    old = add_demand_item(uow(), _item(retail, date(2025, 1, 1), "Old idea"))
    add_demand_item(uow(), _item(retail, date(2025, 5, 20), "Fresh idea"))
    done = add_demand_item(uow(), _item(group, date(2025, 1, 1), "Done"))
    update_demand_item(
        uow(),
        replace(done, steps=[*done.steps, DemandStep(DemandStatus.DECLINED, date(2025, 1, 2))]),
    )
    assert [r.item.title for r in stalled_demand(uow(), TODAY)] == ["Old idea"]
    assert [r.item.title for r in stalled_demand(uow(), TODAY, stalled_days=200)] == []
    # The pipeline of a unit holds its own items and those of the units inside it.
    assert len(demand_pipeline(uow(), TODAY, unit_id=group).rows) == 3
    assert len(demand_pipeline(uow(), TODAY, unit_id=retail).rows) == 2
    delete_demand_item(uow(), old.id or 0)
    assert stalled_demand(uow(), TODAY) == []


def test_the_kind_mix_is_counted_by_quarter_with_no_gaps() -> None:
    items = [
        _item(1, date(2024, 1, 5)),
        replace(_item(1, date(2024, 2, 5)), kind=DemandKind.REQUEST),
        replace(_item(1, date(2024, 8, 1)), kind=DemandKind.JOINT_INITIATIVE),
    ]
    mix = kind_mix_by_quarter(items)
    assert [m.start for m in mix] == [date(2024, 1, 1), date(2024, 4, 1), date(2024, 7, 1)]
    assert [m.total for m in mix] == [2, 0, 1]
    assert mix[0].counts[DemandKind.REQUEST] == 1
