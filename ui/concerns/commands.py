"""Undoable changes to concerns: each step is one use case, one transaction."""

from __future__ import annotations

from dataclasses import replace

from domain.model import Concern, ConcernStatus
from domain.usecases import concerns as uc
from ui.app_context import AppContext, Topic
from ui.undo.use_case_command import UseCaseCommand


def _short(concern: Concern) -> str:
    title = concern.title.strip()
    return title if len(title) <= 40 else title[:39] + "…"


class RaiseConcernCommand(UseCaseCommand):
    topics = (Topic.CONCERNS,)

    def __init__(self, ctx: AppContext, concern: Concern) -> None:
        super().__init__(ctx, f"Record concern “{_short(concern)}”")
        self.concern = replace(concern)

    def perform(self) -> None:
        # The first time an id is given; a redo puts the same concern back under it.
        self.concern = uc.raise_concern(self.ctx.uow(), replace(self.concern))

    def revert(self) -> None:
        assert self.concern.id is not None
        uc.delete_concern(self.ctx.uow(), self.concern.id)


class EditConcernCommand(UseCaseCommand):
    """Any change to a stored concern: edited, resolved, withdrawn or reopened."""

    topics = (Topic.CONCERNS,)

    def __init__(self, ctx: AppContext, before: Concern, after: Concern) -> None:
        super().__init__(ctx, f"{_verb(before, after)} concern “{_short(after)}”")
        self.before = replace(before)
        self.after = replace(after)

    def perform(self) -> None:
        self.after = uc.save_concern(self.ctx.uow(), replace(self.after))

    def revert(self) -> None:
        uc.save_concern(self.ctx.uow(), replace(self.before))


def _verb(before: Concern, after: Concern) -> str:
    if before.status is after.status:
        return "Edit"
    if after.status is ConcernStatus.OPEN:
        return "Reopen"
    return "Resolve" if after.status is ConcernStatus.RESOLVED else "Withdraw"


class DeleteConcernCommand(UseCaseCommand):
    topics = (Topic.CONCERNS,)

    def __init__(self, ctx: AppContext, concern: Concern) -> None:
        super().__init__(ctx, f"Delete concern “{_short(concern)}”")
        assert concern.id is not None
        self.concern = replace(concern)

    def perform(self) -> None:
        assert self.concern.id is not None
        uc.delete_concern(self.ctx.uow(), self.concern.id)

    def revert(self) -> None:
        uc.raise_concern(self.ctx.uow(), replace(self.concern))
