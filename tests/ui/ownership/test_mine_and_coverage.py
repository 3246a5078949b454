"""Owners in the window: "Mine" in the register, on a map and in Needs attention; Set Owner… on
several people at once; a unit's owner on the Units page; and the Team coverage tab. All on a
real workspace file, through the real widgets, each change undone through the undo stack."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QSettings

from domain.clock import utc_now
from domain.model import Organisation, Stakeholder, StakeholderMap
from domain.usecases.maps import create_map, place_on_map
from domain.usecases.organisations import add_organisation
from domain.usecases.ownership import set_owners, set_unit_owner
from domain.usecases.stakeholders import add_stakeholder, get_stakeholder
from persistence.repositories.notes import local_login
from persistence.workspace import create_workspace
from tests.ui.conftest import open_main_window
from ui.grid.grid_scene import DIMMED_OPACITY


@dataclass(frozen=True)
class World:
    path: Path
    ids: dict[str, int]
    finance: int
    sales: int


@pytest.fixture
def world(tmp_path: Path) -> World:
    """Ada is mine, Bob is Carol's, Cy is nobody's; all three on the ERP map, placed long ago
    and never contacted (so overdue); I own Finance, nobody owns Sales."""
    path = tmp_path / "team.rapport"
    with create_workspace(path) as opened:
        uow = opened.uow
        group = add_organisation(uow(), Organisation("Group"))
        assert group.id is not None
        finance = add_organisation(uow(), Organisation("Finance", parent_id=group.id))
        sales = add_organisation(uow(), Organisation("Sales", parent_id=group.id))
        assert finance.id is not None and sales.id is not None
        ids: dict[str, int] = {}
        for name in ("Ada Lovelace", "Bob Marley", "Cy Young"):
            added = add_stakeholder(
                uow(), Stakeholder(name, organisation_id=group.id, unit_id=finance.id)
            )
            assert added.id is not None
            ids[name] = added.id
        set_owners(uow(), [ids["Ada Lovelace"]], local_login())
        set_owners(uow(), [ids["Bob Marley"]], "carol.x")
        set_unit_owner(uow(), finance.id, local_login())
        erp = create_map(uow(), StakeholderMap("ERP"))
        assert erp.id is not None
        for person in ids.values():
            place_on_map(uow(), erp.id, person, 8, 8, at=utc_now() - timedelta(days=60))
    return World(path, ids, finance.id, sales.id)


def test_mine_in_the_register_and_set_owner_on_several_people(
    qtbot, world: World, isolated_settings: QSettings
) -> None:
    ctx, window = open_main_window(qtbot, world.path, isolated_settings)
    register = window.register
    assert register.proxy.rowCount() == 3
    register.mine.click()
    assert register.proxy.rowCount() == 1
    assert register.count_label.text() == "1 of 3 people shown"
    register.mine.click()
    assert register.proxy.rowCount() == 3

    # Bob and Cy chosen in the register, Stakeholder ▸ Set Owner…, me.
    selection = register.table.selectionModel()
    selection.clearSelection()
    for name in ("Bob Marley", "Cy Young"):
        row = register.proxy.mapFromSource(
            register.model.index(register.model.row_of(world.ids[name]), 0)
        )
        selection.select(
            row, QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        )
    window.set_owner_action.trigger()
    dialog = register.owner_dialog
    qtbot.waitUntil(dialog.isVisible)
    dialog.combo.setCurrentIndex(dialog.combo.findData(local_login()))
    dialog.accept()
    owners = {n: get_stakeholder(ctx.uow(), i).owner for n, i in world.ids.items()}
    assert set(owners.values()) == {local_login()}
    assert ctx.undo_stack.undoText() == "Set owner of 2 people"
    register.mine.click()
    assert register.proxy.rowCount() == 3
    ctx.undo_stack.undo()  # each gets back their own owner
    assert get_stakeholder(ctx.uow(), world.ids["Bob Marley"]).owner == "carol.x"
    assert get_stakeholder(ctx.uow(), world.ids["Cy Young"]).owner is None
    assert register.proxy.rowCount() == 1


def test_mine_on_the_map_and_in_needs_attention(
    qtbot, world: World, isolated_settings: QSettings
) -> None:
    _ctx, window = open_main_window(qtbot, world.path, isolated_settings)
    window.show_page("Maps")
    maps = window.lazy_page("Maps")
    qtbot.waitUntil(lambda: len(maps.scene.markers) == 3 and maps.filters.me is not None)
    maps.filters.mine.click()
    dimmed = {p for p, m in maps.scene.markers.items() if m.opacity() == DIMMED_OPACITY}
    assert dimmed == {world.ids["Bob Marley"], world.ids["Cy Young"]}
    assert maps.filters.describe() == "mine" and maps.filters.clear.isEnabled()
    maps.filters.clear.click()
    assert not maps.filters.mine.isChecked()

    window.show_page("Attention")
    page = window.lazy_page("Attention")
    qtbot.waitUntil(lambda: page.report is not None)
    contact = page.sections()["contact"]
    assert contact.model.rowCount() == 3
    page.mine.click()
    assert [contact.model.row(0).name] == ["Ada Lovelace"] and contact.model.rowCount() == 1
    page.mine.click()
    assert contact.model.rowCount() == 3


def test_a_units_owner_is_chosen_and_the_coverage_tab_shows_who_owns_what(
    qtbot, world: World, isolated_settings: QSettings
) -> None:
    ctx, window = open_main_window(qtbot, world.path, isolated_settings)
    window.show_page("Units")
    units = window.lazy_page("Units")
    qtbot.waitUntil(units.isVisible)
    units.select(world.sales)
    combo = units.panel.owner
    assert combo.currentText() == "Nobody"
    combo.setCurrentIndex(combo.findData(local_login()))
    combo.activated.emit(combo.currentIndex())
    with ctx.uow() as uow:
        assert uow.organisations.get(world.sales).owner == local_login()  # type: ignore[union-attr]
    units.select(world.sales)
    assert units.tree.currentItem().text(5) == local_login()
    ctx.undo_stack.undo()
    with ctx.uow() as uow:
        assert uow.organisations.get(world.sales).owner is None  # type: ignore[union-attr]

    units.views.setCurrentWidget(units.coverage)
    view = units.coverage
    qtbot.waitUntil(lambda: view.report is not None)
    owners = {
        view.owners.topLevelItem(i).text(0): view.owners.topLevelItem(i)
        for i in range(view.owners.topLevelItemCount())
    }
    mine = owners[f"{local_login()} (me)"]
    assert [mine.child(i).text(0) for i in range(mine.childCount())] == ["Group › Finance"]
    assert (mine.text(1), mine.text(2)) == ("1", "1")
    assert owners["carol.x"].text(1) == "1"  # not in the team, still owns Bob
    nobody = owners["Units nobody owns"]
    assert [nobody.child(i).text(0) for i in range(nobody.childCount())] == [
        "Group",
        "Group › Sales",
    ]
    unowned = [
        view.unowned.topLevelItem(i).text(0) for i in range(view.unowned.topLevelItemCount())
    ]
    assert unowned == ["Cy Young"]
    late = {
        view.overdue.topLevelItem(i).text(0): view.overdue.topLevelItem(i)
        for i in range(view.overdue.topLevelItemCount())
    }
    assert set(late) == {f"{local_login()} (me)", "carol.x"}
    assert late[f"{local_login()} (me)"].child(0).text(0) == "Ada Lovelace"
    assert view.summary.text() == (
        "2 owners · no owner: 1 person, 2 units · 2 owners with people overdue for contact"
    )

    # Double-clicking a person opens them in the register.
    view.unowned.itemActivated.emit(view.unowned.topLevelItem(0), 0)
    assert window.current_person_id() == world.ids["Cy Young"]
