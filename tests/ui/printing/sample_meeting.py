"""A small, fixed workspace for prep-sheet tests: people with a year of ratings, contacts,
commitments both ways, and a meeting with a known organiser, an HTML-named attendee and an
attendee unknown to Rapport."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from domain.model import (
    AttendeeRole,
    Attitude,
    Commitment,
    CommitmentDirection,
    Dimension,
    Interaction,
    InteractionKind,
    Meeting,
    MeetingAttendee,
    Organisation,
    Sentiment,
    Stakeholder,
    StakeholderMap,
)
from domain.ports import UnitOfWorkFactory
from domain.usecases.interactions import add_commitment, log_interaction
from domain.usecases.maps import create_map, place_on_map
from domain.usecases.meetings import plan_meeting
from domain.usecases.organisations import add_organisation
from domain.usecases.ratings import rate
from domain.usecases.stakeholders import add_stakeholder

HTML_NAME = "<b>Eve</b> & <script>"

PEOPLE = [
    # name, title, relation, (power, interest), support, last contact summary
    (
        "Ada Lovelace",
        "Chief Financial Officer",
        "executive",
        (8.0, 7.5),
        Attitude.CRITIC,
        "Budget call on the cost bridge",
    ),
    (
        HTML_NAME,
        "Head of Marketing",
        "business unit",
        (3.0, 8.0),
        Attitude.SUPPORTER,
        "Workshop on <campaign> timing & scope",
    ),
    (
        "Grace Hopper",
        "Account Director",
        "vendor",
        (7.0, 3.0),
        Attitude.NEUTRAL,
        "Lunch about the support renewal",
    ),
    (
        "Bob Marley",
        "Chief Marketing Officer",
        "executive",
        (2.0, 2.0),
        Attitude.CHAMPION,
        "Quick call after the town hall",
    ),
]
QUADRANTS = ["Manage closely", "Keep informed", "Keep satisfied", "Monitor"]


@dataclass(frozen=True, slots=True)
class Sample:
    meeting: Meeting
    people: list[Stakeholder]
    map_name: str


def build_sample(uow: UnitOfWorkFactory, now: datetime, title: str = "ERP steering") -> Sample:
    northwind = add_organisation(uow(), Organisation("Northwind"))
    erp = create_map(uow(), StakeholderMap("ERP replacement"))
    assert erp.id is not None
    people: list[Stakeholder] = []
    attendees: list[MeetingAttendee] = []
    for index, (name, title_, relation, (power, interest), support, last) in enumerate(PEOPLE):
        person = add_stakeholder(
            uow(),
            Stakeholder(
                name,
                job_title=title_,
                relation=relation,
                organisation_id=northwind.id,
                email=f"person{index}@northwind.example",
                communication_preferences=f"Preference of {name}",
            ),
        )
        assert person.id is not None
        people.append(person)
        place_on_map(uow(), erp.id, person.id, power, interest, at=now - timedelta(days=200))
        rate(
            uow(), person.id, Dimension.SUPPORT, support, at=now - timedelta(days=30), map_id=erp.id
        )
        rate(
            uow(),
            person.id,
            Dimension.DESIRED_SUPPORT,
            Attitude.CHAMPION,
            at=now - timedelta(days=30),
            map_id=erp.id,
        )
        for days, trust in ((400, 4.0), (250, 5.0), (120, 6.5), (10, 7.0)):
            rate(
                uow(),
                person.id,
                Dimension.TRUST,
                trust,
                at=now - timedelta(days=days),
                note=f"Trust note of {name}" if days == 10 else "",
            )
            rate(uow(), person.id, Dimension.INFLUENCE, 10 - trust, at=now - timedelta(days=days))
        for days, summary in ((150, "Oldest contact"), (90, "Older"), (60, "Earlier"), (3, last)):
            log_interaction(
                uow(),
                Interaction(
                    now - timedelta(days=days),
                    InteractionKind.CALL,
                    summary,
                    Sentiment.POSITIVE,
                    [person.id],
                ),
            )
        add_commitment(
            uow(),
            Commitment(
                person.id,
                CommitmentDirection.OURS,
                f"Send {name} the cost model",
                (now - timedelta(days=5)).date(),
            ),
        )
        add_commitment(
            uow(),
            Commitment(
                person.id,
                CommitmentDirection.THEIRS,
                f"{name} shares the budget",
                (now + timedelta(days=7)).date(),
            ),
        )
        attendees.append(
            MeetingAttendee(
                person.id,
                name,
                role=AttendeeRole.ORGANISER if index == 0 else AttendeeRole.REQUIRED,
                talking_points=f"Talking point for {name}",
            )
        )
    attendees.append(
        MeetingAttendee(None, "Pat Newcomer", "pat@vendor.example", AttendeeRole.OPTIONAL)
    )
    meeting = plan_meeting(
        uow(),
        Meeting(
            title,
            now + timedelta(days=1),
            now + timedelta(days=1, hours=1),
            place="Board room",
            objective="Phase 1 go decision",
            agenda="1. Costs\n2. Plan",
            attendees=attendees,
            map_ids=[erp.id],
        ),
    )
    return Sample(meeting, people, erp.name)
