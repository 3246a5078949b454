"""Undoable changes to engagement plans and the communication plan: each step one use case."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from domain.model import EngagementPlan, Message, Recipient, Touchpoint
from domain.usecases import communication_plan as comms
from domain.usecases import engagement_plans as uc
from ui.app_context import AppContext, Topic
from ui.undo.use_case_command import UseCaseCommand


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


class CreatePlanCommand(UseCaseCommand):
    topics = (Topic.PLANS,)

    def __init__(self, ctx: AppContext, plan: EngagementPlan) -> None:
        super().__init__(ctx, f"New plan: {_short(plan.objective)}")
        self.plan = plan
        self.added: EngagementPlan | None = None

    def perform(self) -> None:
        if self.added is not None:  # redo: the very same plan, ids and all
            uc.restore_plan(self.ctx.uow(), self.added)
            return
        self.added = uc.create_plan(self.ctx.uow(), self.plan)

    def revert(self) -> None:
        assert self.added is not None and self.added.id is not None
        self.added = uc.delete_plan(self.ctx.uow(), self.added.id)


class UpdatePlanCommand(UseCaseCommand):
    topics = (Topic.PLANS,)

    def __init__(self, ctx: AppContext, before: EngagementPlan, after: EngagementPlan) -> None:
        super().__init__(ctx, f"Change plan: {_short(after.objective)}")
        self.before, self.after = before, after

    def perform(self) -> None:
        uc.update_plan(self.ctx.uow(), self.after)

    def revert(self) -> None:
        uc.update_plan(self.ctx.uow(), self.before)


class DeletePlanCommand(UseCaseCommand):
    topics = (Topic.PLANS,)

    def __init__(self, ctx: AppContext, plan: EngagementPlan) -> None:
        super().__init__(ctx, f"Delete plan: {_short(plan.objective)}")
        assert plan.id is not None
        self.plan_id = plan.id
        self.removed: EngagementPlan | None = None

    def perform(self) -> None:
        self.removed = uc.delete_plan(self.ctx.uow(), self.plan_id)

    def revert(self) -> None:
        assert self.removed is not None
        uc.restore_plan(self.ctx.uow(), self.removed)


class SetTouchpointDoneCommand(UseCaseCommand):
    topics = (Topic.PLANS,)

    def __init__(self, ctx: AppContext, touchpoint: Touchpoint, done_on: date | None) -> None:
        verb = "Tick" if done_on else "Untick"
        super().__init__(ctx, f"{verb} touchpoint of {touchpoint.on:%d %b}")
        assert touchpoint.id is not None
        self.touchpoint_id = touchpoint.id
        self.done_on = done_on
        self.before = (touchpoint.done_on, touchpoint.interaction_id)

    def perform(self) -> None:
        uc.set_touchpoint_done(self.ctx.uow(), self.touchpoint_id, self.done_on)

    def revert(self) -> None:
        uc.set_touchpoint_done(self.ctx.uow(), self.touchpoint_id, *self.before)


class CreateMessageCommand(UseCaseCommand):
    topics = (Topic.PLANS,)

    def __init__(self, ctx: AppContext, message: Message) -> None:
        super().__init__(ctx, f"New message: {_short(message.title)}")
        self.message = message
        self.added: Message | None = None

    def perform(self) -> None:
        if self.added is not None:
            comms.restore_message(self.ctx.uow(), self.added)
            return
        self.added = comms.create_message(self.ctx.uow(), self.message)

    def revert(self) -> None:
        assert self.added is not None and self.added.id is not None
        self.added = comms.delete_message(self.ctx.uow(), self.added.id)


class DeleteMessageCommand(UseCaseCommand):
    topics = (Topic.PLANS,)

    def __init__(self, ctx: AppContext, message: Message) -> None:
        super().__init__(ctx, f"Delete message: {_short(message.title)}")
        assert message.id is not None
        self.message_id = message.id
        self.removed: Message | None = None

    def perform(self) -> None:
        self.removed = comms.delete_message(self.ctx.uow(), self.message_id)

    def revert(self) -> None:
        assert self.removed is not None
        comms.restore_message(self.ctx.uow(), self.removed)


class AssignMessageCommand(UseCaseCommand):
    """Many people at once (a quadrant, a tag, a unit): one step to undo."""

    topics = (Topic.PLANS,)

    def __init__(
        self, ctx: AppContext, message: Message, people: Sequence[int], audience: str
    ) -> None:
        super().__init__(ctx, f"Send “{_short(message.title, 30)}” to {audience}")
        assert message.id is not None
        self.message_id = message.id
        self.people = list(people)
        self.added: list[int] = []

    def perform(self) -> None:
        self.added = comms.assign(self.ctx.uow(), self.message_id, self.people)

    def revert(self) -> None:
        comms.unassign(self.ctx.uow(), self.message_id, self.added)


class UnassignMessageCommand(UseCaseCommand):
    topics = (Topic.PLANS,)

    def __init__(self, ctx: AppContext, message: Message, people: Sequence[int]) -> None:
        super().__init__(ctx, f"Stop “{_short(message.title, 30)}” for {len(people)}")
        assert message.id is not None
        self.message_id = message.id
        self.people = list(people)
        self.removed: list[Recipient] = []

    def perform(self) -> None:
        self.removed = comms.unassign(self.ctx.uow(), self.message_id, self.people)

    def revert(self) -> None:
        comms.reassign(self.ctx.uow(), self.message_id, [replace(r) for r in self.removed])
