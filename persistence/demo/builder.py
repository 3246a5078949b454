"""Build the demo workspace: a CIO's world at Northwind Group, two years deep, ending today.

Everything goes in through the domain's ports, validated by the domain's own checks, in a handful
of units of work (one per kind of data) so that a real workspace file fills in well under a second
or two. The content comes from ``resources/demo/cast.json`` and ``chatter.json``; the dates are
counted back from ``today`` so the demo is always current, and everything random comes from
``seed`` so the same day and seed build the same demo.
"""

from __future__ import annotations

import random
from collections import defaultdict
from datetime import date, timedelta, tzinfo

from domain.errors import DomainError
from domain.model import (
    MapMembership,
    Organisation,
    OrganisationKind,
    Sentiment,
    Stakeholder,
    StakeholderMap,
)
from domain.ports import UnitOfWork, UnitOfWorkFactory
from domain.rules.validation import valid_concern, valid_demand_item
from domain.usecases.meetings import plan_meeting, record_as_interaction
from domain.usecases.ratings import check
from domain.usecases.stakeholders import validate
from persistence.demo.calendar import DemoCalendar
from persistence.demo.cast import Cast, Chatter, load_cast, load_chatter
from persistence.demo.concerns import demo_concerns
from persistence.demo.demand import demand_items, maturity_targets
from persistence.demo.ids import Ids
from persistence.demo.owners import write_owners
from persistence.demo.plans import write_plans
from persistence.demo.rating_plan import map_ratings, person_ratings
from persistence.demo.routine import routine_interactions
from persistence.demo.story import (
    PlannedInteraction,
    influence_links,
    maturity_assessments,
    story_interactions,
    upcoming_meetings,
)


class DemoError(DomainError):
    """The demo cannot be built here (the workspace already holds data)."""


def build_demo(
    uow_factory: UnitOfWorkFactory,
    *,
    today: date | None = None,
    seed: int = 7,
    tz: tzinfo | None = None,
) -> dict[str, int]:
    """Fill an empty workspace with the demo; returns how many of each thing it holds.

    ``tz`` is the zone of the working day (meetings at 10:00 are 10:00 there); by default the
    computer's own.
    """
    cast, chatter = load_cast(), load_chatter()
    calendar = DemoCalendar(today or date.today(), tz)
    _require_empty(uow_factory())
    ids = _write_register(uow_factory(), cast, calendar)
    _write_ratings(uow_factory(), cast, chatter, calendar, ids, seed)
    _write_activity(uow_factory(), cast, chatter, calendar, ids, seed)
    for spec, meeting in zip(cast.meetings, upcoming_meetings(cast, calendar, ids), strict=True):
        planned = plan_meeting(uow_factory(), meeting)
        if spec.held and spec.logged and planned.id is not None:
            record_as_interaction(
                uow_factory(),
                planned.id,
                spec.logged,
                Sentiment.POSITIVE,
                entered=meeting.end or meeting.start,
            )
    write_plans(uow_factory(), calendar, ids)
    write_owners(uow_factory(), cast, ids)
    return demo_counts(uow_factory(), calendar.today)


def _require_empty(uow: UnitOfWork) -> None:
    with uow:
        if uow.stakeholders.count() or uow.maps.list() or uow.organisations.list():
            raise DemoError("The demo can only be built into an empty workspace.")


def _write_register(uow: UnitOfWork, cast: Cast, calendar: DemoCalendar) -> Ids:
    """Organisations, people, maps and who is on which map."""
    organisations: dict[str, int] = {}
    people: dict[str, int] = {}
    maps: dict[str, int] = {}
    with uow:
        for org in cast.organisations:
            parent = organisations[org.parent] if org.parent else None
            added = uow.organisations.add(
                Organisation(org.name, OrganisationKind(org.kind), parent_id=parent)
            )
            organisations[org.key] = _id(added.id)
        for spec in cast.people:
            person = validate(
                Stakeholder(
                    spec.name,
                    job_title=spec.title,
                    organisation_id=organisations[spec.org],
                    unit_id=organisations[spec.unit] if spec.unit else None,
                    relation=spec.relation,
                    email=spec.email,
                    phone=spec.phone,
                    tags=list(spec.tags),
                    notes=spec.notes,
                    communication_preferences=spec.prefs,
                )
            )
            people[spec.key] = _id(uow.stakeholders.add(person).id)
        for spec_map in cast.maps:
            added_map = uow.maps.add(
                StakeholderMap(
                    spec_map.name,
                    spec_map.purpose,
                    starts_on=calendar.day(spec_map.since),
                    ends_on=calendar.today + timedelta(days=spec_map.ends_in),
                )
            )
            maps[spec_map.key] = _id(added_map.id)
            for member in spec_map.members:
                uow.maps.add_member(
                    MapMembership(
                        maps[spec_map.key], people[member.who], calendar.at(member.since, 9, 0)
                    )
                )
        uow.commit()
    return Ids(organisations, people, maps)


