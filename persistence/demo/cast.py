"""The demo's cast, read from ``resources/demo/cast.json`` and ``chatter.json`` into typed specs.

Every key one entry uses to name another (a person's unit, a map member, a meeting attendee) is
checked on loading, so a typo in the data fails loudly instead of building a thinner demo.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import time
from itertools import pairwise
from typing import Any

from resources import resource_path

#: (days ago, value, note): one point of a rating arc.
Anchor = tuple[int, float, str]


class CastError(ValueError):
    """The demo data refers to something it does not define."""


@dataclass(frozen=True, slots=True)
class OrgSpec:
    key: str
    name: str
    kind: str
    parent: str | None


@dataclass(frozen=True, slots=True)
class PersonSpec:
    key: str
    name: str
    title: str
    org: str
    unit: str | None
    relation: str
    email: str
    phone: str
    tags: tuple[str, ...]
    notes: str
    prefs: str
    #: Days ago the person came into view (first rating).
    since: int
    #: Rating cadence and contact cadence, in days.
    every: int
    contact: int
    #: No contact in the last ``quiet`` days (a "needs attention" case), 0 for none.
    quiet: int
    trust: tuple[Anchor, ...]
    influence: tuple[Anchor, ...]

    @property
    def first_name(self) -> str:
        words = [w for w in self.name.split() if not w.endswith(".")]
        return words[0] if words else self.name


@dataclass(frozen=True, slots=True)
class WantSpec:
    ago: int
    power: float
    interest: float
    support: float
    note: str


@dataclass(frozen=True, slots=True)
class MemberSpec:
    who: str
    since: int
    power: tuple[Anchor, ...]
    interest: tuple[Anchor, ...]
    support: tuple[Anchor, ...]
    want: tuple[WantSpec, ...]


@dataclass(frozen=True, slots=True)
class MapSpec:
    key: str
    name: str
    purpose: str
    since: int
    ends_in: int
    members: tuple[MemberSpec, ...]


@dataclass(frozen=True, slots=True)
class LinkSpec:
    source: str
    target: str
    strength: int
    note: str


@dataclass(frozen=True, slots=True)
class MaturitySpec:
    unit: str
    levels: tuple[Anchor, ...]


@dataclass(frozen=True, slots=True)
class FollowUpSpec:
    who: str
    direction: str
    text: str
    #: Days after the interaction it is due, and was done (None: still open).
    due: int
    done: int | None


@dataclass(frozen=True, slots=True)
class StorySpec:
    ago: int
    kind: str
    who: tuple[str, ...]
    sentiment: int
    summary: str
    follow_ups: tuple[FollowUpSpec, ...]


@dataclass(frozen=True, slots=True)
class AttendeeSpec:
    #: A person's key, or None for someone not in Rapport (``name`` and ``email`` given).
    who: str | None
    name: str
    email: str
    role: str
    points: str


@dataclass(frozen=True, slots=True)
class MeetingSpec:
    #: Working days from today.
    in_days: int
    at: time
    minutes: int
    title: str
    place: str
    objective: str
    agenda: str
    maps: tuple[str, ...]
    attendees: tuple[AttendeeSpec, ...]
    #: For a meeting already held: the summary it was logged with (empty: not logged yet).
    logged: str = ""

    @property
    def held(self) -> bool:
        return self.in_days < 0


@dataclass(frozen=True, slots=True)
class Cast:
    company: str
    organisations: tuple[OrgSpec, ...]
    people: tuple[PersonSpec, ...]
    maps: tuple[MapSpec, ...]
    links: tuple[LinkSpec, ...]
    maturity: tuple[MaturitySpec, ...]
    story: tuple[StorySpec, ...]
    meetings: tuple[MeetingSpec, ...]

    def person(self, key: str) -> PersonSpec:
        for person in self.people:
            if person.key == key:
                return person
        raise CastError(f"No person “{key}” in the cast.")


@dataclass(frozen=True, slots=True)
class Chatter:
    """Phrases for routine interactions; see ``chatter.json`` for the shape of each table."""

    topics: dict[str, dict[str, list[str]]]
    relations: dict[str, dict[str, list[str]]]
    meal: list[str]
    tone: dict[int, list[str]]
    commitments: dict[str, dict[str, list[str]]]
    rating_notes: dict[str, list[str]]


def _read(name: str) -> Any:
    return json.loads(resource_path("demo", name).read_text(encoding="utf-8"))


def _anchors(rows: list[list[Any]]) -> tuple[Anchor, ...]:
    anchors = tuple((int(r[0]), float(r[1]), str(r[2]) if len(r) > 2 else "") for r in rows)
    if not anchors or any(a[0] <= b[0] for a, b in pairwise(anchors)):
        raise CastError(f"Anchors must run from the oldest to the newest: {rows}")
    return anchors


def _person(row: dict[str, Any]) -> PersonSpec:
    trust = _anchors(row["trust"])
    return PersonSpec(
        row["key"],
        row["name"],
        row["title"],
        row["org"],
        row.get("unit"),
        row["relation"],
        row["email"],
        row["phone"],
        tuple(row["tags"]),
        row["notes"],
        row["prefs"],
        int(row.get("since", trust[0][0])),
        int(row["every"]),
        int(row["contact"]),
        int(row.get("quiet", 0)),
        trust,
        _anchors(row["influence"]),
    )


def _member(row: dict[str, Any]) -> MemberSpec:
    power = _anchors(row["p"])
    return MemberSpec(
        row["who"],
        int(row.get("since", power[0][0])),
        power,
        _anchors(row["i"]),
        _anchors(row["s"]),
        tuple(
            WantSpec(int(w[0]), float(w[1]), float(w[2]), float(w[3]), w[4] if len(w) > 4 else "")
            for w in row["want"]
        ),
    )


def _story(row: dict[str, Any]) -> StorySpec:
    return StorySpec(
        int(row["ago"]),
        row["kind"],
        tuple(row["who"]),
        int(row["sentiment"]),
        row["summary"],
        tuple(
            FollowUpSpec(f["who"], f["dir"], f["text"], int(f["due"]), f.get("done"))
            for f in row.get("follow_ups", [])
        ),
    )


def _meeting(row: dict[str, Any]) -> MeetingSpec:
    hour, minute = (int(part) for part in row["at"].split(":"))
    return MeetingSpec(
        int(row["in"]),
        time(hour, minute),
        int(row["minutes"]),
        row["title"],
        row["place"],
        row["objective"],
        row["agenda"],
        tuple(row["maps"]),
        tuple(
            AttendeeSpec(
                a.get("who"), a.get("name", ""), a.get("email", ""), a["role"], a["points"]
            )
            for a in row["attendees"]
        ),
        row.get("logged", ""),
    )


def load_cast() -> Cast:
    data = _read("cast.json")
    cast = Cast(
        data["company"],
        tuple(
            OrgSpec(o["key"], o["name"], o["kind"], o.get("parent")) for o in data["organisations"]
        ),
        tuple(_person(p) for p in data["people"]),
        tuple(
            MapSpec(
                m["key"],
                m["name"],
                m["purpose"],
                int(m["since"]),
                int(m["ends_in"]),
                tuple(_member(row) for row in m["members"]),
            )
            for m in data["maps"]
        ),
        tuple(LinkSpec(s, t, int(strength), note) for s, t, strength, note in data["influence"]),
        tuple(MaturitySpec(m["unit"], _anchors(m["levels"])) for m in data["maturity"]),
        tuple(_story(s) for s in data["story"]),
        tuple(_meeting(m) for m in data["meetings"]),
    )
    _check_references(cast)
    return cast


def load_chatter() -> Chatter:
    data = _read("chatter.json")
    return Chatter(
        data["topics"],
        data["relations"],
        data["meal"],
        {int(k): v for k, v in data["tone"].items()},
        data["commitments"],
        data["rating_notes"],
    )


def _check_references(cast: Cast) -> None:
    orgs = {o.key for o in cast.organisations}
    people = {p.key for p in cast.people}
    maps = {m.key for m in cast.maps}
    named: list[tuple[str, set[str], str | None]] = []
    named += [("parent organisation", orgs, o.parent) for o in cast.organisations]
    named += [("organisation", orgs, p.org) for p in cast.people]
    named += [("unit", orgs, p.unit) for p in cast.people]
    named += [("map member", people, m.who) for s in cast.maps for m in s.members]
    named += [("influence", people, k) for link in cast.links for k in (link.source, link.target)]
    named += [("maturity unit", orgs, m.unit) for m in cast.maturity]
    named += [("story participant", people, k) for s in cast.story for k in s.who]
    named += [("follow-up", people, f.who) for s in cast.story for f in s.follow_ups]
    named += [("meeting map", maps, k) for m in cast.meetings for k in m.maps]
    named += [("attendee", people, a.who) for m in cast.meetings for a in m.attendees]
    for what, known, key in named:
        if key is not None and key not in known:
            raise CastError(f"Unknown {what} “{key}” in the demo cast.")
    if len(people) != len(cast.people):
        raise CastError("Two people in the demo cast share a key.")
