"""The power/interest grid with 5,000 people on one map, against a bare QGraphicsView.

Workspace (built once per run, untimed): 5,000 people on one map, each with a two-year history of
power/interest moves (about four each), an attitude, trust and influence, and a plan for a third
of them; ratings go in through the persistence bulk helper (``ratings.add_many``).

    grid.open         open the map on the Maps page until the view has painted it
    grid.drag_step    one mouse move while dragging a person, until the repaint is done
    grid.repaint      a full repaint of the view showing the whole map
    grid.time_step    one step of the time-travel slider (placements as of that day, repaint)

Baseline, in the same process and view size: a bare QGraphicsView with 5,000 plain
QGraphicsEllipseItem + QGraphicsSimpleTextItem pairs at the same places and sizes (building it and
its first paint; dragging one ellipse; a repaint; moving every pair to its place on another day).
Targets: drag step and repaint ≤ 16 ms and ≤ 1.5× the bare view; opening ≤ 1 s.
"""

from __future__ import annotations

import os
import random
import statistics
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from _registry import Context, Measurement, benchmark

PEOPLE = 5_000
MOVES = 4
#: The view's size: a typical window's canvas.
VIEW_WIDTH, VIEW_HEIGHT = 1000, 760
NOW = datetime.now(UTC).replace(microsecond=0)
START = NOW - timedelta(days=730)
STEPS = 12


def build_workspace(path: Path) -> tuple[int, int]:
    """The 5,000-person map and an empty one; returns their ids."""
    from domain.model import (
        Dimension,
        MapMembership,
        Organisation,
        Rating,
        Stakeholder,
        StakeholderMap,
    )
    from persistence.workspace import create_workspace

    rng = random.Random(5)
    with create_workspace(path) as workspace, workspace.uow() as uow:
        organisations = [uow.organisations.add(Organisation(f"Unit {n:02d}")).id for n in range(40)]
        people = [
            uow.stakeholders.add(
                Stakeholder(
                    f"Person {n:04d} {rng.choice(['Ng', 'Okafor', 'Berg', 'Costa'])}",
                    job_title=rng.choice(["CFO", "Director", "Manager", "Architect"]),
                    organisation_id=rng.choice(organisations),
                    tags=[rng.choice(["board", "budget", "legacy"])],
                )
            ).id
            for n in range(PEOPLE)
        ]
        big = uow.maps.add(StakeholderMap("Enterprise programme")).id
        empty = uow.maps.add(StakeholderMap("Empty")).id
        assert big is not None and empty is not None
        for person in people:
            assert person is not None
            uow.maps.add_member(MapMembership(big, person, START))
        ratings: list[Rating] = []
        span = (NOW - START).total_seconds()
        for person in people:
            assert person is not None
            moments = sorted(START + timedelta(seconds=rng.uniform(0, span)) for _ in range(MOVES))
            for at in moments:
                for dimension in (Dimension.POWER, Dimension.INTEREST):
                    value = round(rng.uniform(0, 10), 1)
                    ratings.append(Rating(person, dimension, value, at, map_id=big))
            if rng.random() < 0.33:
                for dimension in (Dimension.DESIRED_POWER, Dimension.DESIRED_INTEREST):
                    value = round(rng.uniform(5, 10), 1)
                    ratings.append(Rating(person, dimension, value, moments[-1], map_id=big))
            ratings.append(Rating(person, Dimension.SUPPORT, rng.randint(0, 4), START, map_id=big))
            ratings.append(Rating(person, Dimension.TRUST, rng.randint(0, 10), START))
            ratings.append(Rating(person, Dimension.INFLUENCE, rng.randint(0, 10), START))
        uow.ratings.add_many(ratings)  # type: ignore[attr-defined]
        uow.commit()
    return big, empty


@dataclass
class Setup:
    app: Any
    page: Any
    bare: Any
    big: int
    empty: int


def _setup(ctx: Context) -> Setup:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from persistence.workspace import open_workspace
    from ui.app import create_application
    from ui.app_context import AppContext
    from ui.grid.map_page import MapPage

    path = ctx.workdir / "grid-5000.rapport"
    big, empty = build_workspace(path)
    app = create_application()
    app_ctx = AppContext()
    app_ctx.set_workspace(open_workspace(path))
    page = MapPage(app_ctx)
    page.resize(VIEW_WIDTH + 460, VIEW_HEIGHT + 120)
    page.show()
    page.view.setFixedSize(VIEW_WIDTH, VIEW_HEIGHT)
    _settle(app)
    return Setup(app, page, None, big, empty)


def _settle(app: Any) -> None:
    for _ in range(3):
        app.processEvents()


class _PaintCounter:
    """Counts paint events on a viewport, so a step can wait until its repaint is done."""

    def __init__(self, viewport: Any) -> None:
        from PySide6.QtCore import QEvent, QObject

        counter = self

        class Filter(QObject):
            def eventFilter(self, watched: Any, event: Any) -> bool:
                if event.type() == QEvent.Type.Paint:
                    counter.count += 1
                return False

        self.count = 0
        self.filter = Filter()
        viewport.installEventFilter(self.filter)

    def wait(self, app: Any, since: int) -> None:
        deadline = time.perf_counter() + 2
        while self.count == since and time.perf_counter() < deadline:
            app.processEvents()


