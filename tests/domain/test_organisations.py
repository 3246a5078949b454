"""Organisations, units and their relationship maturity over time."""

from __future__ import annotations

from datetime import timedelta

import pytest

from domain.errors import ValidationError
from domain.model import MaturityLevel, Organisation, OrganisationKind
from domain.usecases.organisations import (
    add_organisation,
    assess_maturity,
    find_or_add_organisation,
    list_organisations,
)
from tests.domain.support import T0
from tests.fakes import FakeUnitOfWorkFactory


def test_add_organisation_cleans_the_name(uow: FakeUnitOfWorkFactory) -> None:
    added = add_organisation(uow(), Organisation(" Meridian   ERP ", OrganisationKind.VENDOR))
    assert (added.name, added.kind) == ("Meridian ERP", OrganisationKind.VENDOR)
    assert list_organisations(uow()) == [added]


def test_an_organisation_needs_a_name(uow: FakeUnitOfWorkFactory) -> None:
    with pytest.raises(ValidationError) as refused:
        add_organisation(uow(), Organisation("  "))
    assert refused.value.field == "name"


def test_find_or_add_finds_case_insensitively_or_adds_an_internal_unit(
    uow: FakeUnitOfWorkFactory,
) -> None:
    vendor = add_organisation(uow(), Organisation("Meridian ERP", OrganisationKind.VENDOR))
    assert find_or_add_organisation(uow(), "  meridian  erp") == vendor
    added = find_or_add_organisation(uow(), "Retail  Division")
    assert (added.name, added.kind) == ("Retail Division", OrganisationKind.INTERNAL_UNIT)
    assert len(list_organisations(uow())) == 2


def test_units_can_sit_under_a_parent(uow: FakeUnitOfWorkFactory) -> None:
    group = add_organisation(uow(), Organisation("Northwind Group"))
    unit = add_organisation(uow(), Organisation("Logistics", parent_id=group.id))
    assert unit.parent_id == group.id


def test_maturity_history_in_time_order_per_unit(uow: FakeUnitOfWorkFactory) -> None:
    retail = add_organisation(uow(), Organisation("Retail"))
    logistics = add_organisation(uow(), Organisation("Logistics"))
    assert retail.id is not None and logistics.id is not None
    later = assess_maturity(uow(), retail.id, MaturityLevel.CONSULTATIVE, T0 + timedelta(days=90))
    first = assess_maturity(uow(), retail.id, 1, T0, "Tickets only")  # type: ignore[arg-type]
    assess_maturity(uow(), logistics.id, MaturityLevel.PARTNER, T0)
    assert first.level is MaturityLevel.ORDER_TAKER
    with uow() as tx:
        retail_history = tx.organisations.maturity_history(retail.id)
        everyone = tx.organisations.maturity_history()
    assert retail_history == [first, later]
    assert len(everyone) == 3


def test_assess_maturity_without_a_moment_means_now(uow: FakeUnitOfWorkFactory) -> None:
    unit = add_organisation(uow(), Organisation("HR"))
    assert unit.id is not None
    assert assess_maturity(uow(), unit.id, MaturityLevel.PARTNER).at > T0


def test_maturity_labels() -> None:
    assert MaturityLevel.ORDER_TAKER.label == "order taker"
    assert [level.label for level in MaturityLevel] == ["order taker", "consultative", "partner"]
