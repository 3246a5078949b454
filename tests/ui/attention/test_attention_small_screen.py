"""The Needs attention page at the first window on a 1280×800 screen (1152×720), with the demo's
many rows: the page does not push the window taller, its eight cards stand two to a row and scroll,
and every card with rows shows at least four of them (or all it has) without scrolling inside."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from tests.ui.conftest import open_main_window
from tests.ui.ratings.support import main_page, settle
from ui.attention.attention_page import AttentionPage
from ui.attention.section import SHOWN_ROWS_MIN
from ui.workspace.demo_workspace import ensure_demo_workspace


def test_cards_at_1152_by_720_show_their_rows_and_scroll(
    qtbot, tmp_path: Path, isolated_settings: QSettings
) -> None:
    path = ensure_demo_workspace(tmp_path / "demo.rapport")
    ctx, window = open_main_window(qtbot, path, isolated_settings)
    window.resize(1152, 720)
    page = main_page(window, "Attention")
    assert isinstance(page, AttentionPage)
    page.reload()
    settle()
    qtbot.waitUntil(lambda: window.width() <= 1152 and window.height() <= 720)
    assert window.minimumSizeHint().height() <= 720  # the page asks for no taller window
    assert page.per_row == 2
    filled = {name: s for name, s in page.sections().items() if s.model.rowCount()}
    assert len(filled) >= 4, list(filled)  # the demo fills most cards
    for name, section in filled.items():
        table = section.table
        rows = section.model.rowCount()
        row_height = table.verticalHeader().defaultSectionSize()
        fully_shown = table.viewport().height() // row_height
        assert fully_shown >= min(rows, SHOWN_ROWS_MIN), (name, rows, table.viewport().height())
    # Empty cards stay short: their calm sentence, not an empty table's height.
    empty = [s for s in page.sections().values() if not s.model.rowCount()]
    for section in empty:
        assert section.height() < min(s.height() for s in filled.values())
    # The page scrolls down to the last card, never sideways.
    scroll = page.scroll
    assert not scroll.horizontalScrollBar().isVisible()
    scroll.ensureWidgetVisible(page.stalled)
    settle()
    assert page.stalled.visibleRegion().boundingRect().height() > 0

    # One card to a row when the page is narrow.
    page.resize(700, 600)
    settle()
    assert page.per_row == 1
    window.close()
    ctx.close_workspace()
