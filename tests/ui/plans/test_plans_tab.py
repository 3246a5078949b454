"""The Plans tab through its widgets: a plan made in the dialog (a monthly 1:1 that must end, a
touchpoint before the start refused), shown with its progress and rating moves, ticked, changed,
deleted, and every step undone and redone."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox

from domain.clock import local_today
from domain.usecases.engagement_plans import plans_of
from tests.ui.ratings.support import open_person_tab, settle
from ui.plans.plan_dialog import PlanDialog, qdate
from ui.plans.plans_tab import PlansTab

_LEFT = Qt.MouseButton.LeftButton


def _ok(dialog: PlanDialog) -> None:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    box.button(QDialogButtonBox.StandardButton.Ok).click()


def _rows(tab: PlansTab) -> list[str]:
    top = tab.tree.topLevelItem(0)
    return [top.text(0)] + [top.child(i).text(1) for i in range(top.childCount())]


def test_make_a_plan_tick_it_change_it_delete_it_and_undo_every_step(
    qtbot, tmp_path: Path, isolated_settings: QSettings
) -> None:  # type: ignore[no-untyped-def]
    sample, ctx, window, tab = open_person_tab(
        qtbot, tmp_path, isolated_settings, "ada", "Plans", PlansTab
    )
    assert "every 7 days" in tab.next_contact.text()  # Ada sits in "manage closely"
    assert tab.tree.topLevelItem(0).text(0).startswith("No plan yet")
    today = local_today()
    qtbot.mouseClick(tab.new_button, _LEFT)
    dialog = tab.dialog
    assert isinstance(dialog, PlanDialog) and dialog.isVisible()
    qtbot.keyClicks(dialog.objective, "Ada: critic to supporter by Q3")
    dialog.starts_on.setDate(qdate(today - timedelta(days=20)))
    dialog.target_attitude.setCurrentIndex(dialog.target_attitude.findData(3))
    dialog.map.setCurrentIndex(dialog.map.findData(sample.erp))

    # A touchpoint before the plan starts is refused on OK, and the dialog keeps what was typed.
    dialog.new_date.setDate(qdate(today - timedelta(days=30)))
    qtbot.keyClicks(dialog.new_purpose, "Too early")
    qtbot.mouseClick(dialog.add_button, _LEFT)
    _ok(dialog)
    assert dialog.isVisible() and "before the plan starts" in dialog.error.text()
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.remove_button, _LEFT)

    # A repeat without an end is refused when added.
    dialog.new_date.setDate(qdate(today - timedelta(days=10)))
    dialog.new_kind.setCurrentIndex(dialog.new_kind.findData("call"))
    qtbot.keyClicks(dialog.new_purpose, "Monthly 1:1")
    dialog.repeat.setCurrentIndex(3)  # every month
    dialog.count.setValue(0)
    qtbot.mouseClick(dialog.add_button, _LEFT)
    assert "needs an end" in dialog.error.text() and dialog.table.rowCount() == 0
    dialog.count.setValue(6)
    qtbot.mouseClick(dialog.add_button, _LEFT)
    assert dialog.table.rowCount() == 6 and dialog.table.item(0, 3).text() == "every month, 6 times"
    _ok(dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    settle()
    rows = _rows(tab)
    assert rows[0] == "Ada: critic to supporter by Q3"
    assert rows[1] == "overdue" and set(rows[2:]) <= {"due", "planned"}
    assert tab.tree.topLevelItem(0).text(1).startswith("0 of 6 done, 1 overdue")
    assert "Trust 7 → 4 (-3)" in tab.details.text()  # it fell since the plan started
    assert window.undo_action.text() == "&Undo New plan: Ada: critic to supporter by Q3"

    # Tick the overdue call done, then undo and redo it.
    first = tab.tree.topLevelItem(0).child(0)
    tab.tree.setCurrentItem(first)
    assert tab.done_button.isEnabled() and tab.done_button.text() == "Mark done"
    qtbot.mouseClick(tab.done_button, _LEFT)
    settle()
    assert _rows(tab)[1] == f"done {today:%d %b}"
    window.undo_action.trigger()
    settle()
    assert _rows(tab)[1] == "overdue"
    window.redo_action.trigger()
    settle()
    assert _rows(tab)[1].startswith("done")

    # Delete the plan; undo brings it back with its tick.
    tab.tree.setCurrentItem(tab.tree.topLevelItem(0))
    qtbot.mouseClick(tab.delete_button, _LEFT)
    settle()
    assert plans_of(ctx.uow(), sample.ada, today) == []
    window.undo_action.trigger()
    settle()
    [overview] = plans_of(ctx.uow(), sample.ada, today)
    assert overview.progress.done == 1 and _rows(tab)[1].startswith("done")
    window.undo_action.trigger()  # the tick
    window.undo_action.trigger()  # the plan itself
    settle()
    assert plans_of(ctx.uow(), sample.ada, today) == []
    window.redo_action.trigger()
    settle()
    assert [o.plan.objective for o in plans_of(ctx.uow(), sample.ada, today)] == [
        "Ada: critic to supporter by Q3"
    ]
