"""Opening the demand pipeline of 5,000 items: the Demand page built, read and painted.

Workspace (built once per run, untimed): 50 units under one group, 500 people, 5,000 demand
items over two years, each with one to four status steps.

    demand.open   a new DemandPage on the workspace, shown and painted: the pipeline read
                  (demand_pipeline: items, steps, paths, sponsors, days in status, stalled) and
                  laid out on the board's five columns
        baseline  the same items and steps read with plain sqlite3 and their titles shown in five
                  plain QListViews (QStringListModel), shown and painted the same way

Target: ≤ 0.5 s.
"""

from __future__ import annotations

import os
import random
import sqlite3
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from _registry import Context, Measurement, benchmark

ITEMS = 5_000
UNITS = 50
PEOPLE = 500
TODAY = date.today()


def _build(path: Path) -> None:
    from domain.model import (
        DemandItem,
        DemandKind,
        DemandStatus,
        DemandStep,
        Organisation,
        Stakeholder,
    )
    from persistence.workspace import create_workspace

    if path.exists():
        return
    rng = random.Random(14)
    flow = [DemandStatus.IDEA, DemandStatus.ASSESSED, DemandStatus.APPROVED, DemandStatus.DELIVERED]
    with create_workspace(path) as workspace, workspace.uow() as uow:
        group = uow.organisations.add(Organisation("Group")).id
        units = [
            uow.organisations.add(Organisation(f"Unit {n:02d}", parent_id=group)).id
            for n in range(UNITS)
        ]
        people = [uow.stakeholders.add(Stakeholder(f"Sponsor {n:03d}")).id for n in range(PEOPLE)]
        for n in range(ITEMS):
            raised = TODAY - timedelta(days=rng.randrange(1, 730))
            steps = [DemandStep(DemandStatus.IDEA, raised)]
            for status in flow[1 : rng.randrange(1, 5)]:
                raised = min(TODAY, raised + timedelta(days=rng.randrange(5, 60)))
                steps.append(DemandStep(status, raised))
            uow.demand.add(
                DemandItem(
                    rng.choice(units),
                    f"Demand item {n:05d}",
                    rng.choice(list(DemandKind)),
                    steps,
                    sponsor_id=rng.choice(people),
                    value=float(rng.randrange(5, 1500) * 1000),
                )
            )
        uow.commit()


def _setup(ctx: Context) -> tuple[Any, Any, Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from persistence.workspace import open_workspace
    from ui.app import create_application
    from ui.app_context import AppContext
    from ui.gc_tuning import tune_collector

    app = create_application()
    path = ctx.workdir / "demand-5000.rapport"
    _build(path)
    app_ctx = AppContext()
    app_ctx.set_workspace(open_workspace(path, lock=False))
    tune_collector()
    return app, app_ctx, path


def _ours(app: Any, app_ctx: Any) -> float:
    from ui.demand.demand_page import DemandPage

    started = time.perf_counter()
    page = DemandPage(app_ctx)
    page.resize(1500, 900)
    page.show()
    app.processEvents()
    page.repaint()
    elapsed = (time.perf_counter() - started) * 1000
    shown = sum(len(column.model.rows) for column in page.board.columns.values())
    assert shown == ITEMS, shown
    page.close()
    page.deleteLater()
    app.processEvents()
    return elapsed


def _baseline(app: Any, path: Path) -> float:
    from PySide6.QtCore import QStringListModel
    from PySide6.QtWidgets import QHBoxLayout, QListView, QWidget

    started = time.perf_counter()
    with sqlite3.connect(path) as connection:
        items = connection.execute("SELECT id, title, status FROM demand_items").fetchall()
        connection.execute('SELECT item_id, status, "on" FROM demand_steps').fetchall()
    columns: dict[str, list[str]] = {}
    for _id, title, status in items:
        columns.setdefault(status, []).append(title)
    board = QWidget()
    layout = QHBoxLayout(board)
    models = []
    for titles in columns.values():
        model = QStringListModel(titles)
        view = QListView()
        view.setModel(model)
        models.append(model)
        layout.addWidget(view)
    board.resize(1500, 900)
    board.show()
    app.processEvents()
    board.repaint()
    elapsed = (time.perf_counter() - started) * 1000
    board.close()
    board.deleteLater()
    app.processEvents()
    return elapsed


@benchmark("demand.open")
def demand_open(ctx: Context) -> dict[str, Measurement]:
    app, app_ctx, path = ctx.once("demand.setup", lambda: _setup(ctx))
    baseline = _baseline(app, path)
    opened = _ours(app, app_ctx)
    return {"demand.open": Measurement(opened, "ms", baseline)}
