"""Undoable rating changes: record, remove, correct. Each goes through the use cases."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime

from domain.errors import NotFoundError
from domain.model import Rating
from domain.usecases import rating_entry
from domain.usecases.ratings import remove_ratings, restore_ratings
from ui.app_context import AppContext, Topic
from ui.ratings.labels import format_value, label
from ui.undo.use_case_command import UseCaseCommand


def _describe(ratings: Sequence[Rating], name: str) -> str:
    if len(ratings) == 1:
        only = ratings[0]
        value = format_value(only.dimension, only.value)
        return f"Rate {label(only.dimension).lower()} of {name}: {value}"
    return f"Rate {name}"


class RecordRatingsCommand(UseCaseCommand):
    """Record one or more ratings in one step; undo removes them, redo puts the same rows back."""

    topics = (Topic.RATINGS,)

    def __init__(self, ctx: AppContext, ratings: Sequence[Rating], person_name: str) -> None:
        super().__init__(ctx, _describe(ratings, person_name))
        self.drafts = [replace(r) for r in ratings]
        self.added: list[Rating] = []

    def perform(self) -> None:
        if self.added:  # redo: the same rows, ids and times
            restore_ratings(self.ctx.uow(), self.added)
        else:
            self.added = rating_entry.record_ratings(self.ctx.uow(), self.drafts)

    def revert(self) -> None:
        remove_ratings(self.ctx.uow(), [r.id for r in self.added if r.id is not None])


class RemoveRatingsCommand(UseCaseCommand):
    topics = (Topic.RATINGS,)

    def __init__(self, ctx: AppContext, rating_ids: Sequence[int], what: str) -> None:
        super().__init__(ctx, f"Remove {what}")
        self.rating_ids = list(rating_ids)
        self.removed: list[Rating] = []

    def perform(self) -> None:
        self.removed = remove_ratings(self.ctx.uow(), self.rating_ids)
        if not self.removed:
            raise NotFoundError("That rating no longer exists.")

    def revert(self) -> None:
        restore_ratings(self.ctx.uow(), self.removed)


class CorrectRatingCommand(UseCaseCommand):
    topics = (Topic.RATINGS,)

    def __init__(
        self,
        ctx: AppContext,
        rating: Rating,
        value: float,
        note: str,
        person_name: str,
        at: datetime | None = None,
    ) -> None:
        super().__init__(ctx, f"Correct {label(rating.dimension).lower()} of {person_name}")
        assert rating.id is not None
        self.rating_id = rating.id
        self.value = value
        self.note = note
        self.at = at or rating.at
        self.correction: rating_entry.Correction | None = None

    def perform(self) -> None:
        if self.correction is None:
            self.correction = rating_entry.correct_rating(
                self.ctx.uow(), self.rating_id, self.value, self.note, self.at
            )
        else:
            rating_entry.redo_correction(self.ctx.uow(), self.correction)

    def revert(self) -> None:
        assert self.correction is not None
        rating_entry.undo_correction(self.ctx.uow(), self.correction)
