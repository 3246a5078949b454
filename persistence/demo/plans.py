"""The demo's plans ahead: engagement plans for the key executives (touchpoints done through real
interactions, some overdue, more to come) and two communication plans, one sent on time and one
running late."""

from __future__ import annotations

from datetime import date, timedelta

from domain.clock import as_utc
from domain.model import (
    Channel,
    EngagementPlan,
    Frequency,
    Interaction,
    InteractionKind,
    Message,
    Recipient,
    Sentiment,
    Tone,
    Touchpoint,
    TouchpointKind,
)
from domain.ports import UnitOfWork
from domain.rules.plan_schedule import Repeat, RepeatUnit, repeated
from domain.rules.plan_validation import valid_message, valid_plan
from persistence.demo.calendar import DemoCalendar
from persistence.demo.ids import Ids

#: (person, objective, target attitude, strategy, owner, first touchpoints as
#: (days ago, kind, purpose), monthly 1:1 from (days ago, count), the plan's start (days ago)).
_PLANS = [
    (
        "margaret",
        "Margaret: neutral → supporter of the ERP business case by end of Q3",
        3,
        "Show the savings in her own numbers first; no slideware, one page per phase.",
        "CIO",
        [
            (80, TouchpointKind.MEAL, "Lunch: hear her worries about the ERP budget"),
            (45, TouchpointKind.BRIEFING, "Walk through the phase-1 benefits with Hannah"),
            (12, TouchpointKind.MEETING, "Agree the savings tracking with Oliver"),
        ],
        (70, 7),
        90,
    ),
    (
        "thomas",
        "Thomas: keep him a champion through the cut-over",
        4,
        "Short, regular, no surprises: he hears bad news from us first.",
        "CIO",
        [(30, TouchpointKind.BRIEFING, "Steerco pre-brief: go-live readiness")],
        (60, 6),
        60,
    ),
    (
        "ingrid",
        "Ingrid: neutral → supporter of the warehouse roll-out",
        3,
        "Fix the scanner issue first, then show her the pilot numbers on the floor.",
        "Ben Carter",
        [
            (50, TouchpointKind.MEETING, "Site visit: the scanner issue"),
            (20, TouchpointKind.WORKSHOP, "Pilot review with the logistics leads"),
            (-10, TouchpointKind.MEAL, "Dinner after the quarterly review"),
        ],
        (40, 4),
        55,
    ),
]


def _nearest(
    interactions: list[Interaction], day: date, used: set[int], within: int
) -> Interaction | None:
    best: Interaction | None = None
    for interaction in interactions:
        when = as_utc(interaction.when).astimezone().date()
        if interaction.id in used or abs((when - day).days) > within:
            continue
        if best is None or abs((when - day).days) < abs(
            (as_utc(best.when).astimezone().date() - day).days
        ):
            best = interaction
    return best


def write_plans(uow: UnitOfWork, calendar: DemoCalendar, ids: Ids) -> None:
    """Plans and the communication plan, in one unit of work (after the interactions)."""
    today = calendar.today
    with uow:
        for key, objective, target, strategy, owner, firsts, monthly, since in _PLANS:
            person = ids.people[key]
            touchpoints = [
                Touchpoint(today - timedelta(days=ago), kind, purpose)
                for ago, kind, purpose in firsts
            ]
            start_ago, count = monthly
            touchpoints += repeated(
                today - timedelta(days=start_ago),
                TouchpointKind.CALL,
                "1:1: the programme, her worries, our asks".replace(
                    "her", "his" if key == "thomas" else "her"
                ),
                Repeat(RepeatUnit.MONTH, count=count),
            )
            # Done where a real interaction took place near the date; the rest stay open, so
            # the oldest ones show as overdue.
            met = uow.interactions.list(person)
            used: set[int] = set()
            for touchpoint in touchpoints:
                if touchpoint.on >= today:
                    continue
                found = _nearest(met, touchpoint.on, used, 6)
                if found is not None and found.id is not None:
                    used.add(found.id)
                    touchpoint.done_on = as_utc(found.when).astimezone().date()
                    touchpoint.interaction_id = found.id
            uow.plans.add(
                valid_plan(
                    EngagementPlan(
                        person,
                        objective,
                        today - timedelta(days=since),
                        target_attitude=target,
                        target_date=today + timedelta(days=120),
                        strategy=strategy,
                        owner=owner,
                        map_id=ids.maps["erp"],
                        touchpoints=touchpoints,
                        created_at=calendar.at(since, 9, 0),
                    )
                )
            )
        _write_messages(uow, calendar, ids)
        uow.commit()


def _write_messages(uow: UnitOfWork, calendar: DemoCalendar, ids: Ids) -> None:
    people = ids.people
    # Not Ingrid: the demo has her overdue for contact (an e-mail would count as contact).
    executives = ["thomas", "margaret", "daniel", "samuel", "priya", "claire", "marcus"]
    update = uow.messages.add(
        valid_message(
            Message(
                "Quarterly IT portfolio update",
                Channel.WRITTEN,
                Tone.FORMAL,
                Frequency.QUARTERLY,
                calendar.day(200),
                owner="Ben Carter (IT Programmes)",
                notes="Two pages: status per programme, money, risks, decisions needed.",
                recipients=[Recipient(people[k], calendar.at(200, 9, 0)) for k in executives],
            )
        )
    )
    sent_at = calendar.at(40, 8, 30)
    sent = uow.interactions.add(
        Interaction(
            sent_at,
            InteractionKind.EMAIL,
            "Q3 portfolio update sent to the executive team.",
            Sentiment.NEUTRAL,
            [people[k] for k in executives],
            recorded_at=sent_at,
        )
    )
    assert update.id is not None and sent.id is not None
    uow.messages.record_send(update.id, sent.id)
    architects = ["katrin", "ravi", "sofia", "tomas", "nadia", "ben"]
    newsletter = uow.messages.add(
        valid_message(
            Message(
                "Architecture and security newsletter",
                Channel.EMAIL,
                Tone.INFORMAL,
                Frequency.MONTHLY,
                calendar.day(120),
                owner="Dr. Katrin Vogel",
                notes="What the architecture board decided, what changes for delivery teams.",
                recipients=[Recipient(people[k], calendar.at(120, 9, 0)) for k in architects],
            )
        )
    )
    late_at = calendar.at(47, 16, 0)
    late = uow.interactions.add(
        Interaction(
            late_at,
            InteractionKind.EMAIL,
            "Architecture newsletter: cloud landing zone decisions.",
            Sentiment.POSITIVE,
            [people[k] for k in architects],
            recorded_at=late_at,
        )
    )
    assert newsletter.id is not None and late.id is not None
    uow.messages.record_send(newsletter.id, late.id)
