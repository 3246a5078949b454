"""Map ▸ Show Influence Arrows: who influences whom among the people placed on the map, drawn
over the grid; the arrows follow a move and a new link, and go with the toggle."""

from __future__ import annotations

from domain.usecases.influence import link
from domain.usecases.ratings import GridMove
from tests.ui.grid.conftest import GridWorld
from ui.app_context import Topic
from ui.grid.commands import MoveOnMapCommand
from ui.grid.influence_arrows import InfluenceArrowItem, influence_arrows_action
from ui.undo.use_case_command import push


def _arrows(world: GridWorld) -> list[InfluenceArrowItem]:
    return [i for i in world.scene.items() if isinstance(i, InfluenceArrowItem)]


def test_arrows_show_follow_and_hide(world: GridWorld) -> None:
    ada, bob, cy = (world.ids[n] for n in ("Ada Lovelace", "Bob Marley", "Cy Young"))
    link(world.ctx.uow(), ada, bob, 5)
    link(world.ctx.uow(), cy, ada, 3)  # Cy is not placed yet: no arrow
    action = influence_arrows_action(world.page)
    assert not action.isChecked() and _arrows(world) == []
    action.setChecked(True)
    arrows = _arrows(world)
    assert len(arrows) == 1
    before = arrows[0].boundingRect()
    # A move on the map: the arrow follows the marker.
    command = MoveOnMapCommand(world.ctx, world.map_id, [GridMove(bob, 9, 2)], "Move Bob")
    assert push(world.ctx, command)
    moved = _arrows(world)
    assert len(moved) == 1 and moved[0].boundingRect() != before
    # A new link, announced as the Influence tab does.
    link(world.ctx.uow(), bob, ada, 2)
    world.ctx.announce(Topic.INFLUENCE)
    assert len(_arrows(world)) == 2
    action.setChecked(False)
    assert _arrows(world) == []
