"""The Network page on the real window: the demo's network drawn, filtered by map, a double-click
opens the person, "How do I reach X?" highlights the way; a cycle and a person nobody reaches get
a clear answer; the hover text shows names as written."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPointF, QSettings, Qt
from PySide6.QtGui import QGuiApplication, QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from domain.model import Attitude, Dimension, Stakeholder, StakeholderMap
from domain.usecases.influence import link
from domain.usecases.maps import create_map, place_on_map
from domain.usecases.ratings import rate
from domain.usecases.stakeholders import add_stakeholder
from persistence.demo import build_demo_workspace
from persistence.demo.cast import load_cast
from persistence.workspace import create_workspace
from tests.ui.conftest import open_main_window
from ui.main_window import MainWindow
from ui.network.network_page import NetworkPage


@pytest.fixture(scope="module")
def built_demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_demo_workspace(tmp_path_factory.mktemp("demo") / "demo.rapport")


@pytest.fixture
def demo_copy(built_demo: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "demo.rapport"
    shutil.copy(built_demo, copy)
    return copy


def open_network(qtbot, window: MainWindow) -> NetworkPage:  # type: ignore[no-untyped-def]
    window.resize(1360, 860)  # a laptop's window (the offscreen screen is smaller)
    window.show_page("Network")
    page = window.lazy_page("Network")
    assert isinstance(page, NetworkPage)
    qtbot.waitUntil(lambda: page.network is not None and page.scene.node_count() > 0)
    return page


def choose_scope(qtbot, page: NetworkPage, name: str) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.scope.setCurrentIndex(page.scope.findText(name))


def cast_counts(map_key: str | None = None) -> tuple[int, int]:
    """People with a link and links, counted from the demo's own data (not by the page)."""
    cast = load_cast()
    members = (
        None
        if map_key is None
        else {m.who for m in next(m for m in cast.maps if m.key == map_key).members}
    )
    links = [
        k for k in cast.links if members is None or (k.source in members and k.target in members)
    ]
    return len({k.source for k in links} | {k.target for k in links}), len(links)


def test_the_demo_network_draws_everyone_linked_and_a_map_filters_it(
    qtbot, demo_copy: Path, isolated_settings: QSettings
) -> None:
    _ctx, window = open_main_window(qtbot, demo_copy, isolated_settings)
    page = open_network(qtbot, window)
    assert page.scope.currentText() == "Everybody"
    people, links = cast_counts()
    assert (page.scene.node_count(), page.scene.edge_count()) == (people, links)
    assert f"{people} people and {links} influences in the workspace" in page.summary.text()
    # Names are legible: nearly all shown when the whole network is in view (the others on
    # hover or zoomed in), and no two cover each other.
    shown = [label for label in page.scene.labels.values() if label.isVisible()]
    assert len(shown) >= 0.9 * people
    bands = [
        label.band.translated(page.view.viewportTransform().map(label.pos())) for label in shown
    ]
    assert not any(a.intersects(b) for i, a in enumerate(bands) for b in bands[i + 1 :])

    choose_scope(qtbot, page, "ERP replacement")
    erp_people, erp_links = cast_counts("erp")
    assert (page.scene.node_count(), page.scene.edge_count()) == (erp_people, erp_links)
    assert erp_people < people and erp_links < links
    assert "on ERP replacement" in page.summary.text()
    choose_scope(qtbot, page, "Everybody")
    assert page.scene.node_count() == people


def test_view_menu_opens_the_network_with_its_shortcut(
    qtbot, demo_copy: Path, isolated_settings: QSettings
) -> None:
    _ctx, window = open_main_window(qtbot, demo_copy, isolated_settings)
    action = next(a for a in window.page_actions if a.text() == "&Network")
    assert action.shortcut().toString() == f"Ctrl+{window.pages.count()}"
    action.trigger()
    assert window.current_page_title() == "Network"
    open_network(qtbot, window)


