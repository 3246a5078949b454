"""File ▸ Export Reminders…: the workspace's reminders as an .ics file for the user's own
calendar, written off the GUI thread (``python main.py reminders`` does the same)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from ui.app_context import AppContext
from ui.menus.menu_bar import Menu, MenuBar, Section
from ui.plain_text import message_box
from ui.translation import tr

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def install_reminders_action(window: MainWindow, menus: MenuBar) -> QAction:
    action = QAction(tr("Export &Reminders…"), window)
    action.setObjectName("exportRemindersAction")
    action.setToolTip(
        tr("Touchpoints, communication-plan dates and commitments as a calendar file (.ics)")
    )
    action.triggered.connect(lambda _checked=False: export_reminders(window, window.ctx))
    menus.add(Menu.FILE, Section.FILE_IMPORT, action)
    window.export_reminders_action = action
    return action


def export_reminders(window: MainWindow, ctx: AppContext, path: Path | None = None) -> None:
    """Ask where (unless ``path``), then write the file in the background; the status bar says
    how many reminders went out, a message box why none did."""
    from domain.usecases.reminders import reminders
    from persistence.reminders_ics import write_reminders
    from ui.attention.settings import load_settings
    from ui.background import run_in_background
    from ui.file_saving import ask_save_path

    if not ctx.has_workspace:
        return
    own = ctx.workspace.path
    if path is None:
        folder = own.parent if own else Path.home()
        path = ask_save_path(
            window,
            "Export Reminders",
            folder / "Rapport reminders.ics",
            "iCalendar (*.ics)",
            ".ics",
            protect=[own],
        )
        if path is None:
            return
    uow, cadence, target = ctx.uow, load_settings().cadence, path

    def job(progress: object) -> int:
        return write_reminders(reminders(uow(), cadence), target, replace=True, protect=[own])

    def done(count: int) -> None:
        window.statusBar().showMessage(
            f"Wrote {count} reminders to {target.name}. Import it into your calendar; "
            "importing a later export updates the same events.",
            8000,
        )

    def failed(error: BaseException) -> None:
        box = message_box(
            QMessageBox.Icon.Warning,
            tr("The reminders were not written"),
            str(error),
            window,
            object_name="remindersErrorBox",
        )
        box.open()

    run_in_background(window, "Exporting reminders…", job, on_done=done, on_error=failed)
