"""Undoable change of the workspace's health grading."""

from __future__ import annotations

from domain.rules.relationship_health import HealthGrading
from domain.usecases.health import save_grading
from ui.app_context import AppContext, Topic
from ui.undo.use_case_command import UseCaseCommand


class SaveGradingCommand(UseCaseCommand):
    topics = (Topic.GRADING,)

    def __init__(self, ctx: AppContext, before: HealthGrading, after: HealthGrading) -> None:
        super().__init__(ctx, "Change health grading")
        self.before = before
        self.after = after

    def perform(self) -> None:
        save_grading(self.ctx.uow(), self.after)

    def revert(self) -> None:
        save_grading(self.ctx.uow(), self.before)
