"""Drawing several people side by side, averages per organisation or unit, and relationship
maturity per business unit over time."""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from datetime import datetime
from operator import attrgetter

import numpy as np
from matplotlib.axes import Axes

from domain.model import Dimension, MaturityLevel
from domain.rules.trends import AveragePoint, DateWindow, Point
from domain.usecases.charts_data import GroupSeries, PersonSeries, UnitMaturity
from ui.charts.canvas import ChartCanvas, HoverTargets, Margins
from ui.charts.export import PlottedSeries
from ui.charts.timeaxis import day, days, format_time_axis, padded_limits
from ui.formatting import format_rating
from ui.plain_text import chart_text, escape
from ui.ratings.labels import format_value, label, local_date

#: Above this many points in a chart, rating markers are left off (lines stay readable).
MARKER_LIMIT = 1500
#: At most this many names in a legend; beyond it, hover tells who is who.
LEGEND_LIMIT = 12
#: Side-by-side panels at most.
PANEL_LIMIT = 16


def _start(window: DateWindow, moments: Sequence[datetime]) -> datetime:
    if window.start is not None:
        return window.start
    return min(moments) if moments else window.end


def _steps(
    points_x: np.ndarray, points_y: np.ndarray, end_x: float
) -> tuple[np.ndarray, np.ndarray]:
    """The step line of a series, held on to the end of the range."""
    return np.append(points_x, max(end_x, points_x[-1])), np.append(points_y, points_y[-1])


def _legend(chart: ChartCanvas, ax: Axes, labels: Sequence[str]) -> None:
    """A legend to the right of the plot, with room made for its longest label."""
    if not labels or len(labels) > LEGEND_LIMIT:
        chart.margins.right = 16
        return
    font = chart.mpl_font(0.95)
    ax.legend(
        loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False, borderaxespad=0,
        handlelength=1.6, prop=font, labelcolor=chart.theme.text,
    )  # fmt: skip
    pixels_per_point = chart.figure.dpi / 72
    longest = max(len(text) for text in labels)
    width = longest * font["size"] * pixels_per_point * 0.6 + 48
    chart.margins.right = min(max(width, 120), 380)


def _empty(chart: ChartCanvas, ax: Axes, text: str) -> None:
    font = chart.mpl_font(1.1)
    ax.text(
        0.5, 0.5, text, transform=ax.transAxes, ha="center", va="center",
        color=chart.theme.muted, fontfamily=font["family"], fontsize=font["size"],
    )  # fmt: skip


def _plot_series(
    chart: ChartCanvas,
    ax: Axes,
    points: Sequence[Point],
    name: str,
    colour: str,
    end_x: float,
    markers: bool,
    dimension: Dimension,
) -> None:
    x = days(map(_at, points))
    y = np.fromiter(map(_value, points), dtype=float, count=len(points))
    step_x, step_y = _steps(x, y, end_x)
    ax.plot(
        step_x, step_y, drawstyle="steps-post", color=colour, linewidth=1.8, label=chart_text(name),
        gid=f"series:{name}",
    )  # fmt: skip
    if markers:
        ax.plot(x, y, linestyle="none", marker="o", markersize=4, color=colour)
    what = label(dimension)

    def tip(index: int) -> str:
        p = points[index]
        note = f"<br><i>{escape(p.note)}</i>" if p.note else ""
        value = format_value(dimension, p.value)
        return f"<b>{escape(name)}</b><br>{what} {value} · {local_date(p.at)}{note}"

    chart.hover.append(HoverTargets(ax, x, y, tip))


def _window_series(name: str, points: Sequence[Point], window: DateWindow) -> PlottedSeries:
    """The points inside the window (points are in time order: two bisections, then slices)."""
    low = 0 if window.start is None else bisect_left(points, window.start, key=_at)
    high = bisect_right(points, window.end, key=_at)
    shown = points[low:high]
    return PlottedSeries(
        name, [p.at for p in shown], [p.value for p in shown], [p.note for p in shown]
    )


