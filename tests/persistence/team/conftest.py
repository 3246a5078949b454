"""The team-server fixtures (tests/team_server.py) for these tests; and for publishing, the demo
and a sample file with a row in every table, an empty server database with Rapport's schema, and
how they compare (every row, and the JSON export)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import time_machine
from sqlalchemy import Engine, select

from domain.model import Organisation
from persistence.demo import build_demo_workspace
from persistence.exchange.json_export import export_workspace
from persistence.table_copy import copied_tables, count_rows
from persistence.workspace import Workspace, create_workspace, open_database_url, open_workspace
from tests.persistence.sample_data import fill
from tests.team_server import memory_keyring, no_keyring, team  # noqa: F401


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.rapport"
    build_demo_workspace(path)
    return path


@pytest.fixture
def server(postgres_database: str) -> Iterator[Workspace]:
    """An empty server database with Rapport's schema (created by its migrations)."""
    with open_database_url(postgres_database) as workspace:
        yield workspace


@pytest.fixture
def sample_file(tmp_path: Path) -> Path:
    """A workspace file with a row in every table Rapport keeps, and an organisation whose
    parent has a higher id than itself (copied before its parent exists)."""
    path = tmp_path / "sample.rapport"
    with create_workspace(path) as workspace:
        fill(workspace.uow)
        with workspace.uow() as uow:
            unit = uow.organisations.add(Organisation("Moved unit"))
            holding = uow.organisations.add(Organisation("New holding"))
            assert unit.id is not None and holding.id is not None
            uow.organisations.update(Organisation("Moved unit", parent_id=holding.id, id=unit.id))
            uow.commit()
        with workspace.engine.connect() as connection:
            empty = [name for name, count in count_rows(connection).items() if not count]
    assert not empty, f"fill() in tests/persistence/sample_data.py leaves {empty} empty: add a row"
    return path


def rows(engine: Engine) -> dict[str, list[dict[str, Any]]]:
    with engine.connect() as connection:
        return {
            table.name: [
                dict(row)
                for row in connection.execute(
                    select(table).order_by(*table.primary_key.columns)
                ).mappings()
            ]
            for table in copied_tables()
        }


def json_export(workspace: Workspace, out: Path) -> bytes:
    with time_machine.travel(datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC), tick=False):
        export_workspace(workspace.uow, out)
    return out.read_bytes()


def assert_same(local: Path, server: Workspace, tmp_path: Path) -> None:
    with open_workspace(local, read_only=True) as file:
        assert rows(server.engine) == rows(file.engine)
        assert json_export(server, tmp_path / "server.json") == json_export(
            file, tmp_path / "file.json"
        )
