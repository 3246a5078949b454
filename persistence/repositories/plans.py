"""Engagement plans and the communication plan's messages."""

from __future__ import annotations

import builtins
from collections.abc import Iterable
from datetime import date

from sqlalchemy import delete, func, select

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
from persistence.repositories.base import MAX_BOUND_IDS, SqlRepository, chunked
from persistence.tables import (
    EngagementPlanRow,
    MessageRecipientRow,
    MessageRow,
    MessageSendRow,
    TouchpointRow,
)


def _touchpoint(row: TouchpointRow) -> Touchpoint:
    return Touchpoint(
        row.on_date,
        TouchpointKind(row.kind),
        row.purpose,
        row.done_on,
        row.interaction_id,
        row.series,
        row.id,
    )


def _plan(row: EngagementPlanRow) -> EngagementPlan:
    return EngagementPlan(
        stakeholder_id=row.stakeholder_id,
        objective=row.objective,
        starts_on=row.starts_on,
        target_attitude=row.target_attitude,
        target_date=row.target_date,
        strategy=row.strategy,
        owner=row.owner,
        map_id=row.map_id,
        touchpoints=[_touchpoint(t) for t in row.touchpoints],
        created_at=row.created_at,
        id=row.id,
    )


def _fill_plan(row: EngagementPlanRow, plan: EngagementPlan) -> None:
    row.stakeholder_id = plan.stakeholder_id
    row.map_id = plan.map_id
    row.objective = plan.objective
    row.strategy = plan.strategy
    row.owner = plan.owner
    row.starts_on = plan.starts_on
    row.target_attitude = plan.target_attitude
    row.target_date = plan.target_date
    row.created_at = plan.created_at


def _fill_touchpoint(row: TouchpointRow, touchpoint: Touchpoint) -> None:
    row.on_date = touchpoint.on
    row.kind = str(touchpoint.kind)
    row.purpose = touchpoint.purpose
    row.series = touchpoint.series
    row.done_on = touchpoint.done_on
    row.interaction_id = touchpoint.interaction_id


class SqlPlanRepository(SqlRepository):
    def add(self, plan: EngagementPlan) -> EngagementPlan:
        row = EngagementPlanRow(id=plan.id)
        _fill_plan(row, plan)
        self._insert(row, plan.id)
        for touchpoint in plan.touchpoints:
            self._add_touchpoint(row, touchpoint)
        self._session.flush()
        self._session.refresh(row)
        return _plan(row)

    def _add_touchpoint(self, plan_row: EngagementPlanRow, touchpoint: Touchpoint) -> None:
        child = TouchpointRow(id=touchpoint.id, plan_id=plan_row.id)
        _fill_touchpoint(child, touchpoint)
        self._insert(child, touchpoint.id)

    def get(self, plan_id: int) -> EngagementPlan | None:
        row = self._session.get(EngagementPlanRow, plan_id)
        return _plan(row) if row else None

    def update(self, plan: EngagementPlan) -> EngagementPlan:
        row = self._session.get(EngagementPlanRow, plan.id) if plan.id else None
        if row is None:
            raise NotFoundError("That plan no longer exists.")
        _fill_plan(row, plan)
        kept = {t.id: t for t in plan.touchpoints if t.id is not None}
        for child in list(row.touchpoints):
            if child.id in kept:
                _fill_touchpoint(child, kept[child.id])
            else:
                row.touchpoints.remove(child)
        self._session.flush()
        known = {child.id for child in row.touchpoints}
        for touchpoint in plan.touchpoints:
            if touchpoint.id is None or touchpoint.id not in known:
                self._add_touchpoint(row, touchpoint)
        self._session.flush()
        self._session.refresh(row)
        return _plan(row)

    def delete(self, plan_id: int) -> None:
        self._session.execute(delete(EngagementPlanRow).where(EngagementPlanRow.id == plan_id))
        self._after_bulk_change()

    def list(self, stakeholder_id: int | None = None) -> list[EngagementPlan]:
        """Read as plain columns (no ORM objects): the reminders export reads every plan of a
        big workspace."""
        p, t = EngagementPlanRow.__table__.c, TouchpointRow.__table__.c
        plans_query = select(
            p.id,
            p.stakeholder_id,
            p.objective,
            p.starts_on,
            p.target_attitude,
            p.target_date,
            p.strategy,
            p.owner,
            p.map_id,
            p.created_at,
        ).order_by(p.starts_on, p.id)
        points_query = select(
            t.plan_id, t.on_date, t.kind, t.purpose, t.done_on, t.interaction_id, t.series, t.id
        ).order_by(t.on_date, t.id)
        if stakeholder_id is not None:
            plans_query = plans_query.where(p.stakeholder_id == stakeholder_id)
            points_query = points_query.join(EngagementPlanRow.__table__, p.id == t.plan_id).where(
                p.stakeholder_id == stakeholder_id
            )
        connection = self._session.connection()
        found: dict[int, EngagementPlan] = {}
        for (
            row_id,
            person,
            objective,
            starts,
            attitude,
            target,
            strategy,
            owner,
            map_id,
            made,
        ) in connection.execute(plans_query):
            found[row_id] = EngagementPlan(
                person,
                objective,
                starts,
                attitude,
                target,
                strategy,
                owner,
                map_id,
                [],
                made,
                row_id,
            )
        kinds = {kind.value: kind for kind in TouchpointKind}
        for plan_id, on, kind, purpose, done, interaction, series, row_id in connection.execute(
            points_query
        ):
            plan = found.get(plan_id)
            if plan is not None:
                plan.touchpoints.append(
                    Touchpoint(on, kinds[kind], purpose, done, interaction, series, row_id)
                )
        return list(found.values())

    def for_people(
        self, stakeholder_ids: Iterable[int]
    ) -> dict[int, builtins.list[EngagementPlan]]:
        found: dict[int, builtins.list[EngagementPlan]] = {}
        for chunk in chunked(sorted(set(stakeholder_ids)), MAX_BOUND_IDS):
            query = (
                select(EngagementPlanRow)
                .where(EngagementPlanRow.stakeholder_id.in_(chunk))
                .order_by(EngagementPlanRow.starts_on, EngagementPlanRow.id)
            )
            for row in self._session.scalars(query):
                found.setdefault(row.stakeholder_id, []).append(_plan(row))
        return found

    def fulfil(self, touchpoint_id: int, done_on: date | None, interaction_id: int | None) -> None:
        row = self._session.get(TouchpointRow, touchpoint_id)
        if row is None:
            raise NotFoundError("That touchpoint no longer exists.")
        row.done_on = done_on
        row.interaction_id = interaction_id
        self._session.flush()

    def fulfilled_by(self, interaction_id: int) -> builtins.list[int]:
        query = (
            select(TouchpointRow.id)
            .where(TouchpointRow.interaction_id == interaction_id)
            .order_by(TouchpointRow.id)
        )
        return list(self._session.scalars(query))

    def touchpoint_count(self) -> int:
        return int(self._session.scalar(select(func.count()).select_from(TouchpointRow)) or 0)


