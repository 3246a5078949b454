"""A person's chart: the plotted lines are the stored history; range picker; hover tooltips with
the rating's note; interactions on the time axis; export to PNG, SVG and CSV."""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np
from PySide6.QtCore import QSettings

from domain.model import Dimension
from domain.rules.trends import RangePreset
from domain.usecases.ratings import history
from tests.ui.conftest import open_main_window
from tests.ui.ratings.support import build_sample, open_person_tab, person_tab, settle
from ui.charts.timeaxis import days
from ui.ratings.person_tabs import TrustInfluenceTab


def _open_ada(qtbot, tmp_path: Path, settings: QSettings):  # type: ignore[no-untyped-def]
    sample, ctx, window, tab = open_person_tab(
        qtbot, tmp_path, settings, "ada", "Trust & influence", TrustInfluenceTab
    )
    settle()
    return sample, ctx, window, tab


def test_plotted_lines_are_the_stored_history(
    qtbot, tmp_path: Path, isolated_settings: QSettings
) -> None:
    sample, ctx, window, tab = _open_ada(qtbot, tmp_path, isolated_settings)
    # Trust 8 → 7 → 4 within 90 days: the header tells the net change and how often it moved.
    assert tab.trust.value.text() == "4.0"
    assert tab.trust.change.text() == "▼ 4.0 in 90 days (2 changes)"
    assert tab.trust.change.toolTip().count("\n") == 1
    chart = tab.chart
    assert chart.plot is not None
    for dimension in (Dimension.TRUST, Dimension.INFLUENCE):
        stored = history(ctx.uow(), sample.ada, [dimension])
        line = chart.plot.lines[dimension.value]
        assert list(line.get_ydata()) == [r.value for r in stored]
        assert np.allclose(line.get_xdata(), days(r.at for r in stored))
        # The step line holds the last value on to the end of the range.
        steps = chart.plot.lines[f"{dimension.value}-steps"]
        assert steps.get_drawstyle() == "steps-post"
        assert list(steps.get_ydata()) == [*(r.value for r in stored), stored[-1].value]
    # Interactions sit on the time axis, one marker each.
    markers = [
        c for c in chart.canvas.figure.axes[0].collections if c.get_gid() == "interaction-markers"
    ]
    assert len(markers) == 1 and len(markers[0].get_offsets()) == 3
    legend = chart.canvas.figure.axes[0].get_legend()
    assert [t.get_text() for t in legend.get_texts()] == ["Trust", "Influence", "Interaction"]
    window.close()
    ctx.close_workspace()


def test_hovering_a_rating_shows_its_note_escaped(
    qtbot, tmp_path: Path, isolated_settings: QSettings
) -> None:
    _sample, ctx, window, tab = _open_ada(qtbot, tmp_path, isolated_settings)
    canvas = tab.chart.canvas
    canvas.canvas.draw()
    ax = canvas.figure.axes[0]
    line = tab.chart.plot.lines["trust"]  # type: ignore[union-attr]
    x, y = line.get_xdata()[-1], line.get_ydata()[-1]
    px, py = ax.transData.transform((x, y))
    tip = canvas.text_at(px + 2, py - 2)
    assert tip is not None and "Trust 4" in tip and "Missed the budget promise" in tip
    assert "▼ 3" in tip
    # An interaction's summary is escaped: user text never becomes markup.
    texts = {id(t): [t.text(i) for i in range(len(t.x))] for t in canvas.hover}
    call = next(t for t in canvas.hover if "Budget call" in " ".join(texts[id(t)]))
    index = next(i for i, text in enumerate(texts[id(call)]) if "Budget call" in text)
    px, py = call.axes.transData.transform((call.x[index], call.y[index]))
    tip = canvas.text_at(px, py)
    assert tip is not None and "&lt;b&gt;tense&lt;/b&gt;" in tip and "<b>tense</b>" not in tip
    # Somewhere inside the axes but at least 60 px from every plotted point: no tooltip.
    points = np.array(
        [
            t.axes.transData.transform((t.x[i], t.y[i]))
            for t in canvas.hover
            for i in range(len(t.x))
        ]
    )
    x0, y0, x1, y1 = ax.bbox.extents
    empty = next(
        (gx, gy)
        for gx in np.linspace(x0 + 10, x1 - 10, 25)
        for gy in np.linspace(y0 + 10, y1 - 10, 15)
        if np.min(np.hypot(points[:, 0] - gx, points[:, 1] - gy)) > 60
    )
    assert canvas.text_at(*empty) is None
    window.close()
    ctx.close_workspace()


