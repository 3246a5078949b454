"""An undo or redo whose write is refused changes nothing, tells the user, and leaves the undo
stack where the data is, so the next undo or redo works (issue 10, item 7). The refusal is
real: SQLite's query_only makes every commit of the workspace fail, as on a read-only file."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from sqlalchemy import event

from domain.clock import utc_now
from domain.model import Dimension, Meeting, MeetingAttendee, Rating, Stakeholder
from domain.usecases.meetings import get_meeting, plan_meeting
from domain.usecases.ratings import history
from domain.usecases.stakeholders import add_stakeholder
from tests.ui.conftest import open_main_window
from ui.app_context import AppContext
from ui.meetings.commands import RecordMeetingCommand
from ui.ratings.commands import RecordRatingsCommand
from ui.undo.use_case_command import push


@contextmanager
def commits_fail(ctx: AppContext) -> Iterator[None]:
    """Every unit of work on the workspace fails to commit (its writes are refused)."""
    engine = ctx.workspace.engine

    def refuse_writes(dbapi_connection: object, _record: object) -> None:
        dbapi_connection.execute("PRAGMA query_only = ON")  # type: ignore[attr-defined]

    engine.dispose()
    event.listen(engine, "connect", refuse_writes)
    try:
        yield
    finally:
        event.remove(engine, "connect", refuse_writes)
        engine.dispose()


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def test_a_failed_undo_or_redo_changes_nothing_and_the_stack_follows_the_data(
    qtbot, tmp_path: Path, isolated_settings: QSettings
) -> None:
    ctx, window = open_main_window(qtbot, tmp_path / "w.rapport", isolated_settings)
    ada = add_stakeholder(ctx.uow(), Stakeholder("Ada Lovelace"))
    assert ada.id is not None
    rating = Rating(ada.id, Dimension.TRUST, 7, utc_now() - timedelta(hours=1), note="kept word")
    assert push(ctx, RecordRatingsCommand(ctx, [rating], ada.name))
    stack = ctx.undo_stack

    def notes() -> list[str]:
        assert ada.id is not None
        return [r.note for r in history(ctx.uow(), ada.id, [Dimension.TRUST])]

    # Undo refused: the rating stays, the user is told, the stack still offers the undo.
    with commits_fail(ctx), qtbot.waitSignal(ctx.error) as told:
        window.undo_action.trigger()
    _settle()
    assert "Could not undo" in told.args[0] and "read-only" in told.args[0]
    assert notes() == ["kept word"]
    assert (stack.index(), stack.canUndo(), stack.canRedo()) == (1, True, False)

    # Writable again: undo and redo work (no "id 1 is already taken").
    window.undo_action.trigger()
    assert notes() == [] and stack.index() == 0
    window.redo_action.trigger()
    assert notes() == ["kept word"] and stack.index() == 1

    # Redo refused: nothing comes back, and the stack still offers the redo.
    window.undo_action.trigger()
    with commits_fail(ctx), qtbot.waitSignal(ctx.error) as told:
        window.redo_action.trigger()
    _settle()
    assert "Could not redo" in told.args[0]
    assert notes() == []
    assert (stack.index(), stack.canUndo(), stack.canRedo()) == (0, False, True)
    window.redo_action.trigger()
    assert notes() == ["kept word"] and stack.index() == 1
    ctx.close_workspace()


def test_record_as_interaction_is_one_step_that_is_whole_or_not_at_all(
    qtbot, tmp_path: Path, isolated_settings: QSettings
) -> None:
    from domain.model import Commitment, CommitmentDirection, Sentiment

    ctx, _window = open_main_window(qtbot, tmp_path / "w.rapport", isolated_settings)
    ada = add_stakeholder(ctx.uow(), Stakeholder("Ada Lovelace"))
    assert ada.id is not None
    meeting = plan_meeting(
        ctx.uow(),
        Meeting(
            "Budget review",
            utc_now() - timedelta(days=1),
            attendees=[MeetingAttendee(stakeholder_id=ada.id)],
        ),
    )
    assert meeting.id is not None
    follow_up = Commitment(ada.id, CommitmentDirection.OURS, "Send the revised figures")

    def recorded() -> tuple[int, int, int | None]:
        """Interactions, commitments, and the interaction the meeting is linked to."""
        assert meeting.id is not None
        with ctx.uow() as uow:
            stored = (len(uow.interactions.list()), len(uow.commitments.list()))
        return (*stored, get_meeting(ctx.uow(), meeting.id).interaction_id)

    command = RecordMeetingCommand(ctx, meeting, "Went well", Sentiment.POSITIVE, [follow_up])
    with commits_fail(ctx), qtbot.waitSignal(ctx.error):
        assert not push(ctx, command)
    assert recorded() == (0, 0, None)  # nothing half-done: no interaction, follow-up or link
    assert ctx.undo_stack.count() == 0

    command = RecordMeetingCommand(ctx, meeting, "Went well", Sentiment.POSITIVE, [follow_up])
    assert push(ctx, command)
    interactions, commitments, linked = recorded()
    assert (interactions, commitments) == (1, 1) and linked is not None
    ctx.undo_stack.undo()
    assert recorded() == (0, 0, None)
    ctx.undo_stack.redo()
    assert recorded() == (1, 1, linked)
    ctx.close_workspace()
