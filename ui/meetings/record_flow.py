"""After a meeting: record it as an interaction with every known attendee, with follow-ups."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QMessageBox, QWidget

from domain.model import InteractionKind, Meeting
from domain.usecases.timeline import people_names
from ui.app_context import AppContext
from ui.interactions.log_dialog import LogInteractionDialog
from ui.meetings.commands import RecordMeetingCommand
from ui.plain_text import message_box
from ui.translation import tr
from ui.undo.use_case_command import push


def record_meeting(ctx: AppContext, meeting: Meeting, parent: QWidget) -> QWidget | None:
    """Open the recording dialog (or say why the meeting cannot be recorded); returns it."""
    known = [a.stakeholder_id for a in meeting.attendees if a.stakeholder_id is not None]
    problem = ""
    if meeting.interaction_id is not None:
        problem = "This meeting has already been recorded as an interaction."
    elif not known:
        problem = "None of the attendees is a stakeholder yet, so there is no one to record it for."
    elif meeting.start > datetime.now().astimezone():
        problem = "This meeting has not started yet: record it once it has taken place."
    if problem:
        box = message_box(
            QMessageBox.Icon.Information,
            tr("Not recorded"),
            problem,
            parent,
            object_name="recordRefusedBox",
        )
        box.open()
        return box
    dialog = LogInteractionDialog(
        people_names(ctx.uow(), include_archived=True),
        known,
        parent,
        when=meeting.start,
        kind=InteractionKind.MEETING,
        fixed_participants=True,
        title=f"Record “{meeting.title}”",
        accept_text="Record",
    )

    def accepted() -> None:
        interaction = dialog.result_interaction
        if interaction is None:
            return
        push(
            ctx,
            RecordMeetingCommand(
                ctx, meeting, interaction.summary, interaction.sentiment, dialog.result_follow_ups
            ),
        )

    dialog.accepted.connect(accepted)
    dialog.open()
    return dialog
