"""Two people moving the same person on a map: the second drag is not silently put over the
first one. The user is told who moved them and when, and chooses; undo takes back only one's own
move. The real Maps page and mouse; "another client" moves Ada through its own unit of work,
unannounced, as a colleague on the server would (the page still shows her where she was)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from domain.usecases.ratings import GridMove, move_on_map
from persistence.authorship import local_user
from tests.ui.grid.conftest import GridWorld
from ui.grid.geometry import to_scene


def _to(world: GridWorld, power: float, interest: float) -> QPoint:
    return world.view.mapFromScene(to_scene(power, interest))


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


def _moved_by_someone_else(world: GridWorld, power: float, interest: float) -> None:
    ada = world.ids["Ada Lovelace"]
    move_on_map(world.ctx.uow(), world.map_id, [GridMove(ada, power, interest)])


def test_a_drag_over_someone_elses_move_asks_and_can_overwrite(qtbot, world: GridWorld) -> None:  # type: ignore[no-untyped-def]
    start = world.at("Ada Lovelace")  # shown at (2, 3)
    _moved_by_someone_else(world, 9, 2)
    world.drag(start, _to(world, 8, 7))

    box = _conflict_box(qtbot)
    said = box.text()
    assert f"{local_user()} changed where Ada Lovelace stands on this map" in said
    assert "Overwrite with Mine" in said and "Keep Theirs" in said
    assert world.position("Ada Lovelace") == (9, 2)  # nothing recorded while asking
    assert world.ctx.undo_stack.count() == 0
    _choose(qtbot, box, "overwriteButton")

    power, interest = world.position("Ada Lovelace")
    assert abs(power - 8) < 0.15 and abs(interest - 7) < 0.15
    assert world.ctx.undo_stack.count() == 1
    world.ctx.undo_stack.undo()  # back to where the other person had put her
    assert world.position("Ada Lovelace") == (9, 2)


def test_keep_theirs_shows_their_move_and_cancel_changes_nothing(qtbot, world: GridWorld) -> None:  # type: ignore[no-untyped-def]
    ada = world.ids["Ada Lovelace"]
    start = world.at("Ada Lovelace")
    _moved_by_someone_else(world, 9, 2)
    world.drag(start, _to(world, 8, 7))
    _choose(qtbot, _conflict_box(qtbot), "cancel")
    assert world.position("Ada Lovelace") == (9, 2)

    world.drag(world.at("Ada Lovelace"), _to(world, 8, 7))  # the page still shows (2, 3)…
    _choose(qtbot, _conflict_box(qtbot), "keepTheirsButton")
    assert world.position("Ada Lovelace") == (9, 2)
    qtbot.waitUntil(lambda: world.scene.markers[ada].pos() == to_scene(9, 2))  # …now theirs
    assert world.ctx.undo_stack.count() == 0


def test_undo_refuses_to_put_back_a_place_someone_moved_since(qtbot, world: GridWorld) -> None:  # type: ignore[no-untyped-def]
    messages: list[str] = []
    world.ctx.error.connect(messages.append)
    world.drag(world.at("Ada Lovelace"), _to(world, 8, 7))
    assert world.ctx.undo_stack.count() == 1
    _moved_by_someone_else(world, 9, 2)

    world.ctx.undo_stack.undo()
    assert world.position("Ada Lovelace") == (9, 2)  # their move stands
    assert messages and "undoing yours would overwrite theirs" in messages[-1]
    assert local_user() in messages[-1]
    qtbot.waitUntil(lambda: world.ctx.undo_stack.index() == 1)  # the step stays done
