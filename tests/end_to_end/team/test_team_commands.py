"""team-setup, team-add-member and --workspace URL as an administrator and members run them,
against the real test server: what they print, their exit status, one line when refused."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from sqlalchemy.engine import URL

from main import main
from persistence.schema import SCHEMA_VERSION
from persistence.team.server_address import ServerAddress
from tests.end_to_end.test_command_line import ROOT
from tests.team_server import MemoryKeyring, Team, drop_team

pytestmark = pytest.mark.postgres
CONTACTS = Path(__file__).parents[2] / "fixtures" / "contacts"


def _admin_address(url: URL) -> str:
    return f"postgresql://{url.username}@{url.host}:{url.port}/postgres"


def _run(*args: str | Path, stdin: str = "", password: str | None = None) -> tuple[int, str, str]:
    """The command in its own process, as an administrator's shell runs it (no keyring)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    env.pop("PGPASSWORD", None)
    if password is not None:
        env["PGPASSWORD"] = password
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *map(str, args)],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=ROOT,
    )
    return result.returncode, result.stdout, result.stderr


def test_an_admin_sets_up_a_team_adds_a_member_who_then_exports_it(
    postgres_url: URL, tmp_path: Path
) -> None:
    database = f"rapport_cli_{uuid.uuid4().hex[:8]}"
    admin = _admin_address(postgres_url)
    login = f"anna_{uuid.uuid4().hex[:6]}"
    try:
        code, out, err = _run(
            "team-setup", "--admin-url", admin, "--database", database,
            password=postgres_url.password,
        )  # fmt: skip
        assert code == 0, err
        assert f"Database “{database}”: created." in out
        assert f"Rapport's tables: created (format {SCHEMA_VERSION})." in out
        assert f"{database}_member (reads and edits) and {database}_viewer (reads only)" in out
        member_address = f"postgresql://THEIR-LOGIN@{postgres_url.host}:{postgres_url.port}/"
        assert member_address + database in out
        assert "File ▸ Open Shared Workspace…" in out
        assert f"rapport team-add-member --admin-url {admin} --database {database}" in out

        code, out, err = _run(
            "team-setup", "--admin-url", admin, "--database", database,
            password=postgres_url.password,
        )  # fmt: skip
        assert code == 0, err
        assert "found, kept" in out and f"up to date (format {SCHEMA_VERSION})" in out

        code, out, err = _run(
            "team-add-member", "--admin-url", admin, "--database", database, "--login", login,
            "--name", "Anna Berg", "--role", "member", "--password-stdin",
            stdin="anna's pw\n", password=postgres_url.password,
        )  # fmt: skip
        assert code == 0, err
        assert f"{login} (Anna Berg) added: a member of “{database}” (reads and edits)." in out
        workspace = f"postgresql://{login}@{postgres_url.host}:{postgres_url.port}/{database}"
        assert f"--workspace {workspace}" in out

        out_file = tmp_path / "team.json"
        code, out, err = _run(
            "export", "--workspace", workspace, "--out", out_file, password="anna's pw"
        )
        assert code == 0, err
        assert json.loads(out_file.read_text(encoding="utf-8"))["stakeholders"] == []
    finally:
        drop_team(postgres_url, database, [login])


def test_a_member_password_is_never_taken_from_the_command_line(
    team: Team, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    admin = _admin_address(team.admin)
    monkeypatch.setenv("PGPASSWORD", str(team.admin.password))
    base = ["team-add-member", "--admin-url", admin, "--database", team.database]
    with pytest.raises(SystemExit) as refused:
        main([*base, "--login", "x", "--name", "X", "--role", "member", "--password", "pw"])
    assert refused.value.code == 2
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))  # not a terminal, nothing piped
    code = main([*base, "--login", "x", "--name", "X", "--role", "member"])
    err = capsys.readouterr().err
    assert code == 2
    assert "--password-stdin (never on the command line)" in err


