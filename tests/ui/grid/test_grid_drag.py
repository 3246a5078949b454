"""Dragging people on the grid with the real mouse: stored ratings, quadrant shown, undo, redo."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from domain.model import Dimension
from domain.rules.quadrant import Quadrant
from domain.usecases.ratings import history
from tests.ui.grid.conftest import GridWorld
from ui.grid.geometry import to_scene
from ui.grid.people_panel import GAP, PLAN


def _to(world: GridWorld, power: float, interest: float) -> QPoint:
    return world.view.mapFromScene(to_scene(power, interest))


def test_drag_from_monitor_to_manage_closely_records_ratings_and_shows_the_quadrant(
    world: GridWorld,
) -> None:
    ada = world.ids["Ada Lovelace"]
    assert world.panel_quadrant("Ada Lovelace") == "Monitor"
    world.drag(world.at("Ada Lovelace"), _to(world, 8, 7))

    power, interest = world.position("Ada Lovelace")
    assert abs(power - 8) < 0.15 and abs(interest - 7) < 0.15
    stored = history(world.ctx.uow(), ada, [Dimension.POWER], world.map_id)
    assert len(stored) == 3  # placed, moved a month ago, and this drag: history is kept
    assert world.panel_quadrant("Ada Lovelace") == "Manage closely"
    assert world.scene.placements[ada].quadrant is Quadrant.MANAGE_CLOSELY
    assert "Manage closely" in world.scene.markers[ada].tooltip()
    assert world.ctx.undo_stack.count() == 1


def test_undo_restores_the_old_ratings_and_redo_reapplies_them(world: GridWorld) -> None:
    ada = world.ids["Ada Lovelace"]
    before = history(world.ctx.uow(), ada, map_id=world.map_id)
    world.drag(world.at("Ada Lovelace"), _to(world, 8, 7))
    after = history(world.ctx.uow(), ada, map_id=world.map_id)
    assert len(after) == len(before) + 2

    world.ctx.undo_stack.undo()
    assert history(world.ctx.uow(), ada, map_id=world.map_id) == before
    assert world.position("Ada Lovelace") == (2, 3)
    assert world.panel_quadrant("Ada Lovelace") == "Monitor"
    assert world.scene.markers[ada].pos() == to_scene(2, 3)

    world.ctx.undo_stack.redo()
    assert history(world.ctx.uow(), ada, map_id=world.map_id) == after
    assert world.panel_quadrant("Ada Lovelace") == "Manage closely"


def test_dragging_several_selected_people_is_one_undo_step(qtbot, world: GridWorld) -> None:  # type: ignore[no-untyped-def]
    world.click(world.at("Ada Lovelace"))
    world.click(world.at("Bob Marley"), Qt.KeyboardModifier.ControlModifier)
    assert set(world.scene.selected_people()) == {
        world.ids["Ada Lovelace"],
        world.ids["Bob Marley"],
    }
    qtbot.waitUntil(
        lambda: set(world.page.panel.selected_ids()) == set(world.scene.selected_people())
    )

    start = world.at("Ada Lovelace")
    world.drag(start, start + (_to(world, 3, 4) - _to(world, 2, 3)))  # one point up, one right

    ada, bob = world.position("Ada Lovelace"), world.position("Bob Marley")
    assert abs(ada[0] - 3) < 0.1 and abs(ada[1] - 4) < 0.1
    assert abs(bob[0] - 4) < 0.1 and abs(bob[1] - 9) < 0.1
    assert world.ctx.undo_stack.count() == 1
    world.ctx.undo_stack.undo()
    assert world.position("Ada Lovelace") == (2, 3)
    assert world.position("Bob Marley") == (3, 8)


def test_snap_puts_a_drop_on_half_points(world: GridWorld) -> None:
    world.page.actions_.snap.trigger()
    world.drag(world.at("Ada Lovelace"), _to(world, 7.23, 6.61))
    assert world.position("Ada Lovelace") == (7.0, 6.5)


def test_a_drag_cannot_leave_the_grid(world: GridWorld) -> None:
    world.drag(world.at("Ada Lovelace"), _to(world, 14, -3))
    assert world.position("Ada Lovelace") == (10.0, 0.0)


def test_dragging_the_desired_marker_plans_a_new_place(world: GridWorld) -> None:
    bob = world.ids["Bob Marley"]
    assert world.position("Bob Marley", desired=True) == (8, 8)
    world.drag(world.at("Bob Marley", desired=True), _to(world, 9, 6))
    power, interest = world.position("Bob Marley", desired=True)
    assert abs(power - 9) < 0.1 and abs(interest - 6) < 0.1
    assert world.position("Bob Marley") == (3, 8)  # where he stands did not change
    assert world.scene.desired[bob].pos() == to_scene(power, interest)
    assert world.ctx.undo_stack.undoText().startswith("Plan")


def test_alt_drag_from_a_marker_draws_out_a_plan(world: GridWorld) -> None:
    ada = world.ids["Ada Lovelace"]
    assert ada not in world.scene.desired
    world.drag(world.at("Ada Lovelace"), _to(world, 7, 7), Qt.KeyboardModifier.AltModifier)
    power, interest = world.position("Ada Lovelace", desired=True)
    assert abs(power - 7) < 0.1 and abs(interest - 7) < 0.1
    assert world.position("Ada Lovelace") == (2, 3)
    assert ada in world.scene.desired and ada in world.scene.arrows
    model = world.page.panel.model
    assert model.index(model.row_of(ada), PLAN).data() == "→ Manage closely"
    assert float(model.index(model.row_of(ada), GAP).data()) > 5


def test_a_person_from_the_tray_is_placed_where_dropped(world: GridWorld) -> None:
    cy = world.ids["Cy Young"]
    marker = world.scene.markers[cy]
    assert marker.isVisible() and not world.scene.placements[cy].placed
    world.drag(world.view.mapFromScene(marker.pos()), _to(world, 6, 2))
    power, interest = world.position("Cy Young")
    assert abs(power - 6) < 0.1 and abs(interest - 2) < 0.1
    assert world.panel_quadrant("Cy Young") == "Keep satisfied"


def test_a_click_selects_and_a_double_click_opens_the_person(qtbot, world: GridWorld) -> None:  # type: ignore[no-untyped-def]
    bob = world.ids["Bob Marley"]
    world.click(world.at("Bob Marley"))
    assert world.scene.selected_people() == [bob]
    qtbot.waitUntil(lambda: world.page.panel.selected_ids() == [bob])
    with qtbot.waitSignal(world.ctx.show_stakeholder) as opened:
        from PySide6.QtTest import QTest

        QTest.mouseDClick(
            world.view.viewport(), Qt.MouseButton.LeftButton, pos=world.at("Bob Marley")
        )
    assert opened.args == [bob]


def test_rubber_band_selects_people_inside_it(qtbot, world: GridWorld) -> None:  # type: ignore[no-untyped-def]
    world.drag(_to(world, 4.5, 0.2), _to(world, 0.2, 4.5))  # from empty grid, around Ada only
    assert world.scene.selected_people() == [world.ids["Ada Lovelace"]]
    qtbot.waitUntil(lambda: world.page.panel.selected_ids() == [world.ids["Ada Lovelace"]])
    assert world.ctx.undo_stack.count() == 0
