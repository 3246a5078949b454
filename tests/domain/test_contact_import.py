"""Importing contacts: new, matching (and why) or skipped (and why); merging fills gaps and keeps
both addresses; conflicts are shown, not written; one transaction, undone and redone whole."""

from __future__ import annotations

from domain.model import ContactCard, Organisation, Photo, Stakeholder
from domain.usecases.contact_import import apply_import, redo_import, undo_import
from domain.usecases.contact_preview import RowStatus, preview_import
from domain.usecases.organisations import add_organisation
from domain.usecases.stakeholders import add_stakeholder
from tests.fakes import FakeUnitOfWorkFactory

PHOTO = Photo(b"\x89PNG\r\n\x1a\n-data", "image/png")


def test_preview_says_new_matching_with_reason_and_score_or_skipped(
    uow: FakeUnitOfWorkFactory,
) -> None:
    contoso = add_organisation(uow(), Organisation("Contoso Ltd"))
    add_stakeholder(uow(), Stakeholder("Ada Lovelace", email="ada@example.com"))
    add_stakeholder(uow(), Stakeholder("Jonathan Smith", organisation_id=contoso.id))
    cards = [
        ContactCard("Ada King", emails=("ADA@example.com",), source="card 1"),
        ContactCard("Jonathon Smith", organisation="Contoso, Ltd.", source="card 2"),
        ContactCard("Grace Hopper", emails=("grace@navy.example",), source="card 3"),
        ContactCard("", problem="no name", source="card 4"),
        ContactCard("Grace Hopper", emails=("grace@navy.example",), source="card 5"),
    ]
    rows = preview_import(uow(), cards).rows
    assert [(r.status, r.reason) for r in rows] == [
        (RowStatus.MATCH, "same e-mail ADA@example.com"),
        (RowStatus.MATCH, "similar name at the same organisation (score 93)"),
        (RowStatus.NEW, ""),
        (RowStatus.SKIP, "no name"),
        (RowStatus.SKIP, "the same person as card 3 in this file"),
    ]
    assert rows[1].score is not None and 90 <= rows[1].score < 100
    assert rows[0].merge is not None
    assert [str(c) for c in rows[0].merge.conflicts] == [
        "name: “Ada Lovelace” kept, “Ada King” not taken"
    ]
    assert [r.take for r in rows] == [False, False, True, False, False]


def test_merging_fills_empty_fields_keeps_both_addresses_and_never_overwrites(
    uow: FakeUnitOfWorkFactory,
) -> None:
    ada = add_stakeholder(
        uow(),
        Stakeholder("Ada Lovelace", job_title="CFO", email="ada@example.com", phone="+44 1"),
    )
    card = ContactCard(
        "Ada Lovelace",
        job_title="Countess",
        organisation="Analytical Engines plc",
        units=("Finance",),
        emails=("ada@example.com", "ada@home.example"),
        phones=("+44 2",),
        tags=("board",),
        notes="Met at the Royal Society",
        photo=PHOTO,
    )
    preview = preview_import(uow(), [card])
    [row] = preview.rows
    assert row.status == RowStatus.MATCH and row.take
    assert row.merge is not None
    assert [str(c) for c in row.merge.conflicts] == ["job title: “CFO” kept, “Countess” not taken"]
    outcome = apply_import(uow(), preview)
    assert outcome.summary() == "0 added, 1 merged, 0 not taken, 2 organisations or units added"
    with uow() as work:
        after = work.stakeholders.get(ada.id or 0)
        assert after is not None
        assert (after.job_title, after.email, after.other_emails) == (
            "CFO",
            "ada@example.com",
            ["ada@home.example"],
        )
        assert (after.phone, after.other_phones, after.tags) == ("+44 1", ["+44 2"], ["board"])
        assert after.notes == "Met at the Royal Society"
        orgs = {o.id: o for o in work.organisations.list()}
        assert orgs[after.organisation_id].name == "Analytical Engines plc"
        assert orgs[after.unit_id].name == "Finance"
        assert work.stakeholders.photo(ada.id or 0) == PHOTO


def test_importing_the_same_cards_twice_adds_no_one(uow: FakeUnitOfWorkFactory) -> None:
    cards = [
        ContactCard("Grace Hopper", organisation="US Navy", emails=("grace@navy.example",)),
        ContactCard("Kenji Watanabe", organisation="Tailspin Toys, Inc.", job_title="CTO"),
        ContactCard("Cher"),
    ]
    first = apply_import(uow(), preview_import(uow(), cards))
    assert len(first.added) == 3
    second_preview = preview_import(uow(), cards)
    assert [r.status for r in second_preview.rows] == [RowStatus.MATCH] * 3
    assert not any(r.take for r in second_preview.rows)
    second = apply_import(uow(), second_preview)
    assert (second.added, second.merged) == ([], [])
    with uow() as work:
        assert work.stakeholders.count() == 3
        assert len(work.organisations.list()) == 2


def test_organisations_are_matched_forgivingly_and_units_made_under_them(
    uow: FakeUnitOfWorkFactory,
) -> None:
    contoso = add_organisation(uow(), Organisation("Contoso Ltd"))
    cards = [
        ContactCard("A One", organisation="Contoso, Ltd.", units=("Sales",)),
        ContactCard("B Two", organisation="CONTOSO LIMITED", units=("sales",)),
    ]
    outcome = apply_import(uow(), preview_import(uow(), cards))
    [sales] = outcome.organisations
    assert (sales.name, sales.parent_id) == ("Sales", contoso.id)
    assert {(p.organisation_id, p.unit_id) for p in outcome.added} == {(contoso.id, sales.id)}


def test_undo_takes_the_whole_import_out_and_redo_puts_it_back(
    uow: FakeUnitOfWorkFactory,
) -> None:
    ada = add_stakeholder(uow(), Stakeholder("Ada Lovelace", email="ada@example.com"))
    cards = [
        ContactCard("Ada Lovelace", emails=("ada@example.com",), job_title="CFO", photo=PHOTO),
        ContactCard("Grace Hopper", organisation="US Navy", photo=PHOTO),
    ]
    outcome = apply_import(uow(), preview_import(uow(), cards))
    undo_import(uow(), outcome)
    with uow() as work:
        assert [p.name for p in work.stakeholders.list()] == ["Ada Lovelace"]
        assert work.stakeholders.get(ada.id or 0) == ada
        assert work.organisations.list() == []
        assert work.stakeholders.photo_ids() == set()
    redo_import(uow(), outcome)
    with uow() as work:
        assert [p.name for p in work.stakeholders.list()] == ["Ada Lovelace", "Grace Hopper"]
        assert work.stakeholders.get(ada.id or 0).job_title == "CFO"  # type: ignore[union-attr]
        assert len(work.stakeholders.photo_ids()) == 2


def test_a_failing_row_leaves_nothing_half_imported(uow: FakeUnitOfWorkFactory) -> None:
    cards = [ContactCard("Fine Person"), ContactCard("Also Fine")]
    preview = preview_import(uow(), cards)
    preview.rows[1].card = ContactCard("x" * 300)  # slipped past the preview's checks
    try:
        apply_import(uow(), preview)
    except Exception as error:
        assert "longer than 200" in str(error)
    else:
        raise AssertionError("the import should have been refused")
    with uow() as work:
        assert work.stakeholders.count() == 0


def test_tags_can_be_left_behind(uow: FakeUnitOfWorkFactory) -> None:
    preview = preview_import(uow(), [ContactCard("A One", tags=("VIP",))], take_tags=False)
    [person] = apply_import(uow(), preview).added
    assert person.tags == []
