"""The Charts maturity view draws every unit's line exactly on its level, however many units
share a level (they were shifted apart, which put them between levels)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from domain.model import MaturityLevel
from domain.rules.trends import DateWindow, MaturityStep
from domain.usecases.charts_data import UnitMaturity
from ui.charts.canvas import ChartCanvas
from ui.charts.compare_plots import draw_maturity

T0 = datetime(2025, 1, 6, 12, tzinfo=UTC)


def test_lines_sit_on_their_level_and_stay_visible_when_they_overlap(qtbot) -> None:
    chart = ChartCanvas()
    qtbot.addWidget(chart)
    units = [
        UnitMaturity(
            n,
            f"Northwind Group › Unit {n}",
            [
                MaturityStep(T0, MaturityLevel.ORDER_TAKER),
                MaturityStep(T0 + timedelta(days=90 * n), MaturityLevel.CONSULTATIVE),
            ],
        )
        for n in range(1, 5)
    ]
    draw_maturity(chart, units, DateWindow(None, T0 + timedelta(days=500)))
    ax = chart.figure.axes[0]
    lines = {
        ln.get_gid(): ln for ln in ax.get_lines() if (ln.get_gid() or "").startswith("series:")
    }
    assert len(lines) == 4
    for line in lines.values():
        assert set(line.get_ydata()) == {1.0, 2.0}
    widths = [lines[f"series:Northwind Group › Unit {n}"].get_linewidth() for n in range(1, 5)]
    assert widths == sorted(widths, reverse=True) and widths[-1] >= 2.0
