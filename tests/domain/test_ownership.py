"""Owners of people and units, notes on people, and the coverage view, through the use cases
(run on the in-memory fake here, and again on SQLite by test_domain_contract)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest

from domain.errors import NotFoundError, ValidationError
from domain.model import Interaction, InteractionKind, Note, Organisation, Stakeholder
from domain.model import StakeholderMap as Map
from domain.usecases.attention import attention_list
from domain.usecases.coverage import coverage
from domain.usecases.interactions import log_interaction
from domain.usecases.maps import create_map, place_on_map
from domain.usecases.notes import add_note, edit_note, notes_of, remove_note
from domain.usecases.organisations import add_organisation
from domain.usecases.ownership import (
    mine_only,
    owned_by,
    restore_owners,
    set_owners,
    set_unit_owner,
    team,
)
from domain.usecases.stakeholders import add_stakeholder, get_stakeholder
from tests.domain.support import T0

DAY = timedelta(days=1)
NOW = T0 + 200 * DAY


def _id(entity: Any) -> int:
    assert entity.id is not None
    return int(entity.id)


def test_the_team_includes_whoever_is_using_the_workspace(uow: Any) -> None:
    who = team(uow())
    assert who.me in [m.login for m in who.members]
    assert who.name_of(None) == "" and who.name_of("someone.else") == "someone.else"


def test_owners_are_set_in_bulk_and_put_back_exactly(uow: Any, ada: Any, bob: Any) -> None:
    set_owners(uow(), [_id(bob)], "carol")
    before = set_owners(uow(), [_id(ada), _id(bob)], "  anna ")
    assert before == {_id(ada): None, _id(bob): "carol"}
    assert get_stakeholder(uow(), _id(ada)).owner == "anna"  # cleaned
    assert owned_by(uow(), "anna") == ({_id(ada), _id(bob)}, set())
    restore_owners(uow(), before)
    assert (get_stakeholder(uow(), _id(ada)).owner, get_stakeholder(uow(), _id(bob)).owner) == (
        None,
        "carol",
    )
    set_owners(uow(), [_id(ada)], "")  # nobody
    assert get_stakeholder(uow(), _id(ada)).owner is None
    with pytest.raises(NotFoundError):
        set_owners(uow(), [_id(ada), 999], "anna")
    assert get_stakeholder(uow(), _id(ada)).owner is None  # nothing half done


def test_a_unit_gets_an_owner_and_gives_back_the_one_before(uow: Any) -> None:
    unit = add_organisation(uow(), Organisation("Finance"))
    assert set_unit_owner(uow(), _id(unit), "anna") is None
    assert set_unit_owner(uow(), _id(unit), "bob") == "anna"
    assert owned_by(uow(), "bob") == (set(), {_id(unit)})
    with pytest.raises(NotFoundError):
        set_unit_owner(uow(), 999, "anna")


def test_notes_are_written_changed_and_removed_and_come_back_with_their_id(
    uow: Any, ada: Any
) -> None:
    me = team(uow()).me
    first = add_note(uow(), Note(_id(ada), "  Likes numbers\r\n"))
    second = add_note(uow(), Note(_id(ada), "Thinking of leaving", private=True))
    assert (first.text, first.author, first.private) == ("Likes numbers", me, False)
    views = notes_of(uow(), _id(ada))
    assert [(v.note.text, v.mine) for v in views] == [
        ("Thinking of leaving", True),
        ("Likes numbers", True),
    ]
    before = edit_note(uow(), _id(first), "Likes numbers first", True)
    assert before.text == "Likes numbers"
    assert notes_of(uow(), _id(ada))[1].note.private
    removed = remove_note(uow(), _id(second))
    assert [v.note.id for v in notes_of(uow(), _id(ada))] == [first.id]
    assert add_note(uow(), removed) == removed  # undo: the same note, same id and times
    with pytest.raises(ValidationError, match="needs some text"):
        add_note(uow(), Note(_id(ada), "   "))
    with pytest.raises(NotFoundError):
        add_note(uow(), Note(999, "Nobody"))


def test_coverage_shows_owned_units_unowned_people_and_owners_with_overdue_people(
    uow: Any,
) -> None:
    group = add_organisation(uow(), Organisation("Group"))
    finance = add_organisation(uow(), Organisation("Finance", parent_id=_id(group)))
    add_organisation(uow(), Organisation("Sales", parent_id=_id(group)))
    set_unit_owner(uow(), _id(finance), "anna")
    people = {
        name: _id(add_stakeholder(uow(), Stakeholder(name, unit_id=_id(finance))))
        for name in ("Ada", "Bob", "Cy", "Dee")
    }
    set_owners(uow(), [people["Ada"], people["Bob"]], "anna")
    set_owners(uow(), [people["Cy"]], "bob")
    erp = _id(create_map(uow(), Map("ERP")))
    for person in people.values():
        place_on_map(uow(), erp, person, 8, 8, at=NOW - 300 * DAY)  # weekly
    for name in ("Bob", "Cy"):
        call = Interaction(NOW - DAY, InteractionKind.CALL, participant_ids=[people[name]])
        log_interaction(uow(), call)
    report = coverage(uow, now=NOW)
    by_login = {o.login: o for o in report.owners}
    assert by_login["anna"].units == ["Group › Finance"]
    assert by_login["anna"].people == 2 and by_login["bob"].people == 1
    assert [r.name for r in by_login["anna"].overdue] == ["Ada"]  # Bob was called yesterday
    assert by_login["bob"].overdue == []
    assert [o.login for o in report.overdue_owners] == ["anna"]
    assert [(p.name, p.place) for p in report.unowned_people] == [("Dee", "Group › Finance")]
    assert report.unowned_units == ["Group", "Group › Sales"]
    assert team(uow()).me in by_login  # the user is listed even owning nothing


def test_needs_attention_is_cut_down_to_what_one_owns(uow: Any) -> None:
    me = team(uow()).me
    ada = _id(add_stakeholder(uow(), Stakeholder("Ada")))
    bob = _id(add_stakeholder(uow(), Stakeholder("Bob")))
    set_owners(uow(), [ada], me)
    erp = _id(create_map(uow(), Map("ERP")))
    for person in (ada, bob):
        place_on_map(uow(), erp, person, 8, 8, at=NOW - 300 * DAY)
    report = attention_list(uow(), now=NOW)
    assert {r.name for r in report.overdue_contacts} == {"Ada", "Bob"}
    people, units = owned_by(uow(), me)
    mine = mine_only(report, people, units)
    assert [r.name for r in mine.overdue_contacts] == ["Ada"]
    assert mine.now == report.now and report.overdue_contacts != mine.overdue_contacts
