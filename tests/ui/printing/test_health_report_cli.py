"""`rapport health-report` as a script runs it: a real process on the demo workspace, the PDF read
back as text, the CSV and XLSX tables, and bad input refused with a message and nothing written."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from domain.clock import local_today
from domain.model import Organisation, Stakeholder
from domain.rules.quarters import Quarter
from domain.usecases.organisations import add_organisation
from domain.usecases.stakeholders import add_stakeholder
from persistence.demo import build_demo_workspace
from persistence.workspace import create_workspace

ROOT = Path(__file__).resolve().parents[3]


# The date-sensitive run (scripts/test) moves this process's clock a year ahead with
# time-machine, and the demo here is built from that moved "today". The command's own process must
# read the same clock, or it would refuse the moved quarter as one that "has not begun yet": so it
# starts through the same travel (time-machine is a test dependency; the app itself knows nothing
# of it).
_MOVED_CLOCK_LAUNCHER = """
import os, runpy, sys
from datetime import UTC, datetime, timedelta
import time_machine
days = int(os.environ["RAPPORT_CLOCK_OFFSET_DAYS"])
sys.argv = sys.argv[1:]
with time_machine.travel(datetime.now(UTC) + timedelta(days=days), tick=True):
    runpy.run_path(sys.argv[0], run_name="__main__")
