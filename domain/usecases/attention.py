"""The "needs attention" list a manager opens on Monday morning.

Built to stay fast on large workspaces: current positions and attitudes come from the kept-at-hand
current values, and a fall in trust is found from the ratings inside the window plus, for the people
rated in it, the single value each held when the window opened — never from the whole history.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from domain.clock import as_utc, utc_now
from domain.model import Commitment, Dimension, Rating
from domain.ports import UnitOfWork
from domain.rules.attention import (
    AttentionSettings,
    attitude_gap,
    contact_overdue,
    most_demanding,
)
from domain.rules.quadrant import Quadrant, quadrant_for
from domain.rules.trends import Change, Point, change_over, fell_by_more_than, series

_PRIORITY = list(Quadrant)


@dataclass(frozen=True, slots=True)
class TrustFall:
    stakeholder_id: int
    name: str
    change: Change
    #: The latest note among the ratings inside the window (why it fell, with luck).
    note: str
    last_rated: datetime


@dataclass(frozen=True, slots=True)
class OverdueContact:
    stakeholder_id: int
    name: str
    quadrant: Quadrant
    map_name: str
    cadence: timedelta
    last_contact: datetime | None
    overdue_by: timedelta


@dataclass(frozen=True, slots=True)
class OverdueCommitment:
    stakeholder_id: int
    name: str
    commitment: Commitment
    days_overdue: int


@dataclass(frozen=True, slots=True)
class AttitudeGap:
    stakeholder_id: int
    name: str
    map_id: int
    map_name: str
    current: float
    desired: float

    @property
    def gap(self) -> float:
        return self.desired - self.current


@dataclass(slots=True)
class AttentionReport:
    now: datetime
    settings: AttentionSettings
    trust_falls: list[TrustFall] = field(default_factory=list)
    overdue_contacts: list[OverdueContact] = field(default_factory=list)
    overdue_commitments: list[OverdueCommitment] = field(default_factory=list)
    attitude_gaps: list[AttitudeGap] = field(default_factory=list)

    @property
    def people(self) -> set[int]:
        """Everyone listed in any section."""
        return {
            row.stakeholder_id
            for rows in (
                self.trust_falls,
                self.overdue_contacts,
                self.overdue_commitments,
                self.attitude_gaps,
            )
            for row in rows
        }


def attention_list(
    uow: UnitOfWork,
    settings: AttentionSettings | None = None,
    now: datetime | None = None,
    today: date | None = None,
) -> AttentionReport:
    """Everything that needs attention as of ``now`` (archived people left out).

    ``today`` is the user's local date, against which due dates are compared (defaults to the date
    of ``now`` in UTC).
    """
    settings = settings or AttentionSettings()
    moment = as_utc(now) if now is not None else utc_now()
    today = today or moment.date()
    report = AttentionReport(moment, settings)
    with uow:
        names = {p.id: p.name for p in uow.stakeholders.list() if p.id is not None}
        report.trust_falls = _trust_falls(uow, names, settings, moment)
        maps = {m.id: m.name for m in uow.maps.list() if m.id is not None}
        members = {
            map_id: {m.stakeholder_id: m.added_at for m in uow.maps.members(map_id)}
            for map_id in maps
        }
        positions: dict[tuple[int, int, Dimension], float] = {}
        for value in uow.ratings.current(
            [Dimension.POWER, Dimension.INTEREST, Dimension.SUPPORT, Dimension.DESIRED_SUPPORT]
        ):
            if value.map_id is not None and value.stakeholder_id in members.get(value.map_id, {}):
                positions[(value.stakeholder_id, value.map_id, value.dimension)] = value.value
        on_maps = {person for people in members.values() for person in people}
        contacts = uow.interactions.last_contact(on_maps) if on_maps else {}
        commitments = uow.commitments.list(open_only=True)
    report.overdue_contacts = _overdue_contacts(
        names, maps, members, positions, contacts, settings, moment
    )
    report.overdue_commitments = _overdue_commitments(names, commitments, today)
    report.attitude_gaps = _attitude_gaps(names, maps, positions, settings)
    return report


def _trust_falls(
    uow: UnitOfWork, names: dict[int, str], settings: AttentionSettings, now: datetime
) -> list[TrustFall]:
    start = now - timedelta(days=settings.trust_window_days)
    recent: dict[int, list[Rating]] = defaultdict(list)
    for rating in uow.ratings.history(dimensions=[Dimension.TRUST], since=start):
        if rating.stakeholder_id in names and as_utc(rating.at) <= now:
            recent[rating.stakeholder_id].append(rating)
    held = {
        v.stakeholder_id: v for v in uow.ratings.values_as_of(Dimension.TRUST, start, list(recent))
    }
    falls: list[TrustFall] = []
    for person, ratings in recent.items():
        points = series(ratings)
        before = held.get(person)
        if before is not None and (not points or before.at < points[0].at):
            points.insert(0, Point(as_utc(before.at), before.value, rating_id=before.rating_id))
        change = change_over(points, now, settings.trust_window_days)
        if fell_by_more_than(change, settings.trust_fall):
            assert change is not None
            note = next((r.note for r in reversed(ratings) if r.note), "")
            falls.append(TrustFall(person, names[person], change, note, as_utc(ratings[-1].at)))
    falls.sort(key=lambda f: (f.change.delta, f.name.casefold()))
    return falls


def _overdue_contacts(
    names: dict[int, str],
    maps: dict[int, str],
    members: dict[int, dict[int, datetime]],
    positions: dict[tuple[int, int, Dimension], float],
    contacts: dict[int, datetime],
    settings: AttentionSettings,
    now: datetime,
) -> list[OverdueContact]:
    # person -> [(quadrant, map id)]
    placed: dict[int, list[tuple[Quadrant, int]]] = defaultdict(list)
    joined: dict[int, datetime] = {}
    for map_id, people in members.items():
        for person, added_at in people.items():
            power = positions.get((person, map_id, Dimension.POWER))
            interest = positions.get((person, map_id, Dimension.INTEREST))
            if person not in names or power is None or interest is None:
                continue
            placed[person].append((quadrant_for(power, interest), map_id))
            added = as_utc(added_at)
            joined[person] = min(joined.get(person, added), added)
    rows: list[OverdueContact] = []
    for person, spots in placed.items():
        quadrant = most_demanding((q for q, _ in spots), settings.cadence)
        assert quadrant is not None
        due = contact_overdue(contacts.get(person), quadrant, now, settings.cadence, joined[person])
        if due is None:
            continue
        map_names = sorted((maps[m] for q, m in spots if q == quadrant), key=str.casefold)
        rows.append(
            OverdueContact(
                person,
                names[person],
                quadrant,
                ", ".join(map_names),
                due.cadence,
                due.last_contact,
                due.overdue_by,
            )
        )
    rows.sort(key=lambda r: (_PRIORITY.index(r.quadrant), -r.overdue_by, r.name.casefold()))
    return rows


def _overdue_commitments(
    names: dict[int, str], commitments: list[Commitment], today: date
) -> list[OverdueCommitment]:
    rows = [
        OverdueCommitment(c.stakeholder_id, names[c.stakeholder_id], c, (today - c.due_on).days)
        for c in commitments
        if c.stakeholder_id in names and c.due_on is not None and c.is_overdue(today)
    ]
    rows.sort(key=lambda r: (-r.days_overdue, r.name.casefold()))
    return rows


def _attitude_gaps(
    names: dict[int, str],
    maps: dict[int, str],
    positions: dict[tuple[int, int, Dimension], float],
    settings: AttentionSettings,
) -> list[AttitudeGap]:
    rows: list[AttitudeGap] = []
    for (person, map_id, dimension), desired in positions.items():
        if dimension is not Dimension.DESIRED_SUPPORT or person not in names:
            continue
        current = positions.get((person, map_id, Dimension.SUPPORT))
        gap = attitude_gap(current, desired)
        if current is not None and gap is not None and gap >= settings.min_attitude_gap - 1e-9:
            rows.append(AttitudeGap(person, names[person], map_id, maps[map_id], current, desired))
    rows.sort(key=lambda r: (-r.gap, r.name.casefold(), r.map_name.casefold()))
    return rows
