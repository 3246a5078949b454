"""One rule for every page and tab: reload now if visible, else when next shown."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from persistence.workspace import create_workspace
from ui.app import create_application
from ui.app_context import AppContext, Topic
from ui.reload_when_shown import ReloadWhenShown


class _Page(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.loads = 0
        self.freshness = ReloadWhenShown(self, ctx, {Topic.RATINGS}, self.reload, stale=False)

    def reload(self) -> None:
        self.freshness.loaded()
        self.loads += 1


@pytest.fixture
def ctx(qtbot, tmp_path: Path) -> Iterator[AppContext]:  # type: ignore[no-untyped-def]
    create_application()
    context = AppContext()
    context.set_workspace(create_workspace(tmp_path / "w.rapport"))
    yield context
    context.close_workspace()


def test_a_hidden_page_reloads_once_when_shown_a_visible_one_at_once(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    page = _Page(ctx)
    qtbot.addWidget(page)
    ctx.announce(Topic.RATINGS, Topic.RATINGS)
    assert page.loads == 0 and page.freshness.stale
    page.show()
    qtbot.waitExposed(page)
    assert page.loads == 1 and not page.freshness.stale
    ctx.announce(Topic.RATINGS)
    assert page.loads == 2
    page.hide()
    page.show()
    assert page.loads == 2  # nothing changed while it was hidden


def test_other_topics_unknown_ones_and_changes_without_a_workspace_are_ignored(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    page = _Page(ctx)
    qtbot.addWidget(page)
    ctx.announce(Topic.MEETINGS)
    ctx.changed.emit("no such topic")
    assert not page.freshness.stale
    ctx.close_workspace()
    ctx.announce(Topic.RATINGS)
    assert not page.freshness.stale


def test_a_reload_for_any_reason_makes_a_hidden_page_fresh(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    page = _Page(ctx)
    qtbot.addWidget(page)
    ctx.announce(Topic.RATINGS)
    page.reload()
    page.show()
    qtbot.waitExposed(page)
    assert page.loads == 1
