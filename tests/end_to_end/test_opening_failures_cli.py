"""Opening failures on the command line (issue 10, item 3): real processes on file systems that
refuse writes (tests/filesystems.py). A command that changes the workspace says plainly why it
cannot and exits non-zero, leaving nothing behind; a command that only reads (prep-sheet,
export, export-contacts, check, backups) opens the workspace read-only and works."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from persistence.workspace import create_workspace
from persistence.workspace.lock_file import lock_path_for
from tests.filesystems import full_filesystem, read_only
from tests.ui.printing.sample_meeting import build_sample

ROOT = Path(__file__).resolve().parents[2]
VCARD = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Grace Hopper\r\nN:Hopper;Grace;;;\r\nEND:VCARD\r\n"


def rapport(
    *args: str | Path, preexec_fn: Callable[[], None] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        cwd=ROOT,
        preexec_fn=preexec_fn,
    )


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "Team.rapport"
    with create_workspace(path) as workspace:
        build_sample(workspace.uow, datetime.now(UTC).replace(microsecond=0), title="ERP steering")
    return path


@pytest.fixture
def workspace(template: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "shared"
    folder.mkdir()
    shutil.copyfile(template, folder / template.name)
    return folder / template.name


@pytest.fixture
def contacts(tmp_path: Path) -> Path:
    path = tmp_path / "grace.vcf"
    path.write_text(VCARD, encoding="utf-8")
    return path


def _listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_an_import_on_a_full_disk_says_so_exits_non_zero_and_leaves_nothing(
    workspace: Path, contacts: Path, tmp_path: Path
) -> None:
    with full_filesystem(tmp_path / "full", [workspace]) as folder:
        before = _listing(folder)
        result = rapport("import-contacts", "--workspace", folder / workspace.name, contacts)
        assert result.returncode != 0
        assert "the disk that holds it is full" in result.stderr
        assert "Traceback" not in result.stderr
        assert _listing(folder) == before  # no .lock, no temporary file


def test_an_import_over_the_file_size_limit_says_there_is_no_room(
    workspace: Path, contacts: Path
) -> None:
    """The same refusal when the lock cannot be written for a file size limit (ulimit -f):
    SIGXFSZ is ignored, so the write fails with EFBIG."""
    resource = pytest.importorskip("resource")

    def no_file_may_grow() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (0, resource.getrlimit(resource.RLIMIT_FSIZE)[1]))

    result = rapport(
        "import-contacts", "--workspace", workspace, contacts, preexec_fn=no_file_may_grow
    )
    assert result.returncode != 0
    assert "the disk that holds it is full" in result.stderr, result.stderr
    assert "Traceback" not in result.stderr
    assert _listing(workspace.parent) == [workspace.name]


def test_commands_that_only_read_work_in_a_read_only_folder(
    workspace: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    with read_only(workspace.parent):
        listed = rapport("prep-sheet", "--workspace", workspace, "--list-meetings")
        assert listed.returncode == 0, listed.stderr
        assert "ERP steering" in listed.stdout
        sheet = rapport(
            "prep-sheet", "--workspace", workspace, "--meeting", "ERP steering",
            "--out", out / "sheet.pdf",
        )  # fmt: skip
        assert sheet.returncode == 0, sheet.stderr
        text = " ".join((PdfReader(out / "sheet.pdf").pages[0].extract_text() or "").split())
        assert "ERP steering" in text
        exported = rapport("export", "--workspace", workspace, "--out", out / "all.json")
        assert exported.returncode == 0, exported.stderr
        assert json.loads((out / "all.json").read_text())["stakeholders"]
        people = rapport("export-contacts", "--workspace", workspace, "--out", out / "p.csv")
        assert people.returncode == 0, people.stderr
        checked = rapport("check", "--workspace", workspace)
        assert checked.returncode == 0 and "healthy" in checked.stdout, checked.stderr
        backups = rapport("backups", "--workspace", workspace)
        assert backups.returncode == 0, backups.stderr
        for result in (listed, sheet, exported, people, checked, backups):
            assert "could not be saved" not in result.stderr + result.stdout
            assert "Traceback" not in result.stderr
        assert _listing(workspace.parent) == [workspace.name]  # no lock, -wal or -shm


def test_a_change_to_a_read_only_workspace_says_it_can_only_be_read(
    workspace: Path, contacts: Path
) -> None:
    with read_only(workspace.parent):
        result = rapport("import-contacts", "--workspace", workspace, contacts)
        assert result.returncode != 0
        assert "can only be opened read-only" in result.stderr
        assert "Traceback" not in result.stderr
        assert _listing(workspace.parent) == [workspace.name]


def test_a_workspace_open_on_another_computer_is_named_in_plain_words(
    workspace: Path, contacts: Path, tmp_path: Path
) -> None:
    lock = lock_path_for(workspace)
    lock.write_text(
        json.dumps(
            {"user": "anna", "host": "LAPTOP-7", "pid": 4242, "since": "2026-12-03T08:28:00+00:00"}
        )
    )
    result = rapport("import-contacts", "--workspace", workspace, contacts)
    assert result.returncode != 0
    assert "is open in Rapport on LAPTOP-7 by anna since" in result.stderr
    assert ".lock" not in result.stderr  # never "delete the lock file"
    # Reading it meanwhile needs no lock.
    exported = rapport("export", "--workspace", workspace, "--out", tmp_path / "all.json")
    assert exported.returncode == 0, exported.stderr
    assert json.loads(lock.read_text())["user"] == "anna"


def test_the_window_opens_a_workspace_read_only_when_asked(workspace: Path) -> None:
    lock_path_for(workspace).write_text(
        json.dumps({"user": "anna", "host": "LAPTOP-7", "pid": 1, "since": "2026-12-03T08:28Z"})
    )
    result = rapport("--workspace", workspace, "--read-only", "--startup-probe")
    assert result.returncode == 0, result.stderr
    assert "rapport-probe data-ready" in result.stdout
    assert _listing(workspace.parent) == [workspace.name, workspace.name + ".lock"]
