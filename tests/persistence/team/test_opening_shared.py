"""Opening a shared workspace on a real server: each refusal in the user's terms (unreachable,
wrong password, missing database, not set up, older, newer), the upgrade offered only to the
tables' owner and run by one client at a time, and a viewer's change refused with a message."""

from __future__ import annotations

import socket
import threading
import time

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL

from domain.model import Stakeholder
from persistence.errors import NewerWorkspaceError, WorkspaceWriteError
from persistence.schema import HEAD_REVISION, SCHEMA_VERSION, migrate
from persistence.team.errors import (
    NotSetUpError,
    OlderServerSchemaError,
    ServerDatabaseMissingError,
    ServerLoginError,
    ServerUnreachableError,
)
from persistence.team.opening import open_server_url, open_server_workspace
from persistence.team.roles import grant_to_team_roles
from persistence.team.schema_upgrade import UPGRADE_LOCK_KEY, upgrade_server_schema
from persistence.team.server_address import ServerAddress
from tests.team_server import Team

pytestmark = pytest.mark.postgres
OLDER = f"{SCHEMA_VERSION - 1:04d}"


def _revision(url: URL) -> str:
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            return str(connection.scalar(text("SELECT version_num FROM alembic_version")))
    finally:
        engine.dispose()


def _set_revision(url: URL, revision: str) -> None:
    engine = create_engine(url)
    try:
        with engine.begin() as connection:
            connection.execute(text("UPDATE alembic_version SET version_num = :r"), {"r": revision})
    finally:
        engine.dispose()


def _older_schema(url: URL) -> None:
    """Rebuild the team database's schema at the revision before the head, as the owner (and
    its rights, as team-setup of that older Rapport gave them)."""
    engine = create_engine(url)
    try:
        with engine.begin() as connection:
            connection.execute(text("DROP SCHEMA public CASCADE"))
            connection.execute(text("CREATE SCHEMA public"))
            migrate(connection, OLDER)
            grant_to_team_roles(connection)
    finally:
        engine.dispose()


def test_a_member_opens_the_shared_workspace_and_changes_it(team: Team) -> None:
    anna = team.add("anna", "member", "anna-pw")
    with open_server_workspace(team.address(anna), "anna-pw") as workspace:
        assert workspace.path is None and not workspace.read_only
        assert workspace.server == team.address(anna)
        assert workspace.url == str(team.address(anna)) and "anna-pw" not in workspace.url
        with workspace.uow() as uow:
            uow.stakeholders.add(Stakeholder("Ada"))
            uow.commit()
        with workspace.uow() as uow:
            assert [p.name for p in uow.stakeholders.list()] == ["Ada"]


def test_a_viewer_opens_it_read_only_and_a_change_is_refused_with_a_clear_message(
    team: Team,
) -> None:
    vic = team.add("vic", "viewer", "vic-pw")
    with open_server_workspace(team.address(vic), "vic-pw") as workspace:
        assert workspace.read_only
        refused = pytest.raises(WorkspaceWriteError, match="are a viewer of this shared workspace")
        with refused, workspace.uow() as uow:
            uow.stakeholders.add(Stakeholder("Eve"))
            uow.commit()
        with workspace.uow() as uow:
            assert uow.stakeholders.list() == []


def test_a_wrong_password_is_said_so(team: Team) -> None:
    anna = team.add("anna", "member", "anna-pw")
    with pytest.raises(ServerLoginError, match=f"refused the login {anna}: wrong password"):
        open_server_workspace(team.address(anna), "not-it")