_at = attrgetter("at")
_value = attrgetter("value")


def _finish_time_axes(chart: ChartCanvas, ax: Axes, window: DateWindow, start: datetime) -> None:
    ax.set_xlim(*padded_limits(start, window.end))
    format_time_axis(ax)


def draw_people(
    chart: ChartCanvas,
    people: Sequence[PersonSeries],
    dimension: Dimension,
    window: DateWindow,
    side_by_side: bool = False,
) -> list[PlottedSeries]:
    """Each person's series, overlaid on one chart or in small panels sharing their axes."""
    figure = chart.figure
    figure.clear()
    chart.hover = []
    # Each series is in time order: its first point is its earliest.
    start = _start(window, [s.points[0].at for s in people if s.points])
    end_x = day(window.end)
    total = sum(len(s.points) for s in people)
    markers = total <= MARKER_LIMIT
    plotted = [_window_series(s.name, s.points, window) for s in people]
    if side_by_side and len(people) > 1:
        shown = list(people)[:PANEL_LIMIT]
        columns = min(4, math.ceil(math.sqrt(len(shown))))
        rows = math.ceil(len(shown) / columns)
        axes = figure.subplots(rows, columns, sharex=True, sharey=True, squeeze=False)
        chart.margins = Margins(top=26, extra={"wspace": 0.08, "hspace": 0.4})
        for index, ax in enumerate(axes.flat):
            if index >= len(shown):
                ax.set_visible(False)
                continue
            person = shown[index]
            chart.style_axes(ax)
            if person.points:
                _plot_series(
                    chart, ax, person.points, person.name, chart.theme.colour(index), end_x,
                    markers, dimension,
                )  # fmt: skip
            font = chart.mpl_font(0.95, "bold")
            ax.set_title(
                chart_text(person.name), loc="left", color=chart.theme.text,
                fontfamily=font["family"], fontsize=font["size"], fontweight="bold", pad=4,
            )  # fmt: skip
            ax.set_ylim(-0.3, 10.3)
            ax.set_yticks([0, 5, 10])
            _finish_time_axes(chart, ax, window, start)
    else:
        ax = figure.add_subplot()
        chart.margins = Margins(top=18)
        chart.style_axes(ax)
        for index, person in enumerate(people):
            if person.points:
                _plot_series(
                    chart, ax, person.points, person.name, chart.theme.colour(index), end_x,
                    markers, dimension,
                )  # fmt: skip
        ax.set_ylim(-0.3, 10.3)
        ax.set_yticks([0, 2, 4, 6, 8, 10])
        _finish_time_axes(chart, ax, window, start)
        if not people:
            _empty(chart, ax, "Pick people on the left, or everyone on a map")
        _legend(chart, ax, [p.name for p in people])
    chart.apply_margins()
    chart.canvas.draw_idle()
    return plotted


def draw_averages(
    chart: ChartCanvas,
    groups: Sequence[GroupSeries],
    dimension: Dimension,
    window: DateWindow,
) -> list[PlottedSeries]:
    """The mean value per organisation or unit over time (one step line each)."""
    figure = chart.figure
    figure.clear()
    chart.hover = []
    ax = figure.add_subplot()
    chart.style_axes(ax)
    chart.margins = Margins(top=18)
    moments = [p.at for g in groups for p in g.points]
    start = _start(window, moments)
    end_x = day(window.end)
    plotted: list[PlottedSeries] = []
    what = label(dimension)
    for index, group in enumerate(groups):
        series = PlottedSeries(group.name)
        for p in group.points:
            if window.contains(p.at):
                series.append(p.at, round(p.value, 3), f"mean of {p.count} rated")
        plotted.append(series)
        if not group.points:
            continue
        x = days(p.at for p in group.points)
        y = np.fromiter((p.value for p in group.points), dtype=float, count=len(group.points))
        step_x, step_y = _steps(x, y, end_x)
        colour = chart.theme.colour(index)
        ax.plot(
            step_x, step_y, drawstyle="steps-post", color=colour, linewidth=2.0,
            label=chart_text(f"{group.name} ({group.members})"), gid=f"series:{group.name}",
        )  # fmt: skip
        chart.hover.append(
            HoverTargets(ax, x, y, lambda i, g=group: _average_tip(g, g.points[i], what))
        )
    ax.set_ylim(-0.3, 10.3)
    ax.set_yticks([0, 2, 4, 6, 8, 10])
    _finish_time_axes(chart, ax, window, start)
    if not groups:
        _empty(chart, ax, "No one in an organisation has been rated yet")
    _legend(chart, ax, [f"{g.name} ({g.members})" for g in groups])
    chart.apply_margins()
    chart.canvas.draw_idle()
    return plotted


