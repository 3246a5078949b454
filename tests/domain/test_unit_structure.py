"""Organisations and units: one path format, renaming, moving, archiving and merging."""

from __future__ import annotations

from datetime import date

import pytest

from domain.errors import ValidationError
from domain.model import (
    DemandItem,
    DemandKind,
    DemandStatus,
    DemandStep,
    MaturityAssessment,
    MaturityLevel,
    MaturityTarget,
    Organisation,
    Stakeholder,
)
from domain.rules.unit_paths import unit_path
from domain.usecases.demand import add_demand_item
from domain.usecases.maturity import record_assessment, set_target
from domain.usecases.organisations import (
    add_organisation,
    move_organisation,
    organisations_by_id,
    rename_organisation,
    restore_archived,
    set_archived,
)
from domain.usecases.stakeholders import add_stakeholder
from domain.usecases.unit_merge import merge_units, undo_merge
from tests.domain.support import T0
from tests.fakes import FakeUnitOfWorkFactory


def _tree(uow: FakeUnitOfWorkFactory) -> tuple[int, int, int, int]:
    group = add_organisation(uow(), Organisation("Northwind Group"))
    operations = add_organisation(uow(), Organisation("Group Operations", parent_id=group.id))
    retail = add_organisation(uow(), Organisation("Retail Division", parent_id=operations.id))
    logistics = add_organisation(uow(), Organisation("Logistics Division", parent_id=operations.id))
    ids = (group.id, operations.id, retail.id, logistics.id)
    assert all(i is not None for i in ids)
    return ids  # type: ignore[return-value]


def test_a_units_path_runs_from_the_top_organisation_down(uow: FakeUnitOfWorkFactory) -> None:
    group, _operations, retail, _ = _tree(uow)
    everyone = organisations_by_id(uow())
    assert unit_path(everyone, retail) == "Northwind Group › Group Operations › Retail Division"
    assert unit_path(everyone, group) == "Northwind Group"
    assert unit_path(everyone, None) == ""


def test_renaming_changes_every_path_below(uow: FakeUnitOfWorkFactory) -> None:
    _, operations, retail, _ = _tree(uow)
    assert rename_organisation(uow(), operations, "  Operations ") == "Group Operations"
    assert unit_path(organisations_by_id(uow()), retail) == (
        "Northwind Group › Operations › Retail Division"
    )
    with pytest.raises(ValidationError, match="needs a name"):
        rename_organisation(uow(), operations, "   ")


def test_moving_a_unit_under_another_and_back(uow: FakeUnitOfWorkFactory) -> None:
    group, operations, retail, _logistics = _tree(uow)
    assert move_organisation(uow(), retail, group) == operations
    assert unit_path(organisations_by_id(uow()), retail) == "Northwind Group › Retail Division"
    move_organisation(uow(), retail, None)
    assert unit_path(organisations_by_id(uow()), retail) == "Retail Division"


def test_a_unit_cannot_move_into_itself_or_below_itself(uow: FakeUnitOfWorkFactory) -> None:
    _, operations, retail, _ = _tree(uow)
    before = organisations_by_id(uow())
    with pytest.raises(ValidationError, match="cannot sit inside itself"):
        move_organisation(uow(), operations, operations)
    with pytest.raises(ValidationError, match="which sits inside it"):
        move_organisation(uow(), operations, retail)
    assert organisations_by_id(uow()) == before


def test_archiving_takes_the_units_inside_and_undo_restores_exactly_those(
    uow: FakeUnitOfWorkFactory,
) -> None:
    _, operations, retail, logistics = _tree(uow)
    set_archived(uow(), logistics, True)
    changed = set_archived(uow(), operations, True)
    assert changed == [operations, retail]  # logistics was archived already
    assert all(organisations_by_id(uow())[i].archived for i in (operations, retail, logistics))
    restore_archived(uow(), changed, False)
    everyone = organisations_by_id(uow())
    assert not everyone[operations].archived and not everyone[retail].archived
    assert everyone[logistics].archived


def test_merging_moves_people_units_history_and_demand_and_undo_puts_them_back(
    uow: FakeUnitOfWorkFactory,
) -> None:
    group, _operations, retail, logistics = _tree(uow)
    shop = add_organisation(uow(), Organisation("Shop floor", parent_id=logistics))
    claire = add_stakeholder(uow(), Stakeholder("Claire", organisation_id=group, unit_id=logistics))
    record_assessment(
        uow(), MaturityAssessment(logistics, MaturityLevel.CONSULTATIVE, T0, "Joint plan")
    )
    set_target(uow(), logistics, MaturityTarget(logistics, MaturityLevel.PARTNER, date(2026, 6, 1)))
    item = add_demand_item(
        uow(),
        DemandItem(
            logistics,
            "Route planning",
            DemandKind.OPPORTUNITY,
            [DemandStep(DemandStatus.IDEA, date(2025, 1, 2))],
            sponsor_id=claire.id,
        ),
    )
    before = organisations_by_id(uow())

    done = merge_units(uow(), logistics, retail)

    with uow() as tx:
        assert tx.organisations.get(logistics) is None
        moved = tx.stakeholders.get(claire.id or 0)
        assert moved is not None and moved.unit_id == retail
        assert tx.organisations.get(shop.id or 0).parent_id == retail  # type: ignore[union-attr]
        assert [a.organisation_id for a in tx.organisations.maturity_history()] == [retail]
        assert [d.unit_id for d in tx.demand.list()] == [retail]
        assert [t.organisation_id for t in tx.organisations.targets()] == [retail]

    undo_merge(uow(), done)

    assert organisations_by_id(uow()) == before
    with uow() as tx:
        back = tx.stakeholders.get(claire.id or 0)
        assert back is not None and back.unit_id == logistics
        assert [a.organisation_id for a in tx.organisations.maturity_history()] == [logistics]
        assert tx.demand.get(item.id or 0).unit_id == logistics  # type: ignore[union-attr]
        assert [t.organisation_id for t in tx.organisations.targets()] == [logistics]


def test_a_unit_cannot_be_merged_into_itself_or_into_a_unit_inside_it(
    uow: FakeUnitOfWorkFactory,
) -> None:
    _, operations, retail, _ = _tree(uow)
    before = organisations_by_id(uow())
    with pytest.raises(ValidationError, match="“Group Operations” cannot be merged into itself"):
        merge_units(uow(), operations, operations)
    with pytest.raises(ValidationError, match="which sits inside it"):
        merge_units(uow(), operations, retail)
    assert organisations_by_id(uow()) == before


def test_charts_register_and_prep_sheet_name_a_unit_the_same(uow: FakeUnitOfWorkFactory) -> None:
    from domain.model import Meeting, MeetingAttendee
    from domain.usecases.charts_data import maturity_by_unit
    from domain.usecases.meetings import plan_meeting
    from domain.usecases.prep_sheet import build_prep_sheet
    from domain.usecases.register import register

    group, _operations, retail, _ = _tree(uow)
    claire = add_stakeholder(uow(), Stakeholder("Claire", organisation_id=group, unit_id=retail))
    record_assessment(uow(), MaturityAssessment(retail, MaturityLevel.PARTNER, T0))
    meeting = plan_meeting(uow(), Meeting("Review", T0, attendees=[MeetingAttendee(claire.id)]))
    path = "Northwind Group › Group Operations › Retail Division"
    [unit] = maturity_by_unit(uow(), now=T0)
    [row] = register(uow())
    [attendee] = build_prep_sheet(uow(), meeting.id or 0, now=T0).attendees
    assert (unit.name, row.place, attendee.place) == (path, path, path)
