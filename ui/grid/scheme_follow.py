"""The map takes the new colours when the colour scheme changes while Rapport runs (issue 15,
item 10): the platform turns dark, ui.look.apply_scheme sets a dark application palette, and the
map page, told by a PaletteChange, recolours the grid, its markers, plans and people list in place
(no reload, selection and zoom kept)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QGraphicsScene

from ui.grid.grid_scene import GridScene
from ui.grid.marker_style import GridStyle


def recolour(scene: GridScene, dark: bool, highlight: QColor, font: QFont) -> bool:
    """Give ``scene`` (and all that shares its style) the colours for ``dark`` and ``highlight``;
    False when they are the ones it has already."""
    style = scene.grid_style
    if style.dark == dark and style.selection_pen.color() == highlight:
        return False
    style.take(GridStyle.make(dark, highlight, font))
    scene.backdrop.dark = dark
    for item in scene.person_items():
        item.set_style(style)  # each marker keeps its own copies of its pens and brushes
        mode = item.cacheMode()
        if mode != item.CacheMode.NoCache:
            item.setCacheMode(item.CacheMode.NoCache)  # throws the cached pixmap away
            item.setCacheMode(mode)
    for arrow in scene.arrows.values():
        arrow.update()
    scene.marker_layer.forget_sprites()
    scene.invalidate(scene.sceneRect(), QGraphicsScene.SceneLayer.AllLayers)
    return True