def test_double_click_on_a_person_opens_them(
    qtbot, demo_copy: Path, isolated_settings: QSettings
) -> None:
    _ctx, window = open_main_window(qtbot, demo_copy, isolated_settings)
    page = open_network(qtbot, window)
    node = next(n for n in page.scene.nodes.values() if n.person.name == "Margaret Okafor")
    at = page.view.mapFromScene(node.pos())
    QTest.mouseDClick(page.view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier(0), at)
    qtbot.waitUntil(lambda: window.current_page_title() == "Stakeholders")
    assert window.register.current_id() == node.person_id


def test_pan_and_zoom(qtbot, demo_copy: Path, isolated_settings: QSettings) -> None:
    _ctx, window = open_main_window(qtbot, demo_copy, isolated_settings)
    page = open_network(qtbot, window)
    view = page.view
    fitted = view.zoom
    page.zoom_in_action.trigger()
    page.zoom_in_action.trigger()
    assert view.zoom == pytest.approx(fitted * 1.5625)
    assert view.horizontalScrollBar().maximum() > 0  # room to pan into
    # Zooming anchors under the mouse, wherever the test run left it: start from the middle.
    view.centerOn(view.sceneRect().center())
    centre = view.mapToScene(view.viewport().rect().center())
    start = QPointF(view.viewport().rect().center())
    left = Qt.MouseButton.LeftButton
    none = Qt.KeyboardModifier.NoModifier

    def send(kind: QEvent.Type, at: QPointF, button: Qt.MouseButton, held: Qt.MouseButton) -> None:
        global_at = QPointF(view.viewport().mapToGlobal(at.toPoint()))
        event = QMouseEvent(kind, at, global_at, button, held, none)
        QApplication.sendEvent(view.viewport(), event)

    send(QEvent.Type.MouseButtonPress, start, left, left)
    for step in range(1, 6):
        send(
            QEvent.Type.MouseMove,
            start + QPointF(step * 20, step * 10),
            Qt.MouseButton.NoButton,
            left,
        )
    send(QEvent.Type.MouseButtonRelease, start + QPointF(100, 50), left, Qt.MouseButton.NoButton)
    moved = view.mapToScene(view.viewport().rect().center())
    assert moved.x() < centre.x() and moved.y() <= centre.y()  # the drawing followed the mouse
    page.fit_action.trigger()
    assert view.zoom == pytest.approx(fitted)


def test_how_do_i_reach_highlights_the_strongest_way(
    qtbot, demo_copy: Path, isolated_settings: QSettings
) -> None:
    _ctx, window = open_main_window(qtbot, demo_copy, isolated_settings)
    page = open_network(qtbot, window)
    choose_scope(qtbot, page, "ERP replacement")
    qtbot.keyClicks(page.target.lineEdit(), "Ingrid Halvorsen")
    page.target.setCurrentIndex(page.target.findText("Ingrid Halvorsen"))
    answer = page.answer
    assert answer is not None and answer.paths
    assert page.paths.count() == len(answer.paths)
    assert (
        page.paths.item(0)
        .text()
        .startswith("1. Reach Ingrid Halvorsen through Thomas Brandt (strong)")
    )
    # The chosen way is drawn in the path colour, the rest dimmed.
    highlighted = {
        (e.source.person.name, e.target.person.name) for e in page.scene.highlighted_edges()
    }
    assert highlighted == {("Thomas Brandt", "Ingrid Halvorsen")}
    on_path = {n.person.name for n in page.scene.nodes.values() if n.on_path}
    assert on_path == {"Thomas Brandt", "Ingrid Halvorsen"}
    assert all(n.opacity() < 1 for n in page.scene.nodes.values() if not n.on_path)
    # A longer way, chosen in the list, is highlighted instead.
    longer = next(i for i, p in enumerate(answer.paths) if p.links >= 2)
    page.paths.setCurrentRow(longer)
    assert len(page.scene.highlighted_edges()) == answer.paths[longer].links
    qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == answer.paths[longer].talking_point
    qtbot.mouseClick(page.clear_button, Qt.MouseButton.LeftButton)
    assert page.scene.highlighted_edges() == []
    assert all(n.opacity() == 1 for n in page.scene.nodes.values())


