"""Undoable changes to influence links."""

from __future__ import annotations

from dataclasses import replace

from domain.model import InfluenceLink
from domain.usecases import influence as uc
from ui.app_context import AppContext, Topic
from ui.undo.use_case_command import UseCaseCommand


class AddInfluenceCommand(UseCaseCommand):
    topics = (Topic.INFLUENCE,)

    def __init__(self, ctx: AppContext, link: InfluenceLink, text: str) -> None:
        super().__init__(ctx, text)
        self.link = replace(link)
        self.added: InfluenceLink | None = None

    def perform(self) -> None:
        if self.added is not None:  # redo: the same link, with its id
            uc.relink(self.ctx.uow(), self.added)
            return
        new = self.link
        self.added = uc.link(self.ctx.uow(), new.source_id, new.target_id, new.strength, new.note)

    def revert(self) -> None:
        assert self.added is not None and self.added.id is not None
        uc.unlink(self.ctx.uow(), self.added.id)


class RemoveInfluenceCommand(UseCaseCommand):
    topics = (Topic.INFLUENCE,)

    def __init__(self, ctx: AppContext, link_id: int, text: str) -> None:
        super().__init__(ctx, text)
        self.link_id = link_id
        self.removed: InfluenceLink | None = None

    def perform(self) -> None:
        self.removed = uc.unlink(self.ctx.uow(), self.link_id)

    def revert(self) -> None:
        assert self.removed is not None
        uc.relink(self.ctx.uow(), self.removed)
