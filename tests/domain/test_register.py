"""The register: everyone with their organisation, trust, influence and last contact."""

from __future__ import annotations

from datetime import timedelta

from domain.model import (
    Dimension,
    Interaction,
    InteractionKind,
    Organisation,
    Sentiment,
    Stakeholder,
)
from domain.usecases.interactions import log_interaction
from domain.usecases.organisations import add_organisation
from domain.usecases.ratings import rate
from domain.usecases.register import register
from domain.usecases.stakeholders import add_stakeholder, set_archived
from tests.domain.support import T0
from tests.fakes import FakeUnitOfWorkFactory


def test_register_rows_carry_the_current_figures(uow: FakeUnitOfWorkFactory) -> None:
    finance = add_organisation(uow(), Organisation("Group Finance"))
    cfo = add_stakeholder(uow(), Stakeholder("Margaret Okafor", organisation_id=finance.id))
    new = add_stakeholder(uow(), Stakeholder("Newcomer"))
    assert cfo.id is not None and new.id is not None
    rate(uow(), cfo.id, Dimension.TRUST, 7, at=T0)
    rate(uow(), cfo.id, Dimension.TRUST, 4, at=T0 + timedelta(days=30))
    rate(uow(), cfo.id, Dimension.INFLUENCE, 9, at=T0)
    for days in (3, 12):
        log_interaction(
            uow(),
            Interaction(
                T0 + timedelta(days=days), InteractionKind.CALL, "", Sentiment.NEUTRAL, [cfo.id]
            ),
        )

    rows = {row.stakeholder.name: row for row in register(uow())}

    cfo_row = rows["Margaret Okafor"]
    assert (cfo_row.organisation, cfo_row.trust, cfo_row.influence) == ("Group Finance", 4.0, 9.0)
    assert cfo_row.last_contact == T0 + timedelta(days=12)
    new_row = rows["Newcomer"]
    assert (new_row.organisation, new_row.trust, new_row.influence, new_row.last_contact) == (
        "",
        None,
        None,
        None,
    )


def test_register_leaves_out_archived_people_unless_asked(uow: FakeUnitOfWorkFactory) -> None:
    gone = add_stakeholder(uow(), Stakeholder("Former CMO"))
    assert gone.id is not None
    set_archived(uow(), gone.id, True)
    assert register(uow()) == []
    assert [r.stakeholder.name for r in register(uow(), include_archived=True)] == ["Former CMO"]
