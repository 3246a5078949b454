"""The Charts page: people picked from the list or a map, side by side; averages per
organisation and unit; maturity per unit; CSV export of what is plotted."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import QSettings, Qt

from domain.model import Dimension, MaturityLevel
from domain.rules.trends import RangePreset
from domain.usecases.ratings import history
from tests.ui.conftest import open_main_window
from tests.ui.ratings.support import build_sample, main_page, settle
from ui.charts.charts_page import AVERAGES, MATURITY, PEOPLE, ChartsPage


def _series_lines(page: ChartsPage) -> dict[str, list[float]]:
    return {
        line.get_gid().removeprefix("series:"): list(line.get_ydata())
        for ax in page.canvas.figure.axes
        for line in ax.get_lines()
        if (line.get_gid() or "").startswith("series:")
    }


def test_people_from_a_map_overlaid_then_side_by_side(
    qtbot, tmp_path: Path, isolated_settings: QSettings
) -> None:
    sample = build_sample(tmp_path / "w.rapport")
    ctx, window = open_main_window(qtbot, sample.path, isolated_settings)
    page = main_page(window, "Charts")
    assert isinstance(page, ChartsPage)
    page.range.set_preset(RangePreset.ALL)
    # First opened: everyone on the first map is ticked.
    assert sorted(page.picked_ids()) == sorted([sample.ada, sample.bob, sample.cy])
    lines = _series_lines(page)
    ada_trust = [r.value for r in history(ctx.uow(), sample.ada, [Dimension.TRUST])]
    assert lines["Ada Lovelace"] == [*ada_trust, ada_trust[-1]]
    assert lines["Bob Marley"] == [6.0, 6.0]
    assert "Cy Young" not in lines  # never rated on trust: listed, no line
    assert page.title.text() == "Trust — 3 people"

    page.clear_people()
    assert page.picked_ids() == [] and _series_lines(page) == {}
    # Tick Bob in the list by clicking his check box.
    item = page.people.findItems("Bob Marley", Qt.MatchFlag.MatchExactly)[0]
    item.setCheckState(Qt.CheckState.Checked)
    settle()
    assert page.picked_ids() == [sample.bob]
    page.dimension.setCurrentIndex(page.dimension.findData(Dimension.INFLUENCE.value))
    assert _series_lines(page) == {"Bob Marley": [9.0, 9.0]}

    page.add_map_people()
    page.side_by_side.setChecked(True)
    settle()
    visible = [ax for ax in page.canvas.figure.axes if ax.get_visible()]
    assert sorted(ax.get_title(loc="left") for ax in visible) == [
        "Ada Lovelace",
        "Bob Marley",
        "Cy Young",
    ]
    # The filter hides names without unticking them.
    qtbot.keyClicks(page.filter, "ada")
    assert [page.people.item(r).isHidden() for r in range(page.people.count())] == [
        False,
        True,
        True,
    ]
    assert len(page.picked_ids()) == 3
    window.close()
    ctx.close_workspace()


def test_averages_per_organisation_and_unit_and_maturity(
    qtbot, tmp_path: Path, isolated_settings: QSettings
) -> None:
    sample = build_sample(tmp_path / "w.rapport")
    ctx, window = open_main_window(qtbot, sample.path, isolated_settings)
    page = main_page(window, "Charts")
    assert isinstance(page, ChartsPage)
    page.range.set_preset(RangePreset.ALL)
    page.view.setCurrentIndex(AVERAGES)
    # Acme: Ada 8 (120 days ago), Ada 7 (60), Bob 6 joins (50): 6.5, Ada 4 (10): 5; held on.
    lines = _series_lines(page)
    assert list(lines) == ["Acme"]
    assert lines["Acme"] == [8.0, 7.0, 6.5, 5.0, 5.0]
    legend = page.canvas.figure.axes[0].get_legend()
    assert [t.get_text() for t in legend.get_texts()] == ["Acme (2)"]
    page.grouping.setCurrentIndex(1)  # per unit: only Ada is in Finance
    assert _series_lines(page) == {"Finance": [8.0, 7.0, 4.0, 4.0]}

    page.view.setCurrentIndex(MATURITY)
    assert not page.dimension.isVisible()
    ax = page.canvas.figure.axes[0]
    (line,) = [ln for ln in ax.get_lines() if ln.get_gid() == "series:Acme › Finance"]
    assert list(line.get_ydata()) == [
        MaturityLevel.ORDER_TAKER,
        MaturityLevel.CONSULTATIVE,
        MaturityLevel.CONSULTATIVE,
    ]
    assert [t.get_text() for t in ax.get_yticklabels()] == [
        "Order taker",
        "Consultative",
        "Partner",
    ]

    target = tmp_path / "maturity.csv"
    page.export_to(target)
    with target.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert [(r["series"], r["value"], r["note"]) for r in rows] == [
        ("Acme › Finance", "1", "order taker"),
        ("Acme › Finance", "2", "consultative"),
    ]
    for suffix in ("png", "svg"):
        image = tmp_path / f"maturity.{suffix}"
        page.export_to(image)
        assert image.stat().st_size > 1000
    page.view.setCurrentIndex(PEOPLE)
    assert page.dimension.isVisible()
    window.close()
    ctx.close_workspace()


def test_the_page_shows_at_once_and_draws_the_first_chart_just_after(
    qtbot, tmp_path: Path, isolated_settings: QSettings
) -> None:
    sample = build_sample(tmp_path / "w.rapport")
    ctx, window = open_main_window(qtbot, sample.path, isolated_settings)
    index = [window.pages.tabText(i) for i in range(window.pages.count())].index("Charts")
    window.pages.setCurrentIndex(index)  # shows the page: built, but nothing drawn yet
    page = window.pages.widget(index).page
    assert isinstance(page, ChartsPage)
    assert page.chart_stack.currentWidget() is page.drawing
    assert page.drawing.text() == "Drawing…"
    assert page._canvas is None  # matplotlib not needed yet
    qtbot.waitUntil(lambda: page.chart_stack.currentWidget() is not page.drawing)
    assert page.title.text() == "Trust — 3 people"
    assert set(_series_lines(page)) == {"Ada Lovelace", "Bob Marley"}
    window.close()
    ctx.close_workspace()
