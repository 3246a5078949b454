"""Undoable changes to interactions and commitments."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from domain.errors import ConcurrentChangeError
from domain.model import Commitment, Interaction, Revision
from domain.usecases import interactions as uc
from domain.usecases.timeline import LoggedInteraction, logged, relog, unlog
from ui.app_context import AppContext, Topic
from ui.undo.naming import who
from ui.undo.use_case_command import UseCaseCommand


class LogInteractionCommand(UseCaseCommand):
    topics = (Topic.INTERACTIONS, Topic.COMMITMENTS, Topic.PLANS)

    def __init__(
        self,
        ctx: AppContext,
        interaction: Interaction,
        follow_ups: Sequence[Commitment] = (),
        names: Sequence[str] = (),
        fulfils: Sequence[int] = (),
        sends: Sequence[int] = (),
    ) -> None:
        """``names``: of the participants, for the undo label ("Undo Log call with Ada")."""
        kind = str(interaction.kind).replace("email", "e-mail")
        with_whom = f" with {who(names)}" if names else ""
        super().__init__(ctx, f"Log {kind}{with_whom}")
        self.interaction = interaction
        self.follow_ups = [replace(c) for c in follow_ups]
        self.record: LoggedInteraction | None = None
        #: The plan touchpoints it fulfils and the standing messages it carries (ids).
        self.fulfils, self.sends = tuple(fulfils), tuple(sends)

    def perform(self) -> None:
        if self.record is not None:
            relog(self.ctx.uow(), self.record)
            return
        added = uc.log_interaction(
            self.ctx.uow(),
            replace(self.interaction),
            [replace(c) for c in self.follow_ups],
            fulfils=self.fulfils,
            sends=self.sends,
        )
        assert added.id is not None
        self.record = logged(self.ctx.uow(), added.id)

    def revert(self) -> None:
        assert self.record is not None
        unlog(self.ctx.uow(), self.record)


class SetCommitmentDoneCommand(UseCaseCommand):
    topics = (Topic.COMMITMENTS,)

    def __init__(self, ctx: AppContext, commitment: Commitment, done: bool) -> None:
        verb = "Mark done" if done else "Reopen"
        super().__init__(ctx, f"{verb}: {commitment.description[:40]}")
        assert commitment.id is not None
        self.commitment_id = commitment.id
        self.done = done
        self.before = commitment.done_at
        #: The revision the change is made from: the one the user saw, then the one it left.
        self.revision = commitment.revision

    def perform(self) -> None:
        saved = uc.set_commitment_done(
            self.ctx.uow(), self.commitment_id, self.done, seen=self.revision
        )
        self.revision = saved.revision

    def revert(self) -> None:
        undone = uc.set_commitment_done(
            self.ctx.uow(),
            self.commitment_id,
            self.before is not None,
            at=self.before,
            seen=self.revision,
            undoing=True,
        )
        self.revision = undone.revision

    def overwrite(self, error: ConcurrentChangeError) -> bool:
        """Tick (or untick) it anyway, over the other person's change."""
        self.revision = Revision(error.version, error.changed_by, error.changed_at)
        return True
