"""Fake engagement-plan and message repositories."""

from __future__ import annotations

import builtins
from collections.abc import Iterable
from dataclasses import replace
from datetime import date

from domain.clock import as_utc
from domain.errors import NotFoundError
from domain.model import (
    Channel,
    EngagementPlan,
    Frequency,
    Message,
    Recipient,
    Tone,
    Touchpoint,
    TouchpointKind,
)
from tests.fakes.base import FakeRepository
from tests.fakes.store import FakeIntegrityError, Tables, clone


class FakePlanRepository(FakeRepository):
    def _touchpoint_ids(self) -> dict[int, int]:
        """Touchpoint id → plan id, over every plan."""
        return {t.id: p.id for p in self._t.plans.values() for t in p.touchpoints if t.id and p.id}

    def _stored(self, plan: EngagementPlan, plan_id: int) -> EngagementPlan:
        self._require("stakeholders", plan.stakeholder_id, "Stakeholder")
        self._require("maps", plan.map_id, "Map")
        taken = {t: p for t, p in self._touchpoint_ids().items() if p != plan_id}
        touchpoints: list[Touchpoint] = []
        for touchpoint in plan.touchpoints:
            self._require("interactions", touchpoint.interaction_id, "Interaction")
            new_id = self._transaction.store.assign_id("touchpoints", touchpoint.id, taken)
            taken[new_id] = plan_id
            touchpoints.append(replace(touchpoint, kind=TouchpointKind(touchpoint.kind), id=new_id))
        touchpoints.sort(key=lambda t: (t.on, t.id or 0))
        created = as_utc(plan.created_at) if plan.created_at else None
        return replace(plan, touchpoints=touchpoints, created_at=created, id=plan_id)

    def add(self, plan: EngagementPlan) -> EngagementPlan:
        plan_id = self._new_id("plans", plan.id)
        row = self._stored(plan, plan_id)
        self._t.plans[plan_id] = row
        return clone(row)

    def get(self, plan_id: int) -> EngagementPlan | None:
        found = self._t.plans.get(plan_id)
        return clone(found) if found else None

    def update(self, plan: EngagementPlan) -> EngagementPlan:
        if plan.id not in self._t.plans:
            raise NotFoundError("That plan no longer exists.")
        row = self._stored(plan, plan.id)
        self._t.plans[plan.id] = row
        return clone(row)

    def delete(self, plan_id: int) -> None:
        self._t.plans.pop(plan_id, None)

    def list(self, stakeholder_id: int | None = None) -> list[EngagementPlan]:
        rows = [
            p
            for p in self._t.plans.values()
            if stakeholder_id is None or p.stakeholder_id == stakeholder_id
        ]
        rows.sort(key=lambda p: (p.starts_on, p.id or 0))
        return [clone(p) for p in rows]

    def for_people(
        self, stakeholder_ids: Iterable[int]
    ) -> dict[int, builtins.list[EngagementPlan]]:
        wanted = set(stakeholder_ids)
        found: dict[int, builtins.list[EngagementPlan]] = {}
        for plan in self.list():
            if plan.stakeholder_id in wanted:
                found.setdefault(plan.stakeholder_id, []).append(plan)
        return found

    def fulfil(self, touchpoint_id: int, done_on: date | None, interaction_id: int | None) -> None:
        plan_id = self._touchpoint_ids().get(touchpoint_id)
        if plan_id is None:
            raise NotFoundError("That touchpoint no longer exists.")
        self._require("interactions", interaction_id, "Interaction")
        plan = clone(self._t.plans[plan_id])
        for touchpoint in plan.touchpoints:
            if touchpoint.id == touchpoint_id:
                touchpoint.done_on, touchpoint.interaction_id = done_on, interaction_id
        self._t.plans[plan_id] = plan

    def fulfilled_by(self, interaction_id: int) -> builtins.list[int]:
        return sorted(
            t.id
            for p in self._t.plans.values()
            for t in p.touchpoints
            if t.interaction_id == interaction_id and t.id is not None
        )

    def touchpoint_count(self) -> int:
        return sum(len(p.touchpoints) for p in self._t.plans.values())


