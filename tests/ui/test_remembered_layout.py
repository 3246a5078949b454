"""The Maps and Meetings pages keep their splitters where the user dragged them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtTest import QTest

from domain.model import StakeholderMap
from domain.usecases.maps import create_map
from persistence.workspace import create_workspace
from tests.ui.conftest import open_main_window
from ui.settings_store import settings_file_in_use, use_settings_file


@pytest.fixture
def own_settings(tmp_path: Path) -> Iterator[Path]:
    """The app's settings in a file of this test's own, so no other test starts from its drag."""
    before = settings_file_in_use()
    use_settings_file(tmp_path / "layout.ini")
    yield tmp_path / "layout.ini"
    use_settings_file(before)


def _drag(qtbot, splitter, by: int) -> None:  # type: ignore[no-untyped-def]
    handle = splitter.handle(1)
    start = QPoint(handle.width() // 2, handle.height() // 2)
    QTest.mousePress(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(handle, start + QPoint(by, 0))
    QTest.mouseRelease(
        handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start + QPoint(by, 0)
    )


@pytest.mark.parametrize("page_title", ["Maps", "Meetings"])
def test_a_dragged_splitter_is_where_the_user_left_it_next_time(
    qtbot, tmp_path: Path, isolated_settings: QSettings, own_settings: Path, page_title: str
) -> None:
    workspace = tmp_path / "layout.rapport"
    with create_workspace(workspace) as fresh:  # a map, so that the grid and its panel show
        create_map(fresh.uow(), StakeholderMap("ERP replacement"))
    ctx, window = open_main_window(qtbot, workspace, isolated_settings)
    window.resize(1360, 860)
    window.show_page(page_title)
    page = window.lazy_page(page_title)
    qtbot.waitUntil(page.isVisible)
    splitter = page.splitter  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: splitter.width() > 1000)  # laid out at the window's size
    before = splitter.sizes()
    _drag(qtbot, splitter, -120)
    dragged = splitter.sizes()
    assert dragged != before
    window.close()
    ctx.close_workspace()

    ctx2, window2 = open_main_window(qtbot, workspace, isolated_settings)
    window2.resize(1360, 860)
    window2.show_page(page_title)
    page2 = window2.lazy_page(page_title)
    qtbot.waitUntil(page2.isVisible)
    qtbot.waitUntil(lambda: page2.splitter.width() > 1000)  # type: ignore[attr-defined]
    # The side panel keeps the width it was dragged to (the other side takes what is left).
    assert page2.splitter.sizes()[1] == dragged[1]  # type: ignore[attr-defined]
    assert dragged[1] != before[1]
    ctx2.close_workspace()
