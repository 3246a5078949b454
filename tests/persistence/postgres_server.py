"""A PostgreSQL server for the tests marked ``postgres``.

RAPPORT_TEST_PG_URL (``postgresql+psycopg://user:pw@host:port/db``, a user allowed to create
databases) names a server to use. Otherwise, where PostgreSQL's binaries are installed, a
throw-away cluster is started in a temporary folder on a free port (as the ``postgres`` user
when the tests run as root, since PostgreSQL refuses to run as root) and removed afterwards. Its
superuser ``rapport`` has the password :data:`SUPERUSER_PASSWORD`, and TCP logins must give their
password (scram-sha-256), as on a real server: a test can log in with a wrong one.
Without either, or without the driver (psycopg, the ``postgres`` extra), the tests are skipped
with the reason; with RAPPORT_REQUIRE_POSTGRES=1 (CI) they fail instead (tests/conftest.py).
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy.engine import URL, make_url

#: The password of the throw-away cluster's superuser ``rapport``.
SUPERUSER_PASSWORD = "rapport-test-admin"


class NoServer(Exception):
    """No PostgreSQL server can be had; the message says why."""


def _driver() -> None:
    try:
        import psycopg  # noqa: F401
    except ImportError as error:
        raise NoServer(
            "the PostgreSQL driver psycopg is not installed (pip install '.[postgres]')"
        ) from error


def _binaries() -> Path:
    for pattern in ("/usr/lib/postgresql/*/bin", "/usr/local/pgsql/bin", "/opt/homebrew/bin"):
        for folder in sorted(glob.glob(pattern), reverse=True):
            if (Path(folder) / "initdb").exists() and (Path(folder) / "pg_ctl").exists():
                return Path(folder)
    initdb = shutil.which("initdb")
    if initdb and shutil.which("pg_ctl"):
        return Path(initdb).parent
    raise NoServer(
        "PostgreSQL is not installed (no initdb/pg_ctl) and RAPPORT_TEST_PG_URL is unset"
    )


def _as_server_user() -> list[str]:
    if os.name != "posix" or os.geteuid() != 0:
        return []
    runuser = shutil.which("runuser")
    try:
        import pwd

        pwd.getpwnam("postgres")
    except (ImportError, KeyError) as error:
        raise NoServer("running as root and there is no 'postgres' user to run a server") from error
    if runuser is None:
        raise NoServer("running as root and runuser is missing")
    return [runuser, "-u", "postgres", "--"]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextlib.contextmanager
def postgres_server() -> Iterator[URL]:
    """The URL of a server (its ``postgres`` database) for as long as the block runs."""
    _driver()
    given = os.environ.get("RAPPORT_TEST_PG_URL")
    if given:
        yield make_url(given)
        return
    with private_postgres_server() as server:
        yield server.url


class PrivateServer:
    """A throw-away cluster of this test's own, which the test may stop and start again."""

    def __init__(self, binaries: Path, prefix: list[str], folder: Path, port: int) -> None:
        self.binaries = binaries
        self.prefix = prefix
        self.folder = folder
        self.data = folder / "data"
        self.port = port
        self.url = URL.create(
            "postgresql+psycopg",
            "rapport",
            SUPERUSER_PASSWORD,
            host="127.0.0.1",
            port=port,
            database="postgres",
        )

    def run(self, *command: str) -> None:
        result = subprocess.run(
            [*self.prefix, *command], capture_output=True, text=True, timeout=60, check=False
        )
        if result.returncode != 0:
            raise NoServer(f"{Path(command[0]).name} failed: {result.stderr.strip()[-300:]}")

    def start(self) -> None:
        """Start the server (on the same port, with the same data)."""
        options = f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off"
        self.run(
            str(self.binaries / "pg_ctl"),
            "-D",
            str(self.data),
            "-o",
            options,
            "-w",
            "-l",
            str(self.folder / "log"),
            "start",
        )

    def stop(self, mode: str = "fast") -> None:
        """Stop the server: ``fast`` ends every session (clients see their connection closed),
        ``immediate`` as a crash would."""
        self.run(str(self.binaries / "pg_ctl"), "-D", str(self.data), "-m", mode, "-w", "stop")


@contextlib.contextmanager
def private_postgres_server() -> Iterator[PrivateServer]:
    """A new cluster in a temporary folder, started, for as long as the block runs (then
    stopped and removed). Needs PostgreSQL's binaries; RAPPORT_TEST_PG_URL is not used."""
    _driver()
    binaries = _binaries()
    prefix = _as_server_user()
    folder = Path(tempfile.mkdtemp(prefix="rapport-pg-"))
    if prefix:
        shutil.chown(folder, "postgres", "postgres")
    server = PrivateServer(binaries, prefix, folder, _free_port())
    password_file = folder / "password"
    password_file.write_text(SUPERUSER_PASSWORD + "\n", encoding="utf-8")
    if prefix:
        shutil.chown(password_file, "postgres", "postgres")
    try:
        server.run(
            str(binaries / "initdb"),
            "-D",
            str(server.data),
            "-U",
            "rapport",
            "--auth-local=trust",
            "--auth-host=scram-sha-256",
            f"--pwfile={password_file}",
            "--no-sync",
        )
        server.start()
        try:
            yield server
        finally:
            with contextlib.suppress(NoServer):
                server.stop("immediate")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