class FakeMessageRepository(FakeRepository):
    def add(self, message: Message) -> Message:
        message_id = self._new_id("messages", message.id)
        row = replace(
            clone(message),
            channel=Channel(message.channel),
            tone=Tone(message.tone),
            frequency=Frequency(message.frequency),
            recipients=[],
            interaction_ids=[],
            id=message_id,
        )
        self._t.messages[message_id] = row
        self.assign(message_id, message.recipients)
        for interaction_id in message.interaction_ids:
            self.record_send(message_id, interaction_id)
        return clone(self._t.messages[message_id])

    def get(self, message_id: int) -> Message | None:
        found = self._t.messages.get(message_id)
        return clone(found) if found else None

    def update(self, message: Message) -> None:
        found = self._t.messages.get(message.id or 0)
        if found is None:
            raise NotFoundError("That message no longer exists.")
        self._t.messages[found.id or 0] = replace(
            clone(message),
            recipients=[replace(r) for r in found.recipients],
            interaction_ids=list(found.interaction_ids),
        )

    def delete(self, message_id: int) -> None:
        self._t.messages.pop(message_id, None)

    def list(self) -> list[Message]:
        rows = sorted(self._t.messages.values(), key=lambda m: (m.title, m.id or 0))
        return [clone(m) for m in rows]

    def _message(self, message_id: int) -> Message:
        found = self._t.messages.get(message_id)
        if found is None:
            raise FakeIntegrityError(f"Message {message_id} does not exist.")
        return clone(found)

    def assign(self, message_id: int, recipients: Iterable[Recipient]) -> None:
        message = self._message(message_id)
        present = {r.stakeholder_id for r in message.recipients}
        for recipient in recipients:
            self._require("stakeholders", recipient.stakeholder_id, "Stakeholder")
            if recipient.stakeholder_id not in present:
                present.add(recipient.stakeholder_id)
                message.recipients.append(
                    Recipient(recipient.stakeholder_id, as_utc(recipient.assigned_at))
                )
        message.recipients.sort(key=lambda r: r.stakeholder_id)
        self._t.messages[message_id] = message

    def unassign(self, message_id: int, stakeholder_ids: Iterable[int]) -> None:
        gone = set(stakeholder_ids)
        message = self._message(message_id)
        message.recipients = [r for r in message.recipients if r.stakeholder_id not in gone]
        self._t.messages[message_id] = message

    def record_send(self, message_id: int, interaction_id: int) -> None:
        self._require("interactions", interaction_id, "Interaction")
        message = self._message(message_id)
        if interaction_id not in message.interaction_ids:
            message.interaction_ids = sorted([*message.interaction_ids, interaction_id])
        self._t.messages[message_id] = message

    def sent_in(self, interaction_id: int) -> builtins.list[int]:
        return sorted(
            m.id for m in self._t.messages.values() if interaction_id in m.interaction_ids and m.id
        )


def forget_person_in_plans(t: Tables, stakeholder_id: int) -> None:
    """The schema's cascades for a person removed: their plans go, they receive no message."""
    for plan_id in [i for i, p in t.plans.items() if p.stakeholder_id == stakeholder_id]:
        del t.plans[plan_id]
    for message_id, message in list(t.messages.items()):
        if any(r.stakeholder_id == stakeholder_id for r in message.recipients):
            kept = clone(message)
            kept.recipients = [r for r in kept.recipients if r.stakeholder_id != stakeholder_id]
            t.messages[message_id] = kept


def forget_interaction_in_plans(t: Tables, interaction_id: int) -> None:
    """The schema's rules for an interaction removed: touchpoints forget it (ON DELETE SET NULL),
    messages lose that send (CASCADE)."""
    for plan_id, plan in list(t.plans.items()):
        if any(tp.interaction_id == interaction_id for tp in plan.touchpoints):
            kept = clone(plan)
            for touchpoint in kept.touchpoints:
                if touchpoint.interaction_id == interaction_id:
                    touchpoint.interaction_id = None
            t.plans[plan_id] = kept
    for message_id, message in list(t.messages.items()):
        if interaction_id in message.interaction_ids:
            kept_message = clone(message)
            kept_message.interaction_ids.remove(interaction_id)
            t.messages[message_id] = kept_message
