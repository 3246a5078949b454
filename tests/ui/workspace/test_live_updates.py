"""Two clients on one server workspace: the window follows the other's changes within 2 seconds,
keeping selection and scroll, and lives through the server's restart (issue 13)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import create_engine, text

from domain.model import Dimension, Stakeholder, StakeholderMap
from domain.usecases.map_members import Arrival, add_people
from domain.usecases.maps import create_map
from domain.usecases.ratings import GridMove, current_values, move_on_map
from domain.usecases.stakeholders import add_stakeholder, get_stakeholder, update_stakeholder
from persistence.team.change_feed import FeedState
from persistence.workspace import Workspace, open_database_url
from tests.persistence.postgres_server import PrivateServer
from ui.app import build_window, create_application
from ui.app_context import AppContext
from ui.main_window import MAPS, MainWindow

pytestmark = pytest.mark.postgres

#: The issue's promise: another client's change is on screen within this many seconds.
PROPAGATION_S = 2.0


def fill(workspace: Workspace, people: int = 60) -> tuple[int, dict[str, int]]:
    """``people`` people (enough for the register to scroll), all on one map."""
    ids = {}
    for n in range(people):
        person = add_stakeholder(workspace.uow(), Stakeholder(f"Person {n:02d}"))
        assert person.id is not None
        ids[person.name] = person.id
    erp = create_map(workspace.uow(), StakeholderMap("ERP replacement"))
    assert erp.id is not None
    arrivals = [Arrival(pid, 1 + (n % 9), 1 + (n // 9)) for n, pid in enumerate(ids.values())]
    add_people(workspace.uow(), erp.id, arrivals)
    return erp.id, ids


def open_window(qtbot, workspace: Workspace) -> tuple[AppContext, MainWindow]:  # type: ignore[no-untyped-def]
    ctx, window = build_window(create_application())
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    window.build_content()
    ctx.set_workspace(workspace)
    qtbot.waitUntil(
        lambda: ctx.live.status is not None and ctx.live.status.state is FeedState.LISTENING,
        timeout=10_000,
    )
    return ctx, window


def rename(workspace: Workspace, person_id: int, name: str) -> None:
    person = get_stakeholder(workspace.uow(), person_id)
    person.name = name
    update_stakeholder(workspace.uow(), person)


def names_shown(window: MainWindow) -> set[str]:
    model = window.register.proxy
    return {model.index(row, 0).data() for row in range(model.rowCount())}


def visible_area(view) -> tuple[float, float, float, float]:  # type: ignore[no-untyped-def]
    """The part of the map on screen, in the map's own coordinates."""
    area = view.mapToScene(view.viewport().rect()).boundingRect()
    return area.x(), area.y(), area.width(), area.height()


def wait_within(qtbot, condition, seconds: float = PROPAGATION_S) -> float:  # type: ignore[no-untyped-def]
    """Wait until ``condition`` holds; how long it took (fails beyond ``seconds``)."""
    started = time.monotonic()
    qtbot.waitUntil(condition, timeout=int(seconds * 1000))
    return time.monotonic() - started


@pytest.fixture
def two_clients(postgres_database: str) -> Iterator[tuple[Workspace, Workspace]]:
    """This window's workspace and the other client's, on one database."""
    theirs = open_database_url(postgres_database)
    mine = open_database_url(postgres_database)
    yield mine, theirs
    theirs.close()
    mine.close()


