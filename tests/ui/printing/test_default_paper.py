"""The paper a prep sheet starts on: the default printer's, else the one usual where the user is
(Letter in the US and Canada, A4 elsewhere), and the reason is given."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from persistence.workspace import create_workspace
from tests.ui.printing.print_server import point_libcups_at
from tests.ui.printing.sample_meeting import build_sample
from ui.printing.prep_sheet_renderer import PageSize
from ui.printing.printers import default_paper

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def no_printers(qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No print system answers (a CUPS socket with nothing behind it), so the locale decides."""
    for name in ("LC_ALL", "LC_PAPER", "LANG"):
        monkeypatch.delenv(name, raising=False)
    point_libcups_at(tmp_path / "no-cupsd.sock")
    yield
    point_libcups_at(None)


@pytest.mark.parametrize(
    ("variables", "size", "place"),
    [
        ({"LANG": "en_US.UTF-8"}, PageSize.LETTER, "United States"),
        ({"LANG": "fr_CA.UTF-8"}, PageSize.LETTER, "Canada"),
        ({"LANG": "de_DE.UTF-8"}, PageSize.A4, "Germany"),
        ({"LANG": "en_GB.UTF-8"}, PageSize.A4, "United Kingdom"),
        ({"LANG": "de_DE.UTF-8", "LC_PAPER": "en_US.UTF-8"}, PageSize.LETTER, "United States"),
        ({"LC_ALL": "de_DE.UTF-8", "LC_PAPER": "en_US.UTF-8"}, PageSize.A4, "Germany"),
    ],
)
def test_without_a_printer_the_locale_chooses_the_paper(
    no_printers: None,
    monkeypatch: pytest.MonkeyPatch,
    variables: dict[str, str],
    size: PageSize,
    place: str,
) -> None:
    for name, value in variables.items():
        monkeypatch.setenv(name, value)
    paper = default_paper()
    assert paper.size is size
    assert place in paper.reason


def test_the_command_line_writes_on_the_locales_paper_when_none_is_asked_for(
    tmp_path: Path,
) -> None:
    path = tmp_path / "paper.rapport"
    with create_workspace(path) as workspace:
        meeting = build_sample(workspace.uow, datetime.now(UTC)).meeting
    env = {**os.environ, "LANG": "en_US.UTF-8", "CUPS_SERVER": str(tmp_path / "none.sock")}
    env.pop("LC_ALL", None)
    env.pop("LC_PAPER", None)
    out = tmp_path / "sheet.pdf"
    command = [sys.executable, str(ROOT / "main.py"), "prep-sheet", "--workspace", str(path)]
    result = subprocess.run(
        [*command, "--meeting", str(meeting.id), "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.rstrip().endswith("Letter")
