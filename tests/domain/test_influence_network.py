"""The influence network and "How do I reach X?" (domain.usecases.influence_network), on the
in-memory workspace."""

from __future__ import annotations

import pytest

from domain.errors import NotFoundError
from domain.model import Attitude, Dimension, Stakeholder, StakeholderMap
from domain.usecases.influence import link
from domain.usecases.influence_network import how_to_reach, influence_network, reach
from domain.usecases.maps import create_map, place_on_map
from domain.usecases.ratings import rate
from domain.usecases.stakeholders import add_stakeholder, set_archived
from tests.domain.support import T0
from tests.fakes import FakeUnitOfWorkFactory


def person(uow: FakeUnitOfWorkFactory, name: str, title: str = "") -> int:
    added = add_stakeholder(uow(), Stakeholder(name, job_title=title))
    assert added.id is not None
    return added.id


def on_map(
    uow: FakeUnitOfWorkFactory, map_id: int, who: int, attitude: Attitude | None = None
) -> None:
    place_on_map(uow(), map_id, who, 5, 5, at=T0)
    if attitude is not None:
        rate(uow(), who, Dimension.SUPPORT, attitude, at=T0, map_id=map_id)


@pytest.fixture
def company(uow: FakeUnitOfWorkFactory) -> dict[str, int]:
    """Tom (champion) → Anna (neutral) → Margaret (critic), Lisa (supporter) → Margaret (slight),
    Carl (not on the map) → Margaret."""
    ids = {
        key: person(uow, name, title)
        for key, name, title in (
            ("tom", "Tom Berg", "Head of IT"),
            ("anna", "Anna Ruiz", "Controller"),
            ("margaret", "Margaret Okafor", "CFO"),
            ("lisa", "Lisa Wong", "Buyer"),
            ("carl", "Carl Dane", "Auditor"),
        )
    }
    erp = create_map(uow(), StakeholderMap("ERP replacement"))
    assert erp.id is not None
    ids["erp"] = erp.id
    for key, attitude in (
        ("tom", Attitude.CHAMPION),
        ("anna", Attitude.NEUTRAL),
        ("margaret", Attitude.CRITIC),
        ("lisa", Attitude.SUPPORTER),
    ):
        on_map(uow, erp.id, ids[key], attitude)
    link(uow(), ids["tom"], ids["anna"], 4)
    link(uow(), ids["anna"], ids["margaret"], 3)
    link(uow(), ids["lisa"], ids["margaret"], 1)
    link(uow(), ids["carl"], ids["margaret"], 5)
    rate(uow(), ids["margaret"], Dimension.INFLUENCE, 9, at=T0)
    return ids


def test_a_map_network_holds_its_members_and_the_links_between_them(
    uow: FakeUnitOfWorkFactory, company: dict[str, int]
) -> None:
    network = influence_network(uow(), company["erp"])
    assert network.scope_name == "ERP replacement"
    assert [p.name for p in network.people] == [
        "Anna Ruiz",
        "Lisa Wong",
        "Margaret Okafor",
        "Tom Berg",
    ]
    assert len(network.links) == 3  # Carl is not on the map
    margaret = network.person(company["margaret"])
    assert margaret is not None
    assert (margaret.attitude, margaret.influence, margaret.job_title) == (
        Attitude.CRITIC,
        9.0,
        "CFO",
    )
    everybody = influence_network(uow())
    assert len(everybody.links) == 4 and len(everybody.people) == 5


def test_across_maps_the_attitude_is_the_mean_of_the_maps(
    uow: FakeUnitOfWorkFactory, company: dict[str, int]
) -> None:
    cloud = create_map(uow(), StakeholderMap("Cloud"))
    assert cloud.id is not None
    on_map(uow, cloud.id, company["margaret"], Attitude.CHAMPION)
    found = influence_network(uow()).person(company["margaret"])
    assert found is not None and found.attitude is Attitude.NEUTRAL  # critic and champion
    carl = influence_network(uow()).person(company["carl"])
    assert carl is not None and carl.attitude is None


def test_archived_people_leave_the_network(
    uow: FakeUnitOfWorkFactory, company: dict[str, int]
) -> None:
    set_archived(uow(), company["carl"], True)
    network = influence_network(uow())
    assert network.person(company["carl"]) is None
    assert all(company["carl"] not in (k.source_id, k.target_id) for k in network.links)


def test_reach_gives_the_strongest_paths_as_talking_points(
    uow: FakeUnitOfWorkFactory, company: dict[str, int]
) -> None:
    answer = how_to_reach(uow(), company["margaret"], company["erp"])
    assert [p.names for p in answer.paths] == [
        ("Tom Berg", "Anna Ruiz", "Margaret Okafor"),
        ("Lisa Wong", "Margaret Okafor"),
    ]
    best = answer.paths[0]
    assert best.talking_point == (
        "Reach Margaret Okafor through Tom Berg (strong) → Anna Ruiz (clear)"
    )
    assert round(best.strength, 2) == 0.48
    assert answer.message == best.talking_point
    assert answer.people_on_paths == {
        company["tom"],
        company["anna"],
        company["margaret"],
        company["lisa"],
    }


def test_reach_says_why_there_is_no_path(
    uow: FakeUnitOfWorkFactory, company: dict[str, int]
) -> None:
    network = influence_network(uow(), company["erp"])
    # Tom is a champion already.
    assert reach(network, company["tom"]).message == "Tom Berg already supports us (champion)."
    # Nobody influences Tom's champion… but Lisa is influenced by nobody: no way in.
    answer = reach(network, company["lisa"])
    assert answer.message == "Lisa Wong already supports us (supporter)."
    # Carl is not on the map.
    assert reach(network, company["carl"]).message == "That person is not on this map."
    # Across the workspace Carl is unrated and nobody influences him.
    everybody = influence_network(uow())
    answer = reach(everybody, company["carl"])
    assert answer.paths == ()
    assert answer.message.startswith("Nobody is recorded as influencing Carl Dane in the workspace")


def test_no_supporters_at_all_is_said_plainly(uow: FakeUnitOfWorkFactory) -> None:
    a, b = person(uow, "Ann"), person(uow, "Ben")
    link(uow(), a, b, 5)
    answer = how_to_reach(uow(), b)
    assert answer.paths == ()
    assert "Nobody in the workspace supports us yet" in answer.message


def test_a_cycle_of_influence_is_answered(uow: FakeUnitOfWorkFactory) -> None:
    erp = create_map(uow(), StakeholderMap("ERP"))
    assert erp.id is not None
    a, b, c, d = (person(uow, n) for n in ("Ann", "Ben", "Cy", "Dee"))
    on_map(uow, erp.id, a, Attitude.SUPPORTER)
    for who in (b, c, d):
        on_map(uow, erp.id, who, Attitude.NEUTRAL)
    for source, target in ((a, b), (b, c), (c, b), (c, d), (d, b)):
        link(uow(), source, target, 5)
    answer = how_to_reach(uow(), d, erp.id)
    assert [p.names for p in answer.paths] == [("Ann", "Ben", "Cy", "Dee")]


def test_a_map_that_is_gone_is_refused(uow: FakeUnitOfWorkFactory) -> None:
    with pytest.raises(NotFoundError):
        influence_network(uow(), 999)
