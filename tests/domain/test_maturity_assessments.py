"""Recording a unit's maturity: assessments with evidence and assessor, a target, and who is
behind it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from domain.errors import NotFoundError
from domain.model import MaturityAssessment, MaturityLevel, MaturityTarget, Organisation
from domain.usecases.maturity import (
    delete_assessment,
    edit_assessment,
    record_assessment,
    set_target,
    unit_maturity,
    units_behind_target,
)
from domain.usecases.organisations import add_organisation, set_archived
from tests.domain.support import T0
from tests.fakes import FakeUnitOfWorkFactory

TODAY = date(2025, 6, 1)


def _unit(uow: FakeUnitOfWorkFactory, name: str = "Retail") -> int:
    group = add_organisation(uow(), Organisation("Northwind"))
    unit = add_organisation(uow(), Organisation(name, parent_id=group.id))
    assert unit.id is not None
    return unit.id


def test_an_assessment_keeps_level_date_evidence_and_assessor(uow: FakeUnitOfWorkFactory) -> None:
    retail = _unit(uow)
    added = record_assessment(
        uow(),
        MaturityAssessment(
            retail, MaturityLevel.CONSULTATIVE, T0, "Asks for options\x00", assessor=" Greg  Hill "
        ),
    )
    view = unit_maturity(uow(), retail, TODAY)
    assert view.path == "Northwind › Retail"
    assert view.current == added
    assert (added.note, added.assessor) == ("Asks for options", "Greg Hill")


def test_editing_and_deleting_return_what_was_there_for_undo(uow: FakeUnitOfWorkFactory) -> None:
    retail = _unit(uow)
    added = record_assessment(uow(), MaturityAssessment(retail, MaturityLevel.ORDER_TAKER, T0))
    before = edit_assessment(uow(), replace(added, level=MaturityLevel.PARTNER, note="Co-wrote"))
    assert before == added
    assert unit_maturity(uow(), retail, TODAY).history[0].level is MaturityLevel.PARTNER
    gone = delete_assessment(uow(), added.id or 0)
    assert unit_maturity(uow(), retail, TODAY).history == []
    record_assessment(uow(), gone)  # undo: back with its id
    assert [a.id for a in unit_maturity(uow(), retail, TODAY).history] == [added.id]
    with pytest.raises(NotFoundError):
        delete_assessment(uow(), 999)


def test_a_unit_past_its_target_date_below_its_target_level_is_behind(
    uow: FakeUnitOfWorkFactory,
) -> None:
    retail = _unit(uow)
    logistics = _unit(uow, "Logistics")
    record_assessment(uow(), MaturityAssessment(retail, MaturityLevel.CONSULTATIVE, T0))
    record_assessment(uow(), MaturityAssessment(logistics, MaturityLevel.PARTNER, T0))
    due = TODAY - timedelta(days=10)
    assert set_target(uow(), retail, MaturityTarget(retail, MaturityLevel.PARTNER, due)) is None
    set_target(uow(), logistics, MaturityTarget(logistics, MaturityLevel.PARTNER, due))
    [behind] = units_behind_target(uow(), TODAY)
    assert (behind.path, behind.current, behind.days_late) == (
        "Northwind › Retail",
        MaturityLevel.CONSULTATIVE,
        10,
    )
    assert unit_maturity(uow(), retail, TODAY).behind
    # Not yet due: not behind. Archived: not listed.
    assert units_behind_target(uow(), due) == []
    set_archived(uow(), retail, True)
    assert units_behind_target(uow(), TODAY) == []


def test_clearing_a_target_returns_the_old_one(uow: FakeUnitOfWorkFactory) -> None:
    retail = _unit(uow)
    target = MaturityTarget(retail, MaturityLevel.PARTNER, TODAY)
    set_target(uow(), retail, target)
    assert set_target(uow(), retail, None) == target
    assert unit_maturity(uow(), retail, TODAY).target is None
