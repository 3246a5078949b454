"""A person's history table: every rating, note and interaction in date order; correcting and
removing a wrong rating through the widgets, both undoable."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QSettings, Qt
from PySide6.QtWidgets import QApplication

from domain.model import Dimension
from domain.usecases.ratings import history
from domain.usecases.relationship_history import EntryKind
from tests.ui.conftest import open_main_window
from tests.ui.ratings.support import DAY, build_sample, open_person_tab, person_tab, settle
from ui.elided_tooltips import is_elided
from ui.formatting import format_datetime
from ui.ratings.history_model import ENTRY_ROLE, Column
from ui.ratings.history_view import CorrectRatingDialog
from ui.ratings.labels import local_date
from ui.ratings.person_tabs import HistoryTab

_COLUMNS = (Column.WHAT, Column.VALUE, Column.NOTE, Column.WHEN)


def _rows(tab: HistoryTab) -> list[tuple[str, str, str, str]]:
    model = tab.view.model
    return [
        tuple(
            model.index(r, c).data() for c in (Column.WHAT, Column.VALUE, Column.NOTE, Column.WHEN)
        )  # type: ignore[misc]
        for r in range(model.rowCount())
    ]


def _select(tab: HistoryTab, predicate) -> int:  # type: ignore[no-untyped-def]
    model = tab.view.model
    for row in range(model.rowCount()):
        if predicate(model.index(row, 0).data(ENTRY_ROLE)):
            tab.view.table.selectionModel().select(
                model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            tab.view.table.setCurrentIndex(model.index(row, 0))
            return row
    raise AssertionError("no such row")


def test_history_lists_ratings_notes_and_interactions_newest_first(
    qtbot, tmp_path: Path, isolated_settings: QSettings
) -> None:
    _sample, ctx, window, tab = open_person_tab(
        qtbot, tmp_path, isolated_settings, "ada", "History", HistoryTab
    )
    entries = [
        tab.view.model.index(r, 0).data(ENTRY_ROLE) for r in range(tab.view.model.rowCount())
    ]
    moments = [e.at for e in entries]
    assert moments == sorted(moments, reverse=True)
    # 2 placements (power, interest), 3 trust, 2 influence ratings, 3 interactions.
    assert sum(e.kind is EntryKind.RATING for e in entries) == 7
    assert sum(e.kind is EntryKind.INTERACTION for e in entries) == 3
    rows = _rows(tab)
    assert [row[:3] for row in rows[:4]] == [
        ("Meal", "neutral", "Lunch"),
        ("Trust", "4.0   ▼ 3.0", "Missed the budget promise"),
        ("Call", "negative", "Budget call <b>tense</b>"),  # user text, shown as plain text
        ("Influence", "8.0   ▲ 2.0", ""),
    ]
    assert rows[-1][:2] == ("Power on ERP replacement", "7.0")
    entered = tab.view.model.index(1, Column.ENTERED).data()
    assert entered and entered != "—"
    # An interaction shows when it was entered too: the lunch three days ago was logged today,
    # so it reads as back-dated.
    lunch = entries[0].interaction
    assert lunch is not None and lunch.recorded_at is not None
    assert lunch.recorded_at - lunch.when >= 3 * DAY - timedelta(minutes=1)
    cell = tab.view.model.index(0, Column.ENTERED)
    full = local_date(lunch.recorded_at, with_time=True)
    same_year = lunch.recorded_at.astimezone().year == lunch.when.astimezone().year
    # "30 Nov 16:50" beside its date "27 Nov 2026"; the year only when it differs.
    assert cell.data() == format_datetime(lunch.recorded_at, year=not same_year)
    assert f"Entered on {full}" in cell.data(Qt.ItemDataRole.ToolTipRole)
    assert "back-dated" in cell.data(Qt.ItemDataRole.ToolTipRole)
    assert tab.view.summary.text() == "7 ratings, 3 interactions"
    window.close()
    ctx.close_workspace()


def test_remove_a_wrong_rating_with_delete_then_undo(
    qtbot, tmp_path: Path, isolated_settings: QSettings
) -> None:
    sample, ctx, window, tab = open_person_tab(
        qtbot, tmp_path, isolated_settings, "ada", "History", HistoryTab
    )
    _select(tab, lambda e: e.rating is not None and e.rating.value == 4)
    assert tab.view.remove_button.isEnabled() and tab.view.correct_button.isEnabled()
    tab.view.table.setFocus()
    qtbot.keyClick(tab.view.table, Qt.Key.Key_Delete)
    assert [r.value for r in history(ctx.uow(), sample.ada, [Dimension.TRUST])] == [8, 7]
    assert all(row[1] != "4.0   ▼ 3.0" for row in _rows(tab))

    window.undo_action.trigger()
    restored = history(ctx.uow(), sample.ada, [Dimension.TRUST])
    assert [(r.value, r.note) for r in restored] == [
        (8, "Kept her word on Q3"),
        (7, ""),
        (4, "Missed the budget promise"),
    ]
    assert any(row[1] == "4.0   ▼ 3.0" for row in _rows(tab))
    window.close()
    ctx.close_workspace()


@pytest.mark.date_sensitive  # reads the clock: run a year ahead too
def test_correct_a_rating_through_the_dialog_and_undo_it(
    qtbot, tmp_path: Path, isolated_settings: QSettings
) -> None:
    sample, ctx, window, tab = open_person_tab(
        qtbot, tmp_path, isolated_settings, "ada", "History", HistoryTab
    )
    original = history(ctx.uow(), sample.ada, [Dimension.TRUST])
    _select(tab, lambda e: e.rating is not None and e.rating.value == 7)
    qtbot.mouseClick(tab.view.correct_button, Qt.MouseButton.LeftButton)
    dialog = next(
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, CorrectRatingDialog) and w.isVisible()
    )
    dialog.value.selectAll()
    qtbot.keyClicks(dialog.value, "6.5")
    qtbot.keyClicks(dialog.note, "typo: she was cooler than that")
    qtbot.keyClick(dialog.value, Qt.Key.Key_Return)
    settle()
    corrected = history(ctx.uow(), sample.ada, [Dimension.TRUST])
    assert [(r.value, r.note) for r in corrected] == [
        (8, "Kept her word on Q3"),
        (6.5, "typo: she was cooler than that"),
        (4, "Missed the budget promise"),
    ]
    assert corrected[1].at == original[1].at
    assert corrected[1].recorded_at is not None and original[1].recorded_at is not None
    assert corrected[1].recorded_at >= original[1].recorded_at

    window.undo_action.trigger()
    assert history(ctx.uow(), sample.ada, [Dimension.TRUST]) == original
    window.redo_action.trigger()
    assert [r.value for r in history(ctx.uow(), sample.ada, [Dimension.TRUST])] == [8, 6.5, 4]
    window.close()
    ctx.close_workspace()


def test_show_narrows_the_list(qtbot, tmp_path: Path, isolated_settings: QSettings) -> None:
    sample, ctx, window, tab = open_person_tab(
        qtbot, tmp_path, isolated_settings, "ada", "History", HistoryTab
    )
    combo = tab.view.show_combo
    counts = {}
    for index in range(combo.count()):
        combo.setCurrentIndex(index)
        counts[combo.currentText()] = tab.view.model.rowCount()
    assert counts == {
        "Everything": 10,
        "Trust and influence": 5,
        "Positions and attitudes": 2,
        "Interactions": 3,
        "Entries with a note": 5,
    }
    # A change while narrowed keeps the choice.
    window.show_stakeholder(sample.ada)
    assert tab.view.model.rowCount() == 5
    window.close()
    ctx.close_workspace()


def test_interactions_cannot_be_removed_from_here(
    qtbot, tmp_path: Path, isolated_settings: QSettings
) -> None:
    _sample, ctx, window, tab = open_person_tab(
        qtbot, tmp_path, isolated_settings, "ada", "History", HistoryTab
    )
    _select(tab, lambda e: e.kind is EntryKind.INTERACTION)
    assert not tab.view.remove_button.isEnabled()
    assert not tab.view.correct_button.isEnabled()
    window.close()
    ctx.close_workspace()


@pytest.mark.parametrize("width", [1152, 1280, 1360, 1900])
def test_columns_fit_the_panel_value_and_note_in_view_without_scrolling_sideways(
    qtbot, tmp_path: Path, isolated_settings: QSettings, width: int
) -> None:
    """At the first window on a 1280×800 screen (1152×720) up to a 1920×1080 one: every column
    in view without a sideways scroll bar; short of room "Entered" goes, then "What" and the
    note give way (their tooltips hold the whole text), "What" still naming the map's start."""
    sample = build_sample(tmp_path / "w.rapport")
    ctx, window = open_main_window(qtbot, sample.path, isolated_settings)
    window.resize(width, 720 if width < 1900 else 1000)
    qtbot.waitUntil(lambda: window.splitter.width() > width - 40)
    window.default_split()  # the first start's split, at this width
    window.show_stakeholder(sample.ada)
    tab = person_tab(window, "History")
    assert isinstance(tab, HistoryTab)
    settle()
    table = tab.view.table
    model = tab.view.model
    assert table.viewport().width() < 700  # the person panel, beside the register
    assert not table.horizontalScrollBar().isVisible(), width  # Value and Note in view
    header = table.horizontalHeader()
    shown = sum(header.sectionSize(c) for c in Column if not header.isSectionHidden(c))
    assert shown <= table.viewport().width()
    dropped = tab.view.columns.dropped()
    # Short of room "Entered" goes first (the date's tooltip tells it); not at 1920.
    assert dropped <= {Column.ENTERED} and (width < 1900 or not dropped)
    for column in {Column.WHEN, Column.VALUE, Column.ENTERED} - dropped:
        clipped = [
            model.index(r, column).data()
            for r in range(model.rowCount())
            if is_elided(table, r, column)
        ]
        assert clipped == [], column  # dates and values read whole
    what = [model.index(r, Column.WHAT).data() for r in range(model.rowCount())]
    assert any(" on " in text for text in what)  # "Power on ERP replacement"
    assert table.columnWidth(Column.WHAT) >= 130  # "Power on ERP rep…" at the least
    if width == 1900:
        assert not [r for r in range(model.rowCount()) if is_elided(table, r, Column.WHAT)]
    for column in set(Column) - dropped:
        heading = model.headerData(column, Qt.Orientation.Horizontal)
        assert header.sectionSize(column) > header.fontMetrics().horizontalAdvance(heading) + 8
    assert table.columnWidth(Column.NOTE) >= 80
    if width == 1900:
        # A wider panel gives the room to the note.
        before = table.columnWidth(Column.NOTE)
        window.splitter.setSizes([window.splitter.width() - 800, 800])
        settle()
        assert table.columnWidth(Column.NOTE) > before
    window.close()
    ctx.close_workspace()
