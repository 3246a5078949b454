"""Undoable changes made on the power/interest grid: moves, plans, maps and who is on them.

Each command changes the data through use cases; the grid follows through ``ctx.changed``. A redo
puts back the very rows its undo removed (same ids and times), so history stays honest.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from domain.errors import ConcurrentChangeError
from domain.model import Rating, StakeholderMap
from domain.usecases import maps as map_uc
from domain.usecases.map_members import (
    Arrival,
    MembershipChange,
    add_people,
    reinstate,
    remove_people,
    withdraw,
)
from domain.usecases.ratings import (
    GridMove,
    move_on_map,
    restore_ratings,
    take_back_ratings,
)
from ui.app_context import AppContext, Topic
from ui.undo.naming import who
from ui.undo.use_case_command import UseCaseCommand


def _people(count: int, names: Sequence[str] = ()) -> str:
    return who(names, count)


class MoveOnMapCommand(UseCaseCommand):
    """One drag or nudge: new power/interest (or desired) ratings for everyone moved."""

    topics = (Topic.RATINGS,)

    def __init__(
        self,
        ctx: AppContext,
        map_id: int,
        moves: Sequence[GridMove],
        text: str | None = None,
        names: Sequence[str] = (),
    ) -> None:
        """``names``: of the people moved, for the undo label."""
        moves = list(moves)
        planned = all(m.desired for m in moves)
        verb = "Plan" if planned else "Move"
        count = len({m.stakeholder_id for m in moves})
        super().__init__(ctx, text or f"{verb} {_people(count, names)}")
        self.map_id = map_id
        self.moves = moves
        self.ratings: list[Rating] = []

    def perform(self) -> None:
        if self.ratings:  # a redo: the same entries again
            restore_ratings(self.ctx.uow(), self.ratings)
        else:
            self.ratings = move_on_map(self.ctx.uow(), self.map_id, self.moves)

    def revert(self) -> None:
        # Only one's own move is taken back, and not over someone who moved them since.
        self.ratings = take_back_ratings(self.ctx.uow(), self.ratings) or self.ratings

    def overwrite(self, error: ConcurrentChangeError) -> bool:
        """Move them anyway, from wherever the other person put them."""
        self.moves = [replace(m, seen=None) for m in self.moves]
        return True


class AddPeopleCommand(UseCaseCommand):
    topics = (Topic.MAPS, Topic.RATINGS)

    def __init__(
        self,
        ctx: AppContext,
        map_id: int,
        arrivals: Sequence[Arrival],
        names: Sequence[str] = (),
    ) -> None:
        super().__init__(ctx, f"Add {_people(len(arrivals), names)} to the map")
        self.map_id = map_id
        self.arrivals = list(arrivals)
        self.change: MembershipChange | None = None

    def perform(self) -> None:
        if self.change is None:
            self.change = add_people(self.ctx.uow(), self.map_id, self.arrivals)
        else:
            reinstate(self.ctx.uow(), self.change)

    def revert(self) -> None:
        assert self.change is not None
        withdraw(self.ctx.uow(), self.change)


class RemovePeopleCommand(UseCaseCommand):
    topics = (Topic.MAPS,)

    def __init__(
        self,
        ctx: AppContext,
        map_id: int,
        stakeholder_ids: Sequence[int],
        names: Sequence[str] = (),
    ) -> None:
        super().__init__(ctx, f"Remove {_people(len(stakeholder_ids), names)} from the map")
        self.map_id = map_id
        self.stakeholder_ids = list(stakeholder_ids)
        self.change: MembershipChange | None = None

    def perform(self) -> None:
        self.change = remove_people(self.ctx.uow(), self.map_id, self.stakeholder_ids)

    def revert(self) -> None:
        assert self.change is not None
        reinstate(self.ctx.uow(), self.change)


class CreateMapCommand(UseCaseCommand):
    topics = (Topic.MAPS,)

    def __init__(self, ctx: AppContext, stakeholder_map: StakeholderMap) -> None:
        super().__init__(ctx, f"Create map {stakeholder_map.name.strip()}")
        self.stakeholder_map = stakeholder_map
        self.snapshot: map_uc.MapSnapshot | None = None

    def perform(self) -> None:
        if self.snapshot is None:
            self.stakeholder_map = map_uc.create_map(self.ctx.uow(), self.stakeholder_map)
        else:
            map_uc.restore_map(self.ctx.uow(), self.snapshot)

    def revert(self) -> None:
        assert self.stakeholder_map.id is not None
        self.snapshot = map_uc.delete_map(self.ctx.uow(), self.stakeholder_map.id)

    @property
    def map_id(self) -> int | None:
        return self.stakeholder_map.id


class DuplicateMapCommand(UseCaseCommand):
    topics = (Topic.MAPS, Topic.RATINGS)

    def __init__(self, ctx: AppContext, source: StakeholderMap, name: str) -> None:
        super().__init__(ctx, f"Duplicate map {source.name}")
        assert source.id is not None
        self.source_id = source.id
        self.name = name
        self.copy: StakeholderMap | None = None
        self.snapshot: map_uc.MapSnapshot | None = None

    def perform(self) -> None:
        if self.snapshot is None:
            self.copy = map_uc.duplicate_map(self.ctx.uow(), self.source_id, self.name)
        else:
            map_uc.restore_map(self.ctx.uow(), self.snapshot)

    def revert(self) -> None:
        assert self.copy is not None and self.copy.id is not None
        self.snapshot = map_uc.delete_map(self.ctx.uow(), self.copy.id)

    @property
    def map_id(self) -> int | None:
        return self.copy.id if self.copy else None


class EditMapCommand(UseCaseCommand):
    """Rename a map (or change its purpose or dates)."""

    topics = (Topic.MAPS,)

    def __init__(self, ctx: AppContext, before: StakeholderMap, after: StakeholderMap) -> None:
        what = "Rename" if before.name != after.name else "Edit"
        super().__init__(ctx, f"{what} map {before.name}")
        self.before = replace(before)
        self.after = replace(after)

    def perform(self) -> None:
        self.after = map_uc.update_map(self.ctx.uow(), self.after)

    def revert(self) -> None:
        map_uc.update_map(self.ctx.uow(), self.before)


class DeleteMapCommand(UseCaseCommand):
    topics = (Topic.MAPS, Topic.RATINGS)

    def __init__(self, ctx: AppContext, stakeholder_map: StakeholderMap) -> None:
        super().__init__(ctx, f"Delete map {stakeholder_map.name}")
        assert stakeholder_map.id is not None
        self.map_id = stakeholder_map.id
        self.snapshot: map_uc.MapSnapshot | None = None

    def perform(self) -> None:
        self.snapshot = map_uc.delete_map(self.ctx.uow(), self.map_id)

    def revert(self) -> None:
        assert self.snapshot is not None
        map_uc.restore_map(self.ctx.uow(), self.snapshot)
