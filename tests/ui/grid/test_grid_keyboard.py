"""Everything by keyboard: nudging with the arrow keys, planning with Alt, opening, removing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from domain.usecases.maps import members
from tests.ui.grid.conftest import GridWorld


def _focus_and_select(qtbot, world: GridWorld, name: str) -> None:  # type: ignore[no-untyped-def]
    world.view.setFocus()
    qtbot.waitUntil(world.view.hasFocus)
    world.scene.select_people([world.ids[name]])


def test_arrow_keys_nudge_the_selection_half_a_point_and_shift_a_tenth(
    qtbot, world: GridWorld
) -> None:  # type: ignore[no-untyped-def]
    _focus_and_select(qtbot, world, "Ada Lovelace")
    QTest.keyClick(world.view, Qt.Key.Key_Up)
    assert world.position("Ada Lovelace") == (2.5, 3)
    QTest.keyClick(world.view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert world.position("Ada Lovelace") == (2.5, 3.1)
    QTest.keyClick(world.view, Qt.Key.Key_Down)
    QTest.keyClick(world.view, Qt.Key.Key_Left)
    assert world.position("Ada Lovelace") == (2.0, 2.6)
    assert world.ctx.undo_stack.count() == 4  # one step per key press
    world.ctx.undo_stack.undo()
    assert world.position("Ada Lovelace") == (2.0, 3.1)
    # The selection survives the reload that follows each change, so nudging can go on.
    assert world.scene.selected_people() == [world.ids["Ada Lovelace"]]


def test_nudging_stops_at_the_edge_of_the_grid(qtbot, world: GridWorld) -> None:  # type: ignore[no-untyped-def]
    _focus_and_select(qtbot, world, "Bob Marley")
    for _ in range(6):
        QTest.keyClick(world.view, Qt.Key.Key_Right)
    assert world.position("Bob Marley") == (3, 10)
    assert world.ctx.undo_stack.count() == 4  # 8.5 … 10; the presses after that change nothing


def test_alt_arrows_nudge_the_plan_starting_from_where_they_stand(qtbot, world: GridWorld) -> None:  # type: ignore[no-untyped-def]
    _focus_and_select(qtbot, world, "Ada Lovelace")
    QTest.keyClick(world.view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert world.position("Ada Lovelace", desired=True) == (2.5, 3)
    assert world.position("Ada Lovelace") == (2, 3)
    assert world.ids["Ada Lovelace"] in world.scene.desired


def test_enter_opens_and_delete_removes_from_the_map(qtbot, world: GridWorld) -> None:  # type: ignore[no-untyped-def]
    ada = world.ids["Ada Lovelace"]
    _focus_and_select(qtbot, world, "Ada Lovelace")
    with qtbot.waitSignal(world.ctx.show_stakeholder) as opened:
        QTest.keyClick(world.view, Qt.Key.Key_Return)
    assert opened.args == [ada]
    QTest.keyClick(world.view, Qt.Key.Key_Delete)
    assert ada not in {m.stakeholder_id for m in members(world.ctx.uow(), world.map_id)}
    assert ada not in world.scene.markers
    world.ctx.undo_stack.undo()
    assert ada in world.scene.markers
    assert world.position("Ada Lovelace") == (2, 3)


def test_ctrl_a_selects_everyone_and_escape_clears(qtbot, world: GridWorld) -> None:  # type: ignore[no-untyped-def]
    _focus_and_select(qtbot, world, "Ada Lovelace")
    QTest.keyClick(world.view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert len(world.scene.selected_people()) == 3
    QTest.keyClick(world.view, Qt.Key.Key_Escape)
    assert world.scene.selected_people() == []


def test_the_side_list_selects_on_the_canvas(qtbot, world: GridWorld) -> None:  # type: ignore[no-untyped-def]
    panel = world.page.panel
    panel.tree.setFocus()
    qtbot.waitUntil(panel.tree.hasFocus)
    QTest.keyClick(panel.tree, Qt.Key.Key_Home)
    QTest.keyClick(panel.tree, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert set(world.scene.selected_people()) == {
        world.ids["Ada Lovelace"],
        world.ids["Bob Marley"],
    }
    with qtbot.waitSignal(world.ctx.show_stakeholder) as opened:
        QTest.keyClick(panel.tree, Qt.Key.Key_Return)
    assert opened.args[0] in (world.ids["Ada Lovelace"], world.ids["Bob Marley"])


def test_zoom_keys_and_fit(qtbot, world: GridWorld) -> None:  # type: ignore[no-untyped-def]
    fitted = world.view.zoom
    world.view.setFocus()
    qtbot.waitUntil(world.view.hasFocus)
    QTest.keyClick(world.view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert world.view.zoom > fitted * 1.2
    QTest.keyClick(world.view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert abs(world.view.zoom - fitted) < 1e-6


def test_page_shortcuts_reach_what_the_toolbar_offers(qtbot, world: GridWorld) -> None:  # type: ignore[no-untyped-def]
    world.view.setFocus()
    qtbot.waitUntil(world.view.hasFocus)
    shift_ctrl = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    QTest.keyClick(world.view, Qt.Key.Key_G, shift_ctrl)
    assert world.view.snapping and world.page.actions_.snap.isChecked()
    QTest.keyClick(world.view, Qt.Key.Key_H, shift_ctrl)
    assert world.page.time_bar.replaying and not world.view.editable
    QTest.keyClick(world.view, Qt.Key.Key_H, shift_ctrl)
    assert not world.page.time_bar.replaying and world.view.editable
    assert "(Ctrl+Shift+A)" in world.page.actions_.add_people.toolTip()


def test_r_opens_the_rating_dialog_on_this_map(qtbot, world: GridWorld) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    from ui.ratings.rating_dialog import RatingDialog

    _focus_and_select(qtbot, world, "Bob Marley")
    QTest.keyClick(world.view, Qt.Key.Key_R)

    def dialog() -> RatingDialog | None:
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, RatingDialog)]
        return next((w for w in found if w.isVisible()), None)

    qtbot.waitUntil(lambda: dialog() is not None)
    opened = dialog()
    assert opened is not None
    assert opened.heading.text() == "Bob Marley" and opened.map_id == world.map_id
    opened.reject()


def test_p_types_in_a_place_so_the_keyboard_can_place_people_from_the_tray(
    qtbot, world: GridWorld
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ui.grid.map_dialogs import PlanDialog

    def answer() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, PlanDialog) and widget.isVisible():
                assert widget.windowTitle() == "Position"
                widget.power.setValue(7.5)
                widget.interest.setValue(2.0)
                widget.accept()
                return
        QTimer.singleShot(20, answer)

    _focus_and_select(qtbot, world, "Cy Young")
    assert not world.scene.placements[world.ids["Cy Young"]].placed
    QTimer.singleShot(0, answer)
    QTest.keyClick(world.view, Qt.Key.Key_P)
    assert world.position("Cy Young") == (7.5, 2.0)
    assert world.panel_quadrant("Cy Young") == "Keep satisfied"
