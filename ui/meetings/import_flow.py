"""Importing .ics files: read and plan them off the GUI thread (with progress and Cancel), refuse
a broken file with its reason (importing nothing), let the user choose who becomes a stakeholder,
then store everything as one undo step."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from domain.progress import Progress
from domain.usecases.meeting_import import ImportPlan, InviteIndex
from ui.app_context import AppContext
from ui.background import BackgroundTask, run_in_background
from ui.meetings.commands import ImportInvitesCommand
from ui.meetings.import_dialog import ImportInviteDialog
from ui.plain_text import message_box
from ui.undo.use_case_command import push


def import_files(
    ctx: AppContext,
    paths: list[Path],
    parent: QWidget,
    done: Callable[[list[int]], None],
    shown: Callable[[QWidget], None] = lambda _w: None,
) -> BackgroundTask[list[ImportPlan]] | None:
    """Read ``paths`` in the background, then open the import dialog (or a message saying why
    not), handing it to ``shown``. Returns the running task."""
    if not ctx.has_workspace:
        return None
    uow = ctx.uow

    def job(progress: Progress) -> list[ImportPlan]:
        from persistence.ical_import import read_ics

        invites = []
        for number, path in enumerate(paths, start=1):
            progress.report(number - 1, len(paths), f"Reading {path.name}…")
            invites.extend(read_ics(path, progress if len(paths) == 1 else None))
        progress.report(len(paths), len(paths), "Matching attendees…")
        index = InviteIndex.load(uow())
        return [index.plan(invite) for invite in invites]

    def planned(plans: list[ImportPlan]) -> None:
        source = paths[0].name if len(paths) == 1 else f"{len(paths)} files"
        shown(_open_dialog(ctx, plans, source, parent, done))

    def failed(exc: BaseException) -> None:
        from persistence.ical_import import CalendarImportError

        if not isinstance(exc, CalendarImportError):
            raise exc
        shown(_warn(parent, "The invite was not imported", f"{exc}\n\nNothing was imported."))

    title = f"Reading {paths[0].name}…" if len(paths) == 1 else f"Reading {len(paths)} invites…"
    return run_in_background(parent, title, job, on_done=planned, on_error=failed)


def _open_dialog(
    ctx: AppContext,
    plans: list[ImportPlan],
    source: str,
    parent: QWidget,
    done: Callable[[list[int]], None],
) -> ImportInviteDialog:
    dialog = ImportInviteDialog(plans, source, parent)

    def accepted() -> None:
        going = [plan for plan in plans if plan.goes_in]
        label = going[0].invite.title if len(going) == 1 else f"{len(going)} invites"
        command = ImportInvitesCommand(ctx, going, dialog.chosen_keys(), label or "invite")
        ctx.backup_before("import")
        if push(ctx, command):
            done([r.meeting.id for r in command.results if r.meeting.id is not None])

    dialog.accepted.connect(accepted)
    dialog.open()
    return dialog


def _warn(parent: QWidget, title: str, message: str) -> QMessageBox:
    box = message_box(
        QMessageBox.Icon.Warning, title, message, parent, object_name="importErrorBox"
    )
    box.open()
    return box
