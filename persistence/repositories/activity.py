"""Interaction, commitment and influence repositories."""

from __future__ import annotations

import builtins
from collections.abc import Iterable
from datetime import date, datetime
from functools import cache
from typing import Any

from sqlalchemy import Select, bindparam, delete, func, nulls_last, or_, select

from domain.clock import as_utc
from domain.errors import NotFoundError
from domain.model import (
    Commitment,
    CommitmentDirection,
    InfluenceLink,
    Interaction,
    InteractionKind,
    Sentiment,
)
from persistence.repositories.base import (
    MAX_BOUND_IDS,
    SqlRepository,
    chunked,
    flush_guarded,
    keep_revision,
    revision_of,
    unique_in_order,
)
from persistence.tables import (
    CommitmentRow,
    InfluenceLinkRow,
    InteractionParticipantRow,
    InteractionRow,
)


def _interaction(row: InteractionRow) -> Interaction:
    return Interaction(
        when=as_utc(row.happened_at),
        kind=InteractionKind(row.kind),
        summary=row.summary,
        sentiment=Sentiment(row.sentiment),
        participant_ids=[p.stakeholder_id for p in row.participants],
        id=row.id,
        recorded_at=as_utc(row.recorded_at) if row.recorded_at else None,
        revision=revision_of(row),
    )


_KINDS = {kind.value: kind for kind in InteractionKind}


@cache
def _recent_statements() -> tuple[Select[Any], Select[Any]]:
    """recent()'s statements, built once: each person's latest ``limit`` interactions (person,
    id, when, kind, summary, sentiment, entered), and the participants of the interactions
    ``ids``."""
    person = InteractionParticipantRow.stakeholder_id
    interactions = InteractionRow.__table__
    participants = InteractionParticipantRow.__table__
    rank = (
        func.row_number()
        .over(
            partition_by=person,
            order_by=(InteractionRow.happened_at.desc(), InteractionRow.id.desc()),
        )
        .label("rank")
    )
    ranked = (
        select(
            person.label("person"),
            interactions.c.id,
            interactions.c.happened_at,
            interactions.c.kind,
            interactions.c.summary,
            interactions.c.sentiment,
            interactions.c.recorded_at,
            rank,
        )
        .join(InteractionRow, InteractionRow.id == InteractionParticipantRow.interaction_id)
        .where(person.in_(bindparam("people", expanding=True)))
        .subquery()
    )
    latest = select(
        ranked.c.person,
        ranked.c.id,
        ranked.c.happened_at,
        ranked.c.kind,
        ranked.c.summary,
        ranked.c.sentiment,
        ranked.c.recorded_at,
    ).where(ranked.c.rank <= bindparam("limit"))
    who = (
        select(participants.c.interaction_id, participants.c.stakeholder_id)
        .where(participants.c.interaction_id.in_(bindparam("ids", expanding=True)))
        .order_by(participants.c.interaction_id, participants.c.position)
    )
    return latest, who


def _fill_interaction(row: InteractionRow, interaction: Interaction) -> None:
    row.happened_at = as_utc(interaction.when)
    row.kind = InteractionKind(interaction.kind).value
    row.summary = interaction.summary
    row.sentiment = int(Sentiment(interaction.sentiment))
    row.recorded_at = as_utc(interaction.recorded_at) if interaction.recorded_at else None
    row.participants = [
        InteractionParticipantRow(stakeholder_id=person, position=position)
        for position, person in enumerate(unique_in_order(interaction.participant_ids))
    ]


