"""Log an interaction with someone from anywhere (Stakeholder ▸ Log Interaction…, Ctrl+L, or the
Timeline tab's button): the dialog opens with that person filled in, and Log records it undoably."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMainWindow, QWidget

from domain.usecases.timeline import people_names
from ui.app_context import AppContext
from ui.interactions.commands import LogInteractionCommand
from ui.interactions.log_dialog import KIND_LABELS, LogInteractionDialog
from ui.plans.plan_ticks import plan_choices
from ui.translation import tr
from ui.undo.refused_dialog import reopen_after_refusal
from ui.undo.use_case_command import push


def open_log_dialog(
    ctx: AppContext,
    participants: list[int],
    parent: QWidget,
    on_logged: Callable[[LogInteractionCommand], None] | None = None,
) -> LogInteractionDialog:
    """Open (window-modally) the log dialog with ``participants`` chosen; once logged, the
    window's status bar says so."""
    dialog = LogInteractionDialog(
        people_names(ctx.uow()), participants, parent, plan_choices=plan_choices(ctx.uow)
    )

    def log() -> None:
        if dialog.result_interaction is None:
            return
        command = LogInteractionCommand(
            ctx,
            dialog.result_interaction,
            dialog.result_follow_ups,
            dialog.chosen_names(),
            fulfils=dialog.result_fulfils,
            sends=dialog.result_sends,
        )
        if not push(ctx, command):
            reopen_after_refusal(dialog, parent)  # e.g. the server out of reach
            return
        window = parent.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(_logged_text(dialog), 5000)
        if on_logged is not None:
            on_logged(command)

    dialog.accepted.connect(log)
    dialog.open()
    return dialog


def _logged_text(dialog: LogInteractionDialog) -> str:
    interaction = dialog.result_interaction
    assert interaction is not None
    chosen = dialog.chosen_names()
    names = ", ".join(chosen[:3]) + (f" and {len(chosen) - 3} more" if len(chosen) > 3 else "")
    kind = tr(KIND_LABELS[interaction.kind]).split(" (")[0].lower()
    text = f"Logged {kind} with {names}."
    follow_ups = len(dialog.result_follow_ups)
    if follow_ups:
        text += f" {follow_ups} follow-up{'s' if follow_ups > 1 else ''} added."
    ticked = len(dialog.result_fulfils)
    if ticked:
        text += f" {ticked} planned touchpoint{'s' if ticked > 1 else ''} done."
    return text
