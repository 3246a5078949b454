"""The "Needs attention" page: its four lists on a real workspace, rows that open the person,
settings kept in QSettings, and refreshing after a change."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from domain.rules.quadrant import Quadrant
from tests.ui.conftest import open_main_window
from tests.ui.ratings.support import build_sample, main_page, person_tab, settle
from ui.attention.attention_page import AttentionPage
from ui.attention.cadence_dialog import CadenceDialog
from ui.attention.settings import load_settings


def _texts(section, column: int) -> list[str]:  # type: ignore[no-untyped-def]
    model = section.model
    return [model.index(r, column).data() for r in range(model.rowCount())]


def _page(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    sample = build_sample(tmp_path / "w.rapport")
    settings = QSettings(str(tmp_path / "attention.ini"), QSettings.Format.IniFormat)
    ctx, window = open_main_window(qtbot, sample.path, settings)
    built = main_page(window, "Attention")
    assert isinstance(built, AttentionPage)
    # The page reads its own settings; point it at the test's file.
    built.qsettings = settings
    return sample, ctx, window, built, settings


@pytest.mark.date_sensitive  # reads the clock: run a year ahead too
def test_the_four_lists(qtbot, tmp_path: Path) -> None:
    _sample, ctx, window, page, _settings = _page(qtbot, tmp_path)
    page.reload()
    assert _texts(page.trust, 0) == ["Ada Lovelace"]
    assert _texts(page.trust, 1) == ["7.0 → 4.0"]
    assert _texts(page.trust, 3) == ["Missed the budget promise"]
    # Bob: manage closely, never contacted since placed 60 days ago. Ada: contacted 3 days ago.
    assert _texts(page.contact, 0) == ["Bob Marley"]
    assert _texts(page.contact, 1) == ["Manage closely"]
    assert _texts(page.contact, 3) == ["never"]
    assert _texts(page.commitments, 0) == ["Cy Young"]
    assert _texts(page.commitments, 1) == ["Send the roadmap"]
    assert _texts(page.commitments, 4) == ["4 days"]
    assert _texts(page.gaps, 0) == ["Cy Young"]
    assert _texts(page.gaps, 2) == ["critic"] and _texts(page.gaps, 3) == ["champion"]
    assert page.trust.count.text() == "1"
    assert "3 people need attention" in page.summary.text()
    window.close()
    ctx.close_workspace()


def test_double_click_or_enter_on_a_row_opens_the_person(qtbot, tmp_path: Path) -> None:
    sample, ctx, window, page, _settings = _page(qtbot, tmp_path)
    page.reload()
    table = page.contact.table
    index = page.contact.model.index(0, 0)
    rect = table.visualRect(index)
    # A real double-click: press and release, then the double-click event.
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    settle()
    assert window.pages.currentIndex() == 0
    assert window.register.current_id() == sample.bob
    assert window.person.editor.name.text() == "Bob Marley"

    page = main_page(window, "Attention")
    table = page.commitments.table  # type: ignore[attr-defined]
    table.setFocus()
    table.setCurrentIndex(page.commitments.model.index(0, 1))  # type: ignore[attr-defined]
    qtbot.keyClick(table, Qt.Key.Key_Return)
    settle()
    assert window.pages.currentIndex() == 0
    assert window.register.current_id() == sample.cy
    window.close()
    ctx.close_workspace()


def test_settings_change_the_lists_and_are_kept(qtbot, tmp_path: Path) -> None:
    _sample, ctx, window, page, settings = _page(qtbot, tmp_path)
    page.reload()
    page.fall.setValue(3.0)  # Ada fell by exactly 3 in 30 days: not more than 3
    assert page.trust.model.rowCount() == 0
    assert page.trust.stack.currentWidget() is page.trust.empty
    page.trust_window.setCurrentIndex(page.trust_window.findData(90))  # 90 days: 8 → 4
    assert _texts(page.trust, 1) == ["8.0 → 4.0"]
    kept = load_settings(settings)
    assert (kept.trust_fall, kept.trust_window_days) == (3.0, 90)

    qtbot.mouseClick(page.cadence_button, Qt.MouseButton.LeftButton)
    dialog = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, CadenceDialog) and w.isVisible()
    )
    dialog.spins[Quadrant.MANAGE_CLOSELY].setValue(90)
    dialog.spins[Quadrant.MONITOR].setValue(3)
    dialog.accept()
    settle()
    # Bob (manage closely, 60 days) is no longer overdue; Cy (monitor) contacted 5 days ago is.
    assert _texts(page.contact, 0) == ["Cy Young"]
    kept = load_settings(settings)
    assert kept.cadence.for_quadrant(Quadrant.MONITOR).days == 3
    assert kept.cadence.for_quadrant(Quadrant.MANAGE_CLOSELY).days == 90
    window.close()
    ctx.close_workspace()


def test_the_list_follows_changes_made_elsewhere(qtbot, tmp_path: Path) -> None:
    sample, ctx, window, page, _settings = _page(qtbot, tmp_path)
    page.reload()
    assert page.trust.model.rowCount() == 1
    window.show_stakeholder(sample.bob)
    tab = person_tab(window, "Trust & influence")
    edit = tab.entry.edits[next(iter(tab.entry.edits))]  # type: ignore[attr-defined]
    qtbot.keyClicks(edit, "2 lost the budget fight")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    page = main_page(window, "Attention")
    assert _texts(page.trust, 0) == ["Bob Marley", "Ada Lovelace"]  # type: ignore[attr-defined]
    window.undo_action.trigger()
    settle()
    assert _texts(page.trust, 0) == ["Ada Lovelace"]  # type: ignore[attr-defined]
    window.close()
    ctx.close_workspace()


def test_logging_from_the_attention_page_takes_the_person_off_the_list_without_refreshing(
    qtbot, tmp_path: Path
) -> None:
    from ui.interactions.log_dialog import LogInteractionDialog

    sample, ctx, window, page, _settings = _page(qtbot, tmp_path)
    window.register.select(sample.bob)
    window.show_page("Attention")
    qtbot.waitUntil(page.isVisible)
    assert _texts(page.contact, 0) == ["Bob Marley"]
    assert not page.findChildren(type(page.cadence_button), "attentionRefresh")

    window.log_action.trigger()  # Ctrl+L, here on the Attention page
    dialog = window.last_dialog
    assert isinstance(dialog, LogInteractionDialog)
    assert dialog.participants.selected_ids() == [sample.bob]
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert _texts(page.contact, 0) == []
    assert window.undo_action.text().replace("&", "") == "Undo Log meeting with Bob Marley"
    # …and it follows the calendar too: it reloads itself after midnight.
    assert page._midnight.isActive()
    assert page._midnight.remainingTime() <= 24 * 3600 * 1000 + 1000
    window.close()
    ctx.close_workspace()


@pytest.mark.date_sensitive  # reads the clock: run a year ahead too
def test_open_concerns_show_overdue_first_and_follow_a_resolution(qtbot, tmp_path: Path) -> None:
    from dataclasses import replace
    from datetime import timedelta

    from domain.clock import local_today
    from domain.model import Concern, ConcernSeverity, ConcernStatus
    from domain.usecases.concerns import raise_concern
    from ui.concerns.commands import EditConcernCommand
    from ui.undo.use_case_command import push

    sample, ctx, window, page, _settings = _page(qtbot, tmp_path)
    today = local_today()
    raise_concern(
        ctx.uow(),
        Concern(
            sample.ada,
            "Licence costs",
            today - timedelta(days=9),
            target_on=today + timedelta(days=20),
        ),
    )
    late = raise_concern(
        ctx.uow(),
        Concern(
            sample.bob,
            "Outage on payroll day",
            today - timedelta(days=30),
            severity=ConcernSeverity.HIGH,
            target_on=today - timedelta(days=5),
        ),
    )
    page.reload()
    assert _texts(page.concerns, 0) == ["Bob Marley", "Ada Lovelace"]
    assert _texts(page.concerns, 1) == ["Outage on payroll day", "Licence costs"]
    assert _texts(page.concerns, 4) == ["5 days", ""]
    assert "1 past their target date" in page.concerns.subtitle.text()
    closed = replace(late, status=ConcernStatus.RESOLVED, closed_on=today)
    push(ctx, EditConcernCommand(ctx, late, closed))  # the page follows the change
    qtbot.waitUntil(lambda: _texts(page.concerns, 0) == ["Ada Lovelace"])
    window.close()
    ctx.close_workspace()
