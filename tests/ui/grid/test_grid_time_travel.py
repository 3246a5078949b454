"""Time travel: the slider replays older positions; compare mode draws trails; no edits then."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from domain.clock import utc_now
from domain.model import Interaction, InteractionKind
from domain.usecases.interactions import log_interaction
from tests.ui.grid.conftest import GridWorld
from ui.formatting import format_date
from ui.grid.geometry import to_scene
from ui.grid.people_panel import MOVED


def _replay(qtbot, world: GridWorld) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(world.page.time_bar.replay, Qt.MouseButton.LeftButton)
    assert world.page.time_bar.replaying


def test_the_slider_shows_the_older_positions(qtbot, world: GridWorld) -> None:  # type: ignore[no-untyped-def]
    ada, cy = world.ids["Ada Lovelace"], world.ids["Cy Young"]
    _replay(qtbot, world)
    slider = world.page.time_bar.slider
    assert slider.maximum() >= 60 and slider.value() == slider.maximum()
    assert world.scene.markers[ada].pos() == to_scene(2, 3)

    slider.setFocus()
    qtbot.waitUntil(slider.hasFocus)
    QTest.keyClick(slider, Qt.Key.Key_Home)  # the first day: Ada where she was first placed
    assert world.scene.markers[ada].pos() == to_scene(1, 1)
    assert world.page.time_bar.day_label.text().startswith("As of")
    assert world.page.banner.isVisible()
    assert "stood on" in world.page.banner_text.text()
    assert not world.scene.markers[cy].isVisible()  # not placed then (nor now): no tray in the past
    assert world.panel_quadrant("Ada Lovelace") == "Monitor"

    QTest.keyClick(slider, Qt.Key.Key_End)
    assert world.scene.markers[ada].pos() == to_scene(2, 3)
    assert world.page.time_bar.day_label.text() == "Today"
    assert not world.page.banner.isVisible()


def test_replaying_forbids_edits_and_leaving_restores_them(qtbot, world: GridWorld) -> None:  # type: ignore[no-untyped-def]
    ada = world.ids["Ada Lovelace"]
    _replay(qtbot, world)
    world.page.time_bar.slider.setValue(0)
    start = world.at("Ada Lovelace")
    world.drag(start, world.view.mapFromScene(to_scene(9, 9)))
    assert world.position("Ada Lovelace") == (2, 3)
    assert world.ctx.undo_stack.count() == 0
    assert not world.page.actions_.add_people.isEnabled()

    qtbot.mouseClick(world.page.time_bar.replay, Qt.MouseButton.LeftButton)
    assert world.view.editable and world.scene.markers[ada].pos() == to_scene(2, 3)
    assert world.scene.markers[world.ids["Cy Young"]].isVisible()  # the tray is back


def test_compare_draws_each_movers_trail_and_lists_the_change(qtbot, world: GridWorld) -> None:  # type: ignore[no-untyped-def]
    ada, bob = world.ids["Ada Lovelace"], world.ids["Bob Marley"]
    _replay(qtbot, world)
    bar = world.page.time_bar
    bar.since.setDate(bar.since.minimumDate())
    qtbot.mouseClick(bar.compare, Qt.MouseButton.LeftButton)
    trails = {t.stakeholder_id: t for t in world.scene.trail_layer.trails}
    assert set(trails) == {ada}  # Bob never moved
    points = [trails[ada].polyline.at(i) for i in range(trails[ada].polyline.size())]
    assert points == [to_scene(1, 1), to_scene(2, 3)]
    model = world.page.panel.model
    assert not world.page.panel.tree.isColumnHidden(MOVED)
    assert model.index(model.row_of(ada), MOVED).data() == "moved 2.2"
    assert model.index(model.row_of(bob), MOVED).data() == ""

    qtbot.mouseClick(bar.compare, Qt.MouseButton.LeftButton)
    assert world.scene.trail_layer.trails == []
    assert world.page.panel.tree.isColumnHidden(MOVED)


def test_a_change_while_replaying_is_replayed_too(qtbot, world: GridWorld) -> None:  # type: ignore[no-untyped-def]
    from domain.usecases.ratings import GridMove, move_on_map

    _replay(qtbot, world)
    move_on_map(world.ctx.uow(), world.map_id, [GridMove(world.ids["Ada Lovelace"], 9, 9)])
    from ui.app_context import Topic

    world.ctx.announce(Topic.RATINGS)
    assert world.scene.markers[world.ids["Ada Lovelace"]].pos() == to_scene(9, 9)
    world.page.time_bar.slider.setValue(0)
    assert world.scene.markers[world.ids["Ada Lovelace"]].pos() == to_scene(1, 1)


@pytest.mark.date_sensitive  # reads the clock: run a year ahead too
def test_a_replayed_day_shows_the_last_contact_as_it_was_then(qtbot, world: GridWorld) -> None:  # type: ignore[no-untyped-def]
    ada = world.ids["Ada Lovelace"]
    met = utc_now() - timedelta(days=10)
    log_interaction(
        world.ctx.uow(), Interaction(met, InteractionKind.MEETING, participant_ids=[ada])
    )
    world.page.open_map(world.map_id)  # the map re-read, as after logging from its own menu
    marker = world.scene.markers[ada]
    # The same date format as everywhere else: "1 Dec 2026", never "01 Dec 2026".
    today_says = f"Last contact: {format_date(met)}"
    assert today_says in marker.tooltip()

    _replay(qtbot, world)
    slider = world.page.time_bar.slider
    slider.setFocus()
    qtbot.waitUntil(slider.hasFocus)
    QTest.keyClick(slider, Qt.Key.Key_Home)  # 60 days ago: not met yet
    assert "Last contact: never" in world.scene.markers[ada].tooltip()
    QTest.keyClick(slider, Qt.Key.Key_End)
    assert today_says in world.scene.markers[ada].tooltip()
