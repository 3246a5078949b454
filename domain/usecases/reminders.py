"""What goes into the user's own calendar: planned touchpoints, each recipient's next date of
the communication plan, open commitments with a due date, and the next contact of the people with
a plan. Plain data; ``persistence.reminders_ics`` writes it as an iCalendar file.

Each reminder has a ``key`` naming the thing it reminds of (``touchpoint-12``,
``message-3-person-7``…), never its date: a touchpoint moved, a message sent or a contact made
moves the same event when the file is imported again, instead of adding another.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from operator import attrgetter

from domain.clock import as_utc, utc_now
from domain.model import CommitmentDirection, TouchpointKind
from domain.ports import UnitOfWork
from domain.rules.attention import Cadence
from domain.rules.plan_schedule import next_send
from domain.usecases.communication_plan import last_sends
from domain.usecases.next_contact import next_contacts
from domain.usecases.workspace_identity import workspace_uid


@dataclass(frozen=True, slots=True)
class Reminder:
    #: What it reminds of, unique in the workspace and lasting (the event's UID derives from it).
    key: str
    day: date
    summary: str
    description: str = ""
    #: Done already: shown ticked, without an alarm (the calendar's copy loses its alarm).
    done: bool = False
    category: str = ""


@dataclass(frozen=True, slots=True)
class ReminderSet:
    workspace_uid: str
    reminders: list[Reminder]


_KIND_WORDS = {
    TouchpointKind.MEETING: "Meeting",
    TouchpointKind.CALL: "Call",
    TouchpointKind.MEAL: "Lunch",
    TouchpointKind.BRIEFING: "Briefing",
    TouchpointKind.EMAIL: "E-mail",
    TouchpointKind.WORKSHOP: "Workshop",
}


def _lines(*parts: str) -> str:
    return "\n".join(part for part in parts if part)


def reminders(
    uow: UnitOfWork, cadence: Cadence | None = None, now: datetime | None = None
) -> ReminderSet:
    """Every reminder of the workspace (archived people left out), by day. ``cadence``: the
    contact cadence per quadrant (the user's settings), for the next contact of people with a
    plan."""
    moment = as_utc(now) if now else utc_now()
    today = moment.astimezone().date()
    found: list[Reminder] = []
    with uow:
        uid = workspace_uid(uow)
        uow.commit()  # made on first ask, then kept
        names = uow.stakeholders.names()
        planned = [p for p in uow.plans.list() if p.stakeholder_id in names]
        for plan in planned:
            who = names[plan.stakeholder_id]
            for touchpoint in plan.touchpoints:
                kind = _KIND_WORDS[TouchpointKind(touchpoint.kind)]
                title = f"{kind} with {who}" + (
                    f": {touchpoint.purpose}" if touchpoint.purpose else ""
                )
                found.append(
                    Reminder(
                        f"touchpoint-{touchpoint.id}",
                        touchpoint.on,
                        ("✓ " if touchpoint.done_on else "") + title.splitlines()[0],
                        _lines(
                            f"Plan: {plan.objective}",
                            f"Strategy: {plan.strategy}" if plan.strategy else "",
                            f"Owner: {plan.owner}" if plan.owner else "",
                            f"Repeats: {touchpoint.series}" if touchpoint.series else "",
                            touchpoint.purpose,
                        ),
                        done=touchpoint.done_on is not None,
                        category="Touchpoint",
                    )
                )
        for message in uow.messages.list():
            last = last_sends(uow, message)
            for recipient in message.recipients:
                person = recipient.stakeholder_id
                if person not in names:
                    continue
                found.append(
                    Reminder(
                        f"message-{message.id}-person-{person}",
                        next_send(message.frequency, message.starts_on, last.get(person)),
                        f"{message.title} → {names[person]}",
                        _lines(
                            f"{message.frequency.capitalize()}, {message.channel}, {message.tone}",
                            f"Owner: {message.owner}" if message.owner else "",
                            f"Last sent {last[person]:%d %b %Y}" if person in last else "",
                            message.notes,
                        ),
                        category="Communication plan",
                    )
                )
        commitments = [
            c for cs in uow.commitments.open_for(names).values() for c in cs if c.due_on is not None
        ]
    for commitment in commitments:
        assert commitment.due_on is not None
        who = names[commitment.stakeholder_id]
        ours = commitment.direction is CommitmentDirection.OURS
        lead = f"Due to {who}" if ours else f"Due from {who}"
        found.append(
            Reminder(
                f"commitment-{commitment.id}",
                commitment.due_on,
                ("✓ " if not commitment.is_open else "")
                + f"{lead}: {commitment.description.splitlines()[0]}",
                commitment.description,
                done=not commitment.is_open,
                category="Commitment",
            )
        )
    with_plans = {p.stakeholder_id for p in planned}
    if with_plans:
        for due in next_contacts(uow, cadence or Cadence(), with_plans, moment):
            day = due.due.astimezone().date()
            late = day < today
            found.append(
                Reminder(
                    f"contact-{due.stakeholder_id}",
                    max(day, today),
                    f"Get in touch with {due.name}",
                    _lines(
                        f"{due.quadrant.title}: every {due.cadence_days} days.",
                        f"Overdue since {day:%d %b %Y}." if late else "",
                        f"Last contact {due.last_contact.astimezone():%d %b %Y}."
                        if due.last_contact
                        else "Not contacted yet.",
                    ),
                    category="Contact",
                )
            )
    # By day only: the order within a day is the order above (touchpoints, messages, commitments,
    # contacts), which is as stable, and sorting 10,000s of rows on a tuple key is slow.
    found.sort(key=attrgetter("day"))
    return ReminderSet(uid, found)
