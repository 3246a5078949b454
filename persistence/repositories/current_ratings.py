"""Keeping ``current_ratings`` in step with the rating history.

The table holds, per (person, dimension, map), the rating that holds now: the latest by ``at``,
later entries winning ties (the rule of ``domain.rules.step_series``). The rating
repository offers every added rating here and recomputes a key from history when the rating
it pointed at is removed; bulk loads rebuild whole people at once.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from sqlalchemy import ColumnElement, Select, delete, func, insert, literal, select, tuple_
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.orm import Session, aliased
from sqlalchemy.orm.util import identity_key

from domain.clock import as_utc
from persistence.repositories.base import MAX_BOUND_IDS, chunked
from persistence.tables import CurrentRatingRow, RatingRow


def offer(session: Session, rating: RatingRow) -> None:
    """Make ``rating`` the current one of its key if it is the latest there."""
    key = (rating.stakeholder_id, rating.dimension, rating.map_id or 0)
    if session.get_bind().dialect.name == "postgresql":
        _offer_atomically(session, rating, key)
        return
    current = session.get(CurrentRatingRow, key)
    if current is None:
        session.add(
            CurrentRatingRow(
                stakeholder_id=rating.stakeholder_id,
                dimension=rating.dimension,
                map_key=rating.map_id or 0,
                map_id=rating.map_id,
                value=rating.value,
                at=as_utc(rating.at),
                rating_id=rating.id,
            )
        )
    elif (as_utc(rating.at), rating.id) > (as_utc(current.at), current.rating_id):
        current.value = rating.value
        current.at = as_utc(rating.at)
        current.rating_id = rating.id


def _offer_atomically(session: Session, rating: RatingRow, key: tuple[int, str, int]) -> None:
    """:func:`offer` in one statement, for a server where team members add ratings at once.

    Reading the current row and then writing it would let two members' ratings of the same key
    race: each compares with the value before either, and the one committing last wins even if
    it is the older (the map would show a stale place, although history holds both). The
    upsert takes the row's lock and compares with its latest committed version instead.
    """
    statement = pg_insert(CurrentRatingRow).values(
        stakeholder_id=rating.stakeholder_id,
        dimension=rating.dimension,
        map_key=rating.map_id or 0,
        map_id=rating.map_id,
        value=rating.value,
        at=as_utc(rating.at),
        rating_id=rating.id,
    )
    newer = tuple_(statement.excluded.at, statement.excluded.rating_id) > tuple_(
        CurrentRatingRow.at, CurrentRatingRow.rating_id
    )
    session.execute(
        statement.on_conflict_do_update(
            index_elements=["stakeholder_id", "dimension", "map_key"],
            set_={
                name: statement.excluded[name] for name in ("map_id", "value", "at", "rating_id")
            },
            where=newer,
        )
    )
    loaded = session.identity_map.get(identity_key(CurrentRatingRow, key))
    if loaded is not None:
        session.expire(loaded)  # read again when next asked: the statement changed it


def withdraw(session: Session, rating: RatingRow) -> None:
    """Before ``rating`` is deleted: point its key at the next latest rating, or drop the key."""
    key = (rating.stakeholder_id, rating.dimension, rating.map_id or 0)
    current = session.get(CurrentRatingRow, key)
    if current is None or current.rating_id != rating.id:
        return
    successor = session.scalars(
        select(RatingRow)
        .where(*_same_key(rating), RatingRow.id != rating.id)
        .order_by(RatingRow.at.desc(), RatingRow.id.desc())
        .limit(1)
    ).first()
    if successor is None:
        session.delete(current)
    else:
        current.value = successor.value
        current.at = as_utc(successor.at)
        current.rating_id = successor.id
    session.flush()


def rebuild(session: Session, stakeholder_ids: Collection[int] | None = None) -> None:
    """Recompute the current values of these people (everyone when None) from history."""
    session.flush()
    if stakeholder_ids is None:
        _rebuild_where(session, None)
    else:
        for chunk in chunked(sorted(set(stakeholder_ids)), MAX_BOUND_IDS):
            _rebuild_where(session, chunk)
    session.expire_all()


def expected_current_rows(
    dialect: str, stakeholder_ids: Collection[int] | None = None
) -> Select[*tuple[Any, ...]]:
    """SELECT of what current_ratings should hold: the latest rating of every key in history.

    On SQLite, one backward seek along ix_ratings_person_dimension_map_at per key (an order of
    magnitude faster than sorting the history); elsewhere a window function, since
    ``IS NOT DISTINCT FROM`` keeps PostgreSQL from using that index.
    """
    if dialect != "sqlite":
        return _latest_by_window(stakeholder_ids)
    keys = select(RatingRow.stakeholder_id, RatingRow.dimension, RatingRow.map_id).distinct()
    if stakeholder_ids is not None:
        keys = keys.where(RatingRow.stakeholder_id.in_(list(stakeholder_ids)))
    key = keys.subquery("keys")
    inner = aliased(RatingRow, name="inner_rating")
    latest_id = (
        select(inner.id)
        .where(
            inner.stakeholder_id == key.c.stakeholder_id,
            inner.dimension == key.c.dimension,
            inner.map_id.is_not_distinct_from(key.c.map_id),  # renders as SQLite's "IS"
        )
        .order_by(inner.at.desc(), inner.id.desc())
        .limit(1)
        .correlate(key)
        .scalar_subquery()
    )
    chosen = aliased(RatingRow, name="chosen")
    return (
        select(
            chosen.stakeholder_id,
            chosen.dimension,
            func.coalesce(chosen.map_id, literal(0)),
            chosen.map_id,
            chosen.value,
            chosen.at,
            chosen.id,
        )
        .select_from(key)
        .join(chosen, chosen.id == latest_id)
    )


def _latest_by_window(stakeholder_ids: Collection[int] | None) -> Select[*tuple[Any, ...]]:
    rank = (
        func.row_number()
        .over(
            partition_by=(RatingRow.stakeholder_id, RatingRow.dimension, RatingRow.map_id),
            order_by=(RatingRow.at.desc(), RatingRow.id.desc()),
        )
        .label("rank")
    )
    ranked = select(
        RatingRow.stakeholder_id,
        RatingRow.dimension,
        func.coalesce(RatingRow.map_id, literal(0)).label("map_key"),
        RatingRow.map_id,
        RatingRow.value,
        RatingRow.at,
        RatingRow.id.label("rating_id"),
        rank,
    )
    if stakeholder_ids is not None:
        ranked = ranked.where(RatingRow.stakeholder_id.in_(list(stakeholder_ids)))
    latest = ranked.subquery("ranked")
    return select(
        latest.c.stakeholder_id,
        latest.c.dimension,
        latest.c.map_key,
        latest.c.map_id,
        latest.c.value,
        latest.c.at,
        latest.c.rating_id,
    ).where(latest.c.rank == 1)


def _rebuild_where(session: Session, stakeholder_ids: list[int] | None) -> None:
    clear = delete(CurrentRatingRow)
    if stakeholder_ids is not None:
        clear = clear.where(CurrentRatingRow.stakeholder_id.in_(stakeholder_ids))
    session.execute(clear.execution_options(synchronize_session=False))
    columns = ["stakeholder_id", "dimension", "map_key", "map_id", "value", "at", "rating_id"]
    dialect = session.get_bind().dialect.name
    rows = expected_current_rows(dialect, stakeholder_ids)
    session.execute(insert(CurrentRatingRow).from_select(columns, rows))


def _same_key(rating: RatingRow) -> list[ColumnElement[bool]]:
    on_map = (
        RatingRow.map_id.is_(None) if rating.map_id is None else RatingRow.map_id == rating.map_id
    )
    return [
        RatingRow.stakeholder_id == rating.stakeholder_id,
        RatingRow.dimension == rating.dimension,
        on_map,
    ]
