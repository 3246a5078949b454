"""Deleting a person on a real workspace file: everything that hangs off them goes, the rest
stays, and undoing the deletion gives back, record for record, what there was."""

from __future__ import annotations

from domain.usecases.delete_people import delete_person, deletion_reach, restore_person
from persistence.exchange.json_export import collect_sections
from persistence.workspace import Workspace
from tests.persistence.sample_data import SAMPLE_PHOTO, fill, without_change_stamps


def test_deleting_a_person_takes_what_hangs_off_them_and_undo_restores_it_all(
    workspace: Workspace,
) -> None:
    ids = fill(workspace.uow)
    before = collect_sections(workspace.uow)

    reach = deletion_reach(workspace.uow(), ids.ada)
    assert reach.person.name == "Ada Lovelace"
    assert (reach.ratings, reach.interactions, reach.commitments, reach.concerns) == (2, 1, 1, 1)
    assert (reach.links, reach.maps, reach.meetings, reach.plans) == (1, 1, 1, 1)
    assert collect_sections(workspace.uow) == before  # counting changes nothing

    snapshot = delete_person(workspace.uow(), ids.ada)
    with workspace.uow() as uow:
        assert uow.stakeholders.get(ids.ada) is None
        assert uow.ratings.history(stakeholder_id=ids.ada) == []
        assert [m.stakeholder_id for m in uow.maps.members(ids.erp)] == [ids.bob]
        assert [c.stakeholder_id for c in uow.commitments.list()] == [ids.bob]
        assert uow.influence.list() == []
        assert [c.stakeholder_id for c in uow.concerns.list()] == [ids.bob]
        assert uow.plans.list(ids.ada) == []
        assert uow.notes.list() == []  # both notes were on her
        [message] = uow.messages.list()
        assert [r.stakeholder_id for r in message.recipients] == [ids.bob]
        [interaction] = uow.interactions.list()
        assert interaction.participant_ids == [ids.bob]  # the lunch stays, without her
        meeting = uow.meetings.get(ids.meeting)
        assert meeting is not None
        assert "Ada Lovelace" in [a.name for a in meeting.attendees]  # a guest by name
        assert uow.stakeholders.get(ids.bob) is not None

    restore_person(workspace.uow(), snapshot)
    assert without_change_stamps(collect_sections(workspace.uow)) == without_change_stamps(before)
    with workspace.uow() as uow:
        assert uow.stakeholders.photo(ids.ada) == SAMPLE_PHOTO

    delete_person(workspace.uow(), ids.ada)  # redo
    with workspace.uow() as uow:
        assert uow.stakeholders.get(ids.ada) is None
