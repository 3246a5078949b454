"""The everyday part of the demo: meetings, calls, e-mails and meals between the key moments.

Each person is met at their own rhythm, about the initiatives they are part of at the time, in a
mood that follows their trust; the people who need the closest management were seen recently —
except the ones the demo leaves waiting on purpose.
"""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass
from datetime import time

from domain.model import Commitment, CommitmentDirection, Interaction, InteractionKind, Sentiment
from domain.rules.attention import Cadence, most_demanding
from domain.rules.quadrant import quadrant_for
from persistence.demo.arcs import value_at
from persistence.demo.calendar import DemoCalendar
from persistence.demo.cast import Cast, Chatter, MapSpec, PersonSpec
from persistence.demo.ids import Ids
from persistence.demo.story import PlannedInteraction

_KINDS: dict[str, dict[str, int]] = {
    "executive": {"meeting": 5, "call": 2, "email": 3, "meal": 1, "workshop": 1},
    "business unit": {"meeting": 5, "call": 3, "email": 3, "meal": 1, "workshop": 2},
    "IT": {"meeting": 6, "call": 3, "email": 2, "meal": 1, "workshop": 2},
    "vendor": {"meeting": 3, "call": 4, "email": 4, "meal": 1},
    "customer": {"meeting": 3, "call": 3, "email": 3, "meal": 1, "workshop": 1},
    "regulator": {"meeting": 2, "email": 3},
    "partner": {"meeting": 3, "call": 3, "email": 2, "workshop": 2},
    "works council": {"meeting": 5, "email": 1},
}
#: Relations whose everyday contact is about the initiatives; a regulator or the works council is
#: met on their own terms (their relation's phrases only).
_TOPICAL = {"executive", "business unit", "IT", "vendor", "customer", "partner"}
#: Relations of the people who may be asked along to someone else's meeting or workshop.
_CROWD = {"executive", "business unit", "IT", "vendor", "partner"}
#: How likely a routine interaction of each kind ends with a promise.
_PROMISE = {"meeting": 0.22, "call": 0.15, "workshop": 0.3, "meal": 0.1, "email": 0.08}


@dataclass(frozen=True, slots=True)
class _Context:
    cast: Cast
    chatter: Chatter
    calendar: DemoCalendar
    rng: random.Random
    ids: Ids


def _on_map(spec: MapSpec, key: str, ago: int) -> bool:
    return any(m.who == key and m.since >= ago for m in spec.members)


def _present(person: PersonSpec, ago: int) -> bool:
    """Whether the person may be met ``ago`` days back (known by then, not waiting on purpose)."""
    return person.since >= ago and (not person.quiet or ago >= person.quiet)


def _moment(ctx: _Context, kind: InteractionKind, ago: int) -> time:
    rng = ctx.rng
    if kind is InteractionKind.MEAL:
        return rng.choice((time(8, 0), time(12, 30), time(12, 30), time(19, 0)))
    if kind is InteractionKind.WORKSHOP:
        return rng.choice((time(9, 30), time(13, 30)))
    if kind is InteractionKind.EMAIL:
        return time(rng.randint(7, 19), rng.randint(0, 59))
    if kind is InteractionKind.CALL:
        return time(rng.randint(8, 17), rng.choice((0, 15, 30, 45)))
    return time(rng.randint(9, 16), rng.choice((0, 30)))


def _sentiment(ctx: _Context, people: list[PersonSpec], ago: int) -> Sentiment:
    """The mood of a meeting follows the trust of the people in it."""
    trust = sum(value_at(p.trust, ago) for p in people) / len(people)
    mood = round((trust - 6.0) / 1.5 + ctx.rng.gauss(0.0, 0.6))
    return Sentiment(max(-2, min(2, mood)))


def _summary(
    ctx: _Context, person: PersonSpec, kind: InteractionKind, topic: str | None, mood: Sentiment
) -> str:
    rng, chatter = ctx.rng, ctx.chatter
    org = next(o.name for o in ctx.cast.organisations if o.key == person.org)
    if kind is InteractionKind.MEAL:
        pool = chatter.meal
    elif topic is not None:
        group = {"email": "email", "workshop": "workshop"}.get(kind.value, "talk")
        pool = chatter.topics[topic][group]
    else:
        pool = chatter.relations[person.relation][
            "email" if kind is InteractionKind.EMAIL else "talk"
        ]
    text = rng.choice(pool)
    if mood != Sentiment.NEUTRAL and kind is not InteractionKind.EMAIL and rng.random() < 0.5:
        text = f"{text} {rng.choice(chatter.tone[int(mood)])}"
    return text.format(first=person.first_name, org=org)


