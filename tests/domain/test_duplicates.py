"""Finding duplicates in the register and merging them (on the in-memory workspace)."""

from __future__ import annotations

from datetime import UTC, datetime

from domain.model import (
    InfluenceLink,
    MapMembership,
    Meeting,
    MeetingAttendee,
    Organisation,
    Stakeholder,
    StakeholderMap,
)
from domain.usecases.duplicates import find_duplicates
from domain.usecases.merge_people import merge_conflicts, merge_people, unmerge_people
from domain.usecases.organisations import add_organisation
from domain.usecases.stakeholders import add_stakeholder
from tests.fakes import FakeUnitOfWorkFactory

T0 = datetime(2025, 3, 1, 9, tzinfo=UTC)


def test_duplicates_by_email_similar_name_at_one_organisation_and_same_name(
    uow: FakeUnitOfWorkFactory,
) -> None:
    contoso = add_organisation(uow(), Organisation("Contoso Ltd"))
    fabrikam = add_organisation(uow(), Organisation("Fabrikam"))
    add = lambda *a, **k: add_stakeholder(uow(), Stakeholder(*a, **k))  # noqa: E731
    add("Ada Lovelace", email="ada@example.com")
    add("A. Lovelace", other_emails=["ADA@example.com"])
    add("Jonathan Smith", organisation_id=contoso.id)
    add("Jonathon Smith", organisation_id=contoso.id)
    add("Jonathan Smith", organisation_id=fabrikam.id)  # a namesake elsewhere: not a duplicate
    add("Cher")
    add("Cher", organisation_id=fabrikam.id)
    found = [(p.first.name, p.second.name, p.reason) for p in find_duplicates(uow())]
    assert found == [
        ("Ada Lovelace", "A. Lovelace", "same e-mail ada@example.com"),
        ("Jonathan Smith", "Jonathon Smith", "similar name at the same organisation (score 93)"),
        ("Cher", "Cher", "same name"),
    ]


def test_merge_adds_the_kept_person_to_the_others_maps_and_meetings_and_undo_reverts(
    uow: FakeUnitOfWorkFactory,
) -> None:
    keep = add_stakeholder(uow(), Stakeholder("Ada Lovelace", job_title="CFO"))
    drop = add_stakeholder(
        uow(), Stakeholder("Ada King", job_title="Countess", email="ada@example.com")
    )
    other = add_stakeholder(uow(), Stakeholder("Bob"))
    assert keep.id and drop.id and other.id
    with uow() as work:
        erp = work.maps.add(StakeholderMap("ERP"))
        assert erp.id
        work.maps.add_member(MapMembership(erp.id, drop.id, T0))
        work.influence.add(InfluenceLink(other.id, drop.id, 4, "boss"))
        work.meetings.add(Meeting("Board", T0, attendees=[MeetingAttendee(drop.id)]))
        work.commit()
    assert [str(c) for c in merge_conflicts(keep, drop)] == [
        "name: “Ada Lovelace” kept, “Ada King” not taken",
        "job title: “CFO” kept, “Countess” not taken",
    ]
    record = merge_people(uow(), keep.id, drop.id)
    with uow() as work:
        assert [m.stakeholder_id for m in work.maps.members(erp.id)] == [keep.id]
        assert [(k.source_id, k.target_id) for k in work.influence.list()] == [(other.id, keep.id)]
        [meeting] = work.meetings.list()
        assert [a.stakeholder_id for a in meeting.attendees] == [keep.id]
        kept = work.stakeholders.get(keep.id)
        assert kept is not None and (kept.job_title, kept.email) == ("CFO", "ada@example.com")
    unmerge_people(uow(), record)
    with uow() as work:
        assert [m.stakeholder_id for m in work.maps.members(erp.id)] == [drop.id]
        assert [(k.source_id, k.target_id) for k in work.influence.list()] == [(other.id, drop.id)]
        assert work.stakeholders.get(drop.id) == drop
        assert work.stakeholders.get(keep.id) == keep
