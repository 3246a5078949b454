"""The influence network on a scene: people, their names and who influences whom, and the ways to
reach someone highlighted.

Names are placed by the view after each zoom (:meth:`NetworkScene.place_labels`): the people on a
highlighted path first, then the most influential, each name shown only where it covers no other
name and no other disc; the rest read on hover or when zoomed in.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QFont, QFontMetricsF, QTransform
from PySide6.QtWidgets import QGraphicsScene, QGraphicsSceneHelpEvent, QToolTip

from domain.usecases.influence import STRENGTHS
from domain.usecases.influence_network import InfluenceNetwork, ReachPath
from ui.domain_words import attitude_label
from ui.network.layout import Positions
from ui.network.network_items import EdgeItem, LabelItem, NodeItem
from ui.plain_text import escape, rich_tooltip
from ui.translation import tr

#: Opacity of everything off the highlighted path.
DIMMED = 0.22
#: Room around the drawing.
MARGIN = 60.0
#: Cell size (pixels) of the grid that finds what a name would cover.
_CELL = 64


class NetworkScene(QGraphicsScene):
    def __init__(self, font: QFont) -> None:
        super().__init__()
        self.network: InfluenceNetwork | None = None
        self.nodes: dict[int, NodeItem] = {}
        self.labels: dict[int, LabelItem] = {}
        self.edges: list[EdgeItem] = []
        self.path: ReachPath | None = None
        self.label_font = QFont(font)
        self.label_font.setPixelSize(12)
        self.label_font.setWeight(QFont.Weight.DemiBold)
        self.label_metrics = QFontMetricsF(self.label_font)

    # -- content ------------------------------------------------------------------------------
    def show_network(self, network: InfluenceNetwork, positions: Positions) -> None:
        self.clear()
        self.nodes, self.labels, self.edges, self.path = {}, {}, [], None
        self.network = network
        for person in network.linked_people:
            x, y = positions.get(person.id, (0.0, 0.0))
            node = NodeItem(person, QPointF(x, y))
            self.addItem(node)
            self.nodes[person.id] = node
            label = LabelItem(node, self.label_font, self.label_metrics)
            self.addItem(label)
            self.labels[person.id] = label
        for link in network.links:
            source, target = self.nodes.get(link.source_id), self.nodes.get(link.target_id)
            if source is not None and target is not None:
                edge = EdgeItem(link.id, source, target, link.strength)
                self.addItem(edge)
                self.edges.append(edge)
        bounds = QRectF()
        for node in self.nodes.values():
            bounds = bounds.united(node.sceneBoundingRect())
        self.setSceneRect(bounds.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN + 20))

    def node_count(self) -> int:
        return len(self.nodes)

    def edge_count(self) -> int:
        return len(self.edges)

    def person_at(self, at: QPointF, transform: QTransform) -> NodeItem | None:
        for item in self.items(at, deviceTransform=transform):
            if isinstance(item, NodeItem):
                return item
            if isinstance(item, LabelItem):
                return item.node
        return None

    # -- a way to reach someone ---------------------------------------------------------------
    def highlight(self, path: ReachPath | None) -> None:
        """Draw ``path`` in the path colour and dim everything else (None: nothing dimmed)."""
        self.path = path
        people = set(path.people) if path else set()
        steps = set(zip(path.people, path.people[1:], strict=False)) if path else set()
        for person_id, node in self.nodes.items():
            on = person_id in people
            label = self.labels[person_id]
            if node.on_path != on:
                node.set_on_path(on)
                label.update()  # its ink follows the disc's
            node.setOpacity(1.0 if on or path is None else DIMMED)
            label.setOpacity(node.opacity())
        for edge in self.edges:
            on = (edge.source.person_id, edge.target.person_id) in steps
            edge.set_on_path(on)
            edge.setOpacity(1.0 if on or path is None else DIMMED)

    def highlighted_edges(self) -> list[EdgeItem]:
        return [e for e in self.edges if e.on_path]

    # -- names that do not cover each other ---------------------------------------------------
    def place_labels(self, transform: QTransform, visible: QRectF) -> None:
        """Show each name where it covers no other name and no other disc, on the view whose
        scene-to-pixel ``transform`` (scale and shift only) is given; ``visible`` is the part of
        the scene on screen. Plain numbers, not QRectF: this runs on every zoom step."""
        zoom, dx, dy = transform.m11(), transform.m31(), transform.m32()
        left, top, right, bottom = visible.left(), visible.top(), visible.right(), visible.bottom()
        taken: dict[tuple[int, int], list[Box]] = {}
        discs: dict[tuple[int, int], list[tuple[int, Box]]] = {}
        centres: dict[int, tuple[float, float]] = {}
        for person_id, node in self.nodes.items():
            x, y = node.x(), node.y()
            r = node.radius
            if x + r < left or x - r > right or y + r < top or y - r > bottom:
                continue
            cx, cy = x * zoom + dx, y * zoom + dy
            centres[person_id] = (cx, cy)
            rz = r * zoom
            disc = (cx - rz, cy - rz, cx + rz, cy + rz)
            for cell in _cells(disc):
                discs.setdefault(cell, []).append((person_id, disc))
        for label in self._by_priority():
            node = label.node
            centre = centres.get(node.person_id)
            if centre is None:
                label.setVisible(False)
                continue
            chosen: tuple[str, Box] | None = None
            for side in LabelItem.SIDES:
                band = _band(centre, label.offsets(side, zoom))
                if _free(band, node.person_id, taken, discs):
                    chosen = (side, band)
                    break
            if chosen is None and node.on_path:
                chosen = ("below", _band(centre, label.offsets("below", zoom)))
            if chosen is not None:
                label.place(chosen[0], zoom)
                for cell in _cells(chosen[1]):
                    taken.setdefault(cell, []).append(chosen[1])
            label.setVisible(chosen is not None)

    def _by_priority(self) -> list[LabelItem]:
        def rank(label: LabelItem) -> tuple[bool, float, str]:
            person = label.node.person
            return (not label.node.on_path, -(person.influence or 0.0), person.name)

        return sorted(self.labels.values(), key=rank)

    # -- hover --------------------------------------------------------------------------------
    def helpEvent(self, event: QGraphicsSceneHelpEvent) -> None:
        view = event.widget()
        transform = QTransform()
        if view is not None and view.parent() is not None:
            transform = view.parent().viewportTransform()  # type: ignore[attr-defined]
        node = self.person_at(event.scenePos(), transform)
        if node is None:
            QToolTip.hideText()
            event.ignore()
            return
        QToolTip.showText(event.screenPos(), self.tooltip(node), view)
        event.accept()

    def tooltip(self, node: NodeItem) -> str:
        person = node.person
        lines = [f"<b>{escape(person.name)}</b>"]
        if person.job_title:
            lines.append(escape(person.job_title))
        attitude = (
            attitude_label(person.attitude) if person.attitude is not None else tr("not rated")
        )
        influence = f"{person.influence:.1f}" if person.influence is not None else "not rated"
        lines.append(f"Attitude: {attitude} · influence: {influence}")
        lines += self._link_lines(node.person_id)
        return rich_tooltip("<br>".join(lines))

    def _link_lines(self, person_id: int) -> Iterable[str]:
        if self.network is None:
            return []
        into = sum(1 for k in self.network.links if k.target_id == person_id)
        out = sum(1 for k in self.network.links if k.source_id == person_id)
        strongest = max(
            (k for k in self.network.links if k.target_id == person_id),
            key=lambda k: k.strength,
            default=None,
        )
        lines = [f"Influenced by {into} · influences {out}"]
        if strongest is not None:
            who = self.network.person(strongest.source_id)
            if who is not None:
                word = STRENGTHS.get(strongest.strength, "")
                lines.append(f"Most moved by {escape(who.name)} ({word})")
        lines.append("<i>Double-click to open</i>")
        return lines


#: A rectangle in pixels: (left, top, right, bottom).
type Box = tuple[float, float, float, float]


def _band(centre: tuple[float, float], offsets: tuple[float, float, float, float]) -> Box:
    left, top = centre[0] + offsets[0], centre[1] + offsets[1]
    return (left, top, left + offsets[2], top + offsets[3])


def _overlap(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _free(
    band: Box,
    owner: int,
    taken: dict[tuple[int, int], list[Box]],
    discs: dict[tuple[int, int], list[tuple[int, Box]]],
) -> bool:
    cells = list(_cells(band))
    if any(_overlap(band, other) for c in cells for other in taken.get(c, ())):
        return False
    return not any(
        _overlap(band, disc) for c in cells for who, disc in discs.get(c, ()) if who != owner
    )


def _cells(box: Box) -> Iterable[tuple[int, int]]:
    for x in range(int(box[0]) // _CELL, int(box[2]) // _CELL + 1):
        for y in range(int(box[1]) // _CELL, int(box[3]) // _CELL + 1):
            yield (x, y)