def _average_tip(group: GroupSeries, point: AveragePoint, what: str) -> str:
    people = f"{point.count} of {group.members} {'person' if group.members == 1 else 'people'}"
    return (
        f"<b>{escape(group.name)}</b><br>Average {what.lower()} {format_rating(point.value)} "
        f"({people} rated)<br>{local_date(point.at)}"
    )


_LEVELS = [MaturityLevel.ORDER_TAKER, MaturityLevel.CONSULTATIVE, MaturityLevel.PARTNER]


def draw_maturity(
    chart: ChartCanvas, units: Sequence[UnitMaturity], window: DateWindow
) -> list[PlottedSeries]:
    """Each unit's maturity level as a step line (order taker → consultative → partner)."""
    figure = chart.figure
    figure.clear()
    chart.hover = []
    ax = figure.add_subplot()
    chart.margins = Margins(top=18, left=104)
    chart.style_axes(ax, grid_y=False)
    moments = [s.at for u in units for s in u.steps]
    start = _start(window, moments)
    end_x = day(window.end)
    plotted: list[PlottedSeries] = []
    count = len(units)
    for index, unit in enumerate(units):
        series = PlottedSeries(unit.name)
        for step in unit.steps:
            if window.contains(step.at):
                series.append(step.at, float(step.level), step.level.label)
        plotted.append(series)
        if not unit.steps:
            continue
        # Every line sits exactly on its level (shifting them apart put them between levels);
        # units at the same level stay visible as nested lines, the first drawn widest.
        x = days(s.at for s in unit.steps)
        y = np.fromiter((float(s.level) for s in unit.steps), dtype=float)
        step_x, step_y = _steps(x, y, end_x)
        colour = chart.theme.colour(index)
        width = 2.0 + 5.0 * (count - 1 - index) / max(count - 1, 1)
        ax.plot(
            step_x, step_y, drawstyle="steps-post", color=colour, linewidth=width,
            label=chart_text(unit.name), gid=f"series:{unit.name}", solid_capstyle="butt",
            zorder=2 + index,
        )  # fmt: skip
        ax.plot(x, y, linestyle="none", marker="o", markersize=5, color=colour, zorder=2 + index)
        tips = [
            f"<b>{escape(unit.name)}</b><br>{s.level.label.capitalize()} · {local_date(s.at)}"
            + (f"<br><i>{escape(s.note)}</i>" if s.note else "")
            for s in unit.steps
        ]
        chart.hover.append(HoverTargets.of(ax, x, y, tips))
    ax.set_ylim(0.55, 3.45)
    ax.set_yticks([float(level) for level in _LEVELS])
    ax.set_yticklabels([level.label.capitalize() for level in _LEVELS])
    for level in _LEVELS:
        ax.axhspan(level - 0.5, level + 0.5, color=chart.theme.grid, alpha=0.35 * (level % 2))
    _finish_time_axes(chart, ax, window, start)
    if not units:
        _empty(chart, ax, "No business unit has been assessed yet")
    _legend(chart, ax, [u.name for u in units])
    chart.apply_margins()
    chart.canvas.draw_idle()
    return plotted