def test_no_password_at_all_is_said_so(team: Team, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", "/nonexistent")
    anna = team.add("anna", "member", "anna-pw")
    with pytest.raises(ServerLoginError, match=r"asks for .* password, and none was given") as e:
        open_server_workspace(team.address(anna), None)
    assert e.value.password_missing


def test_an_unreachable_server_is_said_so_quickly() -> None:
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    address = ServerAddress("anna", "127.0.0.1", "team", port)
    with pytest.raises(ServerUnreachableError, match=f"No server answered at 127.0.0.1:{port}"):
        open_server_workspace(address, "pw")


def test_an_unknown_host_is_said_so() -> None:
    address = ServerAddress("anna", "no-such-host.invalid", "team")
    with pytest.raises(ServerUnreachableError, match="no computer of that name"):
        open_server_workspace(address, "pw")


def test_a_missing_database_is_said_so(team: Team) -> None:
    anna = team.add("anna", "member", "anna-pw")
    address = team.address(anna).with_database("no_such_team")
    with pytest.raises(ServerDatabaseMissingError, match="has no database “no_such_team”"):
        open_server_workspace(address, "anna-pw")


def test_an_empty_database_is_not_set_up_by_a_client(postgres_database: str) -> None:
    from sqlalchemy.engine import make_url

    url = make_url(postgres_database)
    address = ServerAddress(str(url.username), str(url.host), str(url.database), int(url.port or 0))
    with pytest.raises(NotSetUpError, match="run team-setup"):
        open_server_workspace(address, url.password)
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            assert (
                connection.scalar(
                    text("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")
                )
                == 0
            )
    finally:
        engine.dispose()


def test_an_older_schema_is_refused_to_a_member_who_is_told_to_ask_the_admin(team: Team) -> None:
    _older_schema(team.admin_on_team)
    anna = team.add("anna", "member", "anna-pw")
    with pytest.raises(OlderServerSchemaError, match="Only its administrator") as refused:
        open_server_workspace(team.address(anna), "anna-pw", upgrade=True)
    assert not refused.value.can_upgrade and refused.value.version == SCHEMA_VERSION - 1
    assert _revision(team.admin_on_team) == OLDER  # a member never runs DDL


def test_an_older_schema_is_offered_to_its_owner_and_upgraded_when_accepted(team: Team) -> None:
    _older_schema(team.admin_on_team)
    owner = ServerAddress(
        str(team.admin.username), str(team.admin.host), team.database, int(team.admin.port or 0)
    )
    with pytest.raises(OlderServerSchemaError, match="You own it and may upgrade it") as offer:
        open_server_workspace(owner, team.admin.password)
    assert offer.value.can_upgrade
    assert _revision(team.admin_on_team) == OLDER  # only offered, not done
    with open_server_workspace(owner, team.admin.password, upgrade=True) as workspace:
        assert not workspace.read_only
    assert _revision(team.admin_on_team) == HEAD_REVISION
    anna = team.add("anna", "member", "anna-pw")  # tables the upgrade re-created are granted
    with open_server_workspace(team.address(anna), "anna-pw") as workspace, workspace.uow() as uow:
        uow.stakeholders.add(Stakeholder("Ada"))
        uow.commit()


def test_a_newer_schema_is_refused_and_left_alone(team: Team) -> None:
    _set_revision(team.admin_on_team, f"{SCHEMA_VERSION + 1:04d}")
    anna = team.add("anna", "member", "anna-pw")
    with pytest.raises(NewerWorkspaceError, match="newer version of Rapport"):
        open_server_workspace(team.address(anna), "anna-pw", upgrade=True)
    with pytest.raises(NewerWorkspaceError, match="Update Rapport"):
        open_server_url(team.admin_on_team, create=True, upgrade=True)
    assert _revision(team.admin_on_team) == f"{SCHEMA_VERSION + 1:04d}"


def test_two_clients_upgrading_at_once_take_turns_under_the_advisory_lock(
    postgres_database: str,
) -> None:
    """Two upgraders start while a third connection holds the upgrade lock: both wait on it
    (the server shows two advisory lock waits), then one migrates and the other finds the
    schema current. Without the lock, two migrations of one empty database collide."""
    from sqlalchemy.engine import make_url

    from persistence.team.connecting import server_engine

    target = make_url(postgres_database)
    holder = create_engine(target)
    results: list[object] = []
    errors: list[BaseException] = []

    def upgrade() -> None:
        engine = server_engine(target)
        try:
            results.append(upgrade_server_schema(engine))
        except BaseException as error:
            errors.append(error)
        finally:
            engine.dispose()

    try:
        with holder.begin() as held:
            held.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": UPGRADE_LOCK_KEY})
            threads = [threading.Thread(target=upgrade) for _ in range(2)]
            for thread in threads:
                thread.start()
            deadline = time.monotonic() + 30
            with holder.connect() as watcher:
                while time.monotonic() < deadline:
                    waiting = watcher.scalar(
                        text(
                            "SELECT count(*) FROM pg_locks "
                            "WHERE locktype = 'advisory' AND NOT granted"
                        )
                    )
                    if waiting == 2:
                        break
                    time.sleep(0.05)
            assert waiting == 2
            assert results == [] and errors == []  # both wait while the lock is held
        for thread in threads:
            thread.join(60)
    finally:
        holder.dispose()
    assert errors == []
    befores = sorted((r.before, r.after) for r in results)  # type: ignore[attr-defined]
    assert befores == [(0, SCHEMA_VERSION), (SCHEMA_VERSION, SCHEMA_VERSION)]
    assert _revision(target) == HEAD_REVISION
