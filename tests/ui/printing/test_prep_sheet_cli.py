"""`rapport prep-sheet` as a script runs it: a real process, a real workspace file, a real PDF."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from domain.model import Meeting
from domain.usecases.meetings import plan_meeting
from persistence.workspace import create_workspace
from tests.ui.printing.sample_meeting import HTML_NAME, build_sample

ROOT = Path(__file__).resolve().parents[3]
NOW = datetime.now(UTC).replace(microsecond=0)


def rapport(*args: str | Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ}
    env.pop("QT_QPA_PLATFORM", None)  # the command must go headless by itself
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=ROOT,
    )


@pytest.fixture(scope="module")
def workspace_file(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int, int]:
    path = tmp_path_factory.mktemp("cli") / "cli.rapport"
    with create_workspace(path) as workspace:
        sample = build_sample(workspace.uow, NOW, title="ERP steering")
        other = plan_meeting(workspace.uow(), Meeting("ERP steering prep", NOW + timedelta(days=8)))
    return path, sample.meeting.id or 0, other.id or 0


def test_list_meetings_shows_ids_times_and_titles(workspace_file: tuple[Path, int, int]) -> None:
    path, steerco, prep = workspace_file
    result = rapport("prep-sheet", "--workspace", path, "--list-meetings")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 2
    assert lines[0].split()[0] == str(steerco) and "ERP steering" in lines[0]
    assert "[5 attendees]" in lines[0]
    assert lines[1].split()[0] == str(prep)


def test_prep_sheet_writes_the_pdf_by_title_without_a_window(
    workspace_file: tuple[Path, int, int], tmp_path: Path
) -> None:
    path, _steerco, _prep = workspace_file
    out = tmp_path / "steerco.pdf"
    result = rapport(
        "prep-sheet",
        "--workspace",
        path,
        "--meeting",
        "erp steering",
        "--out",
        out,
        "--page-size",
        "Letter",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"Wrote {out}: ") and "Letter" in result.stdout
    reader = PdfReader(out)
    assert float(reader.pages[0].mediabox.width) == pytest.approx(612, abs=0.5)
    text = " ".join(" ".join(p.extract_text() or "" for p in reader.pages).split())
    assert "ERP steering" in text and HTML_NAME in text and "Pat Newcomer" in text


def test_an_ambiguous_title_lists_the_candidates_and_an_unknown_one_says_so(
    workspace_file: tuple[Path, int, int], tmp_path: Path
) -> None:
    path, steerco, prep = workspace_file
    out = tmp_path / "x.pdf"
    ambiguous = rapport("prep-sheet", "--workspace", path, "--meeting", "steer", "--out", out)
    assert ambiguous.returncode == 2
    assert "“steer” matches 2 meetings" in ambiguous.stderr
    assert f"{steerco:>5}" in ambiguous.stderr and f"{prep:>5}" in ambiguous.stderr
    unknown = rapport("prep-sheet", "--workspace", path, "--meeting", "board dinner", "--out", out)
    assert unknown.returncode == 2
    assert unknown.stderr.startswith("rapport: no meeting matches “board dinner”")
    assert not out.exists()


def test_a_whole_week_prints_in_one_file_and_an_empty_day_is_an_error(
    workspace_file: tuple[Path, int, int], tmp_path: Path
) -> None:
    path, _steerco, _prep = workspace_file
    day = (NOW + timedelta(days=1)).astimezone().date()
    out = tmp_path / "week.pdf"
    result = rapport("prep-sheet", "--workspace", path, "--week", day.isoformat(), "--out", out)
    assert result.returncode == 0, result.stderr
    assert "meeting" in result.stdout
    first_page = " ".join((PdfReader(out).pages[0].extract_text() or "").split())
    assert "ERP steering" in first_page

    empty = rapport("prep-sheet", "--workspace", path, "--day", "2001-01-01", "--out", out)
    assert empty.returncode == 2 and "no meetings on 2001-01-01" in empty.stderr


def test_bad_arguments_are_refused_clearly(workspace_file: tuple[Path, int, int]) -> None:
    path, _steerco, _prep = workspace_file
    no_out = rapport("prep-sheet", "--workspace", path, "--meeting", "1")
    assert no_out.returncode == 2 and "--out" in no_out.stderr
    bad_size = rapport(
        "prep-sheet", "--workspace", path, "--meeting", "1", "--out", "x.pdf", "--page-size", "A5"
    )
    assert bad_size.returncode == 2 and "use A4 or Letter" in bad_size.stderr
    missing = rapport(
        "prep-sheet", "--workspace", path.with_name("nope.rapport"), "--list-meetings"
    )
    assert missing.returncode == 2 and "no workspace" in missing.stderr.lower()
