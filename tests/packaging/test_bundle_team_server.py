"""The packaged app opens a team server: its bundled psycopg (pure Python) loads the system's
libpq, and the whole CLI path (team-setup, team-add-member, check, export) works from the build.

Against a throw-away PostgreSQL cluster (tests/conftest.py's ``postgres_url``, started as
tests/persistence/postgres_server.py does); the passwords reach the bundle only through
PGPASSWORD and standard input, as an administrator would give them.
"""

from __future__ import annotations

import json
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL

from tests.packaging import test_bundle
from tests.packaging.test_bundle import EXE_SUFFIX, run

home = test_bundle.home  # the fixture: user folders inside tmp_path

pytestmark = [pytest.mark.slow, pytest.mark.postgres]


@pytest.fixture
def team_database(postgres_url: URL) -> Iterator[str]:
    """The name of a team database that does not exist yet; dropped (with its roles) after."""
    name = f"rapport_bundle_{uuid.uuid4().hex[:8]}"
    yield name
    admin = create_engine(postgres_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            for role in ("bundle_anna", f"{name}_member", f"{name}_viewer"):
                connection.execute(text(f'DROP ROLE IF EXISTS "{role}"'))
    finally:
        admin.dispose()


def test_the_bundled_app_sets_up_and_opens_a_team_server(
    bundle: Path, home: dict[str, str], tmp_path: Path, postgres_url: URL, team_database: str
) -> None:
    server = f"{postgres_url.host}:{postgres_url.port}"
    admin_env = dict(home, PGPASSWORD=str(postgres_url.password))

    setup = run(
        bundle, "team-setup", "--admin-url", f"postgresql://{postgres_url.username}@{server}/postgres",
        "--database", team_database, env=admin_env, cwd=tmp_path,
    )  # fmt: skip
    assert setup.returncode == 0, setup.stdout + setup.stderr
    assert f"Team workspace “{team_database}”" in setup.stdout

    added = subprocess.run(
        [str(bundle / f"rapport{EXE_SUFFIX}"), "team-add-member",
         "--admin-url", f"postgresql://{postgres_url.username}@{server}/postgres",
         "--database", team_database, "--login", "bundle_anna", "--name", "Anna Berg",
         "--role", "member", "--password-stdin"],
        input="anna-secret\n", env=admin_env, cwd=tmp_path, capture_output=True, text=True,
        timeout=180, check=False,
    )  # fmt: skip
    assert added.returncode == 0, added.stdout + added.stderr

    member = f"postgresql://bundle_anna@{server}/{team_database}"
    member_env = dict(home, PGPASSWORD="anna-secret")
    checked = run(bundle, "check", "--workspace", member, env=member_env, cwd=tmp_path)
    assert checked.returncode == 0, checked.stdout + checked.stderr

    exported = tmp_path / "team.json"
    export = run(
        bundle, "export", "--workspace", member, "--out", str(exported), env=member_env,
        cwd=tmp_path,
    )  # fmt: skip
    assert export.returncode == 0, export.stdout + export.stderr
    assert "stakeholders" in json.loads(exported.read_text(encoding="utf-8"))

    wrong = run(
        bundle, "check", "--workspace", member, env=dict(home, PGPASSWORD="wrong"), cwd=tmp_path
    )
    assert wrong.returncode != 0
    assert "wrong password" in wrong.stdout + wrong.stderr
    assert "Traceback" not in wrong.stderr