def _write_ratings(
    uow: UnitOfWork, cast: Cast, chatter: Chatter, calendar: DemoCalendar, ids: Ids, seed: int
) -> None:
    rng = random.Random(f"rapport-demo:{seed}:ratings")
    rows = person_ratings(cast, chatter, calendar, rng, ids) + map_ratings(cast, calendar, rng, ids)
    now = calendar.start_of_today()
    # In time order, as they would have been entered, each checked as a rating entered by hand.
    rows = [check(rating, now) for rating in sorted(rows, key=lambda r: r.at)]
    with uow:
        # A repository with a bulk path (the SQL one) loads thousands of ratings in one go,
        # as the JSON import does; the port's one-by-one ``add`` is the fallback.
        add_many = getattr(uow.ratings, "add_many", None)
        if callable(add_many):
            add_many(rows)
        else:
            for rating in rows:
                uow.ratings.add(rating)
        uow.commit()


def _write_activity(
    uow: UnitOfWork, cast: Cast, chatter: Chatter, calendar: DemoCalendar, ids: Ids, seed: int
) -> None:
    """Interactions with their commitments, influence links and unit maturity."""
    rng = random.Random(f"rapport-demo:{seed}:activity")
    story = story_interactions(cast, calendar, ids)
    story_days: dict[str, set[int]] = defaultdict(set)
    for spec in cast.story:
        for key in spec.who:
            story_days[key].add(spec.ago)
    routine = routine_interactions(cast, chatter, calendar, rng, ids, story_days)
    planned: list[PlannedInteraction] = sorted(story + routine, key=lambda p: p.interaction.when)
    with uow:
        for item in planned:
            # Entered as it happened, as the demo's ratings are (and its follow-ups made then).
            item.interaction.recorded_at = item.interaction.recorded_at or item.interaction.when
            added = uow.interactions.add(item.interaction)
            for commitment in item.follow_ups:
                commitment.interaction_id = added.id
                uow.commitments.add(commitment)
        for link in influence_links(cast, ids):
            uow.influence.add(link)
        for assessment in maturity_assessments(cast, calendar, rng, ids):
            uow.organisations.add_maturity(assessment)
        for concern in demo_concerns(calendar, ids):
            uow.concerns.add(valid_concern(concern))
        for target in maturity_targets(calendar, ids):
            uow.organisations.set_target(target)
        for demand in demand_items(cast, calendar, rng, ids):
            uow.demand.add(valid_demand_item(demand))
        uow.commit()


def demo_counts(uow: UnitOfWork, today: date) -> dict[str, int]:
    """How many of each thing the workspace holds (what :func:`build_demo` reports)."""
    with uow:
        maps = uow.maps.list()
        commitments = uow.commitments.list()
        concerns = uow.concerns.list()
        return {
            "organisations": len(uow.organisations.list()),
            "stakeholders": uow.stakeholders.count(),
            "maps": len(maps),
            "memberships": sum(len(uow.maps.members(_id(m.id))) for m in maps),
            "ratings": uow.ratings.count(),
            "interactions": len(uow.interactions.list()),
            "commitments": len(commitments),
            "open_commitments": sum(1 for c in commitments if c.is_open),
            "overdue_commitments": sum(1 for c in commitments if c.is_overdue(today)),
            "influence_links": len(uow.influence.list()),
            "maturity_assessments": len(uow.organisations.maturity_history()),
            "maturity_targets": len(uow.organisations.targets()),
            "demand_items": uow.demand.count(),
            "meetings": len(uow.meetings.list()),
            "concerns": len(concerns),
            "open_concerns": sum(1 for c in concerns if c.is_open),
            "overdue_concerns": sum(1 for c in concerns if c.is_overdue(today)),
            "engagement_plans": len(uow.plans.list()),
            "messages": len(uow.messages.list()),
        }


def _id(value: int | None) -> int:
    if value is None:
        raise DemoError("The workspace did not assign an id.")
    return value


__all__ = ["DemoError", "build_demo", "demo_counts"]
