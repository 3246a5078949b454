"""Stakeholder ▸ Communication Plan… through its widgets: a standing message made (refused
without a title), sent to a whole quadrant of a map in one step and undone, a recipient taken
off, the message deleted and put back."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox

from domain.rules.quadrant import Quadrant
from domain.usecases.communication_plan import communication_plan
from tests.ui.conftest import open_main_window
from tests.ui.ratings.support import build_sample, settle
from ui.plans.communication_window import CommunicationPlanWindow
from ui.plans.message_dialogs import AudienceDialog, MessageDialog

_LEFT = Qt.MouseButton.LeftButton


def _ok(dialog: MessageDialog | AudienceDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_make_a_message_send_it_to_a_quadrant_in_one_step_and_undo(
    qtbot, tmp_path: Path, isolated_settings: QSettings
) -> None:  # type: ignore[no-untyped-def]
    sample = build_sample(tmp_path / "w.rapport")
    ctx, window = open_main_window(qtbot, sample.path, isolated_settings)
    window.communication_action.trigger()
    view = window.communication_window
    assert isinstance(view, CommunicationPlanWindow) and view.isVisible()
    assert view.summary.text().startswith("0 standing messages")

    qtbot.mouseClick(view.new_button, _LEFT)
    dialog = view.dialog
    assert isinstance(dialog, MessageDialog)
    _ok(dialog)
    assert dialog.isVisible() and dialog.error.text() == "A message needs a title."
    qtbot.keyClicks(dialog.title, "Quarterly portfolio update")
    qtbot.keyClicks(dialog.owner, "PMO")
    _ok(dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    settle()
    top = view.tree.topLevelItem(0)
    assert top.text(0) == "Quarterly portfolio update"
    assert top.text(3) == "quarterly, written, formal · PMO"

    view.tree.setCurrentItem(top)
    qtbot.mouseClick(view.assign_button, _LEFT)
    audience = view.dialog
    assert isinstance(audience, AudienceDialog)
    audience.quadrant.setCurrentIndex(audience.quadrant.findData(Quadrant.MANAGE_CLOSELY))
    assert "Choose the map" in audience.preview.text()  # a quadrant needs its map
    audience.map.setCurrentIndex(audience.map.findData(sample.erp))
    assert audience.preview.text() == "2 people"  # Ada and Bob; Cy sits in "monitor"
    _ok(audience)
    settle()
    top = view.tree.topLevelItem(0)
    names = [top.child(i).text(0) for i in range(top.childCount())]
    assert names == ["Ada Lovelace", "Bob Marley"]
    assert [top.child(i).text(1) for i in range(2)] == ["never", "never"]
    assert window.undo_action.text().startswith("&Undo Send “Quarterly portfolio update” to")
    window.undo_action.trigger()
    settle()
    assert view.tree.topLevelItem(0).childCount() == 0
    window.redo_action.trigger()
    settle()

    top = view.tree.topLevelItem(0)
    view.tree.setCurrentItem(top.child(1))
    assert view.remove_button.text() == "Remove recipient"
    qtbot.mouseClick(view.remove_button, _LEFT)
    settle()
    [plan] = communication_plan(ctx.uow())
    assert [r.name for r in plan.recipients] == ["Ada Lovelace"]
    view.tree.setCurrentItem(view.tree.topLevelItem(0))
    assert view.remove_button.text() == "Delete message"
    qtbot.mouseClick(view.remove_button, _LEFT)
    settle()
    assert communication_plan(ctx.uow()) == []
    window.undo_action.trigger()
    settle()
    [plan] = communication_plan(ctx.uow())
    assert [r.name for r in plan.recipients] == ["Ada Lovelace"]
