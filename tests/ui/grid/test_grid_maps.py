"""Managing maps from the Maps page: create, rename, duplicate (with positions), delete, undo."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from domain.model import Dimension
from domain.usecases.maps import list_maps, members
from domain.usecases.ratings import current_values
from tests.ui.grid.conftest import GridWorld
from ui.grid.map_dialogs import MapDialog


def _when_shown[T: QWidget](kind: type[T], act: Callable[[T], None]) -> None:
    """Act on the next modal dialog of ``kind`` as soon as it is open."""

    def attempt() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, kind) and widget.isVisible():
                act(widget)
                return
        QTimer.singleShot(20, attempt)

    QTimer.singleShot(0, attempt)


def _fill(name: str, purpose: str = "") -> Callable[[MapDialog], None]:
    def act(dialog: MapDialog) -> None:
        dialog.name.setText(name)
        dialog.purpose.setPlainText(purpose)
        dialog.accept()

    return act


def _names(world: GridWorld) -> list[str]:
    return [m.name for m in list_maps(world.ctx.uow())]


def test_create_a_map_through_the_dialog_and_undo_it(world: GridWorld) -> None:
    _when_shown(MapDialog, _fill("Data platform", "One platform for reporting"))
    world.page.actions_.new_map.trigger()
    assert "Data platform" in _names(world)
    assert world.page.current_map is not None
    assert world.page.current_map.name == "Data platform"
    assert world.page.map_combo.currentText() == "Data platform"
    assert world.page.scene.people == {}
    assert "Nobody on this map yet" in world.scene.backdrop.hint

    world.ctx.undo_stack.undo()
    assert "Data platform" not in _names(world)
    assert world.page.current_map is not None and world.page.current_map.name != "Data platform"
    world.ctx.undo_stack.redo()
    assert "Data platform" in _names(world)


def test_rename_keeps_the_people_and_can_be_undone(world: GridWorld) -> None:
    _when_shown(MapDialog, _fill("ERP programme", "Phase one: finance"))
    world.page.actions_.rename.trigger()
    assert "ERP programme" in _names(world)
    assert world.page.map_combo.currentText() == "ERP programme"
    assert world.page.panel.title.text() == "ERP programme"
    assert len(world.scene.people) == 3
    world.ctx.undo_stack.undo()
    assert "ERP replacement" in _names(world) and "ERP programme" not in _names(world)


def test_duplicate_copies_people_and_positions_to_a_new_map(world: GridWorld) -> None:
    _when_shown(MapDialog, _fill("ERP replacement — plan B"))
    world.page.actions_.duplicate.trigger()
    copy = world.page.current_map
    assert copy is not None and copy.name == "ERP replacement — plan B"
    assert copy.id is not None and copy.id != world.map_id
    assert {m.stakeholder_id for m in members(world.ctx.uow(), copy.id)} == set(world.ids.values())
    copied = {
        (v.stakeholder_id, v.dimension): v.value
        for v in current_values(
            world.ctx.uow(), [Dimension.POWER, Dimension.INTEREST], map_id=copy.id
        )
    }
    assert copied[(world.ids["Ada Lovelace"], Dimension.POWER)] == 2
    assert world.panel_quadrant("Bob Marley") == "Keep informed"
    # Moving someone on the copy leaves the original alone.
    world.drag(
        world.at("Ada Lovelace"),
        world.view.mapFromScene(world.scene.markers[world.ids["Bob Marley"]].pos()),
    )
    assert world.position("Ada Lovelace") == (2, 3)


def test_delete_asks_first_and_undo_brings_everything_back(world: GridWorld) -> None:
    def cancel(box: QMessageBox) -> None:
        box.button(QMessageBox.StandardButton.Cancel).click()

    _when_shown(QMessageBox, cancel)
    world.page.actions_.delete.trigger()
    assert "ERP replacement" in _names(world)

    def confirm(box: QMessageBox) -> None:
        [delete] = [b for b in box.buttons() if b.text() == "Delete Map"]
        delete.click()

    _when_shown(QMessageBox, confirm)
    world.page.actions_.delete.trigger()
    assert _names(world) == ["Cloud migration"]
    assert world.page.current_map is not None and world.page.current_map.name == "Cloud migration"

    world.ctx.undo_stack.undo()
    assert "ERP replacement" in _names(world)
    world.page.open_map(world.map_id)
    assert world.position("Ada Lovelace") == (2, 3)
    assert world.position("Bob Marley", desired=True) == (8, 8)
    assert len(world.scene.people) == 3


def test_the_map_chooser_switches_maps(qtbot, world: GridWorld) -> None:  # type: ignore[no-untyped-def]
    combo = world.page.map_combo
    index = combo.findText("Cloud migration")
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    assert world.page.current_map is not None and world.page.current_map.name == "Cloud migration"
    assert world.scene.people == {}
    assert world.page.actions_.rename.isEnabled()


def test_with_no_map_the_page_offers_to_create_one(qtbot, world: GridWorld) -> None:  # type: ignore[no-untyped-def]
    from domain.usecases.maps import delete_map
    from ui.app_context import Topic

    for stakeholder_map in list_maps(world.ctx.uow()):
        assert stakeholder_map.id is not None
        delete_map(world.ctx.uow(), stakeholder_map.id)
    world.ctx.announce(Topic.MAPS)
    assert world.page.stack.currentIndex() == 0
    assert not world.page.actions_.rename.isEnabled()
    _when_shown(MapDialog, _fill("First map"))
    create = world.page.findChild(QWidget, "createFirstMap")
    qtbot.mouseClick(create, Qt.MouseButton.LeftButton)
    assert world.page.stack.currentIndex() == 1
    assert world.page.current_map is not None and world.page.current_map.name == "First map"


def test_the_page_comes_back_to_the_map_last_shown(qtbot, world: GridWorld) -> None:  # type: ignore[no-untyped-def]
    from ui.grid.map_page import MapPage

    assert world.page.current_map is not None and world.page.current_map.name == "ERP replacement"
    again = MapPage(world.ctx)  # as after a restart: "Cloud migration" comes first by name
    qtbot.addWidget(again)
    assert again.current_map is not None and again.current_map.name == "ERP replacement"
