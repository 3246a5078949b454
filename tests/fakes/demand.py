"""The fake demand log repository."""

from __future__ import annotations

import builtins
from dataclasses import replace

from domain.errors import NotFoundError
from domain.model import DemandItem
from tests.fakes.base import FakeRepository
from tests.fakes.store import clone, stored


class FakeDemandRepository(FakeRepository):
    def add(self, item: DemandItem) -> DemandItem:
        self._check(item)
        row = stored(replace(item, id=self._new_id("demand", item.id)))
        self._t.demand[row.id] = row  # type: ignore[index]
        return clone(row)

    def get(self, item_id: int) -> DemandItem | None:
        found = self._t.demand.get(item_id)
        return clone(found) if found else None

    def update(self, item: DemandItem) -> None:
        if item.id not in self._t.demand:
            raise NotFoundError(f"No demand item with id {item.id}.")
        self._check(item)
        self._t.demand[item.id] = stored(item)

    def delete(self, item_id: int) -> None:
        self._t.demand.pop(item_id, None)

    def list(self, unit_id: int | None = None) -> builtins.list[DemandItem]:
        return [
            clone(item)
            for _, item in sorted(self._t.demand.items())
            if unit_id is None or item.unit_id == unit_id
        ]

    def count(self) -> int:
        return len(self._t.demand)

    def _check(self, item: DemandItem) -> None:
        if item.unit_id is None or not item.steps:
            raise ValueError("A demand item is stored with a unit and at least one step.")
        self._require("organisations", item.unit_id, "Unit")
        self._require("stakeholders", item.sponsor_id, "Sponsor")
