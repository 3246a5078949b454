"""The "needs attention" list a manager opens on Monday morning.

Built to stay fast on large workspaces (10,000 people, a million ratings: see bench/attention.py):
positions and attitudes come from the kept-at-hand current values (joined to map membership in
the database) and are walked once, as they are read; a fall in trust from a summary of the ratings
inside the window plus, per person rated in it, the one value held when it opened, with only the
people who fell sent back — never from the whole history. The rules themselves live in
``domain.rules`` and are applied here to every row.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from operator import attrgetter

from domain.clock import as_utc, utc_now
from domain.model import Commitment, Concern, Dimension
from domain.ports import MembershipValues, UnitOfWork, WindowChange
from domain.rules.attention import (
    AttentionSettings,
    attitude_gap,
    contact_overdue,
    most_demanding,
)
from domain.rules.quadrant import Position, Quadrant
from domain.rules.trends import Change, fell_by_more_than, window_change
from domain.usecases.demand import DemandRow, stalled_demand
from domain.usecases.maturity import BehindTarget, units_behind_target


@dataclass(slots=True)
class TrustFall:
    stakeholder_id: int
    name: str
    change: Change
    #: The latest note among the ratings inside the window (why it fell, with luck).
    note: str
    last_rated: datetime


@dataclass(slots=True)
class OverdueContact:
    stakeholder_id: int
    name: str
    quadrant: Quadrant
    map_name: str
    cadence: timedelta
    last_contact: datetime | None
    overdue_by: timedelta


@dataclass(slots=True)
class OverdueCommitment:
    stakeholder_id: int
    name: str
    commitment: Commitment
    days_overdue: int


@dataclass(slots=True)
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
class OpenConcern:
    """A concern a person raised that is still open; ``days_overdue`` past its target (0: not)."""

    stakeholder_id: int
    name: str
    concern: Concern
    days_overdue: int


@dataclass(slots=True)
class AttentionReport:
    now: datetime
    settings: AttentionSettings
    trust_falls: list[TrustFall] = field(default_factory=list)
    overdue_contacts: list[OverdueContact] = field(default_factory=list)
    overdue_commitments: list[OverdueCommitment] = field(default_factory=list)
    attitude_gaps: list[AttitudeGap] = field(default_factory=list)
    #: Open concerns, overdue ones first.
    concerns: list[OpenConcern] = field(default_factory=list)
    #: Units whose maturity target date has passed below the target level.
    behind_target: list[BehindTarget] = field(default_factory=list)
    #: Open demand items that have not moved for longer than ``settings.stalled_days``.
    stalled_demand: list[DemandRow] = field(default_factory=list)

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
                self.concerns,
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
    start = moment - timedelta(days=settings.trust_window_days)
    with uow:
        names = uow.stakeholders.names()
        changes = uow.ratings.window_changes(
            Dimension.TRUST, start, moment, fell_by_more_than=settings.trust_fall
        )
        maps = {m.id: m.name for m in uow.maps.list() if m.id is not None}
        # One pass over every map membership (tens of thousands on a big workspace) for both
        # the contact cadence and the attitude gaps.
        placed, gaps = _walk_placements(uow.maps.placements(_MAP_DIMENSIONS), names, maps, settings)
        contacts = uow.interactions.last_contact(until=moment) if placed else {}
        overdue = uow.commitments.overdue(today)
        concerns = uow.concerns.list(open_only=True)
    report.concerns = _open_concerns(names, concerns, today)
    report.trust_falls = _trust_falls(names, changes, settings, start)
    report.overdue_contacts = _overdue_contacts(names, maps, placed, contacts, settings, moment)
    report.overdue_commitments = _overdue_commitments(names, overdue, today)
    report.attitude_gaps = _sorted_gaps(gaps)
    report.behind_target = units_behind_target(uow, today)
    report.stalled_demand = stalled_demand(uow, today, settings.stalled_days)
    return report


_MAP_DIMENSIONS = (
    Dimension.POWER,
    Dimension.INTEREST,
    Dimension.SUPPORT,
    Dimension.DESIRED_SUPPORT,
)


def _trust_falls(
    names: dict[int, str],
    changes: list[WindowChange],
    settings: AttentionSettings,
    start: datetime,
) -> list[TrustFall]:
    falls: list[TrustFall] = []
    for moved in changes:
        if moved.stakeholder_id not in names:
            continue
        change = window_change(moved.before, moved.first, moved.last, start)
        if fell_by_more_than(change, settings.trust_fall):
            falls.append(
                TrustFall(
                    moved.stakeholder_id,
                    names[moved.stakeholder_id],
                    change,
                    moved.note,
                    as_utc(moved.last_at),
                )
            )
    falls.sort(key=lambda f: (f.change.delta, f.name.casefold()))
    return falls


#: Where a person sits for the contact cadence: their most demanding quadrant, the maps where
#: they sit in it, and when they first joined a map. (A tuple of map ids rather than a list: the
#: collector stops tracking tuples of ints, and a list per person was ten thousand more objects
#: for it to walk on a big workspace.)
_Placed = tuple[Quadrant, tuple[int, ...], datetime]


def _walk_placements(
    placements: Iterable[MembershipValues],
    names: dict[int, str],
    maps: dict[int, str],
    settings: AttentionSettings,
) -> tuple[dict[int, _Placed], list[AttitudeGap]]:
    cadence = settings.cadence
    smallest_gap = settings.min_attitude_gap - 1e-9
    placed: dict[int, _Placed] = {}
    gaps: list[AttitudeGap] = []
    for spot in placements:
        person = spot.stakeholder_id
        if person not in names:  # archived
            continue
        values = spot.values
        current = values.get(_SUPPORT)
        desired = values.get(_DESIRED_SUPPORT)
        gap = attitude_gap(current, desired)
        if gap is not None and gap >= smallest_gap:
            assert current is not None and desired is not None
            map_id = spot.map_id
            gaps.append(AttitudeGap(person, names[person], map_id, maps[map_id], current, desired))
        position = Position.of(values.get(_POWER), values.get(_INTEREST))
        if position is None:
            continue
        quadrant = position.quadrant
        known = placed.get(person)
        if known is None:
            placed[person] = (quadrant, (spot.map_id,), spot.added_at)
            continue
        best, on_maps, joined = known
        joined = min(joined, spot.added_at)
        if quadrant is best:
            placed[person] = (best, (*on_maps, spot.map_id), joined)
        elif most_demanding((best, quadrant), cadence) is quadrant:
            placed[person] = (quadrant, (spot.map_id,), joined)
        else:
            placed[person] = (best, on_maps, joined)
    return placed, gaps


def _overdue_contacts(
    names: dict[int, str],
    maps: dict[int, str],
    placed: dict[int, _Placed],
    contacts: dict[int, datetime],
    settings: AttentionSettings,
    now: datetime,
) -> list[OverdueContact]:
    cadence = settings.cadence
    rows: list[OverdueContact] = []
    last_contact = contacts.get
    for person, (quadrant, on_maps, joined) in placed.items():
        due = contact_overdue(last_contact(person), quadrant, now, cadence, joined)
        if due is not None:
            rows.append(
                OverdueContact(
                    person,
                    names[person],
                    quadrant,
                    _map_names(on_maps, maps),
                    due.cadence,
                    due.last_contact,
                    due.overdue_by,
                )
            )
    # Most demanding quadrant first, then the longest overdue, then by name: three stable sorts
    # on simple keys (a tuple key per row costs more on lists of thousands).
    rows.sort(key=_casefolded_name)
    rows.sort(key=_overdue_by, reverse=True)
    rows.sort(key=lambda r: cadence.rank(r.quadrant))
    return rows


_POWER, _INTEREST = Dimension.POWER, Dimension.INTEREST
_overdue_by = attrgetter("overdue_by")


def _casefolded_name(row: OverdueContact | AttitudeGap) -> str:
    return row.name.casefold()


def _map_names(on_maps: tuple[int, ...], maps: dict[int, str]) -> str:
    if len(on_maps) == 1:
        return maps[on_maps[0]]
    return ", ".join(sorted((maps[m] for m in on_maps), key=str.casefold))


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


def _open_concerns(
    names: dict[int, str], concerns: list[Concern], today: date
) -> list[OpenConcern]:
    """Overdue first (the longest overdue first), then the most severe, then by target date."""
    rows = [
        OpenConcern(
            c.stakeholder_id,
            names[c.stakeholder_id],
            c,
            (today - c.target_on).days if c.is_overdue(today) and c.target_on else 0,
        )
        for c in concerns
        if c.stakeholder_id in names
    ]
    rows.sort(
        key=lambda r: (
            -r.days_overdue,
            -int(r.concern.severity),
            r.concern.target_on or date.max,
            r.name.casefold(),
        )
    )
    return rows


def _sorted_gaps(rows: list[AttitudeGap]) -> list[AttitudeGap]:
    # The biggest gap first, then by name and map: stable sorts on simple keys, last key first.
    rows.sort(key=lambda r: r.map_name.casefold())
    rows.sort(key=_casefolded_name)
    rows.sort(key=_gap, reverse=True)
    return rows


_SUPPORT, _DESIRED_SUPPORT = Dimension.SUPPORT, Dimension.DESIRED_SUPPORT
_gap = attrgetter("gap")
