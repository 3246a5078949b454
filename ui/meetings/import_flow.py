"""Importing .ics files: read them all (refusing a broken one with its reason, importing nothing),
match attendees, let the user choose who becomes a stakeholder, then store it as one undo step."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from domain.usecases.meeting_import import plan_import
from ui.app_context import AppContext
from ui.meetings.commands import ImportInvitesCommand
from ui.meetings.import_dialog import ImportInviteDialog
from ui.undo.use_case_command import push


def import_files(
    ctx: AppContext,
    paths: list[Path],
    parent: QWidget,
    done: Callable[[list[int]], None],
) -> QWidget | None:
    """Open the import dialog for ``paths`` (or a message saying why not); returns the dialog."""
    from persistence.ical_import import CalendarImportError, read_ics

    if not ctx.has_workspace:
        return None
    invites = []
    for path in paths:
        try:
            invites.extend(read_ics(path))
        except CalendarImportError as exc:
            return _warn(parent, "The invite was not imported", f"{exc}\n\nNothing was imported.")
    plans = [plan_import(ctx.uow(), invite) for invite in invites]
    source = paths[0].name if len(paths) == 1 else f"{len(paths)} files"
    dialog = ImportInviteDialog(plans, source, parent)

    def accepted() -> None:
        label = plans[0].invite.title if len(plans) == 1 else f"{len(plans)} invites"
        command = ImportInvitesCommand(ctx, plans, dialog.chosen_keys(), label or "invite")
        ctx.backup_before("import")
        if push(ctx, command):
            done([r.meeting.id for r in command.results if r.meeting.id is not None])

    dialog.accepted.connect(accepted)
    dialog.open()
    return dialog


def _warn(parent: QWidget, title: str, message: str) -> QMessageBox:
    box = QMessageBox(
        QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, parent
    )
    box.setObjectName("importErrorBox")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.open()
    return box
