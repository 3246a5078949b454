"""Commands that write a file never destroy a workspace, and replace another existing file only
with --force (issue 10, item 2)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from domain.model import Meeting, Stakeholder
from domain.usecases.meetings import plan_meeting
from domain.usecases.stakeholders import add_stakeholder
from main import main
from persistence.workspace import check_workspace, create_workspace
from tests.persistence.sample_data import T0


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    path = tmp_path / "W.rapport"
    with create_workspace(path) as opened:
        add_stakeholder(opened.uow(), Stakeholder("Ada Lovelace"))
        plan_meeting(opened.uow(), Meeting("Steering", T0))
    return path


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_export_onto_the_workspace_itself_is_refused_even_with_force(
    workspace: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _digest(workspace)
    for extra in ([], ["--force"]):
        code, _, err = _run(capsys, "export", "--workspace", workspace, "--out", workspace, *extra)
        assert code == 2
        assert "workspace" in err and "destroy" in err
    assert _digest(workspace) == before
    assert check_workspace(workspace) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["W.rapport"]


def test_export_onto_another_workspace_or_its_wal_is_refused(
    workspace: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "Other.rapport"
    create_workspace(other).close()
    before = _digest(other)
    code, _, err = _run(capsys, "export", "--workspace", workspace, "--out", other, "--force")
    assert code == 2 and "never writes over a workspace" in err
    wal = tmp_path / "W.rapport-wal"
    code, _, err = _run(capsys, "export", "--workspace", workspace, "--out", wal, "--force")
    assert code == 2 and "belongs to the workspace" in err
    assert _digest(other) == before


def test_export_replaces_an_existing_file_only_with_force(
    workspace: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "export.json"
    out.write_text("my notes", "utf-8")
    code, _, err = _run(capsys, "export", "--workspace", workspace, "--out", out)
    assert code == 2 and "exists already" in err and "--force" in err
    assert out.read_text("utf-8") == "my notes"
    code, stdout, _ = _run(capsys, "export", "--workspace", workspace, "--out", out, "--force")
    assert code == 0 and "Exported" in stdout
    assert json.loads(out.read_text("utf-8"))["stakeholders"][0]["name"] == "Ada Lovelace"


def test_prep_sheet_never_writes_over_a_workspace_and_asks_for_force(
    qapp: object, workspace: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # (qapp: the command makes a QGuiApplication when there is none, which would then stand in
    # the way of the widget tests' QApplication in this process.)
    before = _digest(workspace)
    disguised = tmp_path / "sheet.pdf"
    create_workspace(disguised).close()  # a workspace under a PDF's name
    kept = _digest(disguised)
    args = ["prep-sheet", "--workspace", workspace, "--meeting", "Steering"]
    code, _, err = _run(capsys, *args, "--out", disguised, "--force")
    assert code == 2 and "never writes over a workspace" in err
    assert _digest(disguised) == kept

    mine = tmp_path / "mine.pdf"
    mine.write_bytes(b"%PDF- my own")
    code, _, err = _run(capsys, *args, "--out", mine)
    assert code == 2 and "exists already" in err
    assert mine.read_bytes() == b"%PDF- my own"
    code, out, _ = _run(capsys, *args, "--out", mine, "--force")
    assert code == 0 and "Wrote" in out
    assert mine.read_bytes().startswith(b"%PDF-1")
    assert _digest(workspace) == before
