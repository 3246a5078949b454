"""backup, backups and restore as a script would use them: real processes, real files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.end_to_end.test_command_line import rapport


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("work") / "Work.rapport"
    assert rapport("make-demo", path).returncode == 0
    return path


def test_backup_writes_one_now_and_prints_its_path(demo: Path) -> None:
    result = rapport("backup", "--workspace", demo)
    assert result.returncode == 0, result.stderr
    backup = Path(result.stdout.strip())
    assert backup.parent == demo.parent / "backups"
    assert backup.name.startswith("Work.backup-") and backup.name.endswith("-manual.rapport")
    with sqlite3.connect(backup) as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_backups_lists_newest_first_with_date_size_and_counts(demo: Path) -> None:
    first = Path(rapport("backup", "--workspace", demo).stdout.strip())
    second = Path(rapport("backup", "--workspace", demo).stdout.strip())
    result = rapport("backups", "--workspace", demo)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    names = [line.split()[0] for line in lines]
    assert names.index(second.name) < names.index(first.name)
    line = lines[names.index(second.name)]
    people = sqlite3.connect(demo).execute("SELECT COUNT(*) FROM stakeholders").fetchone()[0]
    assert f"{people} people, 4 maps," in line and "ratings" in line
    assert " KB" in line or " MB" in line
    assert "(taken by hand)" in line


def test_restore_writes_the_backup_as_a_new_workspace(demo: Path, tmp_path: Path) -> None:
    name = Path(rapport("backup", "--workspace", demo).stdout.strip()).name
    out = tmp_path / "Restored.rapport"
    result = rapport("restore", "--workspace", demo, "--backup", name, "--out", out)
    assert result.returncode == 0, result.stderr
    assert f"into {out}" in result.stdout
    check = rapport("check", "--workspace", out)
    assert check.returncode == 0, check.stdout + check.stderr


def test_restore_refuses_an_existing_out_and_an_unknown_backup(demo: Path, tmp_path: Path) -> None:
    name = Path(rapport("backup", "--workspace", demo).stdout.strip()).name
    mine = tmp_path / "mine.rapport"
    mine.write_text("keep me", "utf-8")
    refused = rapport("restore", "--workspace", demo, "--backup", name, "--out", mine)
    assert refused.returncode == 2
    assert refused.stderr.startswith("rapport: ") and "exists already" in refused.stderr
    assert mine.read_text("utf-8") == "keep me"

    unknown = rapport("restore", "--workspace", demo, "--backup", "nope", "--out", tmp_path / "x")
    assert unknown.returncode == 2 and "no backup called nope" in unknown.stderr
    assert "Traceback" not in unknown.stderr + refused.stderr


def test_backups_of_a_workspace_that_is_gone_can_still_be_restored(tmp_path: Path) -> None:
    doomed = tmp_path / "Doomed.rapport"
    assert rapport("make-demo", doomed).returncode == 0
    name = Path(rapport("backup", "--workspace", doomed).stdout.strip()).name
    doomed.unlink()
    listed = rapport("backups", "--workspace", doomed)
    assert listed.returncode == 0 and name in listed.stdout
    out = tmp_path / "Back.rapport"
    assert rapport("restore", "--workspace", doomed, "--backup", name, "--out", out).returncode == 0
    assert out.exists()


def test_backup_of_a_file_that_is_not_a_workspace_says_why(tmp_path: Path) -> None:
    notes = tmp_path / "notes.rapport"
    notes.write_text("these are my notes, not a database\n", "utf-8")
    result = rapport("backup", "--workspace", notes)
    assert result.returncode == 2
    assert "not a rapport workspace" in result.stderr.lower()
    assert not (tmp_path / "backups").exists()
    missing = rapport("backup", "--workspace", tmp_path / "missing.rapport")
    assert missing.returncode == 2 and "no workspace" in missing.stderr.lower()


def test_import_contacts_backs_the_workspace_up_first(tmp_path: Path) -> None:
    workspace = tmp_path / "Contacts.rapport"
    assert rapport("make-demo", workspace).returncode == 0
    people = sqlite3.connect(workspace).execute("SELECT COUNT(*) FROM stakeholders").fetchone()[0]
    vcards = Path(__file__).resolve().parents[1] / "fixtures" / "contacts" / "apple_contacts.vcf"
    dry = rapport("import-contacts", "--workspace", workspace, vcards, "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert not (tmp_path / "backups").exists()  # a dry run changes nothing, backs nothing up
    result = rapport("import-contacts", "--workspace", workspace, vcards)
    assert result.returncode == 0, result.stderr
    [backup] = (tmp_path / "backups").iterdir()
    assert backup.name.endswith("-before-import.rapport")
    with sqlite3.connect(backup) as db:
        assert db.execute("SELECT COUNT(*) FROM stakeholders").fetchone()[0] == people
    with sqlite3.connect(workspace) as db:
        assert db.execute("SELECT COUNT(*) FROM stakeholders").fetchone()[0] > people
