"""Delete Map takes a backup first, and its confirmation promises no more than undo can do."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from domain.usecases.maps import list_maps
from persistence.workspace import count_contents, list_backups
from tests.ui.grid.conftest import GridWorld


def _when_shown(act: Callable[[QMessageBox], None]) -> None:
    def attempt() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                act(widget)
                return
        QTimer.singleShot(20, attempt)

    QTimer.singleShot(0, attempt)


def test_delete_map_backs_up_first_and_says_how_to_get_it_back(world: GridWorld) -> None:
    path = world.ctx.workspace.path
    assert path is not None
    said: list[str] = []

    def confirm(box: QMessageBox) -> None:
        said.append(box.informativeText())
        [delete] = [b for b in box.buttons() if b.text() == "Delete Map"]
        delete.click()

    _when_shown(confirm)
    world.page.actions_.delete.trigger()
    assert [m.name for m in list_maps(world.ctx.uow())] == ["Cloud migration"]
    assert world.ctx.backups.wait()

    [backup] = list_backups(path)
    assert backup.reason == "before-delete-map"
    assert count_contents(backup.path).maps == 2  # the deleted map is in the backup
    # The map's ten placements, plans and attitudes; trust and influence stay in the workspace.
    assert (count_contents(backup.path).ratings, count_contents(path).ratings) == (12, 2)
    # Undo is promised only while Rapport stays open; after that, the backup.
    assert "while Rapport stays open" in said[0]
    assert "Restore from Backup" in said[0]
    assert "You can undo this" not in said[0]
