"""Drawing one person's trust and influence over time, with interactions on the time axis."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import numpy as np
from matplotlib.axes import Axes
from matplotlib.lines import Line2D

from domain.model import Dimension, Interaction, Sentiment
from domain.rules.sentiment import SENTIMENT_WINDOW, sentiment_trend
from domain.rules.trends import DateWindow, Point, value_at
from domain.usecases.relationship_history import PersonHistory
from ui.charts.canvas import ChartCanvas, HoverTargets, Margins
from ui.charts.export import PlottedSeries
from ui.charts.timeaxis import day, days, format_time_axis, padded_limits
from ui.plain_text import escape
from ui.ratings.labels import format_change, format_value, label, local_date

#: Where interactions sit, in data units below the 0–10 scale.
INTERACTION_Y = -1.15
Y_LIMITS = (-1.9, 10.6)
DIMENSIONS = (Dimension.TRUST, Dimension.INFLUENCE)
_NINETY_DAYS = timedelta(days=90)


@dataclass(slots=True)
class PersonPlot:
    """What was drawn: the plotted data (for CSV) and the lines (for tests and highlighting)."""

    series: list[PlottedSeries]
    lines: dict[str, Line2D]


def _rating_tip(dimension: Dimension, point: Point, before: float | None) -> str:
    change = format_change(dimension, before, point.value)
    head = f"<b>{label(dimension)} {format_value(dimension, point.value)}</b>"
    if change:
        head += f" &nbsp;<span>{change}</span>"
    when = local_date(point.at, with_time=True)
    if point.recorded_at is not None and abs((point.recorded_at - point.at).total_seconds()) > 3600:
        when += f" · entered {local_date(point.recorded_at)}"
    tip = f"{head}<br>{when}"
    if point.note:
        tip += f"<br><i>{escape(point.note)}</i>"
    return tip


def _interaction_tip(interaction: Interaction) -> str:
    kind = interaction.kind.value.capitalize()
    tip = f"<b>{kind}</b> · {local_date(interaction.when, with_time=True)}"
    tip += f"<br>Sentiment: {Sentiment(interaction.sentiment).label}"
    if interaction.summary:
        tip += f"<br><i>{escape(interaction.summary)}</i>"
    return tip


def draw_person(chart: ChartCanvas, history: PersonHistory, window: DateWindow) -> PersonPlot:
    theme = chart.theme
    figure = chart.figure
    figure.clear()
    chart.hover = []
    grid = figure.add_gridspec(2, 1, height_ratios=(3.2, 1), hspace=0.18)
    ax = figure.add_subplot(grid[0])
    mood = figure.add_subplot(grid[1], sharex=ax)
    chart.margins = Margins()
    chart.style_axes(ax)
    plotted: list[PlottedSeries] = []
    lines: dict[str, Line2D] = {}

    all_points = {d: history.series(d) for d in DIMENSIONS}
    moments = [p.at for points in all_points.values() for p in points]
    moments += [i.when for i in history.interactions if i.when <= history.now]
    start = window.start or (min(moments) if moments else window.end - _NINETY_DAYS)
    x_low, x_high = padded_limits(start, window.end)
    end_x = day(window.end)

    for dimension, colour in zip(DIMENSIONS, (theme.trust, theme.influence), strict=True):
        points = all_points[dimension]
        name = label(dimension)
        shown = [p for p in points if window.contains(p.at)]
        series = PlottedSeries(name)
        held = value_at(points, start) if window.start is not None else None
        if held is not None and (not shown or shown[0].at > start):
            series.append(start, held, "value held at the start of the range")
        for p in shown:
            series.append(p.at, p.value, p.note)
        plotted.append(series)
        if not points:
            continue
        x = days(p.at for p in points)
        y = np.fromiter((p.value for p in points), dtype=float)
        # The step holds until now: extend the last value to the end of the range.
        step_x = np.append(x, max(end_x, x[-1]))
        step_y = np.append(y, y[-1])
        (steps,) = ax.plot(
            step_x, step_y, drawstyle="steps-post", color=colour, linewidth=2.0, zorder=3,
            solid_joinstyle="miter", gid=f"{dimension.value}-steps",
        )  # fmt: skip
        noted = np.array([bool(p.note) for p in points])
        (markers,) = ax.plot(
            x, y, linestyle="none", marker="o", markersize=5.5, color=colour,
            markeredgecolor=theme.background, markeredgewidth=1.2, zorder=4,
            label=name, gid=dimension.value,
        )  # fmt: skip
        if noted.any():
            ax.plot(
                x[noted], y[noted], linestyle="none", marker="o", markersize=10,
                markerfacecolor="none", markeredgecolor=colour, markeredgewidth=1.3, zorder=4,
            )  # fmt: skip
        lines[dimension.value] = markers
        lines[f"{dimension.value}-steps"] = steps
        befores = [None, *(p.value for p in points[:-1])]
        tips = [_rating_tip(dimension, p, b) for p, b in zip(points, befores, strict=True)]
        chart.hover.append(HoverTargets.of(ax, x, y, tips))

    _draw_interactions(chart, ax, history, window, plotted, lines)
    _draw_future_flag(chart, ax, history)
    _draw_sentiment(chart, mood, history, window, plotted, lines)

    ax.set_xlim(x_low, x_high)
    ax.set_ylim(*Y_LIMITS)
    ax.set_yticks([0, 2, 4, 6, 8, 10])
    ax.axhline(-0.45, color=theme.grid, linewidth=0.8, zorder=1)
    format_time_axis(mood)
    ax.tick_params(labelbottom=False)
    handles = [lines[d.value] for d in DIMENSIONS if d.value in lines]
    if "interactions" in lines:
        handles.append(lines["interactions"])
    if handles:
        legend = ax.legend(
            handles=handles, loc="lower left", bbox_to_anchor=(0, 1.01), ncol=len(handles),
            frameon=False, borderaxespad=0, handletextpad=0.4, columnspacing=1.4,
            prop=chart.mpl_font(), labelcolor=theme.text,
        )  # fmt: skip
        legend.set_gid("legend")
    else:
        ax.text(
            0.5, 0.55, "No trust or influence ratings yet", transform=ax.transAxes,
            ha="center", va="center", color=theme.muted, **_font(chart, 1.1),
        )  # fmt: skip
    chart.apply_margins()
    chart.canvas.draw_idle()
    return PersonPlot(plotted, lines)


def _font(chart: ChartCanvas, scale: float = 1.0) -> dict[str, Any]:
    font = chart.mpl_font(scale)
    return {"fontfamily": font["family"], "fontsize": font["size"]}


def _draw_interactions(
    chart: ChartCanvas,
    ax: Axes,
    history: PersonHistory,
    window: DateWindow,
    plotted: list[PlottedSeries],
    lines: dict[str, Line2D],
) -> None:
    theme = chart.theme
    events = [i for i in history.interactions if i.when <= history.now]
    series = PlottedSeries("Interactions")
    for interaction in events:
        if window.contains(interaction.when):
            series.append(
                interaction.when,
                None,
                f"{interaction.kind.value}: {interaction.summary}".strip(": "),
            )
    plotted.append(series)
    if not events:
        return
    x = days(i.when for i in events)
    y = np.full(len(events), INTERACTION_Y)
    colours = [
        theme.positive if i.sentiment > 0 else theme.negative if i.sentiment < 0 else theme.neutral
        for i in events
    ]
    ax.scatter(
        x, y, s=34, marker="D", c=colours, edgecolors=theme.background, linewidths=0.8,
        zorder=4, gid="interaction-markers",
    )  # fmt: skip
    (legend_proxy,) = ax.plot(
        [], [], linestyle="none", marker="D", markersize=5.5, color=theme.neutral,
        label="Interaction", gid="interactions",
    )  # fmt: skip
    lines["interactions"] = legend_proxy
    chart.hover.append(HoverTargets.of(ax, x, y, [_interaction_tip(i) for i in events]))


def _draw_future_flag(chart: ChartCanvas, ax: Axes, history: PersonHistory) -> None:
    future = history.future
    if not future:
        return
    count = len(future)
    text = f"⚠ {count} rating{'s are' if count > 1 else ' is'} dated in the future and not counted"
    ax.text(
        1.0, 1.01, text, transform=ax.transAxes, ha="right", va="bottom",
        color=chart.theme.future, gid="future-flag", **_font(chart, 0.95),
    )  # fmt: skip


def _draw_sentiment(
    chart: ChartCanvas,
    ax: Axes,
    history: PersonHistory,
    window: DateWindow,
    plotted: list[PlottedSeries],
    lines: dict[str, Line2D],
) -> None:
    """Below trust: each interaction's sentiment (−2 … +2) and its mean over the 90 days before,
    so that a relationship cooling shows in what people say before it shows in a rating."""
    theme = chart.theme
    chart.style_axes(ax)
    ax.set_ylim(-2.6, 2.6)
    ax.set_yticks([-2, 0, 2])
    ax.set_yticklabels(["−2", "0", "+2"])
    ax.axhline(0, color=theme.grid, linewidth=0.8, zorder=1)
    ax.text(
        0.0, 1.03, f"Sentiment of interactions · line: {SENTIMENT_WINDOW.days}-day mean",
        transform=ax.transAxes, ha="left", va="bottom", color=theme.muted,
        gid="sentiment-title", **_font(chart, 0.85),
    )  # fmt: skip
    trend = sentiment_trend(history.interactions, until=history.now)
    days_in_window = SENTIMENT_WINDOW.days
    series = PlottedSeries(f"Sentiment ({days_in_window}-day mean)")
    for point in trend:
        if window.contains(point.at):
            series.append(point.at, round(point.mean, 2), f"{point.count} interactions")
    plotted.append(series)
    if not trend:
        ax.text(
            0.5, 0.5, "No interactions logged", transform=ax.transAxes, ha="center",
            va="center", color=theme.muted, **_font(chart, 0.9),
        )  # fmt: skip
        return
    x = days(p.at for p in trend)
    mean = np.fromiter((p.mean for p in trend), dtype=float)
    raw = np.fromiter((p.sentiment for p in trend), dtype=float)
    colours = [theme.positive if v > 0 else theme.negative if v < 0 else theme.neutral for v in raw]
    ax.scatter(
        x, raw, s=14, c=colours, alpha=0.55, linewidths=0, zorder=3, gid="sentiment-markers",
    )  # fmt: skip
    (line,) = ax.plot(
        x, mean, color=theme.text, linewidth=1.6, zorder=4, gid="sentiment-trend",
        label=f"Sentiment, {days_in_window}-day mean",
    )  # fmt: skip
    lines["sentiment"] = line
    tips = [
        f"<b>Sentiment {p.mean:+.1f}</b> (mean of {p.count} in {days_in_window} days)"
        f"<br>{local_date(p.at)}: {Sentiment(p.sentiment).label}"
        for p in trend
    ]
    chart.hover.append(HoverTargets.of(ax, x, mean, tips))