def _bare_view(setup: Setup) -> tuple[Any, list[Any], float]:
    """The bare scene with the same people, places and sizes; returns it and its build time."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QBrush, QColor, QPainter, QPen
    from PySide6.QtWidgets import (
        QGraphicsEllipseItem,
        QGraphicsItem,
        QGraphicsScene,
        QGraphicsSimpleTextItem,
        QGraphicsView,
    )

    grid = setup.page.scene
    data = [
        (m.pos(), m.radius * m.scale(), m.person.name)
        for m in grid.markers.values()
        if m.isVisible()
    ]
    started = time.perf_counter()
    scene = QGraphicsScene()
    scene.setSceneRect(grid.sceneRect())
    brush, pen = QBrush(QColor("#46AF93")), QPen(QColor("#34465A"), 1.5)
    pairs = []
    for pos, radius, name in data:
        ellipse = QGraphicsEllipseItem(-radius, -radius, 2 * radius, 2 * radius)
        ellipse.setBrush(brush)
        ellipse.setPen(pen)
        ellipse.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable)
        ellipse.setPos(pos)
        text = QGraphicsSimpleTextItem(name, ellipse)
        text.setPos(-radius, radius)
        scene.addItem(ellipse)
        pairs.append(ellipse)
    view = QGraphicsView(scene)
    scene.setParent(view)  # the scene (and its items) live as long as the view
    view.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    view.setFixedSize(VIEW_WIDTH, VIEW_HEIGHT)
    view.show()
    view.fitInView(scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
    view.viewport().repaint()
    return view, pairs, (time.perf_counter() - started) * 1000


def _drag_steps(app: Any, viewport: Any, start: Any, count: int) -> float:
    """Median ms of mouse moves while dragging from ``start``, each until its repaint is done."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    counter = _PaintCounter(viewport)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(viewport, start + QPoint(12, 0))  # past the drag threshold, untimed
    _settle(app)
    samples = []
    for step in range(count):
        point = start + QPoint(14 + step * 3, -step * 2)
        seen = counter.count
        began = time.perf_counter()
        QTest.mouseMove(viewport, point)
        counter.wait(app, seen)
        samples.append((time.perf_counter() - began) * 1000)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    return statistics.median(samples)


def _repaint(view: Any, count: int = 5) -> float:
    samples = []
    for _ in range(count):
        began = time.perf_counter()
        view.viewport().repaint()
        samples.append((time.perf_counter() - began) * 1000)
    return statistics.median(samples)


@benchmark("grid.open", "grid.drag_step", "grid.repaint", "grid.time_step")
def grid(ctx: Context) -> dict[str, Measurement]:
    setup: Setup = ctx.once("grid.setup", lambda: _setup(ctx))
    app, page = setup.app, setup.page
    view = page.view

    # Open: from asking for the map to the first paint of it.
    page.open_map(setup.empty)
    _settle(app)
    began = time.perf_counter()
    page.open_map(setup.big)
    view.viewport().repaint()
    opened = (time.perf_counter() - began) * 1000
    _settle(app)
    bare, bare_items, bare_open = _bare_view(setup)

    # A drag step on the grid (one person, the others staying put), and on the bare view.
    marker = next(m for m in page.scene.markers.values() if m.isVisible())
    drag = _drag_steps(app, view.viewport(), view.mapFromScene(marker.pos()), STEPS)
    page.ctx.undo_stack.undo()
    _settle(app)
    bare_drag = _drag_steps(app, bare.viewport(), bare.mapFromScene(bare_items[0].pos()), STEPS)

    repaint, bare_repaint = _repaint(view), _repaint(bare)

    # Time travel: one slider step, against moving every bare pair to its place that day.
    page.time_bar.replay.setChecked(True)
    _settle(app)
    slider = page.time_bar.slider
    history = page.history
    steps, bare_steps = [], []
    for step in range(1, STEPS + 1):
        value = slider.maximum() - step * 30
        began = time.perf_counter()
        slider.setValue(value)
        view.viewport().repaint()
        steps.append((time.perf_counter() - began) * 1000)
        moment = page.time_bar.moment()
        placements = history.placements_as_of(moment)
        positions = [page.scene.markers[pid].pos() for pid in placements]
        began = time.perf_counter()
        for item, pos in zip(bare_items, positions, strict=False):
            item.setPos(pos)
        bare.viewport().repaint()
        bare_steps.append((time.perf_counter() - began) * 1000)
    page.time_bar.replay.setChecked(False)
    bare.close()
    _settle(app)

    return {
        "grid.open": Measurement(opened, "ms", bare_open),
        "grid.drag_step": Measurement(drag, "ms", bare_drag),
        "grid.repaint": Measurement(repaint, "ms", bare_repaint),
        "grid.time_step": Measurement(
            statistics.median(steps), "ms", statistics.median(bare_steps)
        ),
    }
