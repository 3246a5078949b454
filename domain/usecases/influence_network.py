"""The influence network: everyone in scope, their attitude and influence, and who influences whom;
and "How do I reach X?", the strongest paths to X from people who already support us.

Scope is one map (its members) or everybody (not archived). A person's attitude in scope is their
current attitude on the map, or, across several maps, the mean of their current attitudes there
rounded to the scale (a supporter on one initiative and a critic on another reads as neutral).
"Supports us" means supporter or champion (:class:`~domain.model.Attitude`). Paths follow
:mod:`domain.rules.influence_paths` (strength = product of the links' strengths).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field

from domain.errors import NotFoundError
from domain.model import Attitude, Dimension, InfluenceLink, without_honorific
from domain.ports import CurrentValue, UnitOfWork
from domain.rules.influence_paths import MAX_LINKS, Arrow, InfluencePath, strongest_paths
from domain.usecases.influence import STRENGTHS

#: Attitudes that count as "already supports us".
SUPPORTIVE = frozenset({Attitude.SUPPORTER, Attitude.CHAMPION})
#: How many paths a question answers with.
PATHS_SHOWN = 3


@dataclass(frozen=True, slots=True)
class NetworkPerson:
    id: int
    name: str
    job_title: str = ""
    #: Attitude in scope (None: not rated there).
    attitude: Attitude | None = None
    #: Current influence rating 0–10 (None: not rated).
    influence: float | None = None

    @property
    def supports_us(self) -> bool:
        return self.attitude in SUPPORTIVE


@dataclass(frozen=True, slots=True)
class InfluenceNetwork:
    #: The map the network is drawn for (None: everybody).
    map_id: int | None
    scope_name: str
    #: Everyone in scope, linked or not, by name.
    people: tuple[NetworkPerson, ...]
    #: The links whose two ends are both in scope.
    links: tuple[InfluenceLink, ...]
    _by_id: dict[int, NetworkPerson] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        self._by_id.update((p.id, p) for p in self.people)

    def person(self, person_id: int) -> NetworkPerson | None:
        return self._by_id.get(person_id)

    @property
    def linked_people(self) -> tuple[NetworkPerson, ...]:
        """Those with at least one link in scope (the ones the drawing shows)."""
        ends = {k.source_id for k in self.links} | {k.target_id for k in self.links}
        return tuple(p for p in self.people if p.id in ends)


def influence_network(uow: UnitOfWork, map_id: int | None = None) -> InfluenceNetwork:
    """The network of one map's members (``map_id``) or of everybody not archived (None)."""
    with uow:
        if map_id is not None:
            chosen = uow.maps.get(map_id)
            if chosen is None:
                raise NotFoundError(f"No map with id {map_id}.")
            scope_name = chosen.name
            members = {m.stakeholder_id for m in uow.maps.members(map_id)}
            attitude_maps: set[int] | None = {map_id}
        else:
            scope_name = "Everybody"
            members = None
            attitude_maps = None
        return _read(uow, map_id, scope_name, members, attitude_maps)


def network_for_attitudes(uow: UnitOfWork, map_ids: Collection[int]) -> InfluenceNetwork:
    """Everybody (intermediaries need not be on a map), with attitudes on ``map_ids`` (all maps
    when empty): the network a meeting's prep sheet reaches people through. Call inside an open
    unit of work."""
    return _read(uow, None, "Everybody", None, set(map_ids) or None)


def _read(
    uow: UnitOfWork,
    map_id: int | None,
    scope_name: str,
    members: set[int] | None,
    attitude_maps: set[int] | None,
) -> InfluenceNetwork:
    everyone = [p for p in uow.stakeholders.list() if p.id is not None]
    if members is not None:
        everyone = [p for p in everyone if p.id in members]
    ids = {p.id for p in everyone if p.id is not None}
    support = uow.ratings.current([Dimension.SUPPORT], ids, map_id)
    influence = {v.stakeholder_id: v.value for v in uow.ratings.current([Dimension.INFLUENCE], ids)}
    attitudes = _attitudes(support, attitude_maps)
    people = tuple(
        sorted(
            (
                NetworkPerson(p.id, p.name, p.job_title, attitudes.get(p.id), influence.get(p.id))
                for p in everyone
                if p.id is not None
            ),
            key=lambda p: (without_honorific(p.name).casefold(), p.id),
        )
    )
    links = tuple(k for k in uow.influence.list() if k.source_id in ids and k.target_id in ids)
    return InfluenceNetwork(map_id, scope_name, people, links)


