"""The same persistence on PostgreSQL: migrations, repositories, ids, current values, exchange."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from domain.model import Dimension, Rating, Stakeholder
from persistence.bulk import add_ratings_in_bulk
from persistence.exchange.json_export import export_workspace
from persistence.exchange.json_import import import_workspace
from persistence.workspace import Workspace, open_database_url
from tests.persistence.sample_data import DAY, T0, fill
from tests.persistence.test_step_rule import CASES, read_by_the_rule

pytestmark = pytest.mark.postgres


@pytest.fixture
def database(postgres_database: str) -> str:
    return postgres_database


@pytest.fixture
def pg_workspace(database: str) -> Iterator[Workspace]:
    with open_database_url(database) as workspace:
        yield workspace


def test_migrations_create_the_schema_the_code_maps(database: str) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from persistence.schema import HEAD_REVISION
    from persistence.tables import Base

    with open_database_url(database) as workspace:
        assert workspace.path is None
        with workspace.engine.connect() as connection:
            assert compare_metadata(MigrationContext.configure(connection), Base.metadata) == []
            version = connection.scalar(text("SELECT version_num FROM alembic_version"))
    assert version == HEAD_REVISION
    open_database_url(database).close()  # opening again migrates nothing


def test_every_entity_round_trips_and_ids_continue_after_given_ones(
    pg_workspace: Workspace,
) -> None:
    ids = fill(pg_workspace.uow)
    with pg_workspace.uow() as uow:
        chosen = uow.stakeholders.add(Stakeholder("Chosen", id=50))
        after = uow.stakeholders.add(Stakeholder("After"))
        ada = uow.stakeholders.get(ids.ada)
        meeting = uow.meetings.get(ids.meeting)
        uow.stakeholders.delete(ids.bob)
        uow.commit()
    assert (chosen.id, after.id) == (50, 51)
    assert ada is not None and ada.tags == ["board", "budget"] and ada.unit_id == ids.finance
    assert meeting is not None and meeting.start == T0 + 2 * DAY and meeting.map_ids == [ids.erp]
    with pg_workspace.uow() as uow:
        assert uow.stakeholders.find_by_email("ada@example.com") is not None
        assert [a.stakeholder_id for a in uow.meetings.get(ids.meeting).attendees] == [  # type: ignore[union-attr]
            ids.ada,
            None,
        ]
        assert uow.interactions.get(ids.interaction).participant_ids == [ids.ada]  # type: ignore[union-attr]


def test_current_values_follow_adds_removals_and_bulk_loads(pg_workspace: Workspace) -> None:
    ids = fill(pg_workspace.uow)
    with pg_workspace.uow() as uow:
        newer = uow.ratings.add(Rating(ids.ada, Dimension.TRUST, 9, T0 + DAY))
        uow.ratings.add(Rating(ids.ada, Dimension.TRUST, 1, T0 - 5 * DAY))
        assert [v.value for v in uow.ratings.current([Dimension.TRUST])] == [9.0]
        assert newer.id is not None
        uow.ratings.remove(newer.id)
        assert [v.value for v in uow.ratings.current([Dimension.TRUST])] == [6.5]
        loaded = [
            Rating(ids.bob, Dimension.TRUST, n % 10, T0 + n * DAY, id=1000 + n) for n in range(500)
        ]
        assert add_ratings_in_bulk(uow, loaded) == 500
        assert uow.ratings.add(Rating(ids.bob, Dimension.INFLUENCE, 5, T0)).id == 1500
        uow.commit()
    with pg_workspace.uow() as uow:
        [bob] = uow.ratings.current([Dimension.TRUST], [ids.bob])
    assert (bob.value, bob.rating_id) == (9.0, 1499)


def test_an_export_from_sqlite_imports_into_postgresql_unchanged(
    workspace: Workspace, pg_workspace: Workspace, tmp_path: Path
) -> None:
    fill(workspace.uow)
    from_sqlite, from_postgres = tmp_path / "a.json", tmp_path / "b.json"
    export_workspace(workspace.uow, from_sqlite)
    import_workspace(from_sqlite, pg_workspace)
    export_workspace(pg_workspace.uow, from_postgres)
    first, second = (
        json.loads(p.read_text(encoding="utf-8")) for p in (from_sqlite, from_postgres)
    )
    del first["exported_at"], second["exported_at"]
    assert first == second


def test_the_attention_and_chart_reads_match_the_fake(pg_workspace: Workspace) -> None:
    """The reads written for speed (window functions, correlated seeks, left joins, streamed
    rows, SQL ordering) give on PostgreSQL what the ports' spec, the in-memory fake, gives."""
    from tests.fakes import FakeUnitOfWorkFactory
    from tests.persistence.test_attention_queries import _fill, _read

    ids = _fill(pg_workspace.uow())
    fake = FakeUnitOfWorkFactory()
    assert _fill(fake()) == ids
    assert _read(pg_workspace.uow()) == _read(fake())
    people = [ids["a"], ids["b"]]
    dimensions = [Dimension.TRUST, Dimension.POWER]
    with pg_workspace.uow() as real, fake() as spec:
        assert real.ratings.histories(people, dimensions) == spec.ratings.histories(
            people, dimensions
        )
        since = T0 + 18 * DAY
        assert real.ratings.histories(people, dimensions, since) == spec.ratings.histories(
            people, dimensions, since
        )
        assert real.interactions.contact_moments(people) == spec.interactions.contact_moments(
            people
        )


@pytest.mark.parametrize("case", CASES)
def test_the_reads_hold_a_history_by_the_domain_step_rule(
    pg_workspace: Workspace, case: str
) -> None:
    read_by_the_rule(pg_workspace.uow, CASES[case])