def test_the_other_clients_change_appears_keeping_selection_and_scroll(  # type: ignore[no-untyped-def]
    qtbot, two_clients: tuple[Workspace, Workspace]
) -> None:
    mine, theirs = two_clients
    map_id, ids = fill(theirs)
    _ctx, window = open_window(qtbot, mine)
    register = window.register
    qtbot.waitUntil(lambda: register.model.rowCount() == len(ids))

    # The register: two people selected, scrolled half-way down.
    register.select(ids["Person 30"])
    register._select_also([ids["Person 31"]])
    bar = register.table.verticalScrollBar()
    assert bar.maximum() > 0, "the register must scroll for this test"
    bar.setValue(bar.maximum() // 2)
    scrolled = bar.value()
    rename(theirs, ids["Person 05"], "Person 05 (renamed by a colleague)")
    wait_within(qtbot, lambda: "Person 05 (renamed by a colleague)" in names_shown(window))
    assert set(register.selected_ids()) == {ids["Person 30"], ids["Person 31"]}
    assert register.current_id() == ids["Person 30"]
    assert bar.value() == scrolled
    assert window.person.editor.name.text() == "Person 30"

    # The map: a person selected, zoomed in and scrolled; the colleague moves someone else.
    window.show_page(MAPS)
    page = window.lazy_page(MAPS)
    page.open_map(map_id)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: len(page.scene.markers) == len(ids))  # type: ignore[attr-defined]
    page.scene.markers[ids["Person 10"]].setSelected(True)  # type: ignore[attr-defined]
    view = page.view  # type: ignore[attr-defined]
    QTest.qWait(200)  # the page laid out
    view.zoom_by(2.0)  # as Ctrl++ or the wheel does
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().maximum() // 3)
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum() // 3)
    QTest.qWait(200)
    before = view.transform(), visible_area(view)
    marker = page.scene.markers[ids["Person 20"]]  # type: ignore[attr-defined]
    was = marker.pos()
    move_on_map(theirs.uow(), map_id, [GridMove(ids["Person 20"], 9.5, 9.5)])
    wait_within(qtbot, lambda: page.scene.markers[ids["Person 20"]].pos() != was)  # type: ignore[attr-defined]
    assert page.scene.selected_people() == [ids["Person 10"]]  # type: ignore[attr-defined]
    after = view.transform(), visible_area(view)
    assert after == before


def test_ones_own_change_refreshes_once_and_a_burst_of_theirs_once(  # type: ignore[no-untyped-def]
    qtbot, two_clients: tuple[Workspace, Workspace]
) -> None:
    from ui.stakeholders.commands import EditStakeholderCommand
    from ui.undo.use_case_command import push

    mine, theirs = two_clients
    _map_id, ids = fill(theirs, people=5)
    ctx, window = open_window(qtbot, mine)
    register = window.register
    qtbot.waitUntil(lambda: register.model.rowCount() == 5)
    loads: list[float] = []
    register.loaded.connect(lambda: loads.append(time.monotonic()))

    before = get_stakeholder(mine.uow(), ids["Person 01"])
    after = replace(before, name="Person 01 (mine)")
    assert push(ctx, EditStakeholderCommand(ctx, before, after, "name"))
    assert len(loads) == 1  # the command's own announcement
    QTest.qWait(1000)  # the server's notification of it came back, and was dropped
    assert len(loads) == 1

    ctx.live.settle_ms = 800  # this test's commits must fall within it, on a busy machine too
    with theirs.engine.connect() as connection:  # three commits in quick succession
        for n in range(2, 5):
            connection.execute(
                text("UPDATE stakeholders SET name = :name WHERE id = :id"),
                {"name": f"Person {n:02d} (theirs)", "id": ids[f"Person {n:02d}"]},
            )
            connection.commit()
    wait_within(qtbot, lambda: "Person 04 (theirs)" in names_shown(window))
    QTest.qWait(1000)
    assert len(loads) == 2  # one refresh for the three


def test_a_change_arriving_during_a_drag_waits_until_it_is_let_go(  # type: ignore[no-untyped-def]
    qtbot, two_clients: tuple[Workspace, Workspace]
) -> None:
    mine, theirs = two_clients
    map_id, ids = fill(theirs, people=4)
    _ctx, window = open_window(qtbot, mine)
    window.show_page(MAPS)
    page = window.lazy_page(MAPS)
    page.open_map(map_id)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: len(page.scene.markers) == 4)  # type: ignore[attr-defined]
    view = page.view  # type: ignore[attr-defined]
    grabbed = view.mapFromScene(page.scene.markers[ids["Person 00"]].pos())  # type: ignore[attr-defined]
    other = page.scene.markers[ids["Person 03"]]  # type: ignore[attr-defined]
    was = other.pos()
    QTest.mousePress(
        view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, grabbed
    )
    move_on_map(theirs.uow(), map_id, [GridMove(ids["Person 03"], 9.5, 9.5)])
    QTest.qWait(1500)
    assert page.scene.markers[ids["Person 03"]].pos() == was  # type: ignore[attr-defined]
    QTest.mouseRelease(
        view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, grabbed
    )
    wait_within(qtbot, lambda: page.scene.markers[ids["Person 03"]].pos() != was)  # type: ignore[attr-defined]


