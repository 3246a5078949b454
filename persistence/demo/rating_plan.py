"""The demo's rating history: trust and influence per person, positions and attitudes per map."""

from __future__ import annotations

import random
from datetime import datetime
from functools import partial

from domain.model import Dimension, Rating
from persistence.demo.arcs import noisy, recorded, routine_days, step_at, value_at
from persistence.demo.calendar import DemoCalendar
from persistence.demo.cast import Anchor, Cast, Chatter, MemberSpec
from persistence.demo.ids import Ids

#: Days between routine reviews of a person's place on a map, and of their attitude.
_POSITION_EVERY = 60
_ATTITUDE_EVERY = 120


def _evening(calendar: DemoCalendar, rng: random.Random, ago: int) -> datetime:
    """Ratings are entered at the end of the working day."""
    return calendar.at(ago, rng.randint(16, 18), rng.choice((0, 10, 20, 30, 40, 50)))


def _rating(
    person: int, dimension: Dimension, value: float, at: datetime, map_id: int | None, note: str
) -> Rating:
    return Rating(person, dimension, value, at, map_id=map_id, note=note, recorded_at=at)


def _routine_note(rng: random.Random, chatter: Chatter, before: float, after: float) -> str:
    if rng.random() > 0.2:
        return ""
    trend = "up" if after > before else "down" if after < before else "steady"
    return rng.choice(chatter.rating_notes[trend])


def _person_arc(
    rng: random.Random,
    calendar: DemoCalendar,
    chatter: Chatter,
    person: int,
    dimension: Dimension,
    anchors: tuple[Anchor, ...],
    every: int,
) -> list[Rating]:
    rows = [
        _rating(person, dimension, value, _evening(calendar, rng, ago), None, note)
        for ago, value, note in recorded(anchors)
    ]
    sigma = 0.3 if dimension is Dimension.TRUST else 0.2
    previous = anchors[0][1]
    settle = partial(calendar.workday, rng=rng)
    for ago in routine_days(rng, anchors[0][0], every, [a[0] for a in anchors], settle=settle):
        value = noisy(rng, value_at(anchors, ago), sigma, 0.5)
        note = _routine_note(rng, chatter, previous, value) if dimension is Dimension.TRUST else ""
        rows.append(_rating(person, dimension, value, _evening(calendar, rng, ago), None, note))
        previous = value
    return rows


def person_ratings(
    cast: Cast, chatter: Chatter, calendar: DemoCalendar, rng: random.Random, ids: Ids
) -> list[Rating]:
    rows: list[Rating] = []
    for spec in cast.people:
        person = ids.people[spec.key]
        rows += _person_arc(rng, calendar, chatter, person, Dimension.TRUST, spec.trust, spec.every)
        rows += _person_arc(
            rng, calendar, chatter, person, Dimension.INFLUENCE, spec.influence, max(30, spec.every)
        )
    return rows


def _positions(
    rng: random.Random, calendar: DemoCalendar, member: MemberSpec, person: int, map_id: int
) -> list[Rating]:
    events: dict[int, str] = {}
    for ago, _, note in recorded(member.power) + recorded(member.interest):
        events[ago] = " ".join(filter(None, (events.get(ago, ""), note)))
    settle = partial(calendar.workday, rng=rng)
    routine = routine_days(rng, member.since, _POSITION_EVERY, events, settle=settle)
    days = sorted(set(events) | set(routine))
    rows: list[Rating] = []
    for ago in sorted(days, reverse=True):
        at = _evening(calendar, rng, ago)
        anchored = ago in events
        power = value_at(member.power, ago)
        interest = value_at(member.interest, ago)
        if not anchored:
            power = noisy(rng, power, 0.2, 0.1, limit=0.4)
            interest = noisy(rng, interest, 0.35, 0.1, limit=0.7)
        note = events.get(ago, "")
        rows.append(_rating(person, Dimension.POWER, power, at, map_id, note))
        rows.append(_rating(person, Dimension.INTEREST, interest, at, map_id, note))
    return rows


def _attitudes(
    rng: random.Random, calendar: DemoCalendar, member: MemberSpec, person: int, map_id: int
) -> list[Rating]:
    rows = [
        _rating(person, Dimension.SUPPORT, value, _evening(calendar, rng, ago), map_id, note)
        for ago, value, note in recorded(member.support)
    ]
    anchors = [a[0] for a in member.support]
    settle = partial(calendar.workday, rng=rng)
    for ago in routine_days(rng, member.since, _ATTITUDE_EVERY, anchors, margin=20, settle=settle):
        value = step_at(member.support, ago)
        at = _evening(calendar, rng, ago)
        rows.append(_rating(person, Dimension.SUPPORT, value, at, map_id, ""))
    for want in member.want:
        at = _evening(calendar, rng, want.ago)
        for dimension, value in (
            (Dimension.DESIRED_POWER, want.power),
            (Dimension.DESIRED_INTEREST, want.interest),
            (Dimension.DESIRED_SUPPORT, want.support),
        ):
            rows.append(_rating(person, dimension, value, at, map_id, want.note))
    return rows


def map_ratings(cast: Cast, calendar: DemoCalendar, rng: random.Random, ids: Ids) -> list[Rating]:
    rows: list[Rating] = []
    for spec in cast.maps:
        map_id = ids.maps[spec.key]
        for member in spec.members:
            person = ids.people[member.who]
            rows += _positions(rng, calendar, member, person, map_id)
            rows += _attitudes(rng, calendar, member, person, map_id)
    return rows
