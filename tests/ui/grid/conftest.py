"""Fixtures for the grid: a real workspace file with people on a map, and the Maps page on it."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from domain.clock import utc_now
from domain.model import Attitude, Dimension, Organisation, Stakeholder, StakeholderMap
from domain.usecases.map_members import Arrival, add_people
from domain.usecases.maps import create_map
from domain.usecases.organisations import add_organisation
from domain.usecases.ratings import GridMove, current_values, move_on_map, rate
from domain.usecases.stakeholders import add_stakeholder
from persistence.workspace import create_workspace, open_workspace
from ui.app import create_application
from ui.app_context import AppContext
from ui.grid.map_page import MapPage

#: When the workspace's history starts: 60 days ago.
AGO = timedelta(days=60)


@dataclass
class GridWorld:
    ctx: AppContext
    page: MapPage
    map_id: int
    #: name -> stakeholder id
    ids: dict[str, int]

    @property
    def view(self):  # type: ignore[no-untyped-def]
        return self.page.view

    @property
    def scene(self):  # type: ignore[no-untyped-def]
        return self.page.scene

    def position(self, name: str, desired: bool = False) -> tuple[float, float]:
        dims = (
            [Dimension.DESIRED_POWER, Dimension.DESIRED_INTEREST]
            if desired
            else [Dimension.POWER, Dimension.INTEREST]
        )
        values = {
            v.dimension: v.value
            for v in current_values(self.ctx.uow(), dims, [self.ids[name]], self.map_id)
        }
        return values[dims[0]], values[dims[1]]

    def at(self, name: str, desired: bool = False) -> QPoint:
        """Where the person's (desired) marker is on the viewport."""
        items = self.scene.desired if desired else self.scene.markers
        return self.view.mapFromScene(items[self.ids[name]].pos())

    def drag(self, start: QPoint, end: QPoint, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
        """A real mouse drag on the viewport, in a few steps."""
        viewport = self.view.viewport()
        QTest.mousePress(viewport, Qt.MouseButton.LeftButton, modifier, start)
        for step in (1, 2, 3, 4):
            point = start + (end - start) * (step / 4)
            QTest.mouseMove(viewport, point)
        QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, modifier, end)

    def click(self, point: QPoint, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
        QTest.mouseClick(self.view.viewport(), Qt.MouseButton.LeftButton, modifier, point)

    def panel_quadrant(self, name: str) -> str:
        model = self.page.panel.model
        row = model.row_of(self.ids[name])
        return model.index(row, 1).data()


def build_workspace(path: Path) -> tuple[int, dict[str, int]]:
    """Ada in monitor, Bob keeping informed (planned for manage closely), Cy not placed yet.

    Ada was first placed 60 days ago at (1, 1), then moved to (2, 3) 30 days ago.
    """
    past = utc_now() - AGO
    with create_workspace(path) as workspace:
        uow = workspace.uow
        finance = add_organisation(uow(), Organisation("Finance"))
        ids = {}
        for name, title, tags in (
            ("Ada Lovelace", "CFO", ["board"]),
            ("Bob Marley", "Head of Sales", []),
            ("Cy Young", "Controller", ["budget"]),
        ):
            person = add_stakeholder(
                uow(), Stakeholder(name, job_title=title, organisation_id=finance.id, tags=tags)
            )
            assert person.id is not None
            ids[name] = person.id
        erp = create_map(uow(), StakeholderMap("ERP replacement"))
        assert erp.id is not None
        add_people(
            uow(),
            erp.id,
            [Arrival(ids["Ada Lovelace"], 1, 1), Arrival(ids["Bob Marley"], 3, 8)],
            at=past,
        )
        add_people(uow(), erp.id, [Arrival(ids["Cy Young"])], at=past)
        move_on_map(uow(), erp.id, [GridMove(ids["Ada Lovelace"], 2, 3)], at=past + AGO / 2)
        move_on_map(uow(), erp.id, [GridMove(ids["Bob Marley"], 8, 8, desired=True)], at=past)
        rate(
            uow(), ids["Ada Lovelace"], Dimension.SUPPORT, Attitude.CHAMPION, map_id=erp.id, at=past
        )
        rate(uow(), ids["Bob Marley"], Dimension.SUPPORT, Attitude.BLOCKER, map_id=erp.id, at=past)
        rate(uow(), ids["Ada Lovelace"], Dimension.TRUST, 8, at=past)
        rate(uow(), ids["Bob Marley"], Dimension.INFLUENCE, 9, at=past)
        create_map(uow(), StakeholderMap("Cloud migration"))
    return erp.id, ids


@pytest.fixture
def world(qtbot, tmp_path: Path) -> Iterator[GridWorld]:  # type: ignore[no-untyped-def]
    path = tmp_path / "grid.rapport"
    map_id, ids = build_workspace(path)
    create_application()
    ctx = AppContext()
    ctx.set_workspace(open_workspace(path))
    page = MapPage(ctx)
    qtbot.addWidget(page)
    page.resize(1300, 860)
    page.show()
    qtbot.waitExposed(page)
    page.open_map(map_id)
    page.view.fit()
    yield GridWorld(ctx, page, map_id, ids)
    page.close()
    ctx.close_workspace()
