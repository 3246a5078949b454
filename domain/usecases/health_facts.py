"""What the health grade is computed from, gathered for everyone at once: now, or as of a past
moment.

``current_facts`` is the fast path (10,000 people and a million ratings in well under a second,
bench ``health.grades``): attitudes and places from the kept-at-hand current values, the trust
trend from a summary of the window's ratings, counts from grouped reads. ``facts_as_of`` replays
the history instead (ratings held at the moment, contact up to it, commitments and concerns as
they stood), for a quarter's end in the report; on today's data both agree (tested).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from datetime import date, datetime, timedelta

from domain.clock import as_utc
from domain.model import Dimension, Rating
from domain.ports import MembershipValues, UnitOfWork
from domain.rules.attention import AttentionSettings
from domain.rules.quadrant import Quadrant, quadrant_for
from domain.rules.relationship_health import HealthFacts
from domain.rules.step_series import StepSeries, in_hold_order

_PLACE = (Dimension.POWER, Dimension.INTEREST, Dimension.SUPPORT, Dimension.DESIRED_SUPPORT)
_POWER, _INTEREST = Dimension.POWER, Dimension.INTEREST
_SUPPORT, _DESIRED = Dimension.SUPPORT, Dimension.DESIRED_SUPPORT


def overdue_touchpoints(
    uow: UnitOfWork, day: date, people: set[int] | None = None
) -> dict[int, int]:
    """Person → touchpoints of their engagement plans past their date and not done by the end of
    ``day`` (a touchpoint done later counts as overdue then: the history as it stood)."""
    found: dict[int, int] = defaultdict(int)
    plans = (
        uow.plans.list()
        if people is None
        else [plan for found_plans in uow.plans.for_people(people).values() for plan in found_plans]
    )
    for plan in plans:
        if plan.starts_on > day:
            continue
        for touchpoint in plan.touchpoints:
            done = touchpoint.done_on
            if touchpoint.on < day and (done is None or done > day):
                found[plan.stakeholder_id] += 1
    return found


class _Places:
    """Per person: the largest attitude gap, the most demanding quadrant and when they joined.

    Called once per map membership (tens of thousands on a big workspace): the rules of
    ``domain.rules.quadrant`` and ``domain.rules.attention`` applied in plain arithmetic.
    """

    def __init__(self, settings: AttentionSettings) -> None:
        cadence = settings.cadence
        self.rank = {q: cadence.rank(q) for q in Quadrant}
        self.seconds = {q: cadence.for_quadrant(q).total_seconds() for q in Quadrant}
        self.gap: dict[int, float] = {}
        #: person → (quadrant, when they joined their first map)
        self.placed: dict[int, tuple[Quadrant, datetime]] = {}

    def take(
        self,
        person: int,
        added_at: datetime,
        power: float | None,
        interest: float | None,
        support: float | None,
        desired: float | None,
    ) -> None:
        if support is not None and desired is not None:
            gap = desired - support
            if gap > self.gap.get(person, _NO_GAP):
                self.gap[person] = gap
        if power is None or interest is None:
            return
        quadrant = quadrant_for(power, interest)
        known = self.placed.get(person)
        if known is None:
            self.placed[person] = (quadrant, added_at)
            return
        best, joined = known
        # The most demanding quadrant (the shortest cadence; on a tie the first in order).
        chosen = quadrant if self.rank[quadrant] < self.rank[best] else best
        self.placed[person] = (chosen, joined if joined <= added_at else added_at)

    def periods_late(
        self, person: int, last_contact: datetime | None, now: datetime
    ) -> float | None:
        """Cadence periods past the cadence (0.0 in time), by the rule of
        :func:`domain.rules.attention.contact_overdue`; None for someone on no map."""
        spot = self.placed.get(person)
        if spot is None:
            return None
        quadrant, joined = spot
        # A contact dated after now (logged ahead) is not contact: count from when they joined.
        since = last_contact if last_contact is not None and last_contact <= now else joined
        period = self.seconds[quadrant]
        late = (now - since).total_seconds() - period
        return late / period if late > 0 else 0.0


_NO_GAP = float("-inf")


def current_facts(
    uow: UnitOfWork,
    attention: AttentionSettings,
    trust_window_days: int,
    now: datetime,
    today: date,
) -> tuple[dict[int, tuple[str, int | None]], dict[int, HealthFacts]]:
    """(person → (name, unit), person → facts) for everyone not archived, as of now."""
    moment = as_utc(now)
    with uow:
        people = uow.stakeholders.units()
        places = _Places(attention)
        for spot in uow.maps.placements(_PLACE):
            if spot.stakeholder_id in people:
                _take_spot(places, spot)
        contacts = uow.interactions.last_contact(until=moment) if places.placed else {}
        late_commitments: dict[int, int] = defaultdict(int)
        for commitment in uow.commitments.overdue(today):
            late_commitments[commitment.stakeholder_id] += 1
        concerns = uow.concerns.open_counts(today)
        start = moment - timedelta(days=trust_window_days)
        # Only a fall takes points off: the store sends back only those who fell (about half
        # of those rated in the window, and no note looked up for the others).
        trust = {
            moved.stakeholder_id: moved.last
            - (moved.before if moved.before is not None else (moved.first or moved.last))
            for moved in uow.ratings.window_changes(
                Dimension.TRUST, start, moment, fell_by_more_than=0.0
            )
        }
        touchpoints = overdue_touchpoints(uow, today)
    facts = {}
    no_concerns = (0, 0)
    for person in people:
        open_count, late_count = concerns.get(person, no_concerns)
        facts[person] = HealthFacts(
            attitude_gap=places.gap.get(person),
            contact_periods_late=places.periods_late(person, contacts.get(person), moment),
            overdue_commitments=late_commitments.get(person, 0),
            overdue_touchpoints=touchpoints.get(person, 0),
            open_concerns=open_count,
            overdue_concerns=late_count,
            trust_change=trust.get(person),
        )
    return people, facts


def _take_spot(places: _Places, spot: MembershipValues) -> None:
    values = spot.values
    places.take(
        spot.stakeholder_id,
        spot.added_at,
        values.get(_POWER),
        values.get(_INTEREST),
        values.get(_SUPPORT),
        values.get(_DESIRED),
    )


def facts_as_of(
    uow: UnitOfWork,
    attention: AttentionSettings,
    trust_window_days: int,
    moment: datetime,
    day: date,
    only: Iterable[int] | None = None,
) -> tuple[dict[int, tuple[str, int | None]], dict[int, HealthFacts]]:
    """The same facts as they stood at ``moment`` (``day`` its local date), from the history;
    for the people ``only`` (a person's page) or everyone.

    People archived now are left out (the register does not say when someone was archived).
    """
    moment = as_utc(moment)
    start = moment - timedelta(days=trust_window_days)
    chosen = set(only) if only is not None else None
    with uow:
        people = uow.stakeholders.units()
        if chosen is not None:
            people = {p: about for p, about in people.items() if p in chosen}
        members = [
            m
            for stakeholder_map in uow.maps.list()
            if stakeholder_map.id is not None
            for m in uow.maps.members(stakeholder_map.id)
            if m.stakeholder_id in people and as_utc(m.added_at) <= moment
        ]
        wanted = set(people)
        histories = uow.ratings.histories(wanted, (*_PLACE, Dimension.TRUST))
        contacts = uow.interactions.last_contact(wanted, until=moment)
        late_commitments: dict[int, int] = defaultdict(int)
        for c in _each(uow.commitments.list, chosen):
            created = c.created_at is None or as_utc(c.created_at) <= moment
            open_then = c.done_at is None or as_utc(c.done_at) > moment
            if created and open_then and c.due_on is not None and c.due_on < day:
                late_commitments[c.stakeholder_id] += 1
        concerns: dict[int, list[int]] = defaultdict(lambda: [0, 0])
        for concern in _each(uow.concerns.list, chosen):
            if concern.open_on(day):
                counts = concerns[concern.stakeholder_id]
                counts[0] += 1
                counts[1] += concern.overdue_on(day)
        touchpoints = overdue_touchpoints(uow, day, chosen)
    series = {person: _series(rows) for person, rows in histories.items()}
    places = _Places(attention)
    for m in members:
        held = series.get(m.stakeholder_id, {})

        def at(dimension: Dimension, map_id: int = m.map_id, held: _Held = held) -> float | None:
            steps = held.get((dimension, map_id))
            return steps.at(moment) if steps is not None else None

        places.take(
            m.stakeholder_id,
            as_utc(m.added_at),
            at(_POWER),
            at(_INTEREST),
            at(_SUPPORT),
            at(_DESIRED),
        )
    facts = {}
    for person in people:
        open_count, late_count = concerns.get(person, (0, 0))
        trust = series.get(person, {}).get((Dimension.TRUST, None))
        facts[person] = HealthFacts(
            attitude_gap=places.gap.get(person),
            contact_periods_late=places.periods_late(person, contacts.get(person), moment),
            overdue_commitments=late_commitments.get(person, 0),
            overdue_touchpoints=touchpoints.get(person, 0),
            open_concerns=open_count,
            overdue_concerns=late_count,
            trust_change=_change(trust, start, moment) if trust is not None else None,
        )
    return people, facts


def _each[T](read: Callable[[int | None], list[T]], people: set[int] | None) -> list[T]:
    """Everyone's rows in one read, or each chosen person's."""
    if people is None:
        return read(None)
    return [row for person in sorted(people) for row in read(person)]


_Held = dict[tuple[Dimension, int | None], StepSeries[datetime, float]]


def _series(ratings: Iterable[Rating]) -> _Held:
    grouped: dict[tuple[Dimension, int | None], list[tuple[datetime, int | None, float]]] = (
        defaultdict(list)
    )
    for r in ratings:
        grouped[(Dimension(r.dimension), r.map_id)].append((r.at, r.id, r.value))
    return {key: in_hold_order(entries) for key, entries in grouped.items()}


def _change(steps: StepSeries[datetime, float], start: datetime, end: datetime) -> float | None:
    """How far the value fell over (start, end] (negative), as the store's window summary finds
    it: None without a rating inside the window, or when it did not fall."""
    inside = steps.between(start, end)
    if not inside:
        return None
    before = steps.at(start)
    first = inside[0][1] if before is None else before
    change = inside[-1][1] - first
    return change if change < -1e-9 else None
