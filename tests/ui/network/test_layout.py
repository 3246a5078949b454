"""The network's layout (networkx): every person placed, people apart, groups apart, the same
picture every time; a group of 500 or more goes to networkx's dense solver (no SciPy)."""

from __future__ import annotations

import math
import random
from itertools import combinations

from ui.network.layout import MIN_DISTANCE, SPARSE_FROM, layout_key, network_layout


def _random_links(people: int, links: int, seed: int) -> list[tuple[int, int, int]]:
    rng = random.Random(seed)
    found: set[tuple[int, int]] = set()
    while len(found) < links:
        a, b = rng.randrange(people), rng.randrange(people)
        if a != b:
            found.add((a, b))
    return [(a, b, rng.randint(1, 5)) for a, b in sorted(found)]


def test_small_groups_are_laid_out_apart_and_the_same_each_time() -> None:
    # Two groups (a triangle with a cycle of influence, and a pair) and someone on their own.
    links = [(1, 2, 5), (2, 3, 4), (3, 1, 2), (2, 1, 3), (10, 11, 1)]
    people = [1, 2, 3, 10, 11, 20]
    layout = network_layout(people, links)
    assert set(layout.positions) == set(people)
    assert network_layout(people, links).positions == layout.positions
    for a, b in combinations(people, 2):
        assert math.dist(layout.positions[a], layout.positions[b]) >= MIN_DISTANCE * 0.95
    assert layout.key == layout_key(people, links)


def test_a_group_of_more_than_500_people_is_laid_out_without_scipy() -> None:
    people = list(range(SPARSE_FROM + 20))
    links = _random_links(len(people), 2_000, seed=3)
    layout = network_layout(people, links)
    assert set(layout.positions) == set(people)
    assert all(math.isfinite(x) and math.isfinite(y) for x, y in layout.positions.values())
    close = sum(
        1
        for a, b in combinations(layout.positions.values(), 2)
        if math.dist(a, b) < MIN_DISTANCE / 2
    )
    assert close < len(people) * 0.02  # pushed apart, bar a few in the crowded middle
