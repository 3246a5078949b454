"""Undoable changes of owner and of notes on people."""

from __future__ import annotations

from domain.model import Note
from domain.usecases import notes as notes_uc
from domain.usecases import ownership as uc
from ui.app_context import AppContext, Topic
from ui.undo.use_case_command import UseCaseCommand


class SetOwnersCommand(UseCaseCommand):
    """Make someone (or nobody) the owner of one or many people; undo gives each back theirs."""

    topics = (Topic.STAKEHOLDERS,)

    def __init__(self, ctx: AppContext, ids: list[int], owner: str | None, what: str) -> None:
        super().__init__(ctx, f"Set owner of {what}")
        self.ids, self.owner = list(ids), owner
        self.before: dict[int, str | None] = {}

    def perform(self) -> None:
        self.before = uc.set_owners(self.ctx.uow(), self.ids, self.owner)

    def revert(self) -> None:
        uc.restore_owners(self.ctx.uow(), self.before)


class SetUnitOwnerCommand(UseCaseCommand):
    topics = (Topic.ORGANISATIONS,)

    def __init__(self, ctx: AppContext, unit_id: int, owner: str | None, name: str) -> None:
        super().__init__(ctx, f"Set owner of {name}")
        self.unit_id, self.owner = unit_id, owner
        self.before: str | None = None

    def perform(self) -> None:
        self.before = uc.set_unit_owner(self.ctx.uow(), self.unit_id, self.owner)

    def revert(self) -> None:
        uc.set_unit_owner(self.ctx.uow(), self.unit_id, self.before)


class AddNoteCommand(UseCaseCommand):
    topics = (Topic.NOTES,)

    def __init__(self, ctx: AppContext, note: Note) -> None:
        super().__init__(ctx, "Add private note" if note.private else "Add note")
        self.note = note

    def perform(self) -> None:
        # A redo puts back the very note (same id, author and times).
        self.note = notes_uc.add_note(self.ctx.uow(), self.note)

    def revert(self) -> None:
        assert self.note.id is not None
        notes_uc.remove_note(self.ctx.uow(), self.note.id)


class EditNoteCommand(UseCaseCommand):
    topics = (Topic.NOTES,)

    def __init__(self, ctx: AppContext, note: Note, text: str, private: bool) -> None:
        super().__init__(ctx, "Edit note")
        assert note.id is not None
        self.note_id, self.text, self.private = note.id, text, private
        self.before = note

    def perform(self) -> None:
        self.before = notes_uc.edit_note(self.ctx.uow(), self.note_id, self.text, self.private)

    def revert(self) -> None:
        notes_uc.edit_note(self.ctx.uow(), self.note_id, self.before.text, self.before.private)


class RemoveNoteCommand(UseCaseCommand):
    topics = (Topic.NOTES,)

    def __init__(self, ctx: AppContext, note: Note) -> None:
        super().__init__(ctx, "Delete note")
        assert note.id is not None
        self.note_id = note.id
        self.removed = note

    def perform(self) -> None:
        self.removed = notes_uc.remove_note(self.ctx.uow(), self.note_id)

    def revert(self) -> None:
        notes_uc.add_note(self.ctx.uow(), self.removed)
