"""People join a map by a drop from the register (carrying their ids) or through the picker."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from domain.model import Stakeholder
from domain.usecases.maps import members
from domain.usecases.register import register
from domain.usecases.stakeholders import add_stakeholder
from tests.ui.grid.conftest import GridWorld
from ui.app_context import Topic
from ui.grid.geometry import to_scene
from ui.grid.map_dialogs import AddPeopleDialog
from ui.stakeholders.register_model import STAKEHOLDER_IDS_MIME, RegisterModel


def _register_drag(world: GridWorld, names: list[str]) -> QMimeData:
    """What the register puts on the clipboard when these rows are dragged."""
    model = RegisterModel()
    model.set_rows(register(world.ctx.uow()))
    rows = [model.row_of(world.ids[name]) for name in names]
    assert all(model.flags(model.index(r, 0)) & Qt.ItemFlag.ItemIsDragEnabled for r in rows)
    assert model.mimeTypes() == [STAKEHOLDER_IDS_MIME]
    return model.mimeData([model.index(r, 0) for r in rows] + [model.index(rows[0], 2)])


def _drop(world: GridWorld, data: QMimeData, at: QPoint) -> bool:
    viewport = world.view.viewport()
    enter = QDragEnterEvent(
        QPointF(at),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(viewport, enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(
        QPointF(at),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(viewport, drop)
    return drop.isAccepted()


def _newcomer(world: GridWorld, name: str) -> int:
    person = add_stakeholder(world.ctx.uow(), Stakeholder(name, job_title="Auditor"))
    assert person.id is not None
    world.ids[name] = person.id
    world.ctx.announce(Topic.STAKEHOLDERS)
    return person.id


def test_a_drop_from_the_register_places_people_where_dropped(world: GridWorld) -> None:
    dee = _newcomer(world, "Dee Hock")
    data = _register_drag(world, ["Dee Hock"])
    assert _drop(world, data, world.view.mapFromScene(to_scene(7, 2)))
    assert dee in {m.stakeholder_id for m in members(world.ctx.uow(), world.map_id)}
    power, interest = world.position("Dee Hock")
    assert abs(power - 7) < 0.1 and abs(interest - 2) < 0.1
    assert world.panel_quadrant("Dee Hock") == "Keep satisfied"
    world.ctx.undo_stack.undo()
    assert dee not in {m.stakeholder_id for m in members(world.ctx.uow(), world.map_id)}
    assert dee not in world.scene.markers
    world.ctx.undo_stack.redo()
    assert world.panel_quadrant("Dee Hock") == "Keep satisfied"


def test_a_drop_outside_the_grid_puts_people_in_the_tray(world: GridWorld) -> None:
    dee = _newcomer(world, "Dee Hock")
    below = world.view.mapFromScene(QPointF(300, world.scene.sceneRect().bottom() - 10))
    assert _drop(world, _register_drag(world, ["Dee Hock"]), below)
    assert not world.scene.placements[dee].placed
    assert world.scene.markers[dee].isVisible()


def test_other_drops_are_refused(world: GridWorld) -> None:
    data = QMimeData()
    data.setText("not people")
    assert not _drop(world, data, world.view.mapFromScene(to_scene(5, 5)))


def test_the_picker_adds_the_people_ticked(world: GridWorld) -> None:
    dee = _newcomer(world, "Dee Hock")
    _newcomer(world, "Eve Ng")

    def pick() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, AddPeopleDialog) and widget.isVisible():
                names = [widget.model.item(r).text() for r in range(widget.model.rowCount())]
                assert names == ["Dee Hock  —  Auditor", "Eve Ng  —  Auditor"]  # only newcomers
                widget.filter.setText("dee")
                assert widget.proxy.rowCount() == 1
                widget.model.item(0).setCheckState(Qt.CheckState.Checked)
                widget.accept()
                return
        QTimer.singleShot(20, pick)

    QTimer.singleShot(0, pick)
    world.page.actions_.add_people.trigger()
    on_map = {m.stakeholder_id for m in members(world.ctx.uow(), world.map_id)}
    assert dee in on_map and world.ids["Eve Ng"] not in on_map
    assert world.panel_quadrant("Dee Hock") == "Not placed"