def _message(row: MessageRow) -> Message:
    return Message(
        title=row.title,
        channel=Channel(row.channel),
        tone=Tone(row.tone),
        frequency=Frequency(row.frequency),
        starts_on=row.starts_on,
        owner=row.owner,
        notes=row.notes,
        recipients=[Recipient(r.stakeholder_id, r.assigned_at) for r in row.recipients],
        interaction_ids=[s.interaction_id for s in row.sends],
        id=row.id,
    )


def _fill_message(row: MessageRow, message: Message) -> None:
    row.title = message.title
    row.channel = str(message.channel)
    row.tone = str(message.tone)
    row.frequency = str(message.frequency)
    row.starts_on = message.starts_on
    row.owner = message.owner
    row.notes = message.notes


class SqlMessageRepository(SqlRepository):
    def add(self, message: Message) -> Message:
        row = MessageRow(id=message.id)
        _fill_message(row, message)
        self._insert(row, message.id)
        assert row.id is not None
        self.assign(row.id, message.recipients)
        for interaction_id in message.interaction_ids:
            self.record_send(row.id, interaction_id)
        self._session.refresh(row)
        return _message(row)

    def get(self, message_id: int) -> Message | None:
        row = self._session.get(MessageRow, message_id)
        return _message(row) if row else None

    def update(self, message: Message) -> None:
        row = self._session.get(MessageRow, message.id) if message.id else None
        if row is None:
            raise NotFoundError("That message no longer exists.")
        _fill_message(row, message)
        self._session.flush()

    def delete(self, message_id: int) -> None:
        self._session.execute(delete(MessageRow).where(MessageRow.id == message_id))
        self._after_bulk_change()

    def list(self) -> list[Message]:
        query = select(MessageRow).order_by(MessageRow.title, MessageRow.id)
        return [_message(row) for row in self._session.scalars(query)]

    def assign(self, message_id: int, recipients: Iterable[Recipient]) -> None:
        present = set(
            self._session.scalars(
                select(MessageRecipientRow.stakeholder_id).where(
                    MessageRecipientRow.message_id == message_id
                )
            )
        )
        for recipient in recipients:
            if recipient.stakeholder_id in present:
                continue
            present.add(recipient.stakeholder_id)
            self._session.add(
                MessageRecipientRow(
                    message_id=message_id,
                    stakeholder_id=recipient.stakeholder_id,
                    assigned_at=recipient.assigned_at,
                )
            )
        self._session.flush()
        self._session.expire_all()

    def unassign(self, message_id: int, stakeholder_ids: Iterable[int]) -> None:
        for chunk in chunked(sorted(set(stakeholder_ids)), MAX_BOUND_IDS):
            self._session.execute(
                delete(MessageRecipientRow).where(
                    MessageRecipientRow.message_id == message_id,
                    MessageRecipientRow.stakeholder_id.in_(chunk),
                )
            )
        self._after_bulk_change()

    def record_send(self, message_id: int, interaction_id: int) -> None:
        if self._session.get(MessageSendRow, (message_id, interaction_id)) is None:
            self._session.add(MessageSendRow(message_id=message_id, interaction_id=interaction_id))
            self._session.flush()
            self._session.expire_all()

    def sent_in(self, interaction_id: int) -> builtins.list[int]:
        query = (
            select(MessageSendRow.message_id)
            .where(MessageSendRow.interaction_id == interaction_id)
            .order_by(MessageSendRow.message_id)
        )
        return list(self._session.scalars(query))
