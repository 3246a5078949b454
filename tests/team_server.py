"""Fixtures for the team-server tests: a team set up on the test server, and a keyring in memory.

Import the fixtures a module needs (``from tests.team_server import team  # noqa: F401``). Each
``team`` is a new database set up by ``team-setup`` as the test server's superuser, with its
group roles; ``team.add(...)`` adds logins. All of it, roles included (they belong to the whole
server), is dropped afterwards.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field

import keyring
import pytest
from keyring.backend import KeyringBackend
from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL

from persistence.team.members import add_member
from persistence.team.server_address import ServerAddress
from persistence.team.setup import SetupReport, team_setup


@dataclass
class Team:
    """A team database on the test server, and the logins a test added to it."""

    admin: URL
    database: str
    report: SetupReport
    logins: list[str] = field(default_factory=list)

    def add(self, name: str, role: str, password: str) -> str:
        """Adds a login (``name`` made unique on the server) with ``role``; returns it."""
        login = f"{name}_{uuid.uuid4().hex[:6]}"
        add_member(
            self.admin, self.database, login=login, name=name.title(), role=role, password=password
        )
        self.logins.append(login)
        return login

    def address(self, login: str) -> ServerAddress:
        return ServerAddress(login, str(self.admin.host), self.database, int(self.admin.port or 0))

    def url(self, login: str, password: str) -> URL:
        """The full SQLAlchemy URL of ``login`` on the team database (for plain SQL)."""
        return self.admin.set(username=login, password=password, database=self.database)

    @property
    def admin_on_team(self) -> URL:
        return self.admin.set(database=self.database)


@pytest.fixture
def team(postgres_url: URL) -> Iterator[Team]:
    database = f"rapport_team_{uuid.uuid4().hex[:10]}"
    report = team_setup(postgres_url, database)
    made = Team(postgres_url, database, report)
    try:
        yield made
    finally:
        drop_team(postgres_url, database, made.logins)


def drop_team(admin: URL, database: str, logins: list[str]) -> None:
    engine = create_engine(admin, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)'))
            for role in [*logins, f"{database}_member", f"{database}_viewer"]:
                connection.execute(text(f'DROP ROLE IF EXISTS "{role}"'))
    finally:
        engine.dispose()


class MemoryKeyring(KeyringBackend):
    """A keyring backend that keeps passwords in a dict (keyring's own interface)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.passwords.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    """The process's keyring replaced by one in memory for the test."""
    before = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(before)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    """No keyring at all, as on a server or in CI: keyring's own fail backend."""
    from keyring.backends import fail

    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        yield
    finally:
        keyring.set_keyring(before)