def test_a_viewer_added_by_the_command_cannot_change_the_workspace_through_it(
    team: Team, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    vic = f"vic_{uuid.uuid4().hex[:6]}"
    team.logins.append(vic)
    monkeypatch.setenv("PGPASSWORD", str(team.admin.password))
    monkeypatch.setattr(sys, "stdin", io.StringIO("vic-pw\n"))
    code = main(
        ["team-add-member", "--admin-url", _admin_address(team.admin), "--database",
         team.database, "--login", vic, "--name", "Vic Ortiz", "--role", "viewer",
         "--password-stdin"]
    )  # fmt: skip
    assert code == 0, capsys.readouterr().err
    capsys.readouterr()
    monkeypatch.setenv("PGPASSWORD", "vic-pw")
    workspace = str(team.address(vic))
    code = main(["check", "--workspace", workspace])
    assert code == 0
    assert f"{vic} may only read it (a viewer)" in capsys.readouterr().out
    code = main(["import-contacts", "--workspace", workspace, str(CONTACTS / "apple_contacts.vcf")])
    captured = capsys.readouterr()
    assert code == 2
    assert "are a viewer of this shared workspace" in captured.err
    assert "Traceback" not in captured.err + captured.out


def test_a_member_uses_every_reading_command_on_the_server(
    team: Team,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    memory_keyring: MemoryKeyring,
) -> None:
    anna = team.add("anna", "member", "anna-pw")
    workspace = str(team.address(anna))
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", "/nonexistent")
    memory_keyring.set_password("Rapport", team.address(anna).keyring_user, "anna-pw")
    assert (
        main(["import-contacts", "--workspace", workspace, str(CONTACTS / "apple_contacts.vcf")])
        == 0
    )
    for command in (
        ["check", "--workspace", workspace],
        ["export", "--workspace", workspace, "--out", str(tmp_path / "t.json")],
        ["export-contacts", "--workspace", workspace, "--out", str(tmp_path / "c.csv")],
        ["prep-sheet", "--workspace", workspace, "--list-meetings"],
        ["reminders", "--workspace", workspace, "--out", str(tmp_path / "r.ics")],
    ):
        code = main(command)
        captured = capsys.readouterr()
        assert code == 0, (command, captured.err)
    document = json.loads((tmp_path / "t.json").read_text(encoding="utf-8"))
    assert len(document["stakeholders"]) == 2
    assert (
        "Ada" in (tmp_path / "c.csv").read_text(encoding="utf-8")
        or (tmp_path / "c.csv").stat().st_size
    )


def _refusal(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    code = main(argv)
    captured = capsys.readouterr()
    assert code == 2, captured
    assert "Traceback" not in captured.err and captured.out == ""
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("rapport: "), captured.err
    return lines[0]


def test_each_refusal_is_one_line_with_exit_status_2(
    team: Team,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    no_keyring: None,
) -> None:
    import socket

    anna = team.add("anna", "member", "anna-pw")
    address = team.address(anna)
    monkeypatch.setenv("PGPASSFILE", "/nonexistent")
    monkeypatch.setenv("PGPASSWORD", "wrong")
    assert "wrong password" in _refusal(["check", "--workspace", str(address)], capsys)
    monkeypatch.setenv("PGPASSWORD", "anna-pw")
    missing = str(address.with_database("nope"))
    assert "has no database “nope”" in _refusal(["export", "--workspace", missing, "--out",
                                                 "/tmp/never.json"], capsys)  # fmt: skip
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    nowhere = str(ServerAddress(anna, "127.0.0.1", team.database, port))
    assert "No server answered" in _refusal(["prep-sheet", "--workspace", nowhere,
                                             "--list-meetings"], capsys)  # fmt: skip
    monkeypatch.delenv("PGPASSWORD")
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    said = _refusal(["check", "--workspace", str(address)], capsys)
    assert "none was given" in said and "PGPASSWORD" in said
    said = _refusal(["backup", "--workspace", str(address)], capsys)
    assert "works on workspace files only" in said
    said = _refusal(["import-json", "x.json", "--workspace", str(address)], capsys)
    assert "publish" in said


def test_a_password_in_the_workspace_address_is_refused_by_argparse(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as refused:
        main(["check", "--workspace", "postgresql://anna:secret@db.example.com/team"])
    assert refused.value.code == 2
    assert "Leave the password out of the server address" in capsys.readouterr().err


def test_an_older_or_newer_shared_workspace_is_refused_in_one_line_saying_what_to_do(
    team: Team,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    no_keyring: None,
) -> None:
    from tests.persistence.team.test_opening_shared import _older_schema, _set_revision

    anna = team.add("anna", "member", "anna-pw")
    owner = team.address(str(team.admin.username))
    _older_schema(team.admin_on_team)
    monkeypatch.setenv("PGPASSWORD", "anna-pw")
    said = _refusal(["check", "--workspace", str(team.address(anna))], capsys)
    assert "older format" in said and "ask them to run team-setup again" in said
    monkeypatch.setenv("PGPASSWORD", str(team.admin.password))
    said = _refusal(["export", "--workspace", str(owner), "--out", "/tmp/never.json"], capsys)
    assert "You own it and may upgrade it" in said
    assert f"rapport team-setup --admin-url postgresql://{owner.user}@" in said
    _set_revision(team.admin_on_team, f"{SCHEMA_VERSION + 1:04d}")
    said = _refusal(["check", "--workspace", str(owner)], capsys)
    assert "newer version of Rapport" in said and "Update Rapport" in said
