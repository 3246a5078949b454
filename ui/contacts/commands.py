"""Undoable contact imports (the whole import is one step) and merges of duplicates."""

from __future__ import annotations

from domain.model import Stakeholder
from domain.usecases import contact_import as uc
from domain.usecases import merge_people as merging
from domain.usecases.contact_preview import ImportPreview
from ui.app_context import AppContext, Topic
from ui.undo.use_case_command import UseCaseCommand


class ImportContactsCommand(UseCaseCommand):
    topics = (Topic.STAKEHOLDERS, Topic.ORGANISATIONS)

    def __init__(self, ctx: AppContext, preview: ImportPreview, source: str) -> None:
        super().__init__(ctx, f"Import contacts from {source}")
        self.preview = preview
        self.outcome: uc.ImportOutcome | None = None

    def perform(self) -> None:
        if self.outcome is None:
            self.outcome = uc.apply_import(self.ctx.uow(), self.preview)
        else:
            uc.redo_import(self.ctx.uow(), self.outcome)

    def revert(self) -> None:
        assert self.outcome is not None
        uc.undo_import(self.ctx.uow(), self.outcome)


class MergePeopleCommand(UseCaseCommand):
    """Two records of one person made one: everything of the dropped one moves to the kept."""

    topics = (
        Topic.STAKEHOLDERS,
        Topic.MAPS,
        Topic.RATINGS,
        Topic.INTERACTIONS,
        Topic.COMMITMENTS,
        Topic.MEETINGS,
        Topic.INFLUENCE,
    )

    def __init__(self, ctx: AppContext, keep: Stakeholder, drop: Stakeholder) -> None:
        super().__init__(ctx, f"Merge {drop.name} into {keep.name}")
        assert keep.id is not None and drop.id is not None
        self.keep_id, self.drop_id = keep.id, drop.id
        self.record: merging.MergeRecord | None = None

    def perform(self) -> None:
        self.record = merging.merge_people(self.ctx.uow(), self.keep_id, self.drop_id)

    def revert(self) -> None:
        assert self.record is not None
        merging.unmerge_people(self.ctx.uow(), self.record)