def test_reconnect_after_the_server_restarts(  # type: ignore[no-untyped-def]
    qtbot, private_postgres: PrivateServer
) -> None:
    """The server stops: the status bar says so, an edit is refused with a message and stays
    typed, a map drag goes back; the server starts again: the window reconnects by itself,
    shows what the colleague changed meanwhile, and the same edit is saved."""
    server = private_postgres
    admin = create_engine(server.url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text('CREATE DATABASE "team"'))
    admin.dispose()
    url = server.url.set(database="team").render_as_string(hide_password=False)
    theirs = open_database_url(url)
    mine = open_database_url(url)
    try:
        map_id, ids = fill(theirs, people=3)
        ctx, window = open_window(qtbot, mine)
        qtbot.waitUntil(lambda: window.register.model.rowCount() == 3)
        window.show_page(MAPS)
        page = window.lazy_page(MAPS)
        page.open_map(map_id)  # type: ignore[attr-defined]
        window.show_page("Stakeholders")
        window.register.select(ids["Person 01"])
        editor = window.person.editor
        assert editor.name.text() == "Person 01"

        server.stop()
        qtbot.waitUntil(lambda: ctx.connection_problem is not None, timeout=10_000)
        status = window.connection_status.label
        assert status.isVisible() and "Server connection lost" in status.text()

        # An edit while it is down: refused with a message, what was typed stays.
        editor.name.setFocus()
        editor.name.selectAll()
        QTest.keyClicks(editor.name, "Person 01 (edited in the outage)")
        QTest.keyClick(editor.name, Qt.Key.Key_Return)
        box = _error_box(qtbot, window)
        assert "connection to the server is lost" in box.text()
        assert "not saved" in box.text()
        box.accept()
        assert editor.name.text() == "Person 01 (edited in the outage)"
        assert ctx.undo_stack.count() == 0

        # A drag on the map while it is down goes back where the data says.
        window.show_page(MAPS)
        marker = page.scene.markers[ids["Person 02"]]  # type: ignore[attr-defined]
        was = marker.pos()
        page.view.moves_requested.emit([GridMove(ids["Person 02"], 9, 9)])  # type: ignore[attr-defined]
        _error_box(qtbot, window).accept()
        assert page.scene.markers[ids["Person 02"]].pos() == was  # type: ignore[attr-defined]

        server.start()
        qtbot.waitUntil(lambda: ctx.connection_problem is None, timeout=20_000)
        assert not status.isVisible()
        assert "server is back" in window.statusBar().currentMessage()
        # What the colleague does now appears; the edit typed during the outage is still there.
        rename(theirs, ids["Person 00"], "Person 00 (after the restart)")
        wait_within(qtbot, lambda: "Person 00 (after the restart)" in names_shown(window))
        window.show_page("Stakeholders")
        assert editor.name.text() == "Person 01 (edited in the outage)"
        editor.name.setFocus()
        QTest.keyClick(editor.name, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: ctx.undo_stack.count() == 1)
        assert get_stakeholder(theirs.uow(), ids["Person 01"]).name == (
            "Person 01 (edited in the outage)"
        )
        values = current_values(
            theirs.uow(), [Dimension.POWER, Dimension.INTEREST], [ids["Person 02"]], map_id
        )
        # The drag refused in the outage was not half-saved: Person 02 is where fill() put them.
        assert sorted((v.dimension, v.value) for v in values) == [
            (Dimension.INTEREST, 1.0),
            (Dimension.POWER, 3.0),
        ]
    finally:
        window.close()
        theirs.close()
        mine.close()


def _error_box(qtbot, window: MainWindow) -> QMessageBox:  # type: ignore[no-untyped-def]
    def shown() -> QMessageBox | None:
        for box in window.findChildren(QMessageBox, "errorBox"):
            if box.isVisible():
                return box
        return None

    qtbot.waitUntil(lambda: shown() is not None, timeout=5000)
    box = shown()
    assert box is not None
    QApplication.processEvents()
    return box
