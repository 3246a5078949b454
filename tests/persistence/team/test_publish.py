"""Publishing a workspace file to an empty server database: everything, ids and history intact."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import time_machine
from sqlalchemy import Engine, select

from domain.model import Dimension, Organisation, Rating, Stakeholder
from domain.progress import Cancelled
from persistence.demo import build_demo_workspace
from persistence.exchange.json_export import export_workspace
from persistence.table_copy import copied_tables, count_rows
from persistence.team.publish import NotEmptyError, publish_workspace
from persistence.workspace import Workspace, create_workspace, open_database_url
from tests.persistence.sample_data import T0, fill

pytestmark = pytest.mark.postgres


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
    from persistence.workspace import open_workspace

    with open_workspace(local, read_only=True) as file:
        assert rows(server.engine) == rows(file.engine)
        assert json_export(server, tmp_path / "server.json") == json_export(
            file, tmp_path / "file.json"
        )


def test_the_demo_is_published_whole(demo_file: Path, server: Workspace, tmp_path: Path) -> None:
    copied = publish_workspace(demo_file, server)
    assert copied["stakeholders"] > 10 and copied["ratings"] > 100
    assert_same(demo_file, server, tmp_path)


def test_every_table_is_copied_with_its_ids(
    sample_file: Path, server: Workspace, tmp_path: Path
) -> None:
    reports: list[tuple[int, int | None, str]] = []

    class Recorder:
        def report(self, done: int, total: int | None = None, text: str = "") -> None:
            reports.append((done, total, text))

    copied = publish_workspace(sample_file, server, Recorder())
    assert set(copied) == {table.name for table in copied_tables()}
    assert_same(sample_file, server, tmp_path)
    total = sum(copied.values())
    assert reports[0] == (0, total, "Publishing…")
    assert reports[-1][:2] == (total, total)
    assert "Publishing organisations…" in [text for _, _, text in reports]


def test_a_second_publish_is_refused_and_changes_nothing(
    sample_file: Path, demo_file: Path, server: Workspace
) -> None:
    publish_workspace(sample_file, server)
    before = rows(server.engine)
    with pytest.raises(NotEmptyError, match=r"is not empty \(it holds .*nothing was copied"):
        publish_workspace(demo_file, server)
    assert rows(server.engine) == before


def test_cancel_leaves_the_server_database_empty(demo_file: Path, server: Workspace) -> None:
    class CancelAfterSomeRows:
        def report(self, done: int, total: int | None = None, text: str = "") -> None:
            if done > 0 and text == "Publishing ratings…":
                raise Cancelled

    with pytest.raises(Cancelled):
        publish_workspace(demo_file, server, CancelAfterSomeRows())
    with server.engine.connect() as connection:
        assert not any(count_rows(connection).values())
    publish_workspace(demo_file, server)  # and it can be published afterwards


def test_the_team_adds_rows_after_the_copied_ids(sample_file: Path, server: Workspace) -> None:
    publish_workspace(sample_file, server)
    highest = rows(server.engine)
    top_person = max(row["id"] for row in highest["stakeholders"])
    top_rating = max(row["id"] for row in highest["ratings"])
    top_unit = max(row["id"] for row in highest["organisations"])
    with server.uow() as uow:
        person = uow.stakeholders.add(Stakeholder("New colleague"))
        assert person.id is not None
        rating = uow.ratings.add(Rating(person.id, Dimension.TRUST, 7, T0))
        unit = uow.organisations.add(Organisation("New unit"))
        uow.commit()
    assert (person.id, rating.id, unit.id) == (top_person + 1, top_rating + 1, top_unit + 1)
