"""The grid page's actions: managing maps and their people, zoom, snapping, export and print.

Every change goes through an undoable command; the page follows the data through ``ctx.changed``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMenu, QMessageBox

from domain.model import StakeholderMap
from domain.usecases.map_members import Arrival
from domain.usecases.organisations import list_organisations
from domain.usecases.ratings import GridMove
from domain.usecases.stakeholders import list_stakeholders
from ui.file_saving import ask_save_path
from ui.grid import grid_export
from ui.grid.commands import (
    AddPeopleCommand,
    CreateMapCommand,
    DeleteMapCommand,
    DuplicateMapCommand,
    EditMapCommand,
    MoveOnMapCommand,
    RemovePeopleCommand,
)
from ui.grid.map_dialogs import AddPeopleDialog, MapDialog, PlanDialog
from ui.plain_text import message_box, tooltip
from ui.translation import tr
from ui.undo.use_case_command import push

if TYPE_CHECKING:
    from ui.grid.map_page import MapPage

_EXPORTS = {
    "png": ("PNG image", "PNG images (*.png)"),
    "svg": ("SVG drawing", "SVG drawings (*.svg)"),
    "pdf": ("PDF document", "PDF documents (*.pdf)"),
}


def _safe_file_name(name: str) -> str:
    cleaned = "".join(c if c.isalnum() or c in " -_" else " " for c in name).strip()
    return " ".join(cleaned.split()) or "Map"


class MapActions:
    def __init__(self, page: MapPage) -> None:
        self.page = page
        self.ctx = page.ctx

        def action(
            text: str,
            slot: Callable[[], object],
            shortcut: str | QKeySequence.StandardKey | None = None,
            tip: str = "",
        ) -> QAction:
            """An action of the page; its shortcut works while the focus is on the page (the
            toolbar's buttons take no focus, so shortcuts are the keyboard's way in)."""
            made = QAction(text, page)
            made.triggered.connect(lambda _checked=False: slot())
            if shortcut is not None:
                made.setShortcut(QKeySequence(shortcut))
                made.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                keys = made.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                tip = f"{tip or text.rstrip('…')} ({keys})"
            if tip:
                made.setToolTip(tooltip(tip))
            page.addAction(made)
            return made

        # No shortcut: Ctrl+Shift+M is New Meeting, from anywhere.
        self.new_map = action("New Map…", self.create_map, tip="Create a map for an initiative")
        self.rename = action(
            "Rename…", self.rename_map, "F2", "Rename the map or change its purpose"
        )
        self.duplicate = action(
            "Duplicate…",
            self.duplicate_map,
            "Ctrl+Shift+D",
            "A new map with the same people in the same places",
        )
        self.delete = action("Delete…", self.delete_map, "Ctrl+Shift+Del", "Delete the map")
        self.add_people = action(
            "Add People…",
            self.pick_people,
            "Ctrl+Shift+A",
            "Put people from the register on this map (or drag them here from the list)",
        )
        self.remove_people = action(
            "Remove from Map",
            self.remove_selected,
            tip="Take the selected people off this map (Delete on the grid)",
        )
        self.zoom_in = action(
            "Zoom In", lambda: page.view.zoom_by(1.25), QKeySequence.StandardKey.ZoomIn
        )
        self.zoom_in.setShortcuts([QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")])
        self.zoom_out = action(
            "Zoom Out", lambda: page.view.zoom_by(0.8), QKeySequence.StandardKey.ZoomOut
        )
        self.fit = action("Fit", page.view.fit, "Ctrl+0", "Fit the whole map in the window")
        self.snap = action(
            "Snap to ½", self._toggle_snap, "Ctrl+Shift+G", "Drops and drags land on half-points"
        )
        self.snap.setCheckable(True)
        self.replay = action(
            "Replay History",
            page.time_bar.replay.toggle,
            "Ctrl+Shift+H",
            "Show the map as it stood on a past day",
        )
        page.time_bar.replay.setToolTip(self.replay.toolTip())
        self.export_menu = QMenu(tr("Export"), page)
        for suffix, (label, _filter) in _EXPORTS.items():
            self.export_menu.addAction(f"{label}…", partial(self.export, suffix))
        self.export_actions = dict(zip(_EXPORTS, self.export_menu.actions(), strict=True))
        self.export_pdf = self.export_actions["pdf"]
        self.export_pdf.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.export_pdf.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        page.addAction(self.export_pdf)
        self.export_menu.addSeparator()
        # No shortcut: Ctrl+P is the prep sheet of the current meeting, from anywhere.
        self.print_action = action("Print…", self.print_map)
        self.export_menu.addAction(self.print_action)

    # -- state --------------------------------------------------------------------------------
    def update_enabled(self) -> None:
        page = self.page
        has_map = page.current_map is not None
        editable = has_map and not page.time_bar.replaying
        for made in (self.rename, self.duplicate, self.delete):
            made.setEnabled(has_map)
        self.add_people.setEnabled(editable)
        self.remove_people.setEnabled(editable and bool(page.scene.selected_people()))
        for made in (self.zoom_in, self.zoom_out, self.fit):
            made.setEnabled(has_map)
        self.export_menu.setEnabled(has_map)
        self.export_pdf.setEnabled(has_map)
        self.print_action.setEnabled(has_map)

    def _toggle_snap(self) -> None:
        self.page.view.snapping = self.snap.isChecked()

    # -- maps ---------------------------------------------------------------------------------
    def create_map(self) -> None:
        dialog = MapDialog("New Map", "Create", parent=self.page)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        command = CreateMapCommand(
            self.ctx, StakeholderMap(dialog.name.text(), dialog.purpose.toPlainText().strip())
        )
        if push(self.ctx, command) and command.map_id is not None:
            self.page.open_map(command.map_id)

    def rename_map(self) -> None:
        current = self.page.current_map
        if current is None:
            return
        dialog = MapDialog("Rename Map", "Rename", current.name, current.purpose, self.page)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        after = StakeholderMap(
            dialog.name.text(),
            dialog.purpose.toPlainText().strip(),
            current.starts_on,
            current.ends_on,
            current.id,
        )
        if (after.name, after.purpose) != (current.name, current.purpose):
            push(self.ctx, EditMapCommand(self.ctx, current, after))

    def duplicate_map(self) -> None:
        current = self.page.current_map
        if current is None:
            return
        dialog = MapDialog("Duplicate Map", "Duplicate", f"{current.name} (copy)", parent=self.page)
        dialog.purpose.setPlainText(current.purpose)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        command = DuplicateMapCommand(self.ctx, current, dialog.name.text())
        if push(self.ctx, command) and command.map_id is not None:
            self.page.open_map(command.map_id)

    def delete_map(self) -> None:
        current = self.page.current_map
        if current is None:
            return
        box = message_box(
            QMessageBox.Icon.Question,
            tr("Delete Map"),
            tr("Delete the map “{name}”?").format(name=current.name),
            self.page,
            QMessageBox.StandardButton.Cancel,
            object_name="deleteMapBox",
        )
        box.setInformativeText(
            tr(
                "Its positions and plans go with it; the people stay in the register. "
                "Edit ▸ Undo (Ctrl+Z) puts it back while Rapport stays open. A backup is taken "
                "first: after closing, File ▸ Restore from Backup brings it back."
            )
        )
        delete = box.addButton(tr("Delete Map"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is delete:
            self.ctx.backup_before("delete-map")
            push(self.ctx, DeleteMapCommand(self.ctx, current))

    # -- people -------------------------------------------------------------------------------
    def pick_people(self) -> None:
        current = self.page.current_map
        if current is None or current.id is None:
            return
        on_map = set(self.page.scene.people)
        people = [p for p in list_stakeholders(self.ctx.uow()) if p.id not in on_map]
        organisations = {o.id: o.name for o in list_organisations(self.ctx.uow()) if o.id}
        picker = AddPeopleDialog(people, organisations, self.page)
        if picker.exec() == QDialog.DialogCode.Accepted:
            self.add([Arrival(pid) for pid in picker.chosen_ids()])

    def add(self, arrivals: list[Arrival]) -> None:
        current = self.page.current_map
        if arrivals and current is not None and current.id is not None:
            names = self._names([a.stakeholder_id for a in arrivals])
            push(self.ctx, AddPeopleCommand(self.ctx, current.id, arrivals, names))

    def remove_selected(self) -> None:
        self.remove(self.page.scene.selected_people())

    def remove(self, ids: list[int]) -> None:
        current = self.page.current_map
        if ids and current is not None and current.id is not None:
            push(self.ctx, RemovePeopleCommand(self.ctx, current.id, ids, self._names(ids)))

    def move(self, moves: list[GridMove]) -> None:
        current = self.page.current_map
        if moves and current is not None and current.id is not None:
            moves = [self._as_seen(m) for m in moves]
            names = self._names(list(dict.fromkeys(m.stakeholder_id for m in moves)))
            if not push(self.ctx, MoveOnMapCommand(self.ctx, current.id, moves, names=names)):
                self.page.scene.refresh()  # refused (or asked about): markers back where they were

    def _as_seen(self, move: GridMove) -> GridMove:
        """The move, saying where the map showed the person: if someone else moved them
        meanwhile, the move is refused and the user chooses (ui/undo/conflict.py)."""
        placement = self.page.scene.placements.get(move.stakeholder_id)
        if placement is None:
            return move
        if move.desired:
            return replace(move, seen=(placement.desired_power, placement.desired_interest))
        return replace(move, seen=(placement.power, placement.interest))

    def _names(self, ids: list[int]) -> list[str]:
        """The names of ``ids`` (for undo labels), from the map or else the register."""
        on_map = self.page.scene.people
        if any(i not in on_map for i in ids):
            from domain.usecases.timeline import people_names

            everyone = people_names(self.ctx.uow())
            return [everyone.get(i, "") for i in ids]
        return [on_map[i].name for i in ids]

    def plan(self, person_id: int) -> None:
        self._place(person_id, desired=True)

    def position(self, person_id: int) -> None:
        """Type in where someone stands (how a keyboard user places people from the tray)."""
        self._place(person_id, desired=False)

    def _place(self, person_id: int, desired: bool) -> None:
        placement = self.page.scene.placements.get(person_id)
        person = self.page.scene.people.get(person_id)
        if placement is None or person is None:
            return
        if desired and placement.has_desired:
            power, interest = placement.desired_power, placement.desired_interest
        else:
            power, interest = placement.power, placement.interest
        dialog = PlanDialog(person.name, power or 5.0, interest or 5.0, self.page, desired)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.move(
                [
                    GridMove(
                        person_id, dialog.power.value(), dialog.interest.value(), desired=desired
                    )
                ]
            )

    def rate(self, person_id: int) -> None:
        """Attitude on this map, trust and influence: the quick rating dialog, kept open."""
        from ui.ratings.rating_dialog import open_rating_dialog

        current = self.page.current_map
        open_rating_dialog(self.ctx, person_id, current.id if current else None, self.page)

    # -- output -------------------------------------------------------------------------------
    def export(self, suffix: str) -> None:
        current = self.page.current_map
        if current is None:
            return
        label, file_filter = _EXPORTS[suffix]
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = Path(folder) / f"{_safe_file_name(current.name)}.{suffix}"
        chosen = ask_save_path(
            self.page, f"Export as {label}", suggested, file_filter, f".{suffix}"
        )
        if chosen is not None:
            self.export_to(chosen, suffix)

    def export_to(self, path: Path, suffix: str) -> bool:
        if path.suffix.lower() != f".{suffix}":
            path = path.with_name(path.name + f".{suffix}")
        writer = {
            "png": grid_export.export_png,
            "svg": grid_export.export_svg,
            "pdf": grid_export.export_pdf,
        }[suffix]
        try:
            writer(self.page.scene, self.page.sheet(), path)
        except OSError as error:
            self.ctx.report(f"The map could not be exported: {error}")
            return False
        self.page.status(f"Exported to {path.name}.")
        return True

    def print_map(self) -> None:
        if self.page.current_map is not None:
            grid_export.print_map(self.page.scene, self.page.sheet(), self.page)
