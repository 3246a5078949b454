"""`rapport publish --workspace LOCAL --to postgresql://USER@HOST:PORT/DATABASE`: a member
publishes to a team database set up by team-setup; progress on stderr, and on failure one line,
exit 2 and no traceback, the server database left as it was."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from main import main
from persistence.table_copy import count_rows
from persistence.workspace import create_workspace, open_database_url
from tests.persistence.sample_data import fill
from tests.team_server import Team, no_keyring, team  # noqa: F401

pytestmark = [pytest.mark.postgres, pytest.mark.usefixtures("no_keyring")]

PASSWORD = "anna-s-password"


@pytest.fixture
def local(tmp_path: Path) -> Path:
    """A workspace file as one person keeps it: every note their own."""
    path = tmp_path / "team.rapport"
    with create_workspace(path) as workspace:
        fill(workspace.uow)
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("UPDATE stakeholder_notes SET author = 'anna'")
        connection.commit()
    return path


@pytest.fixture
def address(team: Team, monkeypatch: pytest.MonkeyPatch) -> str:  # noqa: F811
    """A member's address, as they type it (no password); the password in PGPASSWORD."""
    login = team.add("anna", "member", PASSWORD)
    monkeypatch.setenv("PGPASSWORD", PASSWORD)
    return str(team.address(login))


def _publish(local: Path, to: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(["publish", "--workspace", str(local), "--to", to])
    out, err = capsys.readouterr()
    return code, out, err


def _rows_on(team: Team) -> dict[str, int]:  # noqa: F811
    with open_database_url(team.admin_on_team) as server, server.engine.connect() as connection:
        return count_rows(connection)


def test_a_member_publishes_and_sees_progress(
    local: Path,
    address: str,
    team: Team,  # noqa: F811
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = _publish(local, address, capsys)
    assert code == 0, err
    assert out.startswith(f"Published {local} to {address}: ")
    assert "stakeholders 2" in out
    assert "Publishing ratings…" in err and "100 %" in err.splitlines()[-1]
    assert _rows_on(team)["stakeholders"] == 2


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
        ("sqlite:///x.rapport", "is not a server address"),
        ("with a password", "Leave the password out"),
        ("WRONG_PASSWORD", "refused the login"),
    ],
)
def test_failures_are_one_line_and_leave_the_server_empty(
    local: Path,
    address: str,
    team: Team,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    to: str,
    says: str,
) -> None:
    if to == "WRONG_PASSWORD":
        monkeypatch.setenv("PGPASSWORD", "not-the-password")
        to = address
    elif to == "with a password":
        to = address.replace("@", f":{PASSWORD}@", 1)
    code, out, err = _publish(local, to, capsys)
    assert (code, out) == (2, "")
    assert err.startswith("rapport: ") and says in err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "not-the-password" not in err and PASSWORD not in err
    assert not any(_rows_on(team).values())


def test_a_missing_file_is_one_line(
    tmp_path: Path, address: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = _publish(tmp_path / "none.rapport", address, capsys)
    assert code == 2 and err.startswith("rapport: There is no workspace at ")
