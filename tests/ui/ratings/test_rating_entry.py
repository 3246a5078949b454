"""Rating from the person's tab with the keyboard; undo and redo; the reusable rating dialog."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from domain.model import Dimension
from domain.usecases.ratings import history
from persistence.workspace import open_workspace
from tests.ui.conftest import open_main_window
from tests.ui.ratings.support import build_sample, open_person_tab, settle
from ui.ratings.person_tabs import TrustInfluenceTab
from ui.ratings.rating_dialog import RatingDialog, open_rating_dialog


def _values(ctx, person: int, dimension: Dimension, map_id: int | None = None):  # type: ignore[no-untyped-def]
    return [(r.value, r.note) for r in history(ctx.uow(), person, [dimension], map_id)]


def test_type_a_value_and_a_note_then_enter_records_an_undoable_rating(
    qtbot, tmp_path: Path, isolated_settings: QSettings
) -> None:
    sample, ctx, window, tab = open_person_tab(
        qtbot, tmp_path, isolated_settings, "bob", "Trust & influence", TrustInfluenceTab
    )
    edit = tab.entry.edits[Dimension.TRUST]
    assert edit.isEnabled()

    edit.setFocus()
    qtbot.keyClicks(edit, "3.5 missed the budget promise")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert _values(ctx, sample.bob, Dimension.TRUST) == [
        (6.0, ""),
        (3.5, "missed the budget promise"),
    ]
    assert edit.text() == ""
    assert "recorded" in tab.entry.message.text()
    # The tab shows the new value at once (metric, the current label and the chart).
    assert tab.trust.value.text() == "3.5"
    assert tab.trust.change.text() == "▼ 2.5 in 90 days"
    assert tab.entry.current[Dimension.TRUST].text().startswith("3.5")
    line = tab.chart.plot.lines["trust"] if tab.chart.plot else None
    assert line is not None and list(line.get_ydata()) == [6.0, 3.5]

    window.undo_action.trigger()
    assert _values(ctx, sample.bob, Dimension.TRUST) == [(6.0, "")]
    assert tab.trust.value.text() == "6.0"
    assert tab.trust.change.text() == "no change in 90 days"  # first rated 50 days ago
    window.redo_action.trigger()
    assert _values(ctx, sample.bob, Dimension.TRUST) == [
        (6.0, ""),
        (3.5, "missed the budget promise"),
    ]
    window.close()
    ctx.close_workspace()


def test_map_dimensions_and_attitude_words(
    qtbot, tmp_path: Path, isolated_settings: QSettings
) -> None:
    sample, ctx, window, tab = open_person_tab(
        qtbot, tmp_path, isolated_settings, "ada", "Trust & influence", TrustInfluenceTab
    )
    assert tab.entry.map_combo.currentText() == "ERP replacement"

    power = tab.entry.edits[Dimension.POWER]
    qtbot.keyClicks(power, "9")
    qtbot.keyClick(power, Qt.Key.Key_Return)
    attitude = tab.entry.edits[Dimension.SUPPORT]
    qtbot.keyClicks(attitude, "sup warming up after the workshop")
    qtbot.keyClick(attitude, Qt.Key.Key_Enter)
    assert _values(ctx, sample.ada, Dimension.POWER, sample.erp)[-1] == (9.0, "")
    assert _values(ctx, sample.ada, Dimension.SUPPORT, sample.erp) == [
        (3.0, "warming up after the workshop")
    ]
    assert tab.entry.current[Dimension.SUPPORT].text().startswith("supporter")

    # A wrong entry is refused with a message and nothing stored.
    qtbot.keyClicks(attitude, "maybe")
    qtbot.keyClick(attitude, Qt.Key.Key_Return)
    assert tab.entry.message.objectName() == "errorLabel"
    assert "not an attitude" in tab.entry.message.text()
    assert len(_values(ctx, sample.ada, Dimension.SUPPORT, sample.erp)) == 1
    trust = tab.entry.edits[Dimension.TRUST]
    qtbot.keyClicks(trust, "11")
    qtbot.keyClick(trust, Qt.Key.Key_Return)
    assert "from 0 to 10" in tab.entry.message.text()
    assert len(_values(ctx, sample.ada, Dimension.TRUST)) == 3
    window.close()
    ctx.close_workspace()


@pytest.mark.date_sensitive  # reads the clock: run a year ahead too
def test_back_dated_entry_keeps_when_it_was_made(
    qtbot, tmp_path: Path, isolated_settings: QSettings
) -> None:
    sample, ctx, window, tab = open_person_tab(
        qtbot, tmp_path, isolated_settings, "cy", "Trust & influence", TrustInfluenceTab
    )
    tab.entry.as_of.setDate(tab.entry.as_of.date().addDays(-14))
    assert tab.entry.as_of_hint.text() == "back-dated"
    edit = tab.entry.edits[Dimension.INFLUENCE]
    qtbot.keyClicks(edit, "5")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    (stored,) = history(ctx.uow(), sample.cy, [Dimension.INFLUENCE])
    assert stored.recorded_at is not None
    assert (stored.recorded_at - stored.at).days >= 13
    window.close()
    ctx.close_workspace()


def test_rating_dialog_for_the_grid_records_on_the_given_map(
    qtbot, tmp_path: Path, isolated_settings: QSettings
) -> None:
    sample = build_sample(tmp_path / "w.rapport")
    ctx, window = open_main_window(qtbot, sample.path, isolated_settings)
    dialog = open_rating_dialog(ctx, sample.cy, map_id=sample.erp, parent=window)
    assert isinstance(dialog, RatingDialog)
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.heading.text() == "Cy Young"
    assert dialog.focusWidget() is dialog.entry.edits[Dimension.TRUST]
    interest = dialog.entry.edits[Dimension.INTEREST]
    qtbot.keyClicks(interest, "7 more involved since the steering committee")
    qtbot.keyClick(interest, Qt.Key.Key_Return)
    assert _values(ctx, sample.cy, Dimension.INTEREST, sample.erp)[-1] == (
        7.0,
        "more involved since the steering committee",
    )
    assert dialog.entry.current[Dimension.INTEREST].text().startswith("7")
    window.undo_action.trigger()
    assert _values(ctx, sample.cy, Dimension.INTEREST, sample.erp)[-1] == (3.0, "")
    with qtbot.waitSignal(dialog.destroyed, timeout=2000):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        settle()
    window.close()
    ctx.close_workspace()


def test_a_person_opened_from_a_map_is_rated_on_that_map_and_the_map_is_named(
    qtbot, tmp_path: Path, isolated_settings: QSettings
) -> None:
    from domain.model import StakeholderMap
    from domain.usecases.maps import create_map, place_on_map
    from tests.ui.ratings.support import main_page, person_tab
    from ui.grid.map_page import MapPage

    sample = build_sample(tmp_path / "w.rapport")
    with open_workspace(sample.path) as opened:
        cloud = create_map(opened.uow(), StakeholderMap("Cloud migration")).id
        assert cloud is not None
        place_on_map(opened.uow(), cloud, sample.ada, 3, 4)
    ctx, window = open_main_window(qtbot, sample.path, isolated_settings)
    page = main_page(window, "Maps")
    assert isinstance(page, MapPage)
    page.open_map(sample.erp)  # "Cloud migration" comes first by name: not the one to rate on
    ctx.show_stakeholder.emit(sample.ada)  # as a double-click on her marker does
    tab = person_tab(window, "Trust & influence")
    assert isinstance(tab, TrustInfluenceTab)
    entry = tab.entry
    assert entry.map_id == sample.erp
    captions = {d: entry.captions[d].text().replace("&", "") for d in entry.captions}
    assert captions[Dimension.POWER] == "Power on ERP replacement"
    assert captions[Dimension.INTEREST] == "Interest on ERP replacement"
    assert captions[Dimension.SUPPORT] == "Attitude on ERP replacement"
    assert captions[Dimension.TRUST] == "Trust"  # not per map

    entry.map_combo.setCurrentIndex(entry.map_combo.findData(cloud))
    assert entry.captions[Dimension.POWER].text().replace("&", "") == "Power on Cloud migration"
    window.rate_action.trigger()  # the dialog opens on the map just chosen
    dialog = window.last_dialog
    assert isinstance(dialog, RatingDialog)
    assert dialog.entry.map_id == cloud
    dialog.close()
    ctx.close_workspace()


def test_undo_names_who_was_moved_added_or_removed_on_a_map(
    qtbot, tmp_path: Path, isolated_settings: QSettings
) -> None:
    from domain.usecases.ratings import GridMove
    from tests.ui.ratings.support import main_page
    from ui.grid.map_page import MapPage

    sample = build_sample(tmp_path / "w.rapport")
    ctx, window = open_main_window(qtbot, sample.path, isolated_settings)
    page = main_page(window, "Maps")
    assert isinstance(page, MapPage)
    page.open_map(sample.erp)
    page.actions_.move([GridMove(sample.ada, 6, 6)])
    assert window.undo_action.text().replace("&", "") == "Undo Move Ada Lovelace"
    page.actions_.move([GridMove(sample.ada, 5, 5), GridMove(sample.bob, 5, 6)])
    assert window.undo_action.text().replace("&", "") == "Undo Move Ada Lovelace and Bob Marley"
    page.actions_.remove([sample.cy])
    assert window.undo_action.text().replace("&", "") == "Undo Remove Cy Young from the map"
    window.undo_action.trigger()
    assert window.redo_action.text().replace("&", "") == "Redo Remove Cy Young from the map"
    ctx.close_workspace()
