"""Drawing a chart of 10 years of weekly trust ratings for 50 people, against the same matplotlib
figure built directly from numpy arrays, in the same process and at the same size.

    charts.draw   Rapport's comparison chart (ui.charts.compare_plots.draw_people on the page's
                  ChartCanvas): from the people's rating series to a fully drawn canvas
    charts.open   the same, starting from the workspace (charts_data.people_series reads the 50
                  histories through the repositories), as the Charts page does
    baseline      one Figure, one Axes, 50 step lines from prepared numpy arrays, the same size,
                  dpi, axes styling and date axis, drawn on an Agg canvas

Target: ≤ 300 ms and within 1.5× the baseline.
"""

from __future__ import annotations

import os
import random
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from _registry import Context, Measurement, benchmark

PEOPLE = 50
WEEKS = 520
WIDTH, HEIGHT = 1100, 640
NOW = datetime.now(UTC).replace(microsecond=0)
START = NOW - timedelta(weeks=WEEKS)


@dataclass
class Setup:
    app: Any
    workspace: Any
    ids: list[int]
    series: list[Any]
    canvas: Any
    window: Any


def _build(path: Path) -> list[int]:
    from domain.model import Dimension, Rating, Stakeholder
    from persistence.workspace import create_workspace

    rng = random.Random(50)
    with create_workspace(path) as workspace, workspace.uow() as uow:
        ids = [uow.stakeholders.add(Stakeholder(f"Person {n:02d}")).id for n in range(PEOPLE)]
        ratings = []
        for person in ids:
            value = rng.uniform(3, 8)
            for week in range(WEEKS):
                value = min(10.0, max(0.0, value + rng.choice((-0.5, 0, 0, 0, 0.5))))
                note = "" if week % 13 else "quarterly review"
                at = START + timedelta(weeks=week)
                ratings.append(
                    Rating(person, Dimension.TRUST, value, at, note=note, recorded_at=NOW)
                )
        uow.ratings.add_many(ratings)  # type: ignore[attr-defined]
        uow.commit()
    return [i for i in ids if i is not None]


def _setup(ctx: Context) -> Setup:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from domain.model import Dimension
    from domain.usecases.charts_data import people_series
    from persistence.workspace import open_workspace
    from ui.app import create_application
    from ui.charts.canvas import ChartCanvas
    from ui.gc_tuning import tune_collector

    app = create_application()
    path = ctx.workdir / "charts-50x10y.rapport"
    ids = _build(path)
    workspace = open_workspace(path, lock=False)
    series = people_series(workspace.uow(), ids, Dimension.TRUST, NOW)
    canvas = ChartCanvas()
    canvas.resize(WIDTH, HEIGHT)
    canvas.show()
    for _ in range(3):
        app.processEvents()
    tune_collector()  # as the app does once its first workspace is open (ui.gc_tuning)
    return Setup(app, workspace, ids, series, canvas, None)


def _ours(setup: Setup, from_workspace: bool) -> float:
    from domain.model import Dimension
    from domain.rules.trends import RangePreset, date_window
    from domain.usecases.charts_data import people_series
    from ui.charts.compare_plots import draw_people

    started = time.perf_counter()
    series = (
        people_series(setup.workspace.uow(), setup.ids, Dimension.TRUST, NOW)
        if from_workspace
        else setup.series
    )
    window = date_window(RangePreset.ALL, NOW)
    draw_people(setup.canvas, series, Dimension.TRUST, window)
    setup.canvas.canvas.draw()  # what draw_idle would do at the next paint, done now
    return (time.perf_counter() - started) * 1000


def _baseline(setup: Setup, arrays: list[tuple[Any, Any]]) -> float:
    """The same figure straight from numpy arrays: no Rapport code between data and pixels."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    from ui.charts.timeaxis import format_time_axis

    canvas = setup.canvas
    theme = canvas.theme
    started = time.perf_counter()
    dpi = canvas.figure.dpi
    figure = Figure(figsize=(WIDTH / dpi, HEIGHT / dpi), dpi=dpi, facecolor=theme.background)
    agg = FigureCanvasAgg(figure)
    ax = figure.add_subplot()
    for index, (x, y) in enumerate(arrays):
        ax.plot(x, y, drawstyle="steps-post", color=theme.colour(index), linewidth=1.8)
    ax.set_ylim(-0.3, 10.3)
    ax.set_yticks([0, 2, 4, 6, 8, 10])
    ax.set_xlim(arrays[0][0][0] - 70, arrays[0][0][-1] + 70)
    format_time_axis(ax)
    canvas.style_axes(ax)
    figure.subplots_adjust(
        left=46 / WIDTH, right=1 - 16 / WIDTH, top=1 - 18 / HEIGHT, bottom=30 / HEIGHT
    )
    agg.draw()
    return (time.perf_counter() - started) * 1000


@benchmark("charts.draw", "charts.open")
def charts(ctx: Context) -> dict[str, Measurement]:
    import numpy as np

    from ui.charts.timeaxis import days

    setup: Setup = ctx.once("charts.setup", lambda: _setup(ctx))
    arrays = ctx.once(
        "charts.arrays",
        lambda: [
            (
                np.append(days(p.at for p in s.points), days([NOW])),
                np.append([p.value for p in s.points], s.points[-1].value),
            )
            for s in setup.series
        ],
    )
    points = sum(len(s.points) for s in setup.series)
    assert points == PEOPLE * WEEKS, points
    baseline = _baseline(setup, arrays)
    drawn = _ours(setup, from_workspace=False)
    opened = _ours(setup, from_workspace=True)
    return {
        "charts.draw": Measurement(drawn, "ms", baseline),
        "charts.open": Measurement(opened, "ms", baseline),
    }
