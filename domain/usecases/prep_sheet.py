"""Everything a meeting's prep sheet shows, gathered as plain data (no layout, no Qt).

For each attendee: who they are, where they stand on each map the meeting concerns, how trust and
influence moved over the last year, the latest note, recent interactions, open commitments both
ways, how to handle them and what to raise. Attendees unknown to Rapport get a "no history" block.
"""

from __future__ import annotations

# The sheet's types live in prep_sheet_contents; they are this module's answer, so importable here.
__all__ = [
    "INFLUENCE_AT_LEAST",
    "INFLUENCE_LINES",
    "REACH_LINES",
    "TREND_WINDOW",
    "AttendeeSheet",
    "CommitmentLine",
    "ConcernLine",
    "InfluenceLine",
    "InteractionLine",
    "MapStanding",
    "NoteLine",
    "PrepSheet",
    "Trend",
    "TrendPoint",
    "build_prep_sheet",
    "build_prep_sheets",
]

from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta
from typing import Any

from domain.clock import as_utc, utc_now
from domain.errors import NotFoundError
from domain.model import (
    AttendeeRole,
    Attitude,
    Commitment,
    CommitmentDirection,
    Concern,
    ConcernSeverity,
    DemandItem,
    Dimension,
    InfluenceLink,
    Interaction,
    InteractionKind,
    Meeting,
    MeetingAttendee,
    Rating,
    Sentiment,
    Stakeholder,
    TouchpointKind,
)
from domain.ports import UnitOfWork
from domain.rules.demand import days_in_status, is_stalled
from domain.rules.history import ordered
from domain.rules.step_series import in_hold_order
from domain.rules.unit_paths import place_of, unit_path
from domain.usecases.influence_network import InfluenceNetwork, network_for_attitudes, reach
from domain.usecases.prep_sheet_contents import (
    AttendeeSheet,
    CommitmentLine,
    ConcernLine,
    DemandLine,
    InfluenceLine,
    InteractionLine,
    MapStanding,
    NoteLine,
    PrepSheet,
    TouchpointLine,
    Trend,
    TrendPoint,
)

#: How far back the trend charts look.
TREND_WINDOW = timedelta(days=365)
#: At most this many maps per attendee when the meeting names none.
_FALLBACK_MAPS = 2

_TREND_DIMENSIONS = (Dimension.TRUST, Dimension.INFLUENCE)
_MAP_DIMENSIONS = (
    Dimension.POWER,
    Dimension.INTEREST,
    Dimension.DESIRED_POWER,
    Dimension.DESIRED_INTEREST,
    Dimension.SUPPORT,
    Dimension.DESIRED_SUPPORT,
)


#: At most this many people each way per attendee (those at the meeting first), and only
#: influences at least this strong unless the person is at the meeting (a sheet is short).
INFLUENCE_LINES = 3
INFLUENCE_AT_LEAST = 3
#: At most this many ways to reach an attendee who does not support us yet.
REACH_LINES = 2
#: At most this many open demand items on a sheet (the rest are counted).
DEMAND_LINES = 10


_ROLE_ORDER = {AttendeeRole.ORGANISER: 0, AttendeeRole.REQUIRED: 1, AttendeeRole.OPTIONAL: 2}


def build_prep_sheet(uow: UnitOfWork, meeting_id: int, now: datetime | None = None) -> PrepSheet:
    return build_prep_sheets(uow, [meeting_id], now)[0]


def build_prep_sheets(
    uow: UnitOfWork, meeting_ids: Sequence[int], now: datetime | None = None
) -> list[PrepSheet]:
    """The sheets of several meetings (a day's or a week's), read in one transaction."""
    moment = as_utc(now) if now else utc_now()
    with uow:
        reader = _Reader(uow, moment)
        sheets = []
        for meeting_id in meeting_ids:
            meeting = uow.meetings.get(meeting_id)
            if meeting is None:
                raise NotFoundError(f"No meeting with id {meeting_id}.")
            sheets.append(reader.sheet(meeting))
    return sheets


