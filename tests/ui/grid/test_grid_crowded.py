"""A crowded map (300 people): stamped dots when zoomed far out, names when zoomed in,
and everything still selectable and draggable. Plus tooltips, written when asked for."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from domain.clock import utc_now
from domain.model import Dimension, MapMembership, Rating, Stakeholder, StakeholderMap
from domain.usecases.ratings import current_values
from persistence.workspace import create_workspace, open_workspace
from tests.ui.grid.conftest import GridWorld
from ui.app import create_application
from ui.app_context import AppContext
from ui.grid.geometry import to_scene
from ui.grid.grid_scene import CACHE_FROM, LABEL_LIMIT
from ui.grid.map_page import MapPage

PEOPLE = CACHE_FROM + 50


@pytest.fixture
def crowded(qtbot, tmp_path: Path) -> Iterator[tuple[AppContext, MapPage, int]]:  # type: ignore[no-untyped-def]
    path = tmp_path / "crowded.rapport"
    rng = random.Random(3)
    at = utc_now() - timedelta(days=3)
    with create_workspace(path) as workspace, workspace.uow() as uow:
        erp = uow.maps.add(StakeholderMap("Crowded")).id
        assert erp is not None
        for n in range(PEOPLE):
            person = uow.stakeholders.add(Stakeholder(f"Person {n:03d}")).id
            assert person is not None
            uow.maps.add_member(MapMembership(erp, person, at))
            for dimension in (Dimension.POWER, Dimension.INTEREST):
                uow.ratings.add(Rating(person, dimension, rng.uniform(0.5, 9.5), at, map_id=erp))
            if n % 10 == 0:
                for dimension in (Dimension.DESIRED_POWER, Dimension.DESIRED_INTEREST):
                    uow.ratings.add(Rating(person, dimension, 9.5, at, map_id=erp))
        uow.commit()
    create_application()
    ctx = AppContext()
    ctx.set_workspace(open_workspace(path))
    page = MapPage(ctx)
    qtbot.addWidget(page)
    page.resize(1300, 860)
    page.show()
    qtbot.waitExposed(page)
    page.open_map(erp)
    qtbot.waitUntil(lambda: page.map_view is not None and page.map_view.complete)
    yield ctx, page, erp
    page.close()
    ctx.close_workspace()


def test_zoomed_out_the_marker_layer_draws_the_crowd(crowded) -> None:  # type: ignore[no-untyped-def]
    _ctx, page, _erp = crowded
    scene = page.scene
    assert not scene.labels and scene.initials  # fitted: markers big enough for initials
    assert not any(m.stamped for m in scene.markers.values())
    page.view.zoom_by(0.5)
    assert not scene.labels and not scene.initials
    stamped = [m for m in scene.markers.values() if m.stamped]
    assert len(stamped) == PEOPLE
    assert scene.marker_layer.count == PEOPLE
    # Plans of a crowded map wait until zoomed in, or until their person is selected.
    assert not any(item.isVisible() for item in scene.desired.values())
    first = next(iter(scene.desired))
    scene.select_people([first])
    assert scene.desired[first].isVisible() and scene.arrows[first].isVisible()
    assert not scene.markers[first].stamped  # a selected person draws itself, ring and all
    page.view.viewport().grab()  # paints without error with both kinds of marker


def test_zooming_in_brings_back_names_and_initials(crowded) -> None:  # type: ignore[no-untyped-def]
    _ctx, page, _erp = crowded
    page.view.centerOn(to_scene(5, 5))
    page.view.zoom_by(6)
    visible = page.view.mapToScene(page.view.viewport().rect()).boundingRect()
    assert page.scene.positions_in(visible) <= LABEL_LIMIT
    assert page.scene.labels and page.scene.initials
    assert not any(m.stamped for m in page.scene.markers.values())
    page.view.fit()
    assert not page.scene.labels


def test_a_stamped_marker_is_dragged_like_any_other(crowded) -> None:  # type: ignore[no-untyped-def]
    ctx, page, erp = crowded
    view = page.view
    view.zoom_by(0.5)
    person_id, marker = next(
        (pid, m) for pid, m in page.scene.markers.items() if page.scene.person_at(m.pos()) is m
    )
    assert marker.stamped
    world = GridWorld(ctx, page, erp, {"x": person_id})
    world.drag(view.mapFromScene(marker.pos()), view.mapFromScene(to_scene(9.8, 0.2)))
    moved = {
        v.dimension: v.value
        for v in current_values(ctx.uow(), [Dimension.POWER, Dimension.INTEREST], [person_id], erp)
    }
    assert abs(moved[Dimension.POWER] - 9.8) < 0.3 and abs(moved[Dimension.INTEREST] - 0.2) < 0.3


def test_a_tooltip_tells_who_and_where(qtbot, world: GridWorld) -> None:  # type: ignore[no-untyped-def]
    at: QPoint = world.at("Ada Lovelace")
    event = QHelpEvent(QEvent.Type.ToolTip, at, world.view.viewport().mapToGlobal(at))
    QApplication.sendEvent(world.view.viewport(), event)
    qtbot.waitUntil(QToolTip.isVisible)
    text = QToolTip.text()
    for expected in ("Ada Lovelace", "CFO", "Finance", "Monitor", "champion", "8.0 / 10"):
        assert expected in text
    QToolTip.hideText()