class SqlInteractionRepository(SqlRepository):
    def add(self, interaction: Interaction) -> Interaction:
        row = InteractionRow(id=interaction.id)
        _fill_interaction(row, interaction)
        keep_revision(row, interaction.revision)
        self._insert(row, interaction.id)
        return _interaction(row)

    def get(self, interaction_id: int) -> Interaction | None:
        row = self._get_kept(InteractionRow, interaction_id)
        return _interaction(row) if row else None

    def update(self, interaction: Interaction) -> None:
        row = self._get_kept(InteractionRow, interaction.id) if interaction.id else None
        if row is None:
            raise NotFoundError(f"No interaction with id {interaction.id}.")
        _fill_interaction(row, interaction)
        flush_guarded(self._session, row, "the interaction")

    def delete(self, interaction_id: int) -> None:
        """Removes the interaction; its commitments and meeting forget where they came from."""
        self._session.execute(delete(InteractionRow).where(InteractionRow.id == interaction_id))
        self._after_bulk_change()

    def list(
        self, stakeholder_id: int | None = None, limit: int | None = None
    ) -> list[Interaction]:
        """Newest first."""
        query = select(InteractionRow).order_by(
            InteractionRow.happened_at.desc(), InteractionRow.id.desc()
        )
        if stakeholder_id is not None:
            query = query.join(InteractionParticipantRow).where(
                InteractionParticipantRow.stakeholder_id == stakeholder_id
            )
        if limit is not None:
            query = query.limit(limit)
        return [_interaction(row) for row in self._session.scalars(query)]

    def recent(
        self, stakeholder_ids: Iterable[int], per_person: int
    ) -> dict[int, builtins.list[Interaction]]:
        """Ranked per person in the database (a window function) and read as plain rows, with
        the participants of the interactions found in one more query; both statements are
        built once (see :func:`_recent_statements`)."""
        ranked, participants = _recent_statements()
        connection = self._session.connection()
        found: dict[int, builtins.list[Interaction]] = {}
        for chunk in chunked(sorted(set(stakeholder_ids)), MAX_BOUND_IDS):
            rows = connection.execute(ranked, {"people": chunk, "limit": per_person}).all()
            people: dict[int, builtins.list[int]] = {}
            ids = list({row[1] for row in rows})
            if ids:
                for interaction, who in connection.execute(participants, {"ids": ids}):
                    people.setdefault(interaction, []).append(who)
            for person, interaction_id, when, kind, summary, sentiment, entered in rows:
                found.setdefault(person, []).append(
                    Interaction(
                        when=when,  # aware UTC from UtcDateTime
                        kind=_KINDS[kind],
                        summary=summary,
                        sentiment=Sentiment(sentiment),
                        participant_ids=people.get(interaction_id, []),
                        id=interaction_id,
                        recorded_at=entered,
                    )
                )
        for items in found.values():
            items.sort(key=lambda i: (i.when, i.id or 0), reverse=True)
        return found

    def last_contact(
        self, stakeholder_ids: Iterable[int] | None = None, until: datetime | None = None
    ) -> dict[int, datetime]:
        person = InteractionParticipantRow.stakeholder_id
        query = (
            select(person, func.max(InteractionRow.happened_at))
            .join(InteractionRow, InteractionRow.id == InteractionParticipantRow.interaction_id)
            .group_by(person)
        )
        if until is not None:
            query = query.where(InteractionRow.happened_at <= as_utc(until))
        wanted = set(stakeholder_ids) if stakeholder_ids is not None else None
        if wanted is not None and len(wanted) <= MAX_BOUND_IDS:
            query = query.where(person.in_(wanted))
        # Core rows on the session's connection: max(happened_at) keeps the aware-UTC column type.
        rows = self._session.connection().execute(query)
        if wanted is None:
            return {person: last for person, last in rows}
        return {stakeholder: last for stakeholder, last in rows if stakeholder in wanted}

    def contact_moments(self, stakeholder_ids: Iterable[int]) -> dict[int, builtins.list[datetime]]:
        person = InteractionParticipantRow.stakeholder_id
        found: dict[int, builtins.list[datetime]] = {}
        connection = self._session.connection()
        for chunk in chunked(sorted(set(stakeholder_ids)), MAX_BOUND_IDS):
            query = (
                select(person, InteractionRow.happened_at)
                .join(InteractionRow, InteractionRow.id == InteractionParticipantRow.interaction_id)
                .where(person.in_(chunk))
                .order_by(InteractionRow.happened_at)
            )
            for stakeholder, moment in connection.execute(query):
                found.setdefault(stakeholder, []).append(moment)
        return found


def _commitment(row: CommitmentRow) -> Commitment:
    return Commitment(
        stakeholder_id=row.stakeholder_id,
        direction=CommitmentDirection(row.direction),
        description=row.description,
        due_on=row.due_on,
        done_at=as_utc(row.done_at) if row.done_at else None,
        created_at=as_utc(row.created_at) if row.created_at else None,
        interaction_id=row.interaction_id,
        id=row.id,
        revision=revision_of(row),
    )


_DIRECTIONS = {direction.value: direction for direction in CommitmentDirection}


@cache
def _open_for_statement() -> Select[Any]:
    """open_for()'s statement, built once: the open commitments of the people ``ids``."""
    c = CommitmentRow.__table__.c
    return (
        select(
            c.stakeholder_id,
            c.direction,
            c.description,
            c.due_on,
            c.created_at,
            c.interaction_id,
            c.id,
        )
        .where(c.stakeholder_id.in_(bindparam("ids", expanding=True)), c.done_at.is_(None))
        .order_by(nulls_last(c.due_on), c.id)
    )


