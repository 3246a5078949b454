"""Undoable changes to stakeholders."""

from __future__ import annotations

from dataclasses import fields, replace

from domain.errors import ConcurrentChangeError
from domain.model import Stakeholder
from domain.usecases import delete_people as delete_uc
from domain.usecases import stakeholders as uc
from ui.app_context import AppContext, Topic
from ui.undo.use_case_command import UseCaseCommand

#: A person's fields an edit may change (all but the id and the revision).
_FIELDS = [f.name for f in fields(Stakeholder) if f.name not in ("id", "revision")]


class AddStakeholderCommand(UseCaseCommand):
    topics = (Topic.STAKEHOLDERS,)

    def __init__(self, ctx: AppContext, stakeholder: Stakeholder) -> None:
        super().__init__(ctx, f"Add {stakeholder.name.strip() or 'stakeholder'}")
        self.stakeholder = stakeholder

    def perform(self) -> None:
        # The first time an id is assigned; a redo puts the same person back under the same id.
        self.stakeholder = uc.add_stakeholder(self.ctx.uow(), self.stakeholder)

    def revert(self) -> None:
        assert self.stakeholder.id is not None
        uc.delete_stakeholder(self.ctx.uow(), self.stakeholder.id)


class EditStakeholderCommand(UseCaseCommand):
    topics = (Topic.STAKEHOLDERS,)

    def __init__(self, ctx: AppContext, before: Stakeholder, after: Stakeholder, what: str) -> None:
        super().__init__(ctx, f"Edit {what} of {before.name}")
        self.before = replace(before)
        self.after = replace(after)

    def perform(self) -> None:
        # Made from the revision the user saw (a redo: the one the undo left): if someone else
        # changed the person since, ConcurrentChangeError says who and when, and nothing is saved.
        self.after = uc.update_stakeholder(self.ctx.uow(), self.after)

    def revert(self) -> None:
        # Undo takes back only one's own change: refused if someone changed the person since.
        undone = uc.update_stakeholder(
            self.ctx.uow(), replace(self.before, revision=self.after.revision), undoing=True
        )
        self.after = replace(self.after, revision=undone.revision)

    def overwrite(self, error: ConcurrentChangeError) -> bool:
        """Make the user's edit over the other person's version: the fields the user changed
        take the user's values, the other person's changes to other fields stay, and undo then
        goes back to their version."""
        assert self.after.id is not None
        theirs = uc.get_stakeholder(self.ctx.uow(), self.after.id)
        mine = {
            name: getattr(self.after, name)
            for name in _FIELDS
            if getattr(self.after, name) != getattr(self.before, name)
        }
        self.before = theirs
        self.after = replace(theirs, **mine)
        return True


class ArchiveStakeholderCommand(UseCaseCommand):
    topics = (Topic.STAKEHOLDERS,)

    def __init__(self, ctx: AppContext, stakeholder: Stakeholder, archived: bool) -> None:
        verb = "Archive" if archived else "Restore"
        super().__init__(ctx, f"{verb} {stakeholder.name}")
        assert stakeholder.id is not None
        self.stakeholder_id = stakeholder.id
        self.archived = archived

    def perform(self) -> None:
        uc.set_archived(self.ctx.uow(), self.stakeholder_id, self.archived)

    def revert(self) -> None:
        uc.set_archived(self.ctx.uow(), self.stakeholder_id, not self.archived)


class DeleteStakeholderCommand(UseCaseCommand):
    """Delete a person with what hangs off them; undo puts everything back (same ids)."""

    topics = (
        Topic.STAKEHOLDERS,
        Topic.MAPS,
        Topic.RATINGS,
        Topic.INTERACTIONS,
        Topic.COMMITMENTS,
        Topic.MEETINGS,
        Topic.INFLUENCE,
        Topic.CONCERNS,
    )

    def __init__(self, ctx: AppContext, stakeholder: Stakeholder) -> None:
        super().__init__(ctx, f"Delete {stakeholder.name}")
        assert stakeholder.id is not None
        self.stakeholder_id = stakeholder.id
        self.snapshot: delete_uc.PersonSnapshot | None = None

    def perform(self) -> None:
        self.snapshot = delete_uc.delete_person(self.ctx.uow(), self.stakeholder_id)

    def revert(self) -> None:
        assert self.snapshot is not None
        delete_uc.restore_person(self.ctx.uow(), self.snapshot)
