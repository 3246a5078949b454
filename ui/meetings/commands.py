"""Undoable changes to meetings: plan, edit, delete, import invites, record as an interaction."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import replace

from domain.model import Commitment, Meeting, Sentiment
from domain.usecases import meetings as uc
from domain.usecases.meeting_import import (
    ImportPlan,
    ImportResult,
    apply_imports,
    redo_imports,
    undo_imports,
)
from domain.usecases.timeline import LoggedInteraction, relog, unlog
from ui.app_context import AppContext, Topic
from ui.undo.use_case_command import UseCaseCommand


def _copy(meeting: Meeting) -> Meeting:
    return replace(
        meeting,
        attendees=[replace(a) for a in meeting.attendees],
        map_ids=list(meeting.map_ids),
    )


class PlanMeetingCommand(UseCaseCommand):
    topics = (Topic.MEETINGS,)

    def __init__(self, ctx: AppContext, meeting: Meeting) -> None:
        super().__init__(ctx, f"Plan {meeting.title.strip() or 'meeting'}")
        self.meeting = meeting

    def perform(self) -> None:
        # A redo puts the meeting back under the id it was first given.
        self.meeting = uc.plan_meeting(self.ctx.uow(), _copy(self.meeting))

    def revert(self) -> None:
        assert self.meeting.id is not None
        uc.delete_meeting(self.ctx.uow(), self.meeting.id)


class EditMeetingCommand(UseCaseCommand):
    topics = (Topic.MEETINGS,)

    def __init__(self, ctx: AppContext, before: Meeting, after: Meeting, what: str) -> None:
        super().__init__(ctx, f"Edit {what} of {before.title}")
        self.before = _copy(before)
        self.after = _copy(after)

    def perform(self) -> None:
        self.after = uc.update_meeting(self.ctx.uow(), _copy(self.after))

    def revert(self) -> None:
        uc.update_meeting(self.ctx.uow(), _copy(self.before))


class DeleteMeetingCommand(UseCaseCommand):
    topics = (Topic.MEETINGS,)

    def __init__(self, ctx: AppContext, meeting: Meeting) -> None:
        super().__init__(ctx, f"Delete {meeting.title}")
        self.meeting = _copy(meeting)

    def perform(self) -> None:
        assert self.meeting.id is not None
        uc.delete_meeting(self.ctx.uow(), self.meeting.id)

    def revert(self) -> None:
        uc.plan_meeting(self.ctx.uow(), _copy(self.meeting))


class ImportInvitesCommand(UseCaseCommand):
    """One or more invites from a file, with the stakeholders chosen to be added: one step."""

    topics = (Topic.MEETINGS, Topic.STAKEHOLDERS)

    def __init__(
        self, ctx: AppContext, plans: Sequence[ImportPlan], add_keys: Collection[str], label: str
    ) -> None:
        super().__init__(ctx, f"Import {label}")
        self.plans = list(plans)
        self.add_keys = set(add_keys)
        self.results: list[ImportResult] = []

    def perform(self) -> None:
        if self.results:
            redo_imports(self.ctx.uow(), self.results)
        else:
            self.results = apply_imports(self.ctx.uow(), self.plans, self.add_keys)

    def revert(self) -> None:
        undo_imports(self.ctx.uow(), self.results)


class RecordMeetingCommand(UseCaseCommand):
    """After the meeting: log it as an interaction with every known attendee, with follow-ups."""

    topics = (Topic.MEETINGS, Topic.INTERACTIONS, Topic.COMMITMENTS)

    def __init__(
        self,
        ctx: AppContext,
        meeting: Meeting,
        summary: str,
        sentiment: Sentiment,
        follow_ups: Sequence[Commitment] = (),
    ) -> None:
        super().__init__(ctx, f"Record {meeting.title} as an interaction")
        assert meeting.id is not None
        self.meeting_id = meeting.id
        self.summary = summary
        self.sentiment = sentiment
        self.follow_ups = list(follow_ups)
        self.record: LoggedInteraction | None = None

    def perform(self) -> None:
        if self.record is not None:  # redo: the same rows, ids and times
            relog(self.ctx.uow(), self.record)
            return
        # One use case, one transaction: all of it is recorded or none of it.
        self.record = uc.record_meeting(
            self.ctx.uow(), self.meeting_id, self.summary, self.sentiment, self.follow_ups
        )

    def revert(self) -> None:
        assert self.record is not None
        unlog(self.ctx.uow(), self.record)