class _Reader:
    """Reads within one open unit of work, remembering what several sheets share."""

    def __init__(self, uow: UnitOfWork, now: datetime) -> None:
        self.uow = uow
        self.now = now
        self.today = now.date()
        self.since = now - TREND_WINDOW
        self._maps = {m.id: m.name for m in uow.maps.list()}
        self._people: dict[int, Stakeholder] = {}
        self._histories: dict[int, list[Rating]] = {}
        self._recent: dict[int, list[Interaction]] = {}
        self._open: dict[int, list[Commitment]] = {}
        self._other_notes: dict[int, list[Rating]] = {}
        self._organisations = {o.id: o.name for o in uow.organisations.list()}
        self._organisation_tree = {o.id: o for o in uow.organisations.list() if o.id is not None}
        self._demand: list[DemandItem] | None = None
        self._sponsors: dict[int, str] = {}
        self._links: list[InfluenceLink] = []
        self._present: set[int] = set()
        self._linked_names: dict[int, str] = {}
        self._networks: dict[tuple[int, ...], InfluenceNetwork] = {}
        self._network: InfluenceNetwork | None = None

    def sheet(self, meeting: Meeting) -> PrepSheet:
        assert meeting.id is not None
        map_ids = [m for m in meeting.map_ids if m in self._maps]
        # Who supports us, on the meeting's maps (all maps when it names none).
        key = tuple(sorted(map_ids))
        if key not in self._networks:
            self._networks[key] = network_for_attitudes(self.uow, key)
        self._network = self._networks[key]
        attendees = sorted(
            meeting.attendees, key=lambda a: _ROLE_ORDER.get(AttendeeRole(a.role), 1)
        )
        people = [a.stakeholder_id for a in attendees if a.stakeholder_id is not None]
        self._read_people(people)
        standings = self._standings(people, map_ids)
        blocks = tuple(self._attendee(a, standings.get(a.stakeholder_id, ())) for a in attendees)
        return PrepSheet(
            meeting_id=meeting.id,
            title=meeting.title,
            start=as_utc(meeting.start),
            end=as_utc(meeting.end) if meeting.end else None,
            place=meeting.place,
            objective=meeting.objective,
            agenda=meeting.agenda,
            map_names=tuple(self._maps[m] for m in map_ids),
            attendees=blocks,
            prepared_at=self.now,
            trend_since=self.since,
            logged=meeting.interaction_id is not None,
            open_commitments=sum(len(b.we_owe) + len(b.they_owe) for b in blocks),
            **self._open_demand(people),
        )

    def _open_demand(self, people: list[int]) -> dict[str, Any]:
        """The open demand of the units the known attendees work in (their unit, else their
        organisation): stalled items first, then the longest waiting."""
        units = {
            person.unit_id or person.organisation_id
            for pid in people
            if (person := self._people.get(pid)) is not None
        } - {None}
        if not units:
            return {}
        if self._demand is None:
            self._demand = [i for i in self.uow.demand.list() if i.status.is_open]
            self._sponsors = self.uow.stakeholders.names(include_archived=True)
        today = self.today
        lines = [
            DemandLine(
                unit_path(self._organisation_tree, item.unit_id),
                item.title,
                item.kind.label,
                item.status.label,
                days_in_status(item, today),
                is_stalled(item, today),
                self._sponsors.get(item.sponsor_id, "") if item.sponsor_id else "",
                item.value,
            )
            for item in self._demand
            if item.unit_id in units
        ]
        lines.sort(key=lambda line: (not line.stalled, -line.days_in_status, line.title))
        return {
            "open_demand": tuple(lines[:DEMAND_LINES]),
            "more_demand": max(0, len(lines) - DEMAND_LINES),
        }

    # -- everything about the attendees, read a kind at a time (not a person at a time) -------
    def _read_people(self, people: list[int]) -> None:
        wanted = set(people)
        self._people = self.uow.stakeholders.get_many(wanted)
        self._histories = self.uow.ratings.histories(wanted, _TREND_DIMENSIONS, self.since)
        self._recent = self.uow.interactions.recent(wanted, 3)
        self._open = self.uow.commitments.open_for(wanted)
        self._concerns = self.uow.concerns.open_for(wanted)
        self._plans = self.uow.plans.for_people(wanted)
        # Notes: the trend dimensions first; for people without a note there, any dimension.
        noteless = {
            p for p in wanted if not any(r.note.strip() for r in self._histories.get(p, ()))
        }
        self._other_notes = (
            self.uow.ratings.histories(noteless, list(Dimension)) if noteless else {}
        )
        self._present = wanted
        self._links = [
            k for k in self.uow.influence.list() if k.source_id in wanted or k.target_id in wanted
        ]
        others = {k.source_id for k in self._links} | {k.target_id for k in self._links}
        self._linked_names = {
            pid: person.name for pid, person in self.uow.stakeholders.get_many(others).items()
        }

    def _influence(
        self, person_id: int
    ) -> tuple[tuple[InfluenceLine, ...], tuple[InfluenceLine, ...]]:
        """(who influences the person, whom the person influences), those at the meeting first,
        then the strongest: at most INFLUENCE_LINES, and slight ones only for people present."""
        into: list[InfluenceLine] = []
        out: list[InfluenceLine] = []
        for one in self._links:
            if one.target_id == person_id and one.source_id in self._linked_names:
                other, side = one.source_id, into
            elif one.source_id == person_id and one.target_id in self._linked_names:
                other, side = one.target_id, out
            else:
                continue
            here = other in self._present
            if here or one.strength >= INFLUENCE_AT_LEAST:
                side.append(InfluenceLine(self._linked_names[other], one.strength, here))
        for side in (into, out):
            side.sort(key=lambda line: (not line.present, -line.strength, line.name.casefold()))
        return tuple(into[:INFLUENCE_LINES]), tuple(out[:INFLUENCE_LINES])

    # -- standings on maps --------------------------------------------------------------------
    def _standings(
        self, people: list[int], map_ids: list[int]
    ) -> dict[int | None, tuple[MapStanding, ...]]:
        result: dict[int | None, tuple[MapStanding, ...]] = {}
        if not people:
            return result
        per_person_maps: dict[int, list[int]] = {}
        for person in people:
            if map_ids:
                per_person_maps[person] = map_ids
            else:
                on = [m for m in self.uow.maps.maps_of(person) if m in self._maps]
                per_person_maps[person] = on[:_FALLBACK_MAPS]
        wanted_maps = sorted({m for maps in per_person_maps.values() for m in maps})
        values: dict[tuple[int, int, Dimension], float] = {}
        members: dict[int, set[int]] = {}
        for map_id in wanted_maps:
            members[map_id] = {m.stakeholder_id for m in self.uow.maps.members(map_id)}
            for value in self.uow.ratings.current(_MAP_DIMENSIONS, people, map_id):
                values[(value.stakeholder_id, map_id, Dimension(value.dimension))] = value.value
        for person in people:
            rows = []
            for map_id in per_person_maps[person]:
                got = {d: values.get((person, map_id, d)) for d in _MAP_DIMENSIONS}
                support, desired_support = got[Dimension.SUPPORT], got[Dimension.DESIRED_SUPPORT]
                rows.append(
                    MapStanding(
                        map_id=map_id,
                        map_name=self._maps[map_id],
                        power=got[Dimension.POWER],
                        interest=got[Dimension.INTEREST],
                        desired_power=got[Dimension.DESIRED_POWER],
                        desired_interest=got[Dimension.DESIRED_INTEREST],
                        attitude=Attitude.from_value(support) if support is not None else None,
                        desired_attitude=(
                            Attitude.from_value(desired_support)
                            if desired_support is not None
                            else None
                        ),
                        on_map=person in members[map_id],
                    )
                )
            result[person] = tuple(rows)
        return result

    # -- one attendee -------------------------------------------------------------------------
    def _attendee(
        self, attendee: MeetingAttendee, standings: tuple[MapStanding, ...]
    ) -> AttendeeSheet:
        role = AttendeeRole(attendee.role)
        person = (
            self._people.get(attendee.stakeholder_id)
            if attendee.stakeholder_id is not None
            else None
        )
        if person is None or person.id is None:
            return AttendeeSheet(
                name=attendee.name or attendee.email or "Unnamed attendee",
                role=role,
                email=attendee.email,
                known=False,
                talking_points=attendee.talking_points,
            )
        history = self._histories.get(person.id, [])
        commitments = self._open.get(person.id, [])
        influenced_by, influences = self._influence(person.id)
        return AttendeeSheet(
            name=person.name,
            role=role,
            email=person.email or attendee.email,
            known=True,
            stakeholder_id=person.id,
            job_title=person.job_title,
            organisation=self._organisations.get(person.organisation_id, "")
            if person.organisation_id
            else "",
            unit=self._organisations.get(person.unit_id, "") if person.unit_id else "",
            place=place_of(self._organisation_tree, person.organisation_id, person.unit_id),
            relation=person.relation,
            initials=person.initials,
            standings=standings,
            trust=self._trend(history, Dimension.TRUST),
            influence=self._trend(history, Dimension.INFLUENCE),
            latest_note=self._latest_note(person.id, history),
            interactions=tuple(
                InteractionLine(
                    as_utc(i.when), InteractionKind(i.kind), i.summary, Sentiment(i.sentiment)
                )
                for i in self._recent.get(person.id, [])
            ),
            we_owe=self._commitments(commitments, CommitmentDirection.OURS),
            they_owe=self._commitments(commitments, CommitmentDirection.THEIRS),
            communication_preferences=person.communication_preferences,
            talking_points=attendee.talking_points,
            influenced_by=influenced_by,
            influences=influences,
            concerns=self._concern_lines(self._concerns.get(person.id, [])),
            reach=self._reach(person.id),
            next_touchpoints=self._next_touchpoints(person.id),
        )

    def _next_touchpoints(self, person: int, count: int = 3) -> tuple[TouchpointLine, ...]:
        today = self.now.astimezone().date()
        waiting = sorted(
            (
                (t, plan.objective)
                for plan in self._plans.get(person, [])
                for t in plan.touchpoints
                if t.done_on is None
            ),
            key=lambda pair: (pair[0].on, pair[0].id or 0),
        )
        return tuple(
            TouchpointLine(t.on, TouchpointKind(t.kind).label, t.purpose, objective, t.on < today)
            for t, objective in waiting[:count]
        )

    def _reach(self, person_id: int) -> tuple[str, ...]:
        """Talking points to reach an attendee not yet on our side (none for a supporter, or
        when nobody who supports us reaches them)."""
        network = self._network
        if network is None:
            return ()
        answer = reach(network, person_id, REACH_LINES)
        return tuple(path.talking_point for path in answer.paths)

    def _trend(self, history: Iterable[Rating], dimension: Dimension) -> Trend:
        """The value held at the window's start, then every change inside it up to now."""
        steps = in_hold_order(
            (r.at, r.id, r.value) for r in history if Dimension(r.dimension) is dimension
        )
        held = steps.at(self.since)
        points = [TrendPoint(self.since, held)] if held is not None else []
        points += (TrendPoint(at, value) for at, value in steps.between(self.since, self.now))
        return Trend(dimension, tuple(points))

    def _latest_note(self, stakeholder_id: int, history: list[Rating]) -> NoteLine | None:
        """The newest note on a trust or influence rating, else on any rating of the person."""
        noted = [r for r in history if r.note.strip()]
        if not noted:
            others = self._other_notes.get(stakeholder_id, [])
            noted = [r for r in others if r.note.strip()]
        if not noted:
            return None
        rating = ordered(noted)[-1]
        about = Dimension(rating.dimension).value
        if rating.map_id is not None and rating.map_id in self._maps:
            about = f"{about}, {self._maps[rating.map_id]}"
        return NoteLine(rating.note.strip(), as_utc(rating.at), about)

    def _concern_lines(self, concerns: list[Concern]) -> tuple[ConcernLine, ...]:
        lines = [
            ConcernLine(
                c.title,
                c.raised_on,
                c.target_on,
                c.is_overdue(self.today),
                ConcernSeverity(c.severity),
            )
            for c in concerns
        ]
        lines.sort(key=lambda line: (not line.overdue, -int(line.severity)))
        return tuple(lines)

    def _commitments(
        self, commitments: list[Commitment], direction: CommitmentDirection
    ) -> tuple[CommitmentLine, ...]:
        return tuple(
            CommitmentLine(c.description, c.due_on, c.is_overdue(self.today), direction)
            for c in commitments
            if CommitmentDirection(c.direction) is direction
        )