def test_range_picker_changes_the_span_shown(
    qtbot, tmp_path: Path, isolated_settings: QSettings
) -> None:
    _sample, ctx, window, tab = _open_ada(qtbot, tmp_path, isolated_settings)
    ax = tab.chart.canvas.figure.axes[0]
    low, high = ax.get_xlim()
    assert 360 < high - low < 380  # last 12 months, with a little air
    tab.chart.range.set_preset(RangePreset.LAST_90_DAYS)
    ax = tab.chart.canvas.figure.axes[0]
    low, high = ax.get_xlim()
    assert 88 < high - low < 95
    plotted = {s.name: s for s in tab.chart.plot.series}  # type: ignore[union-attr]
    # In the last 90 days: the value held when the range starts (8), then 7 and 4.
    assert plotted["Trust"].values == [8.0, 7.0, 4.0]
    assert plotted["Trust"].notes[0] == "value held at the start of the range"
    tab.chart.range.set_preset(RangePreset.CUSTOM)
    assert tab.chart.range.start.isVisible() and tab.chart.range.end.isVisible()
    tab.chart.range.start.setDate(tab.chart.range.end.date().addDays(-30))
    low, high = tab.chart.canvas.figure.axes[0].get_xlim()
    assert 29 < high - low < 33
    window.close()
    ctx.close_workspace()


