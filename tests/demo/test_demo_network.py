"""The demo's influence network is worth exploring: enough links, and key executives who do not
support us yet are reached through two or three people."""

from __future__ import annotations

from domain.model import Relation
from domain.usecases.influence_network import influence_network, reach
from tests.fakes import FakeUnitOfWorkFactory


def test_key_executives_are_reached_through_chains_of_people(demo: FakeUnitOfWorkFactory) -> None:
    with demo() as uow:
        maps = {m.name: m.id for m in uow.maps.list()}
        executives = {
            p.id for p in uow.stakeholders.list() if p.relation == Relation.EXECUTIVE.value
        }
    long_ways = []
    for map_id in maps.values():
        network = influence_network(demo(), map_id)
        assert len(network.links) >= 12
        for person in network.people:
            if person.id in executives and not person.supports_us:
                answer = reach(network, person.id, k=5)
                long_ways += [p for p in answer.paths if p.links >= 2]
    assert len(long_ways) >= 2, "paths of two or three links to executives not yet on side"
    everybody = influence_network(demo())
    assert len(everybody.links) >= 55
    # Most people can be reached from someone: no island of one.
    assert len(everybody.linked_people) >= len(everybody.people) - 2


def test_the_chief_operating_officer_on_the_erp(demo: FakeUnitOfWorkFactory) -> None:
    """The demo's story: Ingrid is neutral on the ERP; the CEO is the short way, the DCs the
    long one."""
    with demo() as uow:
        erp = next(m.id for m in uow.maps.list() if m.name == "ERP replacement")
        ingrid = next(p.id for p in uow.stakeholders.list() if p.name == "Ingrid Halvorsen")
    assert erp is not None and ingrid is not None
    answer = reach(influence_network(demo(), erp), ingrid)
    assert answer.paths, answer.message
    assert answer.paths[0].talking_point == "Reach Ingrid Halvorsen through Thomas Brandt (strong)"
    assert any(p.links >= 2 for p in answer.paths)
