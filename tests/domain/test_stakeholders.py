"""Adding, validating, editing, archiving and removing stakeholders."""

from __future__ import annotations

import pytest

from domain.errors import NotFoundError, ValidationError
from domain.model import Stakeholder, without_honorific
from domain.usecases.stakeholders import (
    add_stakeholder,
    delete_stakeholder,
    get_stakeholder,
    list_stakeholders,
    set_archived,
    update_stakeholder,
    validate,
)
from tests.fakes import FakeUnitOfWorkFactory


@pytest.mark.parametrize("name", ["", "   ", "\t\n"])
def test_a_blank_name_is_refused(name: str) -> None:
    with pytest.raises(ValidationError) as refused:
        validate(Stakeholder(name))
    assert refused.value.field == "name"


def test_a_very_long_name_is_refused() -> None:
    with pytest.raises(ValidationError) as refused:
        validate(Stakeholder("x" * 201))
    assert refused.value.field == "name"


@pytest.mark.parametrize("email", ["margaret", "m@northwind", "m @northwind.example", "@x.com"])
def test_a_bad_email_is_refused(email: str) -> None:
    with pytest.raises(ValidationError) as refused:
        validate(Stakeholder("Margaret", email=email))
    assert refused.value.field == "email"


def test_validate_cleans_text_and_tags_without_touching_the_original() -> None:
    raw = Stakeholder(
        "  Margaret   Okafor ",
        job_title=" CFO ",
        email=" m.okafor@northwind.example ",
        phone=" +44 20 7946 0000 ",
        relation="  ",
        tags=["steerco", " Budget ", "", "budget", "  ", "steerco", "STEERCO"],
    )
    clean = validate(raw)
    assert clean.name == "Margaret Okafor"
    assert (clean.job_title, clean.email, clean.phone) == (
        "CFO",
        "m.okafor@northwind.example",
        "+44 20 7946 0000",
    )
    assert clean.relation == "business unit"
    assert clean.tags == ["Budget", "steerco"]
    assert raw.name == "  Margaret   Okafor "


def test_tags_differing_only_in_case_are_one_tag_whatever_the_hash_seed() -> None:
    tags = ["erp", "Budget", "ERP", "budget", "Erp"]
    assert validate(Stakeholder("M", tags=tags)).tags == ["Budget", "erp"]


@pytest.mark.parametrize(
    ("name", "initials"),
    [
        ("Margaret Okafor", "MO"),
        ("Jean-Luc Picard", "JP"),
        ("Cher", "CH"),
        ("Anna van der Berg", "AB"),
        ("  ", "?"),
        ("42", "?"),
        ("Dr. Katrin Vogel", "KV"),
        ("Prof Dr Ada Lovelace", "AL"),
        ("Dr.", "DR"),
    ],
)
def test_initials(name: str, initials: str) -> None:
    assert Stakeholder(name).initials == initials


@pytest.mark.parametrize(
    ("name", "bare"),
    [
        ("Dr. Helen Marsh", "Helen Marsh"),
        ("Sir Tim Berners-Lee", "Tim Berners-Lee"),
        ("Drew Barrymore", "Drew Barrymore"),  # "Dr" only as a whole word
        ("Ms", "Ms"),
        (" Mr  Ed ", "Ed"),
    ],
)
def test_titles_are_left_out_for_sorting(name: str, bare: str) -> None:
    assert without_honorific(name) == bare


def test_add_get_and_list(uow: FakeUnitOfWorkFactory) -> None:
    added = add_stakeholder(uow(), Stakeholder(" Zoe  Park ", tags=["cmo"]))
    add_stakeholder(uow(), Stakeholder("Adam Smith"))
    assert added.id is not None
    assert get_stakeholder(uow(), added.id) == added
    assert [s.name for s in list_stakeholders(uow())] == ["Adam Smith", "Zoe Park"]


def test_getting_a_missing_stakeholder_is_refused(uow: FakeUnitOfWorkFactory) -> None:
    with pytest.raises(NotFoundError):
        get_stakeholder(uow(), 1)


def test_update_stakeholder_validates_and_stores(
    uow: FakeUnitOfWorkFactory, ada: Stakeholder
) -> None:
    ada.notes = "Prefers one-page summaries."
    ada.tags = [" steerco "]
    saved = update_stakeholder(uow(), ada)
    assert saved.tags == ["steerco"]
    assert ada.id is not None
    assert get_stakeholder(uow(), ada.id) == saved
    ada.email = "not-an-address"
    with pytest.raises(ValidationError):
        update_stakeholder(uow(), ada)
    assert get_stakeholder(uow(), ada.id).email == ""


def test_only_a_saved_stakeholder_can_be_updated(uow: FakeUnitOfWorkFactory) -> None:
    with pytest.raises(ValidationError):
        update_stakeholder(uow(), Stakeholder("Unsaved"))
    with pytest.raises(NotFoundError):
        update_stakeholder(uow(), Stakeholder("Gone", id=99))


def test_archived_people_leave_the_list_but_stay_findable(
    uow: FakeUnitOfWorkFactory, ada: Stakeholder, bob: Stakeholder
) -> None:
    assert ada.id is not None
    assert set_archived(uow(), ada.id, True).archived
    assert [s.name for s in list_stakeholders(uow())] == [bob.name]
    assert len(list_stakeholders(uow(), include_archived=True)) == 2
    set_archived(uow(), ada.id, False)
    assert len(list_stakeholders(uow())) == 2
    with pytest.raises(NotFoundError):
        set_archived(uow(), 404, True)


def test_delete_stakeholder(uow: FakeUnitOfWorkFactory, ada: Stakeholder) -> None:
    assert ada.id is not None
    delete_stakeholder(uow(), ada.id)
    assert list_stakeholders(uow(), include_archived=True) == []
