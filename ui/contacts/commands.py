"""Undoable contact imports: the whole import is one step."""

from __future__ import annotations

from domain.usecases import contact_import as uc
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
