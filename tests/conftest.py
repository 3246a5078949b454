"""Test-wide setup: offscreen Qt, and a sandbox so no test reads or writes the real user data.

Everything at module level here runs before any test module (and so before any Qt import in our
code); Qt reads these variables when the application and QStandardPaths are first used.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from sqlalchemy.engine import URL

    from tests.persistence.postgres_server import PrivateServer

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# RAPPORT_CLOCK_OFFSET_DAYS=365 moves Python's clock (datetime.now, date.today, time.time) that
# many days ahead for the whole run, before any test module is imported: no test may depend on
# the real date. scripts/test runs the tests marked `date_sensitive` a second time so.
_CLOCK_OFFSET_DAYS = int(os.environ.get("RAPPORT_CLOCK_OFFSET_DAYS", "0") or 0)
if _CLOCK_OFFSET_DAYS:
    import time_machine

    _TRAVEL = time_machine.travel(datetime.now(UTC) + timedelta(days=_CLOCK_OFFSET_DAYS), tick=True)
    _TRAVEL.start()


def pytest_report_header(config: pytest.Config) -> str | None:
    if _CLOCK_OFFSET_DAYS:
        return f"clock moved {_CLOCK_OFFSET_DAYS} days ahead: it reads {datetime.now(UTC):%Y-%m-%d}"
    return None


# One sandbox per test session, removed at the end. Set unconditionally (not setdefault): a
# developer's own XDG_* must not let a test write into their real settings or workspaces.
_SANDBOX = Path(tempfile.mkdtemp(prefix="rapport-tests-"))
if sys.platform.startswith("linux") or sys.platform.startswith("freebsd"):
    # QStandardPaths and QSettings follow the XDG variables on Linux; HOME covers code that
    # uses Path.home() directly. Subprocesses started by tests (the app end to end) inherit them.
    for _var, _sub in {
        "HOME": "home",
        "XDG_DATA_HOME": "home/.local/share",
        "XDG_CONFIG_HOME": "home/.config",
        "XDG_CACHE_HOME": "home/.cache",
        "XDG_STATE_HOME": "home/.local/state",
        "XDG_RUNTIME_DIR": "runtime",
    }.items():
        _dir = _SANDBOX / _sub
        _dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        os.environ[_var] = str(_dir)
    # Qt refuses a runtime dir that others can read.
    (_SANDBOX / "runtime").chmod(0o700)
else:
    # Windows and macOS ignore XDG_*; Qt's test mode moves its standard paths to a separate
    # "qttest" tree instead. This covers this process only, not apps that tests start.
    from PySide6.QtCore import QStandardPaths

    QStandardPaths.setTestModeEnabled(True)


# Every setting the app reads or writes goes to a file in the sandbox, on every platform (Windows
# keeps QSettings in the registry, which no environment variable moves).
from ui.settings_store import use_settings_file  # noqa: E402

use_settings_file(_SANDBOX / "settings.ini")

# Dates and numbers follow the user's locale (ui/formatting.py). The suite reads them in the C
# locale ("1 Dec 2026", "16:30", "7.5") whatever the machine's, in-process and in the commands it
# starts; tests/ui/test_locale.py switches to German and back.
from PySide6.QtCore import QLocale  # noqa: E402

os.environ["LC_ALL"] = "C.UTF-8"
QLocale.setDefault(QLocale.c())


def pytest_unconfigure(config: pytest.Config) -> None:
    shutil.rmtree(_SANDBOX, ignore_errors=True)


@pytest.fixture
def tmp_workspace_path(tmp_path: Path) -> Path:
    """Where a test may create a workspace file; nothing exists there yet."""
    return tmp_path / "test.rapport"


# --- PostgreSQL (tests marked `postgres`) --------------------------------------------------------
# One server per test session (tests/persistence/postgres_server.py says where it comes from);
# each test that asks for `postgres_database` gets a new, empty database on it, dropped afterwards.
# Without a server or driver the tests skip with the reason; with RAPPORT_REQUIRE_POSTGRES=1 (set
# by .ci/run) they fail instead: in CI the team tests must run.


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[URL]:
    """The URL of the test server's ``postgres`` database, as its superuser (with password)."""
    from tests.persistence.postgres_server import NoServer, postgres_server

    try:
        with postgres_server() as url:
            yield url
    except NoServer as reason:
        if os.environ.get("RAPPORT_REQUIRE_POSTGRES") == "1":
            pytest.fail(f"no PostgreSQL server, and RAPPORT_REQUIRE_POSTGRES=1: {reason}")
        pytest.skip(f"no PostgreSQL server: {reason}")


@pytest.fixture
def postgres_database(postgres_url: URL) -> Iterator[str]:
    """The URL (a string, password included) of a new, empty database, dropped afterwards."""
    import uuid

    from sqlalchemy import create_engine, text

    name = f"rapport_test_{uuid.uuid4().hex[:10]}"
    admin = create_engine(postgres_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
        yield postgres_url.set(database=name).render_as_string(hide_password=False)
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        admin.dispose()


@pytest.fixture
def private_postgres() -> Iterator[PrivateServer]:
    """A PostgreSQL server of this test's own, which it may stop and start again
    (``private_postgres.stop()``, ``.start()``); its URL is ``private_postgres.url``."""
    from tests.persistence.postgres_server import NoServer, private_postgres_server

    try:
        with private_postgres_server() as server:
            yield server
    except NoServer as reason:
        if os.environ.get("RAPPORT_REQUIRE_POSTGRES") == "1":
            pytest.fail(f"no PostgreSQL server, and RAPPORT_REQUIRE_POSTGRES=1: {reason}")
        pytest.skip(f"no PostgreSQL server: {reason}")
