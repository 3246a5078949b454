"""Dark mode while Rapport runs (issue 15, item 10): when the colour scheme changes (the platform
says so, QStyleHints.colorSchemeChanged → ui.look.apply_scheme → a new application palette), a map
and a chart already drawn take the new colours at once, not at the next start."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, QSettings, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import open_main_window
from tests.ui.ratings.support import build_sample, main_page, settle
from ui.charts.charts_page import ChartsPage
from ui.grid.geometry import GRID_RECT
from ui.grid.map_page import MapPage
from ui.look import ColourScheme, apply_scheme, is_dark


@pytest.fixture
def restore_scheme(qapp: QApplication) -> Iterator[QApplication]:
    before, sheet = qapp.palette(), qapp.styleSheet()
    yield qapp
    qapp.styleHints().unsetColorScheme()
    qapp.setPalette(before)
    qapp.setStyleSheet(sheet)


def _grid_corner(page: MapPage) -> QColor:
    """The colour the map's grid is painted in (its lower left corner, clear of markers)."""
    image = QImage(400, 400, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.magenta)
    painter = QPainter(image)
    page.scene.render(painter, QRectF(0, 0, 400, 400), GRID_RECT)
    painter.end()
    return image.pixelColor(20, 380)


def _figure_colour(charts: ChartsPage) -> tuple[QColor, QColor]:
    figure = charts.canvas.figure
    return (
        QColor.fromRgbF(*figure.get_facecolor()[:3]),
        QColor.fromRgbF(*figure.axes[0].get_facecolor()[:3]),
    )


def _outline(page: MapPage) -> QColor:
    marker = next(m for m in page.scene.markers.values() if m.placement.attitude is not None)
    return QColor(marker._outline.color())


def test_a_drawn_map_and_chart_take_the_new_scheme_at_once(
    qtbot, tmp_path: Path, isolated_settings: QSettings, restore_scheme: QApplication
) -> None:
    app = restore_scheme
    apply_scheme(app, ColourScheme.LIGHT)
    sample = build_sample(tmp_path / "w.rapport")
    ctx, window = open_main_window(qtbot, sample.path, isolated_settings)
    maps = main_page(window, "Maps")
    assert isinstance(maps, MapPage) and maps.scene.markers
    charts = main_page(window, "Charts")
    assert isinstance(charts, ChartsPage)
    qtbot.waitUntil(lambda: bool(charts.canvas.figure.axes), timeout=10_000)
    light_grid, light_outline = _grid_corner(maps), _outline(maps)
    light_figure, light_axes = _figure_colour(charts)
    assert light_grid.lightness() > 200 and light_figure.lightness() > 200
    light_ink = QColor(maps.style_.label_ink)

    # The platform turns dark while the Charts page shows (the map is built but hidden).
    apply_scheme(app, ColourScheme.DARK)
    settle()
    assert is_dark(app)
    figure, axes = _figure_colour(charts)
    assert figure.lightness() < 80 and axes.lightness() < 80, (figure.name(), axes.name())
    assert charts.canvas.theme.dark
    tick = charts.canvas.figure.axes[0].get_yticklabels()[0].get_color()
    assert QColor(tick if isinstance(tick, str) else QColor.fromRgbF(*tick[:3])).lightness() > 150

    main_page(window, "Maps")
    assert maps.style_.dark and maps.scene.backdrop.dark
    assert _grid_corner(maps).lightness() < 90
    assert maps.style_.label_ink != light_ink and maps.style_.label_ink.lightness() > 180
    assert _outline(maps) != light_outline  # the markers already on the map, not just new ones
    assert all(item.style is maps.style_ for item in maps.scene.person_items())

    # And back to light, the map showing this time.
    apply_scheme(app, ColourScheme.LIGHT)
    settle()
    assert _grid_corner(maps) == light_grid
    assert _outline(maps) == light_outline
    main_page(window, "Charts")
    assert _figure_colour(charts) == (light_figure, light_axes)
    window.close()
    ctx.close_workspace()
