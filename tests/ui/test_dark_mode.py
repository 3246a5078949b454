"""Dark mode (issue 15, item 10): with the platform (or --color-scheme) asking for dark colours,
every page, the map and the charts read light text on dark ground, at a contrast of at least
4.5:1 (WCAG AA), and switching back gives the light palette again."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, QSettings, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QLineEdit, QWidget

from tests.ui.conftest import open_main_window
from tests.ui.ratings.support import build_sample, main_page, person_tab, settle
from ui.charts.charts_page import ChartsPage
from ui.grid.geometry import GRID_RECT
from ui.grid.map_page import MapPage
from ui.look import ColourScheme, apply_scheme, dark_palette, is_dark
from ui.ratings.history_model import Column
from ui.ratings.person_tabs import HistoryTab

AA = 4.5


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor | str, b: QColor | str) -> float:
    light, dark = sorted((_luminance(QColor(a)), _luminance(QColor(b))), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@pytest.fixture
def dark(qapp: QApplication) -> Iterator[QApplication]:
    before, sheet = qapp.palette(), qapp.styleSheet()
    apply_scheme(qapp, ColourScheme.DARK)
    yield qapp
    qapp.styleHints().unsetColorScheme()
    qapp.setPalette(before)
    qapp.setStyleSheet(sheet)


def test_the_dark_palette_keeps_every_text_readable() -> None:
    palette = dark_palette()
    role = QPalette.ColorRole
    for text, ground in (
        (role.WindowText, role.Window),
        (role.Text, role.Base),
        (role.Text, role.AlternateBase),
        (role.ButtonText, role.Button),
        (role.HighlightedText, role.Highlight),
        (role.ToolTipText, role.ToolTipBase),
        (role.PlaceholderText, role.Base),
        (role.PlaceholderText, role.Window),
        (role.Link, role.Base),
    ):
        assert contrast(palette.color(text), palette.color(ground)) >= AA, (text, ground)


def _visible_text_widgets(page: QWidget) -> list[QWidget]:
    kinds = (QLabel, QLineEdit, QAbstractItemView)
    return [w for w in page.findChildren(QWidget) if isinstance(w, kinds) and w.isVisible()]


def test_every_page_the_map_and_the_chart_follow_a_dark_scheme(
    qtbot, tmp_path: Path, isolated_settings: QSettings, dark: QApplication
) -> None:
    assert is_dark(dark)
    sample = build_sample(tmp_path / "w.rapport")
    ctx, window = open_main_window(qtbot, sample.path, isolated_settings)
    window.pages.setCurrentIndex(0)
    settle()
    pages = {"Stakeholders": window.pages.widget(0)}
    for title in ("Maps", "Attention", "Charts", "Meetings"):
        pages[title] = main_page(window, title)
    for title, page in pages.items():
        window.pages.setCurrentWidget(page.parentWidget() if title != "Stakeholders" else page)
        settle()
        widgets = _visible_text_widgets(page)
        assert widgets, title
        for widget in widgets:
            palette = widget.palette()
            ground = palette.color(
                QPalette.ColorRole.Base
                if isinstance(widget, QLineEdit | QAbstractItemView)
                else QPalette.ColorRole.Window
            )
            if ground in (dark.palette().base().color(), dark.palette().window().color()):
                assert ground.lightness() < 80, (title, widget.objectName())  # not a badge
            text = palette.color(widget.foregroundRole())
            assert contrast(text, ground) >= AA, (title, type(widget).__name__)

    # The map: its grid is painted dark, names in light ink.
    page = main_page(window, "Maps")
    assert isinstance(page, MapPage)
    settle()
    image = QImage(400, 400, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.magenta)
    painter = QPainter(image)
    page.scene.render(painter, QRectF(0, 0, 400, 400), GRID_RECT)
    painter.end()
    corners = [image.pixelColor(x, y) for x, y in ((20, 380), (380, 380), (20, 20), (380, 20))]
    assert all(c.lightness() < 90 for c in corners), [c.name() for c in corners]
    assert contrast(page.style_.label_ink, corners[0]) >= AA

    # The chart: background, axis labels and every series from the palette.
    charts = main_page(window, "Charts")
    assert isinstance(charts, ChartsPage)
    qtbot.waitUntil(lambda: bool(charts.canvas.figure.axes), timeout=10_000)
    charts.canvas.canvas.draw()
    figure = charts.canvas.figure
    background = QColor.fromRgbF(*figure.get_facecolor()[:3])
    assert background.lightness() < 80
    for ax in figure.axes:
        for label in ax.get_xticklabels() + ax.get_yticklabels():
            colour = (
                QColor.fromRgbF(*label.get_color()[:3])
                if not isinstance(label.get_color(), str)
                else QColor(label.get_color())
            )
            assert contrast(colour, background) >= AA
        for line in ax.get_lines():
            if (line.get_gid() or "").startswith("series:"):
                assert contrast(QColor(line.get_color()), background) >= 3.0  # graphics: AA 3:1

    # History's coloured values (rises, falls, back-dated) read on the dark table.
    window.show_stakeholder(sample.ada)
    history = person_tab(window, "History")
    assert isinstance(history, HistoryTab)
    model, base = history.view.model, history.view.table.palette().color(QPalette.ColorRole.Base)
    for row in range(model.rowCount()):
        for column in Column:
            brush = model.index(row, column).data(Qt.ItemDataRole.ForegroundRole)
            if brush is not None:
                assert contrast(brush.color(), base) >= AA, (row, column)
    window.close()
    ctx.close_workspace()


def test_back_to_light(qapp: QApplication) -> None:
    before = qapp.palette()
    apply_scheme(qapp, ColourScheme.DARK)
    assert is_dark(qapp) and "#ffb4ab" in qapp.styleSheet()
    apply_scheme(qapp, ColourScheme.LIGHT)
    assert not is_dark(qapp) and "#ffb4ab" not in qapp.styleSheet()
    qapp.styleHints().unsetColorScheme()
    qapp.setPalette(before)


def test_color_scheme_option_reaches_the_start_options() -> None:
    from main import build_parser

    parser, _commands = build_parser()
    assert parser.parse_args(["--color-scheme", "dark"]).color_scheme == "dark"
    assert parser.parse_args([]).color_scheme == "system"


def test_the_map_people_dots_are_drawn_for_200_percent(qapp: QApplication) -> None:
    """Crisp at 200 % (QT_SCALE_FACTOR=2): the list's dots come at twice the pixels, not
    stretched; the window icon is an SVG."""
    from PySide6.QtCore import QSize

    from resources import resource_path
    from ui.grid.people_panel import dot_icon

    double = dot_icon(QColor("#1b8a5a")).pixmap(QSize(14, 14), 2.0)
    assert (double.width(), double.devicePixelRatio()) == (28, 2.0)
    assert resource_path("icons", "rapport.svg").is_file()
