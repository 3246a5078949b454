"""The influence network of 500 people and 2,000 links, and "How do I reach X?" on it.

Workspace (built once per run, untimed): 500 people on one map, each with an attitude on it and an
influence rating, and 2,000 influence links between them at random (strength 1–5; cycles and
both-way links included, as in life).

    network.open   the Network page showing that map: read through the use case, laid out by
                   networkx on the worker thread, drawn (discs, names, arrows), until the view has
                   painted it. Each sample lays the network out afresh (the page's kept layout is
                   forgotten first).
    network.path   one "How do I reach X?" (domain.usecases.influence_network.reach: the 3
                   strongest paths of at most 4 links from any supporter), the median over 40
                   people who do not support us yet.

Baselines, in the same process:
    open  the same people and links read with plain sqlite3, the same networkx layout, and a
          bare QGraphicsView of QGraphicsEllipseItem + QGraphicsSimpleTextItem per person and a
          QGraphicsLineItem per link, fitted and painted once;
    path  networkx's k shortest simple paths (Yen's algorithm, ``shortest_simple_paths``) on the
          same graph with weights −log(strength / 5), from a virtual start joined to every
          supporter, taking the first 3.
Targets: open ≤ 1 s; a path query ≤ 50 ms.
"""

from __future__ import annotations

import math
import os
import random
import sqlite3
import statistics
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from itertools import islice
from pathlib import Path
from typing import Any

from _registry import Context, Measurement, benchmark

PEOPLE = 500
LINKS = 2_000
QUERIES = 40
VIEW_WIDTH, VIEW_HEIGHT = 1000, 760
START = datetime.now(UTC).replace(microsecond=0) - timedelta(days=400)


def build_workspace(path: Path) -> int:
    """The 500-person map with its 2,000 links; returns the map's id."""
    from domain.model import (
        Dimension,
        InfluenceLink,
        MapMembership,
        Rating,
        Stakeholder,
        StakeholderMap,
    )
    from persistence.workspace import create_workspace

    rng = random.Random(14)
    with create_workspace(path) as workspace, workspace.uow() as uow:
        people = [
            uow.stakeholders.add(
                Stakeholder(
                    f"{rng.choice(['Ada', 'Ben', 'Cleo', 'Dev', 'Eva'])} {n:03d} "
                    f"{rng.choice(['Ng', 'Okafor', 'Berg', 'Costa'])}",
                    job_title=rng.choice(["CFO", "Director", "Manager", "Architect"]),
                )
            ).id
            for n in range(PEOPLE)
        ]
        big = uow.maps.add(StakeholderMap("Enterprise programme")).id
        assert big is not None
        ratings: list[Rating] = []
        for person in people:
            assert person is not None
            uow.maps.add_member(MapMembership(big, person, START))
            attitude = rng.choices(range(5), weights=(1, 2, 4, 2, 1))[0]
            ratings.append(Rating(person, Dimension.SUPPORT, attitude, START, map_id=big))
            ratings.append(Rating(person, Dimension.INFLUENCE, rng.randint(0, 10), START))
        uow.ratings.add_many(ratings)  # type: ignore[attr-defined]
        pairs: set[tuple[int, int]] = set()
        while len(pairs) < LINKS:
            a, b = rng.sample(people, 2)
            assert a is not None and b is not None
            pairs.add((a, b))
        for a, b in sorted(pairs):
            uow.influence.add(InfluenceLink(a, b, rng.randint(1, 5)))
        uow.commit()
    return big


@dataclass
class Setup:
    app: Any
    path: Path
    map_id: int
    ctx: Any


def _setup(ctx: Context) -> Setup:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from persistence.workspace import open_workspace
    from ui.app import create_application
    from ui.app_context import AppContext

    path = ctx.workdir / "network-500.rapport"
    map_id = build_workspace(path)
    app = create_application()
    app_ctx = AppContext()
    app_ctx.set_workspace(open_workspace(path))
    app_ctx.map_in_focus = map_id
    # networkx's first import (a fifth of a second) is paid once per session, not per view.
    import networkx  # noqa: F401

    return Setup(app, path, map_id, app_ctx)


def _wait(app: Any, done: Any, timeout: float = 30.0) -> None:
    deadline = time.perf_counter() + timeout
    while not done() and time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.001)


