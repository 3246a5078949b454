"""When someone else changed what the user is changing: say who and when, and let the user choose.

``push`` (ui/undo/use_case_command.py) comes here when a command's first run is refused with
ConcurrentChangeError. The choices: **Keep Theirs** (the user's edit is dropped and every view shows
the other person's version), **Overwrite with Mine** (the command, made again from the other
person's version, replaces it, and goes on the undo stack as usual), or **Cancel** (nothing is
saved; an edit typed into a field stays there, unsaved).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QMessageBox

from domain.clock import as_utc
from domain.errors import ConcurrentChangeError
from ui.formatting import format_datetime
from ui.plain_text import message_box
from ui.translation import tr

if TYPE_CHECKING:
    from ui.app_context import AppContext
    from ui.undo.use_case_command import UseCaseCommand


def conflict_text(error: ConcurrentChangeError) -> str:
    who = error.changed_by or tr("Someone (not recorded who)")
    when = (
        f" on {format_datetime(as_utc(error.changed_at).astimezone())}"
        if error.changed_at is not None
        else ""
    )
    return f"{who} changed {error.what}{when}, after you opened it."


def offer_choice(
    ctx: AppContext, command: UseCaseCommand, error: ConcurrentChangeError
) -> QMessageBox:
    """Show the choice (window-modal, not blocking) and act on the answer."""
    can_overwrite = command.can_overwrite
    lines = [conflict_text(error), ""]
    lines.append(tr("Keep Theirs: your change is dropped and you see their version."))
    if can_overwrite:
        lines.append(tr("Overwrite with Mine: your change replaces theirs."))
    lines.append(tr("Cancel: nothing is saved for now."))
    box = message_box(
        QMessageBox.Icon.Warning,
        tr("Changed by someone else"),
        "\n".join(lines),
        QApplication.activeWindow(),
        QMessageBox.StandardButton.Cancel,
        object_name="conflictBox",
    )
    theirs = box.addButton(tr("Keep &Theirs"), QMessageBox.ButtonRole.AcceptRole)
    theirs.setObjectName("keepTheirsButton")
    mine = None
    if can_overwrite:
        mine = box.addButton(tr("&Overwrite with Mine"), QMessageBox.ButtonRole.DestructiveRole)
        mine.setObjectName("overwriteButton")
    box.setDefaultButton(theirs)

    def chosen() -> None:
        from ui.undo.use_case_command import push

        clicked = box.clickedButton()
        if mine is not None and clicked is mine and command.overwrite(error):
            push(ctx, command)
        elif clicked is theirs:
            ctx.announce(*command.topics)  # every view shows their version

    box.finished.connect(lambda _result: chosen())
    box.open()
    return box
