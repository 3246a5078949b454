"""File ▸ Publish to Server… through the widgets, against the real server: the open file is
offered, the copy runs with progress off the GUI thread, then the shared workspace opens."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from domain.model import Stakeholder
from domain.usecases.register import register
from domain.usecases.stakeholders import add_stakeholder
from persistence.workspace import open_workspace
from tests.team_server import Team, no_keyring, team  # noqa: F401
from tests.ui.conftest import open_main_window
from ui.workspace.publish_flow import PublishDialog

pytestmark = [pytest.mark.postgres, pytest.mark.usefixtures("no_keyring")]


def _member_form(team: Team) -> tuple[str, str]:  # noqa: F811
    """A member's address as they type it, and their password."""
    password = "grace-s-password"
    return str(team.address(team.add("grace", "member", password))), password


def _admin_url(team: Team) -> str:  # noqa: F811
    return str(team.admin_on_team.render_as_string(hide_password=False))


def _dialog() -> PublishDialog:
    [dialog] = [w for w in QApplication.topLevelWidgets() if isinstance(w, PublishDialog)]
    return dialog


def _box(name: str) -> QMessageBox | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.objectName() == name and widget.isVisible():
            return widget
    return None


def _fill_and_publish(qtbot, address: str, password: str) -> PublishDialog:  # type: ignore[no-untyped-def]
    dialog = _dialog()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.address, address)
    qtbot.keyClicks(dialog.password, password)
    assert dialog.publish_button.isEnabled()
    qtbot.mouseClick(dialog.publish_button, Qt.MouseButton.LeftButton)
    return dialog


def test_publish_the_open_file_then_open_the_shared_workspace(
    qtbot,
    tmp_path: Path,
    isolated_settings: QSettings,
    team: Team,  # noqa: F811
) -> None:
    path = tmp_path / "Team.rapport"
    ctx, window = open_main_window(qtbot, path, isolated_settings)
    add_stakeholder(ctx.uow(), Stakeholder("Ada Lovelace"))
    add_stakeholder(ctx.uow(), Stakeholder("Grace Hopper"))
    file_menu = window.menuBar().actions()[0].menu()
    assert "&Publish to Server…" in [a.text() for a in file_menu.actions()]
    window.publish_action.trigger()
    assert _dialog().source.text() == str(path)  # the open file is offered
    address, password = _member_form(team)
    _fill_and_publish(qtbot, address, password)
    qtbot.waitUntil(lambda: _box("publishedBox") is not None, timeout=60_000)
    box = _box("publishedBox")
    assert box is not None
    assert "(2 people, 0 ratings, with their history)" in box.text() and address in box.text()
    assert password not in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Open), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ctx.workspace.path is None, timeout=60_000)
    assert isolated_settings.value("workspace/last") == address  # opened as a shared one
    names = [row.stakeholder.name for row in register(ctx.uow())]
    assert names == ["Ada Lovelace", "Grace Hopper"]
    with open_workspace(path, read_only=True) as file:  # the file is as it was
        assert [row.stakeholder.name for row in register(file.uow())] == names
    ctx.close_workspace()


def test_a_database_that_is_not_empty_is_refused_in_words(
    qtbot,
    tmp_path: Path,
    isolated_settings: QSettings,
    team: Team,  # noqa: F811
) -> None:
    from persistence.team.publish import publish_to_url

    path = tmp_path / "Mine.rapport"
    ctx, window = open_main_window(qtbot, path, isolated_settings)
    add_stakeholder(ctx.uow(), Stakeholder("Ada Lovelace"))
    publish_to_url(path, _admin_url(team))
    window.publish_action.trigger()
    _fill_and_publish(qtbot, *_member_form(team))
    qtbot.waitUntil(lambda: _box("publishProblemBox") is not None, timeout=60_000)
    box = _box("publishProblemBox")
    assert box is not None and "is not empty" in box.text() and "nothing was copied" in box.text()
    assert ctx.workspace.path == path  # still working on the file
    box.close()
    ctx.close_workspace()


def test_save_a_copy_and_export_from_a_server_workspace(
    qtbot,
    tmp_path: Path,
    isolated_settings: QSettings,
    team: Team,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import json

    from PySide6.QtWidgets import QFileDialog

    from persistence.team.publish import publish_to_url
    from persistence.workspace import open_database_url

    path = tmp_path / "Mine.rapport"
    ctx, window = open_main_window(qtbot, path, isolated_settings)
    add_stakeholder(ctx.uow(), Stakeholder("Ada Lovelace"))
    publish_to_url(path, _admin_url(team))
    ctx.set_workspace(open_database_url(_admin_url(team)))
    for name, act in (
        ("copy.rapport", window.workspace_menu.save_copy),
        ("all.json", window.workspace_menu.export_json),
    ):
        target = tmp_path / name
        monkeypatch.setattr(
            QFileDialog, "getSaveFileName", staticmethod(lambda *_a, t=target, **_k: (str(t), ""))
        )
        act()
        qtbot.waitUntil(target.exists, timeout=60_000)
    with open_workspace(tmp_path / "copy.rapport", read_only=True) as copy:
        assert [row.stakeholder.name for row in register(copy.uow())] == ["Ada Lovelace"]
    exported = json.loads((tmp_path / "all.json").read_text(encoding="utf-8"))
    assert [person["name"] for person in exported["stakeholders"]] == ["Ada Lovelace"]
    qtbot.waitUntil(lambda: "Exported to" in window.statusBar().currentMessage())
    ctx.close_workspace()
