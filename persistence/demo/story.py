"""The scripted part of the demo: key moments, influence, maturity and the meetings ahead."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, time, timedelta

from domain.model import (
    AttendeeRole,
    Commitment,
    CommitmentDirection,
    InfluenceLink,
    Interaction,
    InteractionKind,
    MaturityAssessment,
    MaturityLevel,
    Meeting,
    MeetingAttendee,
    Sentiment,
)
from persistence.demo.arcs import step_at
from persistence.demo.calendar import DemoCalendar
from persistence.demo.cast import Cast, FollowUpSpec
from persistence.demo.ids import Ids

_STORY_TIME = {
    InteractionKind.MEETING: time(10, 0),
    InteractionKind.WORKSHOP: time(9, 30),
    InteractionKind.CALL: time(15, 30),
    InteractionKind.MEAL: time(12, 30),
    InteractionKind.EMAIL: time(8, 15),
}
_QUARTER = 91


@dataclass(slots=True)
class PlannedInteraction:
    """An interaction with the commitments made in it (stored together)."""

    interaction: Interaction
    follow_ups: list[Commitment] = field(default_factory=list)


def _story_time(kind: InteractionKind, summary: str) -> time:
    if kind is InteractionKind.MEAL and summary.startswith("Dinner"):
        return time(19, 30)
    if kind is InteractionKind.MEAL and summary.startswith("Breakfast"):
        return time(8, 0)
    return _STORY_TIME[kind]


def follow_up(
    calendar: DemoCalendar, ids: Ids, ago: int, spec: FollowUpSpec, created: Interaction
) -> Commitment:
    """A commitment made ``ago`` days back; done only if its done day is already past."""
    due_ago = ago - spec.due
    done_ago = ago - spec.done if spec.done is not None else None
    due_on = calendar.day(due_ago) if due_ago > 0 else calendar.today - timedelta(days=due_ago)
    done_at = calendar.at(done_ago, 17, 0) if done_ago is not None and done_ago >= 1 else None
    return Commitment(
        ids.people[spec.who],
        CommitmentDirection(spec.direction),
        spec.text,
        due_on=_weekday(due_on),
        done_at=max(done_at, created.when) if done_at else None,
        created_at=created.when,
    )


def _weekday(day: date) -> date:
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def story_interactions(cast: Cast, calendar: DemoCalendar, ids: Ids) -> list[PlannedInteraction]:
    planned: list[PlannedInteraction] = []
    for spec in cast.story:
        kind = InteractionKind(spec.kind)
        when = calendar.moment(calendar.day(spec.ago), _story_time(kind, spec.summary))
        interaction = Interaction(
            when,
            kind,
            spec.summary,
            Sentiment(spec.sentiment),
            [ids.people[key] for key in spec.who],
        )
        commitments = [follow_up(calendar, ids, spec.ago, f, interaction) for f in spec.follow_ups]
        planned.append(PlannedInteraction(interaction, commitments))
    return planned


def influence_links(cast: Cast, ids: Ids) -> list[InfluenceLink]:
    return [
        InfluenceLink(ids.people[link.source], ids.people[link.target], link.strength, link.note)
        for link in cast.links
    ]


def maturity_assessments(
    cast: Cast, calendar: DemoCalendar, rng: random.Random, ids: Ids
) -> list[MaturityAssessment]:
    """Quarterly reviews of each business unit, plus the moments its level changed."""
    rows: list[MaturityAssessment] = []
    for spec in cast.maturity:
        unit = ids.organisations[spec.unit]
        changes = {ago: note for ago, _, note in spec.levels}
        reviews = [
            ago
            for ago in range(spec.levels[0][0] - 2, 0, -_QUARTER)
            if all(abs(ago - change) > 20 for change in changes)
        ]
        for ago in sorted(set(changes) | set(reviews), reverse=True):
            level = MaturityLevel(round(step_at(spec.levels, ago)))
            note = changes.get(ago) or rng.choice(
                (
                    "Quarterly relationship review: no change.",
                    f"Quarterly review: still {level.label}.",
                    "Reviewed with the unit's leadership team; level unchanged.",
                )
            )
            assessor = "CIO with the unit's head" if ago in changes else "CIO"
            rows.append(
                MaturityAssessment(unit, level, calendar.at(ago, 11, 0), note, assessor=assessor)
            )
    return rows


def upcoming_meetings(cast: Cast, calendar: DemoCalendar, ids: Ids) -> list[Meeting]:
    meetings: list[Meeting] = []
    for spec in cast.meetings:
        start = calendar.moment(calendar.ahead(spec.in_days), spec.at)
        attendees = []
        for a in spec.attendees:
            person = cast.person(a.who) if a.who else None
            attendees.append(
                MeetingAttendee(
                    ids.people[a.who] if a.who else None,
                    person.name if person else a.name,
                    person.email if person else a.email,
                    AttendeeRole(a.role),
                    a.points,
                )
            )
        meetings.append(
            Meeting(
                spec.title,
                start,
                start + timedelta(minutes=spec.minutes),
                spec.place,
                spec.objective,
                spec.agenda,
                attendees,
                [ids.maps[key] for key in spec.maps],
            )
        )
    return meetings