@pytest.fixture
def cycle_workspace(tmp_path: Path) -> Path:
    """Ann (supporter) → Ben → Cy → Ben (a cycle), Cy → Dee; Eve (neutral) with no link in; a
    name that looks like markup."""
    path = tmp_path / "cycle.rapport"
    with create_workspace(path) as workspace:
        uow = workspace.uow
        erp = create_map(uow(), StakeholderMap("ERP"))
        assert erp.id is not None
        ids = {}
        for name, attitude in (
            ("Ann", Attitude.SUPPORTER),
            ("Ben", Attitude.NEUTRAL),
            ("Cy", Attitude.NEUTRAL),
            ("Dee", Attitude.CRITIC),
            ("Eve <b>Bold</b>", Attitude.NEUTRAL),
        ):
            added = add_stakeholder(uow(), Stakeholder(name, job_title="Director"))
            assert added.id is not None
            ids[name] = added.id
            place_on_map(uow(), erp.id, added.id, 5, 5)
            rate(uow(), added.id, Dimension.SUPPORT, attitude, map_id=erp.id)
        for source, target in (("Ann", "Ben"), ("Ben", "Cy"), ("Cy", "Ben"), ("Cy", "Dee")):
            link(uow(), ids[source], ids[target], 4)
        link(uow(), ids["Eve <b>Bold</b>"], ids["Ann"], 2)
    return path


def test_a_cycle_and_a_person_nobody_reaches_get_clear_answers(
    qtbot, cycle_workspace: Path, isolated_settings: QSettings
) -> None:
    _ctx, window = open_main_window(qtbot, cycle_workspace, isolated_settings)
    page = open_network(qtbot, window)
    assert (page.scene.node_count(), page.scene.edge_count()) == (5, 5)
    page.target.setCurrentIndex(page.target.findText("Dee"))
    assert page.answer is not None
    assert [p.names for p in page.answer.paths] == [("Ann", "Ben", "Cy", "Dee")]
    assert len(page.scene.highlighted_edges()) == 3
    page.target.setCurrentIndex(page.target.findText("Eve <b>Bold</b>"))
    assert page.paths.count() == 0
    assert page.message.text() == (
        "Nobody is recorded as influencing Eve <b>Bold</b> in the workspace. "
        "Record who influences Eve <b>Bold</b> on their Who influences tab."
    )
    assert page.message.textFormat() == Qt.TextFormat.PlainText
    page.target.setCurrentIndex(page.target.findText("Ann"))
    assert page.message.text() == "Ann already supports us (supporter)."
    # Hover text: the name as written, never as markup.
    eve = next(n for n in page.scene.nodes.values() if n.person.name.startswith("Eve"))
    tip = page.scene.tooltip(eve)
    assert "Eve &lt;b&gt;Bold&lt;/b&gt;" in tip and "<b>Bold</b>" not in tip
    assert "Director" in tip and "Attitude: neutral" in tip
    QApplication.processEvents()


def test_another_workspace_starts_afresh(
    qtbot, cycle_workspace: Path, demo_copy: Path, isolated_settings: QSettings
) -> None:
    _ctx, window = open_main_window(qtbot, demo_copy, isolated_settings)
    page = open_network(qtbot, window)
    choose_scope(qtbot, page, "ERP replacement")
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        assert window.workspace_menu.open_path(cycle_workspace)
    assert page.scope.currentText() == "Everybody"
    assert [page.scope.itemText(i) for i in range(page.scope.count())] == ["Everybody", "ERP"]
    assert page.scene.node_count() == 5