"""


def rapport(*args: str | Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ}
    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        env.pop(name, None)  # the command must go headless by itself
    launcher = (
        [sys.executable, "-c", _MOVED_CLOCK_LAUNCHER]
        if int(os.environ.get("RAPPORT_CLOCK_OFFSET_DAYS", "0") or 0)
        else [sys.executable]
    )
    return subprocess.run(
        [*launcher, str(ROOT / "main.py"), *map(str, args)],
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
        cwd=ROOT,
    )


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_demo_workspace(tmp_path_factory.mktemp("health") / "demo.rapport")


def _text(path: Path) -> str:
    reader = PdfReader(path)
    return " ".join(" ".join(page.extract_text() or "" for page in reader.pages).split())


@pytest.mark.date_sensitive  # the demo is built back from today: run a year ahead too
def test_the_report_of_this_quarter_is_a_pdf_worth_reading(demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "health.pdf"
    result = rapport("health-report", "--workspace", demo, "--out", out, "--page-size", "A4")
    assert result.returncode == 0, result.stderr
    quarter = Quarter.of(local_today())
    assert result.stdout.startswith(f"Wrote {out}: ") and f"{quarter}, " in result.stdout
    text = _text(out)
    assert (
        "RELATIONSHIP HEALTH REPORT" in text and f"Business relationships — {quarter.label}" in text
    )
    assert "(quarter in progress)" in text and "CONFIDENTIAL" in text
    for heading in ("SUMMARY", "BUSINESS UNITS", "HOW THE GRADE IS COMPUTED"):
        assert heading in text
    # The demo's finance operations unit: Hannah's month-end complaint, past its target date.
    assert "GROUP FINANCE › FINANCE OPERATIONS" in text
    assert "OVERDUE Month-end close slips when the ERP batch overruns — Hannah Schmidt" in text
    assert "Overall " in text and f"since {quarter.previous.label}" in text
    assert "PLANS ON / OFF" in text.upper()
    assert "Every relationship starts at 100 points." in text
    assert "Page 1 of" in text


@pytest.mark.date_sensitive
def test_a_past_quarter_is_as_of_its_last_day_and_tables_come_as_csv_and_xlsx(
    demo: Path, tmp_path: Path
) -> None:
    past = Quarter.of(local_today()).previous
    pdf = tmp_path / "past.pdf"
    assert (
        rapport(
            "health-report", "--workspace", demo, "--quarter", str(past), "--out", pdf
        ).returncode
        == 0
    )
    text = _text(pdf)
    assert f"— {past.label}" in text and "(quarter in progress)" not in text
    table = tmp_path / "units.csv"
    result = rapport("health-report", "--workspace", demo, "--quarter", str(past), "--out", table)
    assert result.returncode == 0, result.stderr
    rows = list(csv.reader(table.open(encoding="utf-8-sig")))
    assert rows[0][:6] == ["Quarter", "As of", "Business unit", "People", "Grade", "Score"]
    assert {row[0] for row in rows[1:]} == {str(past)}
    assert {row[1] for row in rows[1:]} == {past.last_day.isoformat()}
    assert any(row[2] == "Group Finance › Finance Operations" for row in rows[1:])
    book = tmp_path / "units.xlsx"
    assert rapport("health-report", "--workspace", demo, "--out", book).returncode == 0
    sheet = load_workbook(book).active
    assert sheet is not None
    values = list(sheet.iter_rows(values_only=True))
    assert values[0][2] == "Business unit" and len(values) > 5
    assert all(isinstance(row[5], float | int) for row in values[1:])  # scores stay numbers


def test_a_unit_named_like_a_formula_is_written_as_text(tmp_path: Path) -> None:
    path = tmp_path / "hostile.rapport"
    with create_workspace(path) as workspace:
        unit = add_organisation(workspace.uow(), Organisation('=HYPERLINK("http://x","y")'))
        add_stakeholder(workspace.uow(), Stakeholder("Pat", organisation_id=unit.id))
    out = tmp_path / "hostile.csv"
    assert rapport("health-report", "--workspace", path, "--out", out).returncode == 0
    [_header, row] = list(csv.reader(out.open(encoding="utf-8-sig")))
    assert row[2] == '\'=HYPERLINK("http://x","y")'


def test_bad_input_gets_a_clear_message_and_nothing_is_written(demo: Path, tmp_path: Path) -> None:
    cases = [
        (("--quarter", "2026Q5", "--out", tmp_path / "a.pdf"), "not a quarter like 2026Q4"),
        (("--quarter", "2999Q1", "--out", tmp_path / "b.pdf"), "has not begun yet"),
        (("--out", tmp_path / "missing" / "c.pdf"), "does not exist"),
        (("--out", _workspace_named_pdf(demo, tmp_path)), "Rapport never writes over a workspace"),
        # With printers: "no printer is called “Basement”; the printers are: …"; without a
        # print system: "no printers" / "no print system" (both say to use --out meanwhile).
        (("--printer", "Basement"), "Basement" if _has_printers() else "no print"),
        (("--out", tmp_path / "d.pdf", "--printer", "X"), "either --printer or --out"),
        ((), "--out FILE.pdf"),
    ]
    for extra, message in cases:
        result = rapport("health-report", "--workspace", demo, *extra)
        assert result.returncode == 2, (extra, result.stdout, result.stderr)
        assert message in result.stderr and "Traceback" not in result.stderr, result.stderr
    existing = tmp_path / "kept.pdf"
    existing.write_bytes(b"mine")
    result = rapport("health-report", "--workspace", demo, "--out", existing)
    assert result.returncode == 2 and "exists already" in result.stderr
    assert existing.read_bytes() == b"mine"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kept.pdf", "sub"]
    assert [p.name for p in (tmp_path / "sub").iterdir()] == ["workspace.pdf"]
    gone = rapport(
        "health-report", "--workspace", tmp_path / "nowhere.rapport", "--out", tmp_path / "e.pdf"
    )
    assert gone.returncode == 2 and "Traceback" not in gone.stderr


def _workspace_named_pdf(demo: Path, tmp_path: Path) -> Path:
    """A workspace someone named "workspace.pdf": refused by what it is, not by its name."""
    import shutil

    (tmp_path / "sub").mkdir()
    return Path(shutil.copyfile(demo, tmp_path / "sub" / "workspace.pdf"))


def _has_printers() -> bool:
    from PySide6.QtPrintSupport import QPrinterInfo

    return bool(QPrinterInfo.availablePrinterNames())