def _fill_commitment(row: CommitmentRow, commitment: Commitment) -> None:
    row.stakeholder_id = commitment.stakeholder_id
    row.direction = CommitmentDirection(commitment.direction).value
    row.description = commitment.description
    row.due_on = commitment.due_on
    row.done_at = as_utc(commitment.done_at) if commitment.done_at else None
    row.created_at = as_utc(commitment.created_at) if commitment.created_at else None
    row.interaction_id = commitment.interaction_id


class SqlCommitmentRepository(SqlRepository):
    def add(self, commitment: Commitment) -> Commitment:
        row = CommitmentRow(id=commitment.id)
        _fill_commitment(row, commitment)
        keep_revision(row, commitment.revision)
        self._insert(row, commitment.id)
        return _commitment(row)

    def get(self, commitment_id: int) -> Commitment | None:
        row = self._get_kept(CommitmentRow, commitment_id)
        return _commitment(row) if row else None

    def update(self, commitment: Commitment) -> None:
        row = self._get_kept(CommitmentRow, commitment.id) if commitment.id else None
        if row is None:
            raise NotFoundError(f"No commitment with id {commitment.id}.")
        _fill_commitment(row, commitment)
        flush_guarded(self._session, row, f"the commitment “{row.description}”")

    def delete(self, commitment_id: int) -> None:
        self._session.execute(delete(CommitmentRow).where(CommitmentRow.id == commitment_id))
        self._after_bulk_change()

    def list(self, stakeholder_id: int | None = None, open_only: bool = False) -> list[Commitment]:
        """By due date (undated last), then in the order they were made."""
        query = select(CommitmentRow).order_by(nulls_last(CommitmentRow.due_on), CommitmentRow.id)
        if stakeholder_id is not None:
            query = query.where(CommitmentRow.stakeholder_id == stakeholder_id)
        if open_only:
            query = query.where(CommitmentRow.done_at.is_(None))
        return [_commitment(row) for row in self._session.scalars(query)]

    def open_for(self, stakeholder_ids: Iterable[int]) -> dict[int, builtins.list[Commitment]]:
        """Read as plain columns (no ORM objects), with a statement built once."""
        query = _open_for_statement()
        connection = self._session.connection()
        found: dict[int, builtins.list[Commitment]] = {}
        for chunk in chunked(sorted(set(stakeholder_ids)), MAX_BOUND_IDS):
            for person, direction, text, due, created, interaction, row_id in connection.execute(
                query, {"ids": chunk}
            ).all():
                found.setdefault(person, []).append(
                    Commitment(
                        person,
                        _DIRECTIONS[direction],
                        text,
                        due,
                        None,
                        created,  # aware UTC (or None) from UtcDateTime
                        interaction,
                        row_id,
                    )
                )
        return found

    def overdue(self, today: date) -> builtins.list[Commitment]:
        """Read as plain rows (no ORM objects): the attention list asks this of big workspaces."""
        c = CommitmentRow.__table__.c
        query = (
            select(
                c.stakeholder_id,
                c.direction,
                c.description,
                c.due_on,
                c.created_at,
                c.interaction_id,
                c.id,
            )
            .where(c.done_at.is_(None), c.due_on < today)
            .order_by(c.due_on, c.id)
        )
        directions = {d.value: d for d in CommitmentDirection}
        return [
            Commitment(person, directions[direction], text, due, None, created, interaction, row_id)
            for person, direction, text, due, created, interaction, row_id in (
                self._session.connection().execute(query).all()
            )
        ]


def _link(row: InfluenceLinkRow) -> InfluenceLink:
    return InfluenceLink(row.source_id, row.target_id, row.strength, row.note, row.id)


class SqlInfluenceRepository(SqlRepository):
    def add(self, link: InfluenceLink) -> InfluenceLink:
        row = InfluenceLinkRow(
            id=link.id,
            source_id=link.source_id,
            target_id=link.target_id,
            strength=int(link.strength),
            note=link.note,
        )
        self._insert(row, link.id)
        return _link(row)

    def delete(self, link_id: int) -> None:
        self._session.execute(delete(InfluenceLinkRow).where(InfluenceLinkRow.id == link_id))
        self._after_bulk_change()

    def list(self, stakeholder_id: int | None = None) -> list[InfluenceLink]:
        """Links from or to the person (all links when None)."""
        query = select(InfluenceLinkRow).order_by(InfluenceLinkRow.id)
        if stakeholder_id is not None:
            query = query.where(
                or_(
                    InfluenceLinkRow.source_id == stakeholder_id,
                    InfluenceLinkRow.target_id == stakeholder_id,
                )
            )
        return [_link(row) for row in self._session.scalars(query)]
