"""Needs attention lists the touchpoints past their date and not done; ticking one takes it off
at once, and undo puts it back."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QSettings

from domain.clock import local_today
from domain.model import EngagementPlan, Touchpoint, TouchpointKind
from domain.usecases.engagement_plans import create_plan
from persistence.workspace import open_workspace
from tests.ui.attention.test_attention_page import _texts
from tests.ui.conftest import open_main_window
from tests.ui.ratings.support import build_sample, main_page, settle
from ui.attention.attention_page import AttentionPage
from ui.plans.commands import SetTouchpointDoneCommand
from ui.undo.use_case_command import push


def test_overdue_touchpoints_need_attention_until_done(
    qtbot, tmp_path: Path, isolated_settings: QSettings
) -> None:  # type: ignore[no-untyped-def]
    sample = build_sample(tmp_path / "w.rapport")
    today = local_today()
    with open_workspace(sample.path) as workspace:
        plan = create_plan(
            workspace.uow(),
            EngagementPlan(
                sample.bob,
                "Bob: keep him a supporter",
                today - timedelta(days=40),
                owner="CIO",
                touchpoints=[
                    Touchpoint(
                        today - timedelta(days=9), TouchpointKind.MEAL, "Lunch on the budget"
                    ),
                    Touchpoint(today + timedelta(days=9), TouchpointKind.CALL, "1:1"),
                ],
            ),
        )
    ctx, window = open_main_window(qtbot, sample.path, isolated_settings)
    page = main_page(window, "Attention")
    assert isinstance(page, AttentionPage)
    page.reload()
    section = page.touchpoints
    assert _texts(section, 0) == ["Bob Marley"]
    assert _texts(section, 1) == ["lunch or dinner: Lunch on the budget"]
    assert _texts(section, 2) == ["CIO"] and _texts(section, 4) == ["9 days"]
    assert section.count.text() == "1"
    push(ctx, SetTouchpointDoneCommand(ctx, plan.touchpoints[0], today))
    settle()
    assert _texts(section, 0) == [] and section.count.text() == "0"
    window.undo_action.trigger()
    settle()
    assert _texts(section, 0) == ["Bob Marley"]
