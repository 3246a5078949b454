"""Organisations, units and their relationship maturity."""

from __future__ import annotations

from datetime import datetime

from domain.clock import utc_now
from domain.model import MaturityAssessment, MaturityLevel, Organisation
from domain.ports import UnitOfWork
from domain.rules.validation import valid_maturity, valid_organisation


def add_organisation(uow: UnitOfWork, organisation: Organisation) -> Organisation:
    organisation = valid_organisation(organisation)
    with uow:
        added = uow.organisations.add(organisation)
        uow.commit()
    return added


def list_organisations(uow: UnitOfWork) -> list[Organisation]:
    with uow:
        return uow.organisations.list()


def find_or_add_organisation(uow: UnitOfWork, name: str) -> Organisation:
    """The organisation of that name (case-insensitive), created as an internal unit if new."""
    wanted = " ".join(name.split())
    with uow:
        for organisation in uow.organisations.list():
            if organisation.name.casefold() == wanted.casefold():
                return organisation
    return add_organisation(uow, Organisation(name=wanted))


def assess_maturity(
    uow: UnitOfWork,
    organisation_id: int,
    level: MaturityLevel,
    at: datetime | None = None,
    note: str = "",
) -> MaturityAssessment:
    with uow:
        added = uow.organisations.add_maturity(
            valid_maturity(
                MaturityAssessment(organisation_id, MaturityLevel(level), at or utc_now(), note)
            )
        )
        uow.commit()
    return added