def test_export_png_svg_and_csv(qtbot, tmp_path: Path, isolated_settings: QSettings) -> None:
    _sample, ctx, window, tab = _open_ada(qtbot, tmp_path, isolated_settings)
    tab.chart.range.set_preset(RangePreset.ALL)
    for suffix in ("png", "svg", "csv"):
        target = tmp_path / f"ada.{suffix}"
        tab.chart.export_to(target)
        assert target.stat().st_size > 200
    assert (tmp_path / "ada.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "<svg" in (tmp_path / "ada.svg").read_text(encoding="utf-8")[:2000]
    with (tmp_path / "ada.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    trust = [(float(r["value"]), r["note"]) for r in rows if r["series"] == "Trust"]
    assert trust == [(8.0, "Kept her word on Q3"), (7.0, ""), (4.0, "Missed the budget promise")]
    assert [r["note"] for r in rows if r["series"] == "Interactions"] == [
        "meeting: Quarterly review",
        "call: Budget call <b>tense</b>",
        "meal: Lunch",
    ]
    window.close()
    ctx.close_workspace()


def test_chart_follows_a_dark_palette(qtbot, tmp_path: Path, isolated_settings: QSettings) -> None:
    from PySide6.QtGui import QColor, QPalette

    _sample, ctx, window, tab = _open_ada(qtbot, tmp_path, isolated_settings)
    light = tab.chart.canvas.theme
    palette = QPalette(tab.chart.canvas.palette())
    palette.setColor(QPalette.ColorRole.Window, QColor("#202124"))
    palette.setColor(QPalette.ColorRole.Base, QColor("#1b1b1d"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#e8e8e8"))
    tab.chart.canvas.setPalette(palette)
    settle()
    dark = tab.chart.canvas.theme
    assert not light.dark and dark.dark
    assert dark.background == "#1b1b1d"
    face = tab.chart.canvas.figure.axes[0].get_facecolor()
    assert QColor.fromRgbF(*face[:3]).name() == "#1b1b1d"
    window.close()
    ctx.close_workspace()


def test_moving_the_mouse_over_a_rating_shows_the_tooltip(
    qtbot, tmp_path: Path, isolated_settings: QSettings
) -> None:
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QToolTip

    _sample, ctx, window, tab = _open_ada(qtbot, tmp_path, isolated_settings)
    canvas = tab.chart.canvas
    canvas.canvas.draw()
    line = tab.chart.plot.lines["trust"]  # type: ignore[union-attr]
    px, py = canvas.figure.axes[0].transData.transform((line.get_xdata()[-1], line.get_ydata()[-1]))
    ratio = canvas.canvas.devicePixelRatioF()
    at = QPoint(round(px / ratio), round(canvas.canvas.height() - py / ratio))
    qtbot.mouseMove(canvas.canvas, at)
    qtbot.waitUntil(QToolTip.isVisible, timeout=2000)
    assert "Missed the budget promise" in QToolTip.text()
    window.close()
    ctx.close_workspace()


def test_a_future_dated_rating_is_flagged_not_plotted(
    qtbot, tmp_path: Path, isolated_settings: QSettings
) -> None:
    from datetime import timedelta

    from domain.model import Rating
    from persistence.workspace import open_workspace

    sample = build_sample(tmp_path / "w.rapport")
    with open_workspace(sample.path) as workspace, workspace.uow() as uow:
        # As an import from a machine with a wrong clock would leave it (rate() refuses it).
        future = sample.now + timedelta(days=20)
        uow.ratings.add(Rating(sample.ada, Dimension.TRUST, 1, future, recorded_at=sample.now))
        uow.commit()
    ctx, window = open_main_window(qtbot, sample.path, isolated_settings)
    window.show_stakeholder(sample.ada)
    tab = person_tab(window, "Trust & influence")
    assert isinstance(tab, TrustInfluenceTab)
    ax = tab.chart.canvas.figure.axes[0]
    flags = [t.get_text() for t in ax.texts if t.get_gid() == "future-flag"]
    assert flags == ["⚠ 1 rating is dated in the future and not counted"]
    assert list(tab.chart.plot.lines["trust"].get_ydata()) == [8, 7, 4]  # type: ignore[union-attr]
    assert tab.trust.value.text() == "4.0"
    history_tab = person_tab(window, "History")
    first = history_tab.view.model.index(0, 0).data()  # type: ignore[attr-defined]
    assert first.startswith("⚠ ")
    window.close()
    ctx.close_workspace()


def test_the_sentiment_trend_is_drawn_below_trust_and_exported(
    qtbot, tmp_path: Path, isolated_settings: QSettings
) -> None:
    from domain.rules.sentiment import sentiment_trend
    from domain.usecases.interactions import interactions_of

    sample, ctx, window, tab = _open_ada(qtbot, tmp_path, isolated_settings)
    chart = tab.chart
    assert chart.plot is not None
    trust_axes, mood_axes = chart.canvas.figure.axes
    trend = sentiment_trend(interactions_of(ctx.uow(), sample.ada))
    line = chart.plot.lines["sentiment"]
    assert line.axes is mood_axes and line.get_gid() == "sentiment-trend"
    assert list(line.get_ydata()) == [p.mean for p in trend] and len(trend) == 3
    assert np.allclose(line.get_xdata(), days(p.at for p in trend))
    assert mood_axes.get_shared_x_axes().joined(trust_axes, mood_axes)  # same time axis
    assert any(t.get_gid() == "sentiment-title" for t in mood_axes.texts)
    # Hovering the trend line says the mean and how many interactions it is over.
    canvas = chart.canvas
    canvas.canvas.draw()
    px, py = mood_axes.transData.transform((line.get_xdata()[-1], line.get_ydata()[-1]))
    tip = canvas.text_at(px, py)
    assert tip is not None and "mean of 3 in 90 days" in tip
    out = tmp_path / "ada.csv"
    chart.export_to(out)
    rows = list(csv.reader(out.open(encoding="utf-8")))
    assert any(row and row[0] == "Sentiment (90-day mean)" for row in rows)
    window.close()
    ctx.close_workspace()
