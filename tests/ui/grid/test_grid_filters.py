"""Filters dim the people they leave out; search highlights matches and dims the rest."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from domain.model import Attitude
from tests.ui.grid.conftest import GridWorld
from ui.grid.grid_filter import UNRATED, GridFilter, mark
from ui.grid.grid_scene import DIMMED_OPACITY


def _dimmed(world: GridWorld) -> set[str]:
    names = {v: k for k, v in world.ids.items()}
    return {names[pid] for pid, m in world.scene.markers.items() if m.opacity() == DIMMED_OPACITY}


def _lit(world: GridWorld) -> set[str]:
    names = {v: k for k, v in world.ids.items()}
    return {names[pid] for pid, m in world.scene.markers.items() if m.highlighted}


def test_typing_a_search_highlights_matches_and_dims_the_rest(qtbot, world: GridWorld) -> None:  # type: ignore[no-untyped-def]
    search = world.page.filters.search
    search.setFocus()
    qtbot.waitUntil(search.hasFocus)
    QTest.keyClicks(search, "cfo")  # Ada's title
    assert _lit(world) == {"Ada Lovelace"}
    assert _dimmed(world) == {"Bob Marley", "Cy Young"}
    search.clear()
    QTest.keyClicks(search, "budget")  # Cy's tag
    assert _lit(world) == {"Cy Young"}
    search.clear()
    assert _lit(world) == set() and _dimmed(world) == set()


def test_filters_by_attitude_tag_and_organisation(world: GridWorld) -> None:
    bar = world.page.filters
    bar.attitude.setCurrentIndex(bar.attitude.findData(int(Attitude.BLOCKER)))
    assert _dimmed(world) == {"Ada Lovelace", "Cy Young"}
    bar.attitude.setCurrentIndex(bar.attitude.findData(UNRATED))
    assert _dimmed(world) == {"Ada Lovelace", "Bob Marley"}
    assert bar.clear.isEnabled()
    bar.clear.click()
    assert _dimmed(world) == set() and not bar.clear.isEnabled()
    assert [bar.tag.itemText(i) for i in range(bar.tag.count())] == ["All tags", "board", "budget"]
    bar.tag.setCurrentIndex(bar.tag.findText("board"))
    assert _dimmed(world) == {"Bob Marley", "Cy Young"}
    bar.reset()
    assert [bar.organisation.itemText(i) for i in range(bar.organisation.count())] == [
        "All organisations",
        "Finance",
    ]
    bar.organisation.setCurrentIndex(1)
    assert _dimmed(world) == set()  # everyone works in Finance


def test_the_side_list_greys_people_left_out(world: GridWorld) -> None:
    world.page.filters.search.setText("marley")
    model = world.page.panel.model
    grey = model.index(model.row_of(world.ids["Ada Lovelace"]), 0).data(
        Qt.ItemDataRole.ForegroundRole
    )
    plain = model.index(model.row_of(world.ids["Bob Marley"]), 0).data(
        Qt.ItemDataRole.ForegroundRole
    )
    assert grey is not None and plain is None


def test_mark_combines_filters_and_search(world: GridWorld) -> None:
    people, placements = world.scene.people, world.scene.placements
    marks = mark(GridFilter(search="young", tag="budget"), people, placements)
    assert marks.highlighted == {world.ids["Cy Young"]}
    marks = mark(GridFilter(search="young", tag="board"), people, placements)
    assert marks.highlighted == frozenset() and len(marks.dimmed) == 3
