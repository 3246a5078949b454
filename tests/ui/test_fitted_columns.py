"""Columns sized to their content at 1280×800 and 1920×1080 beyond the register: the attention
lists' "Why" and "Commitment", the timeline's summaries, the map's people; every cell cut short
tells its whole text on hover, and widths the user drags are kept for next time."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QToolTip, QTreeView

from domain.model import (
    Commitment,
    CommitmentDirection,
    Interaction,
    InteractionKind,
    Stakeholder,
)
from domain.usecases.interactions import add_commitment, log_interaction
from domain.usecases.maps import place_on_map
from domain.usecases.stakeholders import add_stakeholder
from persistence.workspace import open_workspace
from tests.ui.conftest import drag_column_edge, open_main_window
from tests.ui.ratings.support import DAY, build_sample, main_page, person_tab, settle
from ui.attention.attention_page import AttentionPage
from ui.elided_tooltips import is_elided
from ui.interactions.timeline_tab import TimelineTab

LONG_PROMISE = "Send the one-page cost bridge for the landing zone to the steering committee"
LONG_SUMMARY = "Walked through the migration waves, the landing-zone decision and the budget"


def _sample(tmp_path: Path):  # type: ignore[no-untyped-def]
    sample = build_sample(tmp_path / "w.rapport")
    with open_workspace(sample.path) as workspace:
        add_commitment(
            workspace.uow(),
            Commitment(
                sample.bob,
                CommitmentDirection.OURS,
                LONG_PROMISE,
                due_on=(sample.now - 3 * DAY).date(),
            ),
        )
        log_interaction(
            workspace.uow(),
            Interaction(
                sample.now - DAY,
                InteractionKind.WORKSHOP,
                LONG_SUMMARY,
                participant_ids=[sample.ada, sample.bob, sample.cy],
            ),
        )
    return sample


def _window(qtbot, sample, settings: QSettings, size: tuple[int, int]):  # type: ignore[no-untyped-def]
    ctx, window = open_main_window(qtbot, sample.path, settings)
    window.resize(*size)
    qtbot.waitUntil(lambda: window.splitter.width() > size[0] - 40)
    window.default_split()  # the first start's split at this width
    settle()
    return ctx, window


def _hover_text(qtbot, view: QAbstractItemView, row: int, column: int) -> str:  # type: ignore[no-untyped-def]
    index = view.model().index(row, column)
    cell = view.visualRect(index).center()
    QApplication.sendEvent(
        view.viewport(), QHelpEvent(QEvent.Type.ToolTip, cell, view.viewport().mapToGlobal(cell))
    )
    qtbot.waitUntil(QToolTip.isVisible)
    text = QToolTip.text()
    QToolTip.hideText()
    return text


@pytest.mark.parametrize("size", [(1152, 720), (1900, 1000)])
def test_attention_lists_fit_and_clipped_cells_tell_their_whole_text(
    qtbot, tmp_path: Path, isolated_settings: QSettings, size: tuple[int, int]
) -> None:
    ctx, window = _window(qtbot, _sample(tmp_path), isolated_settings, size)
    page = main_page(window, "Attention")
    assert isinstance(page, AttentionPage)
    settle()
    for section in (page.trust, page.contact, page.commitments, page.gaps):
        table, model = section.table, section.model
        header = table.horizontalHeader()
        assert not table.horizontalScrollBar().isVisible(), section.title.text()
        for column in range(model.columnCount()):
            heading = model.headerData(column, Qt.Orientation.Horizontal)
            assert header.sectionSize(column) >= header.fontMetrics().horizontalAdvance(heading)
        names = [r for r in range(model.rowCount()) if is_elided(table, r, 0)]
        assert names == [], section.title.text()  # names read whole
    commitments = page.commitments
    row = [commitments.model.index(r, 1).data() for r in range(commitments.model.rowCount())].index(
        LONG_PROMISE
    )
    assert commitments.table.columnWidth(1) >= 120  # not "Commitm…" beside "Send the…"
    if is_elided(commitments.table, row, 1):
        assert LONG_PROMISE in _hover_text(qtbot, commitments.table, row, 1)
    else:
        assert size[0] > 1800
    window.close()
    ctx.close_workspace()


@pytest.mark.parametrize("size", [(1152, 720), (1900, 1000)])
def test_timeline_summaries_take_the_room_and_tell_who_was_there(
    qtbot, tmp_path: Path, isolated_settings: QSettings, size: tuple[int, int]
) -> None:
    sample = _sample(tmp_path)
    ctx, window = _window(qtbot, sample, isolated_settings, size)
    window.show_stakeholder(sample.ada)
    tab = person_tab(window, "Timeline")
    assert isinstance(tab, TimelineTab)
    settle()
    tree = tab.tree
    assert tree.columnWidth(2) >= 120
    assert sum(tree.columnWidth(c) for c in range(4) if not tree.isColumnHidden(c)) <= (
        tree.viewport().width() + 4
    )
    interactions = tree.model().index(1, 0)  # "Interactions (n)"
    first = tree.model().index(0, 2, interactions)
    assert first.data() == LONG_SUMMARY
    tooltip = first.data(Qt.ItemDataRole.ToolTipRole)
    assert LONG_SUMMARY in tooltip and "Bob Marley" in tooltip and "Cy Young" in tooltip
    if size[0] > 1800:
        assert tab.columns.dropped() == set()  # room for "With" too
    window.close()
    ctx.close_workspace()


def test_names_on_the_map_read_whole_at_1280_by_800(
    qtbot, tmp_path: Path, isolated_settings: QSettings
) -> None:
    sample = _sample(tmp_path)
    with open_workspace(sample.path) as workspace:
        long_name = add_stakeholder(workspace.uow(), Stakeholder("Dr. Katrin Vogel-Hasselbrink"))
        assert long_name.id is not None
        place_on_map(workspace.uow(), sample.erp, long_name.id, 8, 8)
    ctx, window = _window(qtbot, sample, isolated_settings, (1152, 720))
    page = main_page(window, "Maps")
    settle()
    tree = page.findChild(QTreeView, "gridPeople")
    qtbot.waitUntil(lambda: tree.model().rowCount() == 4)
    settle()
    names = [tree.model().index(r, 0).data() for r in range(tree.model().rowCount())]
    assert "Dr. Katrin Vogel-Hasselbrink" in names
    assert [n for r, n in enumerate(names) if is_elided(tree, r, 0)] == []
    window.close()
    ctx.close_workspace()


def test_column_widths_the_user_drags_are_kept_next_time(
    qtbot, tmp_path: Path, isolated_settings: QSettings
) -> None:
    sample = _sample(tmp_path)
    ctx, window = _window(qtbot, sample, isolated_settings, (1900, 1000))
    page = main_page(window, "Attention")
    assert isinstance(page, AttentionPage)
    settle()
    header = page.commitments.table.horizontalHeader()
    dragged = header.sectionSize(1) + 40
    drag_column_edge(header, 1, 40)
    assert header.sectionSize(1) == dragged
    window.close()
    ctx.close_workspace()

    ctx, window = _window(qtbot, sample, isolated_settings, (1900, 1000))
    page = main_page(window, "Attention")
    assert isinstance(page, AttentionPage)
    settle()
    assert page.commitments.table.columnWidth(1) == dragged
    assert page.commitments.columns.user_sized
    window.close()
    ctx.close_workspace()
