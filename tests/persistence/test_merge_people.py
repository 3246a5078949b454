"""Merging two people on a real workspace file: everything moves to the one kept, and undoing the
merge gives back, record for record, what there was."""

from __future__ import annotations

from dataclasses import replace

from domain.model import Dimension, MeetingAttendee, Note, Photo
from domain.usecases.merge_people import merge_people, unmerge_people
from persistence.exchange.json_export import collect_sections
from persistence.workspace import Workspace
from tests.persistence.sample_data import SAMPLE_PHOTO, fill, without_change_stamps


def test_merge_moves_everything_to_the_kept_person_and_undo_restores_it_all(
    workspace: Workspace,
) -> None:
    ids = fill(workspace.uow)
    with workspace.uow() as uow:
        meeting = uow.meetings.get(ids.meeting)
        assert meeting is not None
        uow.meetings.update(
            replace(meeting, attendees=[*meeting.attendees, MeetingAttendee(ids.bob)])
        )
        bob = uow.stakeholders.get(ids.bob)
        assert bob is not None
        uow.stakeholders.update(replace(bob, email="bob@example.com", phone="+1 555"))
        uow.stakeholders.set_photo(ids.bob, Photo(b"\x89PNG\r\n\x1a\nbob", "image/png"))
        uow.notes.add(Note(ids.bob, "Bob's note", private=True))
        uow.commit()
    before = collect_sections(workspace.uow)

    record = merge_people(workspace.uow(), ids.ada, ids.bob)
    with workspace.uow() as uow:
        assert uow.stakeholders.get(ids.bob) is None
        ada = uow.stakeholders.get(ids.ada)
        assert ada is not None
        assert ada.other_emails == ["ada@home.example", "bob@example.com"]
        assert ada.other_phones == ["+44 2", "+1 555"]
        assert uow.stakeholders.photo(ids.ada) == SAMPLE_PHOTO  # hers is kept
        support = uow.ratings.history(ids.ada, [Dimension.SUPPORT], map_id=ids.erp)
        assert [r.value for r in support] == [3]
        assert [m.stakeholder_id for m in uow.maps.members(ids.erp)] == [ids.ada]
        assert [c.stakeholder_id for c in uow.commitments.list()] == [ids.ada, ids.ada]
        assert [c.stakeholder_id for c in uow.concerns.list()] == [ids.ada, ids.ada]
        assert {n.stakeholder_id for n in uow.notes.list()} == {ids.ada}
        assert ada.owner == "anna"  # hers kept
        [interaction] = uow.interactions.list()
        assert interaction.participant_ids == [ids.ada]
        assert uow.influence.list() == []  # Ada's link to Bob would be to herself
        meeting = uow.meetings.get(ids.meeting)
        assert meeting is not None
        assert [a.stakeholder_id for a in meeting.attendees] == [ids.ada, None]

    unmerge_people(workspace.uow(), record)
    assert without_change_stamps(collect_sections(workspace.uow)) == without_change_stamps(before)
    with workspace.uow() as uow:
        assert uow.stakeholders.photo(ids.bob) == Photo(b"\x89PNG\r\n\x1a\nbob", "image/png")

    merge_people(workspace.uow(), ids.ada, ids.bob)  # redo
    with workspace.uow() as uow:
        assert uow.stakeholders.get(ids.bob) is None
