"""Who influences whom."""

from __future__ import annotations

import pytest

from domain.errors import NotFoundError, ValidationError
from domain.model import Stakeholder
from domain.usecases.influence import influence_around, link, links_of, relink, unlink
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


def test_the_same_influence_twice_is_refused_but_the_other_way_round_is_not(
    uow: FakeUnitOfWorkFactory, ada: Stakeholder, bob: Stakeholder
) -> None:
    assert ada.id is not None and bob.id is not None
    link(uow(), ada.id, bob.id, 4)
    with pytest.raises(ValidationError, match="already influences"):
        link(uow(), ada.id, bob.id, 2)
    link(uow(), bob.id, ada.id, 2)
    assert len(links_of(uow())) == 2


def test_linking_someone_unknown_is_refused(uow: FakeUnitOfWorkFactory, ada: Stakeholder) -> None:
    assert ada.id is not None
    with pytest.raises(NotFoundError):
        link(uow(), ada.id, 999)


def test_around_a_person_strongest_first_and_unlink_then_relink(
    uow: FakeUnitOfWorkFactory, ada: Stakeholder, bob: Stakeholder
) -> None:
    assert ada.id is not None and bob.id is not None
    carol = add_stakeholder(uow(), Stakeholder("Carol"))
    dan = add_stakeholder(uow(), Stakeholder("Dan"))
    assert carol.id is not None and dan.id is not None
    link(uow(), ada.id, bob.id, 2)
    strong = link(uow(), ada.id, dan.id, 5, "Her sponsor")
    link(uow(), carol.id, ada.id, 3)

    around = influence_around(uow(), ada.id)
    assert [(i.other_name, i.strength_text) for i in around.influences] == [
        ("Dan", "decisive"),
        ("Bob Marley", "some"),
    ]
    assert [i.other_name for i in around.influenced_by] == ["Carol"]
    assert influence_around(uow(), dan.id).influenced_by[0].other_id == ada.id

    assert strong.id is not None
    removed = unlink(uow(), strong.id)
    assert removed == strong
    assert [i.other_id for i in influence_around(uow(), ada.id).influences] == [bob.id]
    relink(uow(), removed)
    assert influence_around(uow(), ada.id).influences[0].link == strong  # same id, same note
    with pytest.raises(NotFoundError):
        unlink(uow(), 999)
