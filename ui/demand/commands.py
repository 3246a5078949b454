"""Undoable changes to the demand log: add, edit, move along the pipeline, delete."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from domain.model import DemandItem, DemandStatus
from domain.usecases import demand as uc
from ui.app_context import AppContext, Topic
from ui.undo.use_case_command import UseCaseCommand


def _copy(item: DemandItem) -> DemandItem:
    return replace(item, steps=list(item.steps))


class AddDemandCommand(UseCaseCommand):
    topics = (Topic.DEMAND,)

    def __init__(self, ctx: AppContext, item: DemandItem) -> None:
        super().__init__(ctx, f"Log {item.title.strip() or 'demand item'}")
        self.item = _copy(item)

    def perform(self) -> None:
        # A redo puts the item back under the id it was first given.
        self.item = uc.add_demand_item(self.ctx.uow(), _copy(self.item))

    def revert(self) -> None:
        assert self.item.id is not None
        uc.delete_demand_item(self.ctx.uow(), self.item.id)


class EditDemandCommand(UseCaseCommand):
    topics = (Topic.DEMAND,)

    def __init__(self, ctx: AppContext, before: DemandItem, after: DemandItem) -> None:
        super().__init__(ctx, f"Edit {before.title}")
        self.before, self.after = _copy(before), _copy(after)

    def perform(self) -> None:
        uc.update_demand_item(self.ctx.uow(), _copy(self.after))

    def revert(self) -> None:
        uc.update_demand_item(self.ctx.uow(), _copy(self.before))


class MoveDemandCommand(UseCaseCommand):
    topics = (Topic.DEMAND,)

    def __init__(self, ctx: AppContext, item: DemandItem, status: DemandStatus, on: date):
        verb = "Decline" if status is DemandStatus.DECLINED else f"Mark {status.value}:"
        super().__init__(ctx, f"{verb} {item.title}")
        assert item.id is not None
        self.item_id, self.status, self.on = item.id, status, on
        self.before = _copy(item)

    def perform(self) -> None:
        self.before = uc.move_demand_item(self.ctx.uow(), self.item_id, self.status, self.on)

    def revert(self) -> None:
        uc.update_demand_item(self.ctx.uow(), _copy(self.before))


class DeleteDemandCommand(UseCaseCommand):
    topics = (Topic.DEMAND,)

    def __init__(self, ctx: AppContext, item: DemandItem) -> None:
        super().__init__(ctx, f"Delete {item.title}")
        self.item = _copy(item)

    def perform(self) -> None:
        assert self.item.id is not None
        uc.delete_demand_item(self.ctx.uow(), self.item.id)

    def revert(self) -> None:
        uc.add_demand_item(self.ctx.uow(), _copy(self.item))
