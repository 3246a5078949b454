"""Where each person sits on the influence network: a force-directed layout by networkx.

Runs on a worker thread (ui/background.py): networkx takes a fifth of a second to import and the
layout of 500 people about as long. Each group of people linked to each other is laid out on its
own (networkx's spring layout, links pulling by strength), scaled so that its people get room for
their names, nudged apart where two would still overlap, and the groups are packed in rows,
largest first. The same network and seed always give the same picture.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

#: Scene units between neighbours on average (a name is about 110 units wide at 100 %).
SPACING = 150.0
#: No two people closer than this, centre to centre.
MIN_DISTANCE = 90.0
#: Room between packed groups.
GAP = 90.0
#: networkx's spring layout switches to a SciPy solver from this many people on; SciPy is not
#: a dependency (about 100 MB), so bigger groups go to its dense solver, which networkx itself
#: uses below that size (the same Fruchterman-Reingold algorithm, on a NumPy matrix).
SPARSE_FROM = 500
#: Beyond this a group is put on a circle: the dense solver would need gigabytes.
DENSE_UP_TO = 2_000
SEED = 7
#: networkx's ideal distance between people is 1/√n on its unit square; half as much again
#: spreads a hub's neighbours enough for their names (tried on the demo: no name hidden at fit).
ROOMIER = 1.5
#: Groups are drawn this much wider than high: screens are wider than high.
ASPECT = 1.3

type Positions = dict[int, tuple[float, float]]


@dataclass(frozen=True, slots=True)
class NetworkLayout:
    positions: Positions
    #: What the layout was made for (who, and who is linked to whom): a reload with the same
    #: people and links keeps the picture the user has got used to.
    key: tuple[frozenset[int], frozenset[tuple[int, int]]]


def layout_key(
    people: Iterable[int], links: Iterable[tuple[int, int, int]]
) -> tuple[frozenset[int], frozenset[tuple[int, int]]]:
    return frozenset(people), frozenset((s, t) for s, t, _ in links)


def network_layout(people: Sequence[int], links: Sequence[tuple[int, int, int]]) -> NetworkLayout:
    """Positions (scene units) for ``people``, given links as (source, target, strength)."""
    import networkx as nx

    graph = nx.Graph()
    graph.add_nodes_from(people)
    for source, target, strength in links:
        if source in graph and target in graph and source != target:
            before = graph.get_edge_data(source, target, {}).get("weight", 0)
            graph.add_edge(source, target, weight=before + strength)
    groups = sorted(
        (sorted(c) for c in nx.connected_components(graph)), key=lambda c: (-len(c), c[0])
    )
    placed = [_spread(_group(graph.subgraph(group))) for group in groups]
    return NetworkLayout(_pack(placed), layout_key(people, links))


def _group(graph: object) -> Positions:
    """One connected group in [-1, 1]²."""
    import networkx as nx

    g: nx.Graph = graph  # type: ignore[assignment]
    nodes = list(g)
    if len(nodes) == 1:
        return {nodes[0]: (0.0, 0.0)}
    if len(nodes) == 2:
        return {nodes[0]: (-1.0, 0.0), nodes[1]: (1.0, 0.0)}
    # A big network is a dense web at any number of rounds: fewer there keep it quick.
    iterations = 50 if len(nodes) <= 200 else max(20, 50 * 200 // len(nodes))
    k = ROOMIER / math.sqrt(len(nodes))
    if len(nodes) < SPARSE_FROM:
        found = nx.spring_layout(g, k=k, weight="weight", seed=SEED, iterations=iterations)
        return {n: (float(x), float(y)) for n, (x, y) in found.items()}
    if len(nodes) > DENSE_UP_TO:
        found = nx.circular_layout(g)
        return {n: (float(x), float(y)) for n, (x, y) in found.items()}
    from networkx.drawing.layout import _fruchterman_reingold

    matrix = nx.to_numpy_array(g, nodelist=nodes, weight="weight")
    array = _fruchterman_reingold(matrix, k=k, iterations=iterations, seed=SEED)
    array = nx.rescale_layout(array)
    return {n: (float(x), float(y)) for n, (x, y) in zip(nodes, array, strict=True)}


def _spread(positions: Positions) -> Positions:
    """Scale a group so that each person has about SPACING² of room, then push apart any two
    still closer than MIN_DISTANCE."""
    import numpy as np

    nodes = list(positions)
    points = np.array([positions[n] for n in nodes], dtype=float)
    if len(nodes) > 1:
        span = max(float(np.ptp(points[:, 0])), float(np.ptp(points[:, 1])), 1e-9)
        points *= SPACING * math.sqrt(len(nodes)) / span
        points[:, 0] *= ASPECT
        points = _separate(points)
    points -= points.min(axis=0)
    return {n: (float(x), float(y)) for n, (x, y) in zip(nodes, points, strict=True)}


def _separate(points: object, rounds: int = 8) -> object:
    """Push apart every two people closer than MIN_DISTANCE, a few rounds. Pairs are found
    through a grid of MIN_DISTANCE cells, so a round costs about n, not n²."""
    import numpy as np

    p: np.ndarray = np.array(points, dtype=float)  # type: ignore[call-overload]
    for _ in range(rounds):
        cells: dict[tuple[int, int], list[int]] = {}
        keys = np.floor(p / MIN_DISTANCE).astype(int)
        for index, (cx, cy) in enumerate(keys.tolist()):
            cells.setdefault((cx, cy), []).append(index)
        moves = np.zeros_like(p)
        moved = False
        for (cx, cy), members in cells.items():
            near = [
                j
                for dx in (-1, 0, 1)
                for dy in (-1, 0, 1)
                for j in cells.get((cx + dx, cy + dy), ())
            ]
            for i in members:
                for j in near:
                    if j <= i:
                        continue
                    dx_, dy_ = p[i, 0] - p[j, 0], p[i, 1] - p[j, 1]
                    distance = math.hypot(dx_, dy_)
                    if distance >= MIN_DISTANCE:
                        continue
                    if distance < 1e-6:  # on top of each other: part them sideways
                        dx_, dy_, distance = 1.0, 0.0, 1.0
                    # Each moves half the shortfall, along the line between them.
                    share = (MIN_DISTANCE - distance) / 2 / distance
                    moves[i] += (dx_ * share, dy_ * share)
                    moves[j] -= (dx_ * share, dy_ * share)
                    moved = True
        if not moved:
            break
        p = p + moves
    return p


def _pack(groups: list[Positions]) -> Positions:
    """Groups in rows, largest first, each row as wide as the largest group (or 4 × SPACING)."""
    result: Positions = {}
    if not groups:
        return result
    sizes = [_extent(g) for g in groups]
    row_width = max(max(w for w, _ in sizes), 4 * SPACING)
    x = y = row_height = 0.0
    for group, (width, height) in zip(groups, sizes, strict=True):
        if x > 0 and x + width > row_width:
            x, y, row_height = 0.0, y + row_height + GAP, 0.0
        for person, (px, py) in group.items():
            result[person] = (px + x, py + y)
        x += width + GAP
        row_height = max(row_height, height)
    return result


def _extent(group: Positions) -> tuple[float, float]:
    xs = [x for x, _ in group.values()]
    ys = [y for _, y in group.values()]
    return max(xs) - min(xs), max(ys) - min(ys)