def _attitudes(values: Iterable[CurrentValue], maps: set[int] | None) -> dict[int, Attitude]:
    """Each person's attitude: the mean of their current attitudes on ``maps`` (None: every
    map), rounded to the scale."""
    found: dict[int, list[float]] = defaultdict(list)
    for value in values:
        if value.map_id is not None and (maps is None or value.map_id in maps):
            found[value.stakeholder_id].append(value.value)
    return {person: Attitude.from_value(sum(v) / len(v)) for person, v in found.items()}


# -- "How do I reach X?" ------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class ReachPath:
    """One way to reach the target: people from a supporter to the target, and each link's
    strength (1–5)."""

    people: tuple[int, ...]
    names: tuple[str, ...]
    strengths: tuple[int, ...]
    strength: float

    @property
    def talking_point(self) -> str:
        """ "Reach Margaret Okafor through Tom Berg (strong) → Anna Ruiz (clear)": everyone on
        the way, each with the strength of the link leaving them."""
        steps = " → ".join(
            f"{name} ({STRENGTHS[s]})" for name, s in zip(self.names, self.strengths, strict=False)
        )
        return f"Reach {self.names[-1]} through {steps}"

    @property
    def links(self) -> int:
        return len(self.strengths)


@dataclass(frozen=True, slots=True)
class ReachAnswer:
    target_id: int
    target_name: str
    #: Strongest first; empty when there is none (``message`` says why).
    paths: tuple[ReachPath, ...]
    #: What to tell the user: a summary, or why there is no path.
    message: str

    @property
    def people_on_paths(self) -> set[int]:
        return {p for path in self.paths for p in path.people}


def reach(network: InfluenceNetwork, target_id: int, k: int = PATHS_SHOWN) -> ReachAnswer:
    """The ``k`` strongest influence paths to ``target_id`` from people who support us."""
    target = network.person(target_id)
    if target is None:
        where = "on this map" if network.map_id is not None else "in the workspace"
        return ReachAnswer(target_id, "?", (), f"That person is not {where}.")
    name = target.name
    if target.supports_us:
        assert target.attitude is not None
        return ReachAnswer(
            target_id, name, (), f"{name} already supports us ({target.attitude.label})."
        )
    starts = {p.id for p in network.people if p.supports_us}
    if not starts:
        return ReachAnswer(
            target_id,
            name,
            (),
            f"Nobody {_where(network)} supports us yet: rate attitudes (supporter or champion) "
            "first.",
        )
    arrows = [Arrow(k.source_id, k.target_id, k.strength) for k in network.links]
    found = strongest_paths(arrows, starts, target_id, k)
    if not found:
        into = sum(1 for k in network.links if k.target_id == target_id)
        why = (
            f"Nobody is recorded as influencing {name}"
            if not into
            else f"No one who supports us reaches {name} within {MAX_LINKS} steps"
        )
        return ReachAnswer(
            target_id,
            name,
            (),
            f"{why} {_where(network)}. Record who influences {name} on their Who influences tab.",
        )
    paths = tuple(_named(network, path) for path in found)
    return ReachAnswer(target_id, name, paths, paths[0].talking_point)


def _where(network: InfluenceNetwork) -> str:
    return f"on {network.scope_name}" if network.map_id is not None else "in the workspace"


def _named(network: InfluenceNetwork, path: InfluencePath) -> ReachPath:
    names = tuple(p.name if (p := network.person(i)) else "?" for i in path.people)
    return ReachPath(path.people, names, path.strengths, path.strength)


def how_to_reach(
    uow: UnitOfWork, target_id: int, map_id: int | None = None, k: int = PATHS_SHOWN
) -> ReachAnswer:
    """Read the network (one map's, or everybody's) and answer "How do I reach X?"."""
    return reach(influence_network(uow, map_id), target_id, k)