def _open_page(setup: Setup) -> tuple[float, Any]:
    from ui.network.network_page import NetworkPage

    page = NetworkPage(setup.ctx)
    page.resize(VIEW_WIDTH + 340, VIEW_HEIGHT + 80)
    drawn: list[bool] = []
    page.loaded.connect(lambda: drawn.append(True))
    began = time.perf_counter()
    page.show()  # stale: reads, lays out and draws the map in focus
    _wait(setup.app, lambda: bool(drawn))
    page.view.viewport().repaint()
    elapsed = (time.perf_counter() - began) * 1000
    if not drawn or page.scene.node_count() != PEOPLE:
        raise RuntimeError(f"the page drew {page.scene.node_count()} people")
    return elapsed, page


def _bare_open(setup: Setup) -> float:
    from PySide6.QtCore import QLineF, Qt
    from PySide6.QtGui import QBrush, QColor, QPainter, QPen
    from PySide6.QtWidgets import (
        QGraphicsEllipseItem,
        QGraphicsLineItem,
        QGraphicsScene,
        QGraphicsSimpleTextItem,
        QGraphicsView,
    )

    from ui.network.layout import network_layout

    began = time.perf_counter()
    connection = sqlite3.connect(setup.path)
    people = dict(
        connection.execute(
            "SELECT s.id, s.name FROM stakeholders s "
            "JOIN map_memberships m ON m.stakeholder_id = s.id WHERE m.map_id = ?",
            (setup.map_id,),
        ).fetchall()
    )
    links = [
        (a, b, s)
        for a, b, s in connection.execute(
            "SELECT source_id, target_id, strength FROM influence_links"
        )
        if a in people and b in people
    ]
    connection.close()
    positions = network_layout(list(people), links).positions
    scene = QGraphicsScene()
    brush, pen = QBrush(QColor("#46AF93")), QPen(QColor("#34465A"), 1.5)
    for person, name in people.items():
        x, y = positions[person]
        ellipse = QGraphicsEllipseItem(x - 14, y - 14, 28, 28)
        ellipse.setBrush(brush)
        ellipse.setPen(pen)
        scene.addItem(ellipse)
        text = QGraphicsSimpleTextItem(name)
        text.setPos(x - 30, y + 16)
        scene.addItem(text)
    for a, b, strength in links:
        line = QGraphicsLineItem(QLineF(*positions[a], *positions[b]))
        line.setPen(QPen(QColor("#3E4C5E"), strength * 0.7))
        scene.addItem(line)
    view = QGraphicsView(scene)
    scene.setParent(view)
    view.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    view.setFixedSize(VIEW_WIDTH, VIEW_HEIGHT)
    view.show()
    view.fitInView(scene.itemsBoundingRect(), Qt.AspectRatioMode.KeepAspectRatio)
    view.viewport().repaint()
    elapsed = (time.perf_counter() - began) * 1000
    view.close()
    return elapsed


@benchmark("network.open")
def network_open(ctx: Context) -> dict[str, Measurement]:
    setup: Setup = ctx.once("network.setup", lambda: _setup(ctx))
    opened, page = _open_page(setup)
    page.close()
    page.deleteLater()
    setup.app.processEvents()
    bare = _bare_open(setup)
    return {"network.open": Measurement(opened, "ms", baseline=bare)}


def _yen(network: Any, target: int, k: int) -> list[list[int]]:
    import networkx as nx

    graph = nx.DiGraph()
    for link in network.links:
        graph.add_edge(link.source_id, link.target_id, weight=-math.log(link.strength / 5))
    start = -1
    for person in network.people:
        if person.supports_us:
            graph.add_edge(start, person.id, weight=0.0)
    if target not in graph:
        return []
    try:
        return list(islice(nx.shortest_simple_paths(graph, start, target, weight="weight"), k))
    except nx.NetworkXNoPath:
        return []


@benchmark("network.path")
def network_path(ctx: Context) -> dict[str, Measurement]:
    from domain.usecases.influence_network import influence_network, reach

    setup: Setup = ctx.once("network.setup", lambda: _setup(ctx))
    network = ctx.once("network.data", lambda: influence_network(setup.ctx.uow(), setup.map_id))
    targets = [p.id for p in network.people if not p.supports_us][:QUERIES]
    ours, theirs = [], []
    answered = 0
    for target in targets:
        began = time.perf_counter()
        answer = reach(network, target)
        ours.append((time.perf_counter() - began) * 1000)
        answered += bool(answer.paths)
        began = time.perf_counter()
        _yen(network, target, 3)
        theirs.append((time.perf_counter() - began) * 1000)
    if answered < len(targets) // 2:
        return {"network.path": Measurement.missing("ms", "too few people reachable")}
    return {
        "network.path": Measurement(
            statistics.median(ours), "ms", baseline=statistics.median(theirs)
        )
    }
