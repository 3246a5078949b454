"""Publishing a workspace file to an empty server database: everything, ids and history intact."""

from __future__ import annotations

from pathlib import Path

import pytest

from domain.model import Dimension, Organisation, Rating, Stakeholder
from domain.progress import Cancelled
from persistence.table_copy import copied_tables, count_rows
from persistence.team.publish import NotEmptyError, publish_workspace
from persistence.workspace import Workspace
from tests.persistence.sample_data import T0
from tests.persistence.team.conftest import assert_same, rows
from tests.team_server import Team

pytestmark = pytest.mark.postgres


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


def test_a_row_the_server_refuses_is_named_and_nothing_is_copied(
    sample_file: Path, server: Workspace
) -> None:
    import sqlite3
    from contextlib import closing

    from persistence.table_copy import CopyFailedError

    # SQLite keeps a NUL character in text; PostgreSQL refuses it in any text column.
    with closing(sqlite3.connect(sample_file)) as connection:
        connection.execute("UPDATE stakeholders SET notes = 'a' || char(0) || 'b'")
        connection.commit()
    with pytest.raises(CopyFailedError, match=r"^The stakeholders could not be copied: .*Nothing"):
        publish_workspace(sample_file, server)
    with server.engine.connect() as connection:
        assert not any(count_rows(connection).values())


def test_a_member_publishing_becomes_the_author_of_the_file_s_notes(
    sample_file: Path,
    team: Team,
) -> None:
    """Private notes bind members (row-level security): a member may add only their own, so a
    file's notes become the publishing member's; a file with several people's notes is left to
    the administrator, who keeps every author."""
    import sqlite3
    from contextlib import closing

    from persistence.team.opening import open_server_workspace
    from persistence.workspace import WorkspaceError, open_database_url

    login = team.add("anna", "member", "anna-pw")
    with open_server_workspace(team.address(login), "anna-pw") as member:
        with pytest.raises(
            WorkspaceError, match=r"stakeholder notes by several people \(anna, bob\)"
        ):
            publish_workspace(sample_file, member)
        with closing(sqlite3.connect(sample_file)) as connection:
            connection.execute("UPDATE stakeholder_notes SET author = 'anna'")
            connection.commit()
        copied = publish_workspace(sample_file, member)
        assert copied["stakeholder_notes"] == 2
        with member.uow() as uow:  # the private one is hers, so she reads it
            assert len(uow.notes.list()) == 2
    with open_database_url(team.admin_on_team) as admin:
        assert {note["author"] for note in rows(admin.engine)["stakeholder_notes"]} == {login}
