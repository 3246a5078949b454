"""The k strongest influence paths (domain.rules.influence_paths): strength is the product of the
links' strengths on a 0–1 scale; paths are simple; a cycle neither hangs nor repeats anyone."""

from __future__ import annotations

import math
from itertools import pairwise

import networkx as nx
from hypothesis import given, settings
from hypothesis import strategies as st

from domain.rules.influence_paths import (
    MAX_LINKS,
    Arrow,
    path_strength,
    strongest_paths,
)


def arrows(*triples: tuple[int, int, int]) -> list[Arrow]:
    return [Arrow(*t) for t in triples]


def test_strength_is_the_product_of_the_links_on_a_0_to_1_scale() -> None:
    assert path_strength([5]) == 1.0
    assert math.isclose(path_strength([4, 3]), 0.8 * 0.6)
    # Never above the weakest link, and a long chain of strong links loses to one strong link.
    assert path_strength([4, 4, 4, 4]) < path_strength([4]) <= 0.8


def test_the_strongest_path_first_then_the_next() -> None:
    # 1 → 3 directly (slight), or 1 → 2 → 3 (strong, strong), or 4 → 3 (clear).
    found = strongest_paths(
        arrows((1, 3, 1), (1, 2, 4), (2, 3, 4), (4, 3, 3)), starts={1, 4}, target=3, k=5
    )
    assert [p.people for p in found] == [(1, 2, 3), (4, 3), (1, 3)]
    assert [p.strengths for p in found] == [(4, 4), (3,), (1,)]
    assert [round(p.strength, 2) for p in found] == [0.64, 0.6, 0.2]


def test_a_tie_goes_to_the_shorter_path() -> None:
    found = strongest_paths(arrows((1, 2, 5), (2, 3, 5), (4, 3, 5)), starts={1, 4}, target=3, k=2)
    assert [p.people for p in found] == [(4, 3), (1, 2, 3)]


def test_a_path_never_runs_through_another_supporter() -> None:
    # 1 → 2 → 3 with 2 a supporter too: from 2 directly is the path worth telling.
    found = strongest_paths(arrows((1, 2, 5), (2, 3, 4)), starts={1, 2}, target=3, k=5)
    assert [p.people for p in found] == [(2, 3)]


def test_a_cycle_of_influence_neither_hangs_nor_repeats_anyone() -> None:
    # 2 → 3 → 4 → 2 is a cycle of decisive links (strength never drops round it); 1 enters it.
    cycle = arrows((2, 3, 5), (3, 4, 5), (4, 2, 5), (1, 2, 3), (4, 9, 2))
    found = strongest_paths(cycle, starts={1}, target=9, k=10)
    assert [p.people for p in found] == [(1, 2, 3, 4, 9)]
    for path in found:
        assert len(set(path.people)) == len(path.people)
    # Round and round with the target inside the cycle: still one answer.
    assert [p.people for p in strongest_paths(cycle, starts={1}, target=4, k=10)] == [(1, 2, 3, 4)]


def test_a_complete_graph_of_decisive_links_answers_in_bounded_time() -> None:
    """Every path has strength 1 (nothing prunes the search): the step limit keeps it short."""
    people = range(60)
    dense = [Arrow(a, b, 5) for a in people for b in people if a != b]
    found = strongest_paths(dense, starts={0}, target=59, k=3)
    assert found[0].people == (0, 59)
    assert len(found) == 3


def test_nobody_to_start_from_or_no_way_in_gives_nothing() -> None:
    links = arrows((1, 2, 3))
    assert strongest_paths(links, starts=set(), target=2) == []
    assert strongest_paths(links, starts={2}, target=1) == []
    assert strongest_paths(links, starts={2}, target=2) == []  # already a supporter
    assert strongest_paths(links, starts={1}, target=2, k=0) == []


def test_paths_longer_than_the_limit_are_not_talking_points() -> None:
    chain = [Arrow(n, n + 1, 5) for n in range(MAX_LINKS + 1)]
    assert strongest_paths(chain, starts={0}, target=MAX_LINKS + 1) == []
    assert strongest_paths(chain, starts={1}, target=MAX_LINKS + 1)[0].links == MAX_LINKS


graphs = st.lists(st.tuples(st.integers(0, 7), st.integers(0, 7), st.integers(1, 5)), max_size=30)


@settings(max_examples=150, deadline=None)
@given(graphs, st.sets(st.integers(0, 7), min_size=1, max_size=3), st.integers(0, 7))
def test_the_answer_matches_an_exhaustive_search(
    triples: list[tuple[int, int, int]], starts: set[int], target: int
) -> None:
    """Against networkx's enumeration of every simple path (cycles and all)."""
    graph = nx.DiGraph()
    for source, goal, strength in triples:
        if source != goal:
            graph.add_edge(source, goal, strength=strength)
    links = [Arrow(a, b, d["strength"]) for a, b, d in graph.edges(data=True)]
    expected: list[float] = []
    if target not in starts and target in graph:
        for start in starts & set(graph):
            for people in nx.all_simple_paths(graph, start, target, cutoff=MAX_LINKS):
                if any(p in starts for p in people[1:]):
                    continue
                expected.append(path_strength(graph[a][b]["strength"] for a, b in pairwise(people)))
    expected.sort(reverse=True)
    found = strongest_paths(links, starts, target, k=4)
    assert [round(p.strength, 9) for p in found] == [round(s, 9) for s in expected[:4]]
    for path in found:
        assert path.people[0] in starts and path.people[-1] == target
        assert len(set(path.people)) == len(path.people)
        assert all(
            graph[a][b]["strength"] == s
            for (a, b), s in zip(pairwise(path.people), path.strengths, strict=True)
        )
