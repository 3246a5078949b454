"""Laying out a crowded map: 200 people in one quadrant, against the names-only placement the
view ran before on the same markers.

Setup (once per run, untimed): a grid scene with 200 people, all in "Manage closely", with the
influence, names and marker sizes of real people (Qt measures the names).

    grid.crowd_layout      ui.grid.crowd_layout.lay_out from scratch: every marker to a free spot
                           of its quadrant, then every name (beside, moved for, or on a leader
                           line), as when a map is opened
    grid.crowd_relayout    the same with the previous layout after one person was dropped into
                           the crowd: what each drop costs
    baseline               ui.grid.label_placement.place_labels on the same markers and room: the
                           names-only placement (markers left on each other) that the view ran on
                           every zoom and scroll before, and still runs on maps over the label limit

The layout runs once per data change, not per frame; target: ≤ 100 ms for the drop.
"""

from __future__ import annotations

import os
import random
import time
from dataclasses import dataclass
from typing import Any

from _registry import Context, Measurement, benchmark

PEOPLE = 200
FIRST = ["Ada", "Bob", "Chiara", "Dmitri", "Eun-ji", "Farid", "Greta", "Hiroshi", "Ines", "Jonas"]
LAST = ["Okafor", "Lindqvist", "Fitzgerald", "Nakamura", "El-Amrani", "Halvorsen", "Berg", "Ng"]


@dataclass
class Setup:
    app: Any
    scene: Any
    members: list[Any]
    keep_off: list[Any]
    inside: Any
    names_keep_off: list[Any]


def _setup() -> Setup:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QFont

    from domain.usecases.map_view import MapPerson, Placement
    from ui.app import create_application
    from ui.grid.crowd_display import box, members_of
    from ui.grid.geometry import scene_rect
    from ui.grid.grid_backdrop import Backdrop
    from ui.grid.grid_scene import GridScene
    from ui.grid.marker_style import GridStyle

    app = create_application()
    rng = random.Random(11)
    font = QFont(app.font())
    scene = GridScene(
        GridStyle.make(False, app.palette().highlight().color(), font), Backdrop(False, font)
    )
    people, placements = {}, {}
    for n in range(1, PEOPLE + 1):
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)} {n}"
        people[n] = MapPerson(n, name, name[0] + name.split()[1][0], "", "", "", (), None)
        placements[n] = Placement(
            n,
            power=round(rng.uniform(5.2, 9.8), 1),
            interest=round(rng.uniform(5.2, 9.8), 1),
            support=rng.randint(0, 4),
            trust=rng.randint(0, 10),
            influence=rng.randint(0, 10),
        )
    scene.show_map(people, placements)
    return Setup(
        app,
        scene,
        members_of(scene.markers.values()),
        [box(r) for r in scene.heading_rects()],
        box(scene_rect(0)),
        [box(r) for r in scene.axis_rects()],
    )


def _ms(function: Any, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        best = min(best, time.perf_counter() - start)
    return best * 1000


@benchmark("grid.crowd_layout", "grid.crowd_relayout")
def crowd_layout(ctx: Context) -> dict[str, Measurement]:
    from dataclasses import replace

    from ui.grid.crowd_layout import lay_out
    from ui.grid.label_placement import place_labels

    setup: Setup = ctx.once("crowd-layout", _setup)
    scene = setup.scene

    def layout(previous: Any = None, members: Any = None) -> Any:
        return lay_out(
            members or setup.members,
            keep_off=setup.keep_off,
            inside=setup.inside,
            names_keep_off=setup.names_keep_off,
            previous=previous,
        )

    fresh = _ms(layout)
    first = layout()
    crowd = setup.members[len(setup.members) // 2]
    dropped = replace(setup.members[0], x=crowd.x + 1, y=crowd.y + 1)  # onto someone else
    moved = [dropped, *setup.members[1:]]
    again = _ms(lambda: layout(first, moved))

    rect = scene.sceneRect()
    obstacles = [*scene.heading_rects(), *scene.axis_rects()]
    baseline = _ms(lambda: place_labels(scene.markers.values(), rect, rect, obstacles))
    return {
        "grid.crowd_layout": Measurement(fresh, "ms", baseline=baseline),
        "grid.crowd_relayout": Measurement(again, "ms", baseline=baseline),
    }
