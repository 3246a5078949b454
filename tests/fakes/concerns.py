"""Fake concern and workspace-settings repositories."""

from __future__ import annotations

import builtins
from collections.abc import Iterable
from dataclasses import replace
from datetime import date

from domain.errors import NotFoundError
from domain.model import Concern
from tests.fakes.base import FakeRepository
from tests.fakes.store import clone, stored


def _order(concern: Concern) -> tuple[int, date, date, int]:
    return (
        0 if concern.is_open else 1,
        concern.target_on or date.max,
        concern.raised_on,
        concern.id or 0,
    )


class FakeConcernRepository(FakeRepository):
    def add(self, concern: Concern) -> Concern:
        self._require("stakeholders", concern.stakeholder_id, "Stakeholder")
        row = stored(replace(concern, id=self._new_id("concerns", concern.id)))
        self._t.concerns[row.id] = row  # type: ignore[index]
        return clone(row)

    def get(self, concern_id: int) -> Concern | None:
        found = self._t.concerns.get(concern_id)
        return clone(found) if found else None

    def update(self, concern: Concern) -> None:
        if concern.id not in self._t.concerns:
            raise NotFoundError("That concern no longer exists.")
        self._require("stakeholders", concern.stakeholder_id, "Stakeholder")
        self._t.concerns[concern.id] = stored(concern)

    def delete(self, concern_id: int) -> None:
        self._t.concerns.pop(concern_id, None)

    def list(self, stakeholder_id: int | None = None, open_only: bool = False) -> list[Concern]:
        rows = [
            c
            for c in self._t.concerns.values()
            if (stakeholder_id is None or c.stakeholder_id == stakeholder_id)
            and (not open_only or c.is_open)
        ]
        rows.sort(key=_order)
        return [clone(c) for c in rows]

    def open_for(self, stakeholder_ids: Iterable[int]) -> dict[int, builtins.list[Concern]]:
        found = {person: self.list(person, open_only=True) for person in set(stakeholder_ids)}
        return {person: rows for person, rows in found.items() if rows}

    def open_counts(self, today: date) -> dict[int, tuple[int, int]]:
        counts: dict[int, tuple[int, int]] = {}
        for concern in self._t.concerns.values():
            if concern.is_open:
                count, late = counts.get(concern.stakeholder_id, (0, 0))
                counts[concern.stakeholder_id] = (count + 1, late + concern.is_overdue(today))
        return counts


class FakeSettingsRepository(FakeRepository):
    def get(self, key: str) -> str | None:
        return self._t.settings.get(key)

    def put(self, key: str, value: str | None) -> None:
        if value is None:
            self._t.settings.pop(key, None)
        else:
            self._t.settings[key] = value

    def all(self) -> dict[str, str]:
        return dict(sorted(self._t.settings.items()))
