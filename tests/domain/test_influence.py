"""Who influences whom."""

from __future__ import annotations

import pytest

from domain.errors import ValidationError
from domain.model import Stakeholder
from domain.usecases.influence import link, links_of
from domain.usecases.stakeholders import add_stakeholder
from tests.fakes import FakeUnitOfWorkFactory


def test_link_and_list_from_either_end(
    uow: FakeUnitOfWorkFactory, ada: Stakeholder, bob: Stakeholder
) -> None:
    assert ada.id is not None and bob.id is not None
    carol = add_stakeholder(uow(), Stakeholder("Carol"))
    assert carol.id is not None
    first = link(uow(), ada.id, bob.id, 5, "Reports to her")
    second = link(uow(), carol.id, ada.id)
    assert (first.strength, first.note, second.strength) == (5, "Reports to her", 3)
    assert links_of(uow(), ada.id) == [first, second]
    assert links_of(uow(), bob.id) == [first]
    assert len(links_of(uow())) == 2


def test_nobody_influences_themselves(uow: FakeUnitOfWorkFactory, ada: Stakeholder) -> None:
    assert ada.id is not None
    with pytest.raises(ValidationError):
        link(uow(), ada.id, ada.id)


@pytest.mark.parametrize("strength", [0, 6])
def test_strength_runs_from_one_to_five(
    uow: FakeUnitOfWorkFactory, ada: Stakeholder, bob: Stakeholder, strength: int
) -> None:
    assert ada.id is not None and bob.id is not None
    with pytest.raises(ValidationError) as refused:
        link(uow(), ada.id, bob.id, strength)
    assert refused.value.field == "strength"
    assert links_of(uow()) == []
