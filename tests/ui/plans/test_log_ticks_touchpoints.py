"""Logging an interaction in the real dialog ticks the plan touchpoint it fulfils (suggested by
date window and kind) and records the standing message it carried; undo takes both back."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox

from domain.clock import local_today
from domain.model import (
    Channel,
    EngagementPlan,
    Frequency,
    Message,
    Tone,
    Touchpoint,
    TouchpointKind,
)
from domain.usecases import communication_plan as comms
from domain.usecases.engagement_plans import create_plan, get_plan
from tests.ui.conftest import open_main_window
from tests.ui.ratings.support import build_sample, settle
from ui.interactions.log_dialog import LogInteractionDialog


def test_the_log_dialog_ticks_the_planned_call_and_the_update_and_undo_unticks_them(
    qtbot, tmp_path: Path, isolated_settings: QSettings
) -> None:  # type: ignore[no-untyped-def]
    sample = build_sample(tmp_path / "w.rapport")
    today = local_today()
    from persistence.workspace import open_workspace

    with open_workspace(sample.path) as workspace:
        plan = create_plan(
            workspace.uow(),
            EngagementPlan(
                sample.ada,
                "Ada: back to trusting us",
                today - timedelta(days=30),
                touchpoints=[
                    Touchpoint(today - timedelta(days=2), TouchpointKind.CALL, "Budget 1:1"),
                    Touchpoint(today + timedelta(days=40), TouchpointKind.MEAL, "Lunch"),
                ],
            ),
        )
        update = comms.create_message(
            workspace.uow(),
            Message("Monthly update", Channel.EMAIL, Tone.INFORMAL, Frequency.MONTHLY, today),
        )
        comms.assign(workspace.uow(), update.id or 0, [sample.ada])
    ctx, window = open_main_window(qtbot, sample.path, isolated_settings)
    window.show_stakeholder(sample.ada)
    settle()
    window.log_interaction()
    dialog = window.last_dialog
    assert isinstance(dialog, LogInteractionDialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("call"))
    ticks = dialog.plan_ticks
    texts = [ticks.item(i).text() for i in range(ticks.count())]
    states = [ticks.item(i).checkState() for i in range(ticks.count())]
    assert texts[0].startswith("Ada Lovelace: call planned") and "Budget 1:1" in texts[0]
    assert states[0] == Qt.CheckState.Checked  # a call, two days ago: this is it
    assert states[1] == Qt.CheckState.Unchecked  # the lunch in six weeks is not
    assert texts[2] == "Sends “Monthly update”" and states[2] == Qt.CheckState.Unchecked
    ticks.item(2).setCheckState(Qt.CheckState.Checked)
    qtbot.keyClicks(dialog.summary, "Budget call, went well")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    settle()
    assert "1 planned touchpoint done" in window.statusBar().currentMessage()
    call = get_plan(ctx.uow(), plan.id or 0).touchpoints[0]
    assert call.done_on == today and call.interaction_id is not None
    [row] = comms.communication_plan(ctx.uow())[0].recipients
    assert row.last == today
    window.undo_action.trigger()
    settle()
    assert get_plan(ctx.uow(), plan.id or 0).touchpoints[0].done_on is None
    assert comms.communication_plan(ctx.uow())[0].recipients[0].last is None
    window.redo_action.trigger()
    settle()
    assert get_plan(ctx.uow(), plan.id or 0).touchpoints[0].done_on == today