def _promise(
    ctx: _Context, person: PersonSpec, topic: str | None, ago: int, made: Interaction
) -> Commitment:
    rng, calendar = ctx.rng, ctx.calendar
    direction = CommitmentDirection.OURS if rng.random() < 0.55 else CommitmentDirection.THEIRS
    text = rng.choice(ctx.chatter.commitments[topic or "general"][direction.value])
    due_ago = ago - rng.randint(5, 21)
    done = due_ago > 30 or (due_ago >= 1 and rng.random() < 0.8)
    done_ago = min(ago, max(1, due_ago + rng.randint(-4, 3)))
    return Commitment(
        ctx.ids.people[person.key],
        direction,
        text,
        due_on=calendar.day(due_ago) if due_ago > 0 else calendar.ahead(max(1, -due_ago)),
        done_at=max(made.when, calendar.at(done_ago, 17, 30)) if done else None,
        created_at=made.when,
    )


def _interaction(
    ctx: _Context, person: PersonSpec, ago: int, last_seen: dict[str, int]
) -> PlannedInteraction:
    rng = ctx.rng
    weights = _KINDS.get(person.relation, _KINDS["business unit"])
    kind = InteractionKind(rng.choices(list(weights), list(weights.values()))[0])
    maps = [m for m in ctx.cast.maps if _on_map(m, person.key, ago)]
    if person.relation not in _TOPICAL:
        maps = []
    spec = rng.choice(maps) if maps and rng.random() < 0.7 else None
    topic = spec.key if spec else None
    if kind is InteractionKind.WORKSHOP and spec is None:
        kind = InteractionKind.MEETING
    others: list[str] = []
    if spec is not None and kind in (InteractionKind.WORKSHOP, InteractionKind.MEETING):
        crowd = [
            m.who
            for m in spec.members
            if m.who != person.key
            and _on_map(spec, m.who, ago)
            and _present(ctx.cast.person(m.who), ago)
            and ctx.cast.person(m.who).relation in _CROWD
        ]
        wanted = rng.randint(2, 4) if kind is InteractionKind.WORKSHOP else rng.choice((0, 0, 1, 2))
        others = rng.sample(crowd, min(wanted, len(crowd)))
    for key in (person.key, *others):
        last_seen[key] = min(last_seen[key], ago)
    mood = _sentiment(ctx, [person, *(ctx.cast.person(k) for k in others)], ago)
    if kind is InteractionKind.EMAIL:
        mood = Sentiment(max(-1, min(1, mood)))
    when = ctx.calendar.moment(ctx.calendar.day(ago), _moment(ctx, kind, ago))
    interaction = Interaction(
        when,
        kind,
        _summary(ctx, person, kind, topic, mood),
        mood,
        [ctx.ids.people[k] for k in (person.key, *others)],
    )
    planned = PlannedInteraction(interaction)
    if rng.random() < _PROMISE[kind.value]:
        planned.follow_ups.append(_promise(ctx, person, topic, ago, interaction))
    return planned


def _cadence_days(cast: Cast, person: PersonSpec) -> int | None:
    """Days between contacts the attention rules expect for the person's place on the maps."""
    quadrants = [
        quadrant_for(value_at(m.power, 0), value_at(m.interest, 0))
        for spec in cast.maps
        for m in spec.members
        if m.who == person.key
    ]
    cadence = Cadence()
    quadrant = most_demanding(quadrants, cadence)
    return cadence.for_quadrant(quadrant).days if quadrant else None


def routine_interactions(
    cast: Cast,
    chatter: Chatter,
    calendar: DemoCalendar,
    rng: random.Random,
    ids: Ids,
    story_days: dict[str, set[int]],
) -> list[PlannedInteraction]:
    """Everyday contact with everyone, keeping clear of the days of their scripted moments."""
    ctx = _Context(cast, chatter, calendar, rng, ids)
    planned: list[PlannedInteraction] = []
    last_seen: dict[str, int] = defaultdict(lambda: 10_000)
    for key, days in story_days.items():
        last_seen[key] = min(days)
    for person in cast.people:
        ago = person.since - rng.randint(0, person.contact // 2)
        while ago >= max(1, person.quiet):
            day = calendar.workday(ago, rng)
            if day >= max(1, person.quiet) and all(
                abs(day - other) > 2 for other in story_days.get(person.key, ())
            ):
                planned.append(_interaction(ctx, person, day, last_seen))
            ago -= max(1, round(person.contact * rng.uniform(0.6, 1.4)))
    for person in cast.people:
        cadence = _cadence_days(cast, person)
        if person.quiet or cadence is None or last_seen[person.key] < cadence * 0.7:
            continue
        ago = calendar.workday(rng.randint(1, max(1, round(cadence * 0.6))), rng)
        planned.append(_interaction(ctx, person, ago, last_seen))
    return planned
