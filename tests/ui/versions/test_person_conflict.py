"""Two members editing one person on a team server, the second in a real window: the window's edit
is not put over the first member's; the conflict dialog says who changed the person and when,
and the user chooses. Undo then takes back only one's own edit. Alice works through her own
login (plain use cases, as her window would); Bob's main window runs on the same database under
his login."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from domain.model import Stakeholder
from domain.usecases.stakeholders import get_stakeholder, update_stakeholder
from persistence.workspace import Workspace, open_database_url
from tests.persistence.team_logins import Members, two_members
from ui.app import build_window, create_application

pytestmark = pytest.mark.postgres


@pytest.fixture
def members(postgres_database: str) -> Iterator[Members]:
    with two_members(postgres_database) as found:
        yield found


@pytest.fixture
def alice(members: Members) -> Iterator[Workspace]:
    with open_database_url(members.first_url) as workspace:
        yield workspace


def _bobs_window(qtbot, members: Members, settings: QSettings, person: int):  # type: ignore[no-untyped-def]
    app = create_application()
    ctx, window = build_window(app, settings)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    window.activateWindow()
    ctx.set_workspace(open_database_url(members.second_url))
    window.show_stakeholder(person)
    editor = window.person.editor
    qtbot.waitUntil(lambda: editor.name.text() == "Ada Lovelace")
    return ctx, window, editor


def _conflict_box(qtbot) -> QMessageBox:  # type: ignore[no-untyped-def]
    def shown() -> list[QMessageBox]:
        return [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.objectName() == "conflictBox" and w.isVisible()
        ]

    qtbot.waitUntil(lambda: len(shown()) == 1)
    return shown()[0]


def _choose(qtbot, box: QMessageBox, button: str) -> None:  # type: ignore[no-untyped-def]
    found = box.findChild(QPushButton, button) or box.button(QMessageBox.StandardButton.Cancel)
    qtbot.mouseClick(found, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not box.isVisible())


def _type_job_title(qtbot, editor, text: str) -> None:  # type: ignore[no-untyped-def]
    editor.job_title.setFocus()
    editor.job_title.selectAll()
    qtbot.keyClicks(editor.job_title, text)
    qtbot.keyClick(editor.job_title, Qt.Key.Key_Return)


def _add_ada(alice: Workspace) -> int:
    with alice.uow() as uow:
        ada = uow.stakeholders.add(Stakeholder("Ada Lovelace", job_title="CFO", phone="1"))
        uow.commit()
    assert ada.id is not None
    return ada.id


def test_the_window_asks_before_overwriting_and_overwrites_only_what_the_user_changed(
    qtbot, members: Members, alice: Workspace, isolated_settings: QSettings
) -> None:
    ada = _add_ada(alice)
    ctx, window, editor = _bobs_window(qtbot, members, isolated_settings, ada)
    # Alice changes the phone number under Bob's open window (no change reaches it yet).
    seen = get_stakeholder(alice.uow(), ada)
    seen.phone = "2"
    update_stakeholder(alice.uow(), seen)

    _type_job_title(qtbot, editor, "CIO")
    box = _conflict_box(qtbot)
    assert box.text().startswith(f"{members.first} changed the details of Ada Lovelace on ")
    assert get_stakeholder(alice.uow(), ada).job_title == "CFO"  # nothing saved while asking
    _choose(qtbot, box, "overwriteButton")

    stored = get_stakeholder(alice.uow(), ada)
    assert (stored.job_title, stored.phone) == ("CIO", "2")  # Bob's field; Alice's stays
    assert stored.revision is not None and stored.revision.changed_by == members.second
    window.undo_action.trigger()
    stored = get_stakeholder(alice.uow(), ada)
    assert (stored.job_title, stored.phone) == ("CFO", "2")  # back to Alice's version
    window.close()
    ctx.close_workspace()


def test_keep_theirs_shows_their_version_and_undo_never_goes_over_a_later_change(
    qtbot, members: Members, alice: Workspace, isolated_settings: QSettings
) -> None:
    ada = _add_ada(alice)
    ctx, window, editor = _bobs_window(qtbot, members, isolated_settings, ada)
    messages: list[str] = []
    ctx.error.connect(messages.append)
    update_stakeholder(alice.uow(), Stakeholder("Ada Lovelace", job_title="CEO", id=ada))

    _type_job_title(qtbot, editor, "CIO")
    _choose(qtbot, _conflict_box(qtbot), "keepTheirsButton")
    qtbot.waitUntil(lambda: editor.job_title.text() == "CEO")  # Alice's version on screen
    assert get_stakeholder(alice.uow(), ada).job_title == "CEO"
    assert ctx.undo_stack.count() == 0

    _type_job_title(qtbot, editor, "CIO")  # now made from Alice's version: saved at once
    assert get_stakeholder(alice.uow(), ada).job_title == "CIO"
    latest = get_stakeholder(alice.uow(), ada)
    latest.notes = "Alice's note"
    update_stakeholder(alice.uow(), latest)  # Alice changes Ada again, after Bob's edit

    window.undo_action.trigger()
    stored = get_stakeholder(alice.uow(), ada)
    assert (stored.job_title, stored.notes) == ("CIO", "Alice's note")  # nothing undone over her
    assert messages and members.first in messages[-1]
    assert "undoing yours would overwrite theirs, so it was not undone" in messages[-1]
    window.close()
    ctx.close_workspace()
