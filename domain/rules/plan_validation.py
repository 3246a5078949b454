"""What an engagement plan and a standing message may hold (the rules of
:mod:`domain.rules.validation`, applied to plans): every way in checks them here."""

from __future__ import annotations

from dataclasses import replace

from domain.errors import ValidationError
from domain.model.communication import Channel, Frequency, Message, Tone
from domain.model.engagement_plan import EngagementPlan, Touchpoint, TouchpointKind
from domain.model.rating import Attitude
from domain.rules.validation import LINE_LIMIT, NAME_LIMIT, clean_line, clean_text


def valid_touchpoint(touchpoint: Touchpoint) -> Touchpoint:
    return replace(
        touchpoint,
        kind=TouchpointKind(touchpoint.kind),
        purpose=clean_text(touchpoint.purpose, "purpose", "purpose"),
        series=clean_line(touchpoint.series, "series", "repeat", NAME_LIMIT),
    )


def valid_plan(plan: EngagementPlan) -> EngagementPlan:
    """The plan with its text cleaned; refused without an objective, with a target date or a
    touchpoint before it starts, or a target attitude off the scale."""
    objective = clean_line(
        plan.objective, "objective", "objective", LINE_LIMIT, required="A plan needs an objective."
    )
    if plan.target_attitude is not None and plan.target_attitude not in set(Attitude):
        raise ValidationError(
            f"The target attitude runs from 0 (blocker) to 4 (champion), not "
            f"{plan.target_attitude}.",
            field="target_attitude",
        )
    if plan.target_date is not None and plan.target_date < plan.starts_on:
        raise ValidationError(
            f"The target date ({plan.target_date:%d %b %Y}) is before the plan starts "
            f"({plan.starts_on:%d %b %Y}).",
            field="target_date",
        )
    for touchpoint in plan.touchpoints:
        if touchpoint.on < plan.starts_on:
            raise ValidationError(
                f"The {TouchpointKind(touchpoint.kind).label} on {touchpoint.on:%d %b %Y} is "
                f"before the plan starts ({plan.starts_on:%d %b %Y}). Move it, or start the plan "
                "earlier.",
                field="touchpoints",
            )
    return replace(
        plan,
        objective=objective,
        strategy=clean_text(plan.strategy, "strategy", "strategy"),
        owner=clean_line(plan.owner, "owner", "owner", NAME_LIMIT),
        touchpoints=[valid_touchpoint(t) for t in plan.touchpoints],
    )


def valid_message(message: Message) -> Message:
    title = clean_line(
        message.title, "title", "message title", LINE_LIMIT, required="A message needs a title."
    )
    return replace(
        message,
        title=title,
        channel=Channel(message.channel),
        tone=Tone(message.tone),
        frequency=Frequency(message.frequency),
        owner=clean_line(message.owner, "owner", "owner", NAME_LIMIT),
        notes=clean_text(message.notes, "notes", "notes"),
    )
