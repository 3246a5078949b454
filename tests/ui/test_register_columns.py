"""The register at 1280×800 and 1920×1080: every heading whole, columns fitted to their content,
and a cell cut short shows its whole text on hover; widths the user drags are kept."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from domain.model import Stakeholder
from domain.usecases.stakeholders import add_stakeholder
from persistence.workspace import create_workspace
from tests.ui.conftest import drag_column_edge, open_main_window
from ui.elided_tooltips import is_elided
from ui.stakeholders.register_model import Column

TITLE = "Cloud Migration Programme Manager for the Northern European Region"


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    path = tmp_path / "register.rapport"
    with create_workspace(path) as opened:
        add_stakeholder(opened.uow(), Stakeholder("Aisha Bello", job_title=TITLE))
        add_stakeholder(opened.uow(), Stakeholder("Ben Carter", job_title="ERP Director"))
    return path


@pytest.mark.parametrize("size", [(1280, 800), (1920, 1080)])
def test_headings_whole_and_clipped_cells_tell_their_whole_text(
    qtbot, workspace: Path, isolated_settings: QSettings, size: tuple[int, int]
) -> None:
    ctx, window = open_main_window(qtbot, workspace, isolated_settings)
    window.resize(*size)
    table = window.register.table
    qtbot.waitUntil(lambda: window.splitter.width() > size[0] - 100)
    window.splitter.setSizes([window.splitter.width() - 500, 500])  # the first start's split
    qtbot.waitUntil(lambda: table.viewport().width() > size[0] - 700)
    window.register.columns.fit()
    header = table.horizontalHeader()
    for column in Column:
        text = table.model().headerData(column, Qt.Orientation.Horizontal)
        needed = header.fontMetrics().horizontalAdvance(text) + 8
        if header.sortIndicatorSection() == column:
            needed += 16  # the arrow
        assert header.sectionSize(column) >= needed, f"heading of {column.name} clipped at {size}"
    title_width = header.sectionSize(Column.TITLE)
    assert title_width >= 120  # not the 50 px "Clou…" of before
    clipped = [r for r in range(table.model().rowCount()) if is_elided(table, r, Column.TITLE)]
    if size == (1920, 1080):
        assert clipped == []  # room to spare: every title reads in full
        ctx.close_workspace()
        return
    (row,) = clipped  # the long title only
    cell = table.visualRect(table.model().index(row, Column.TITLE)).center()
    QApplication.sendEvent(
        table.viewport(),
        QHelpEvent(QEvent.Type.ToolTip, cell, table.viewport().mapToGlobal(cell)),
    )
    qtbot.waitUntil(QToolTip.isVisible)
    assert TITLE in QToolTip.text()
    QToolTip.hideText()
    ctx.close_workspace()


def test_column_widths_the_user_drags_are_kept_next_time(
    qtbot, workspace: Path, isolated_settings: QSettings
) -> None:
    ctx, window = open_main_window(qtbot, workspace, isolated_settings)
    header = window.register.table.horizontalHeader()
    drag_column_edge(header, Column.ORGANISATION, 233 - header.sectionSize(Column.ORGANISATION))
    assert header.sectionSize(Column.ORGANISATION) == 233
    assert window.register.columns.user_sized
    window.close()
    ctx.close_workspace()

    ctx2, window2 = open_main_window(qtbot, workspace, isolated_settings)
    window2.build_content()
    header2 = window2.register.table.horizontalHeader()
    assert header2.sectionSize(Column.ORGANISATION) == 233
    assert window2.register.columns.user_sized
    ctx2.close_workspace()
