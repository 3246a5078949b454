"""`rapport publish --workspace LOCAL --to URL`: progress on stderr, and on failure one line,
exit 2 and no traceback, the server database left as it was."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from main import main
from persistence.table_copy import count_rows
from persistence.workspace import create_workspace, open_database_url
from tests.persistence.sample_data import fill

pytestmark = pytest.mark.postgres


@pytest.fixture
def local(tmp_path: Path) -> Path:
    path = tmp_path / "team.rapport"
    with create_workspace(path) as workspace:
        fill(workspace.uow)
    return path


@pytest.fixture
def address(postgres_database: str, monkeypatch: pytest.MonkeyPatch) -> str:
    """The database as a member types it (no password, no driver); the password in
    PGPASSWORD, where libpq looks for it."""
    url = make_url(postgres_database)
    assert url.password is not None
    monkeypatch.setenv("PGPASSWORD", url.password)
    return f"postgresql://{url.username}@{url.host}:{url.port}/{url.database}?sslmode=disable"


def _publish(local: Path, to: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(["publish", "--workspace", str(local), "--to", to])
    out, err = capsys.readouterr()
    return code, out, err


def test_publish_copies_the_file_and_shows_progress(
    local: Path, address: str, postgres_database: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _publish(local, address, capsys)
    assert code == 0, err
    assert out.startswith(f"Published {local} to {address}: ")
    assert "stakeholders 2" in out
    assert "Publishing ratings…" in err and "100 %" in err.splitlines()[-1]
    with (
        open_database_url(postgres_database) as server,
        server.engine.connect() as connection,
    ):
        assert count_rows(connection)["stakeholders"] == 2


def test_a_second_publish_says_why_in_one_line(
    local: Path, address: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _publish(local, address, capsys)[0] == 0
    code, out, err = _publish(local, address, capsys)
    assert (code, out) == (2, "")
    assert err.startswith("rapport: The server database ") and "is not empty" in err
    assert err.count("\n") == 1 and "Traceback" not in err


@pytest.mark.parametrize(
    ("to", "says"),
    [
        ("not a url", "is not a server address"),
        ("sqlite:///x.rapport", "is not a server database"),
        ("WRONG_PASSWORD", "password authentication failed"),
    ],
)
def test_failures_are_one_line_and_leave_the_server_empty(
    local: Path,
    address: str,
    postgres_database: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    to: str,
    says: str,
) -> None:
    if to == "WRONG_PASSWORD":
        monkeypatch.setenv("PGPASSWORD", "not-the-password")
        to = address
    code, out, err = _publish(local, to, capsys)
    assert (code, out) == (2, "")
    assert err.startswith("rapport: ") and says in err
    assert err.count("\n") == 1 and "Traceback" not in err and "not-the-password" not in err
    with (
        open_database_url(postgres_database) as server,
        server.engine.connect() as connection,
    ):
        assert not any(count_rows(connection).values())


def test_a_missing_file_is_one_line(
    tmp_path: Path, address: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = _publish(tmp_path / "none.rapport", address, capsys)
    assert code == 2 and err.startswith("rapport: There is no workspace at ")
