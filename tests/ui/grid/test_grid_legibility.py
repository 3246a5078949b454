"""What keeps a small map readable: every name placed clear of titles and markers, markers on top
of each other told apart, plan arrows that go around other people, a side panel read in full."""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF

from domain.usecases.ratings import GridMove, move_on_map
from ui.grid.grid_backdrop import title_rects
from ui.grid.legend import _column_widths, _entries
from ui.grid.marker_items import NO_LABEL

from .conftest import GridWorld


def _move(world: GridWorld, *moves: GridMove) -> None:
    move_on_map(world.ctx.uow(), world.map_id, list(moves))
    world.page.reload()
    world.view.fit()


def _label(world: GridWorld, name: str) -> QRectF:
    marker = world.scene.markers[world.ids[name]]
    assert marker.label_side != NO_LABEL, f"{name} has no name on the map"
    return marker.scene_rect_of(marker.label_rect(marker.label_side))


def test_people_on_top_of_each_other_both_get_a_name_clear_of_titles(world: GridWorld) -> None:
    ids = world.ids
    _move(
        world,
        GridMove(ids["Ada Lovelace"], 5.0, 10.0),
        GridMove(ids["Cy Young"], 4.6, 9.8),
        GridMove(ids["Bob Marley"], 9.8, 9.8),  # in the corner of "Manage closely"
    )
    labels = {name: _label(world, name) for name in ids}
    names = list(labels)
    for i, first in enumerate(names):
        for second in names[i + 1 :]:
            assert not labels[first].intersects(labels[second]), (first, second)
    titles = title_rects(world.scene.grid_style.label_font)
    for name, rect in labels.items():
        assert not any(rect.intersects(title) for title in titles), name
        for other, marker in world.scene.markers.items():
            if other != ids[name]:
                assert not rect.intersects(marker.scene_rect_of(marker.ring_rect())), name
    # Of two overlapping markers, the smaller sits on top, parted from the other by its cut ring.
    ada, cy = world.scene.markers[ids["Ada Lovelace"]], world.scene.markers[ids["Cy Young"]]
    smaller, bigger = sorted((ada, cy), key=lambda m: m.radius)
    assert smaller.zValue() >= bigger.zValue()


def test_a_plan_arrow_curves_around_someone_in_its_way(world: GridWorld) -> None:
    ids = world.ids
    # Bob stands at power 3 and the plan wants him at 8 (same interest): Ada stands between.
    _move(world, GridMove(ids["Ada Lovelace"], 5.5, 8.0))
    arrow = world.scene.arrows[ids["Bob Marley"]]
    ada = world.scene.markers[ids["Ada Lovelace"]]
    assert arrow.isVisible()
    points = [rect.center() for rect in arrow.footprint(step=4.0)]
    assert points
    clearance = min(math.hypot(p.x() - ada.x(), p.y() - ada.y()) for p in points)
    assert clearance > ada.radius + 3.6  # never over Ada's ring
    # It still starts at Bob and ends at his desired marker.
    bob, target = world.scene.markers[ids["Bob Marley"]], world.scene.desired[ids["Bob Marley"]]
    first, last = points[0], points[-1]
    assert math.hypot(first.x() - bob.x(), first.y() - bob.y()) < bob.radius + 12
    assert math.hypot(last.x() - target.x(), last.y() - target.y()) < target.radius + 22


def test_selecting_a_person_emphasises_their_plan_arrow(world: GridWorld) -> None:
    bob = world.ids["Bob Marley"]
    world.click(world.at("Bob Marley"))
    assert world.scene.selected_people() == [bob]
    assert world.scene.arrows[bob].emphasised
    world.scene.clearSelection()
    assert not world.scene.arrows[bob].emphasised


def test_the_panel_summary_breaks_only_between_quadrants(world: GridWorld) -> None:
    panel = world.page.panel
    panel.resize(260, panel.height())
    counts = panel.summary.text().splitlines()[0]
    parts = counts.split(" · ")
    assert len(parts) == 4
    assert all(" " not in part for part in parts)  # no-break spaces inside each part
    assert parts[-1] == "Monitor\u00a00" or parts[-1].startswith("Monitor\u00a0")


def test_the_legend_gives_every_entry_room_in_full(world: GridWorld) -> None:
    legend = world.page.panel.legend
    texts = [text for _swatch, text in _entries(legend.grid_style, legend.palette().text().color())]
    assert "Dashed: desired place" in texts
    for width in (400, 300, 200):
        columns = legend.columns_for(width)
        assert sum(_column_widths(texts, columns, legend.font(), 21.0)) <= width - 4 or columns == 1
        rows = math.ceil(len(texts) / columns)
        assert legend.heightForWidth(width) >= rows * 21
    assert legend.columns_for(400) == 3
