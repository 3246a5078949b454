"""Prep sheets printed through a real print system: a private CUPS (print_server.py) with a
PostScript office laser (Letter, 36 pt unprintable edges, two-sided) and the CUPS-PDF virtual
printer. What arrives at the printer is read back: its paper, its text (fonts, not pictures), where
the words sit, the two-sided setting and the copies, and the command line's messages.

Skipped, with the reason, only where CUPS cannot be had (scripts/test installs it on Debian)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinterInfo

from domain.model import Meeting, MeetingAttendee
from domain.usecases.meetings import plan_meeting
from domain.usecases.prep_sheet import build_prep_sheets
from persistence.workspace import create_workspace
from tests.ui.printing.pdf_pages import PdfPage, fonts, images, ink_near_edges, read_words
from tests.ui.printing.print_server import LASER_QUEUE, PDF_QUEUE, PrintServer
from tests.ui.printing.sample_meeting import Sample, build_sample
from ui.printing.page_geometry import LEAST_MARGIN
from ui.printing.prep_sheet_renderer import PageSize
from ui.printing.printers import PrintError, default_paper, print_sheets

ROOT = Path(__file__).resolve().parents[3]
NOW = datetime.now(UTC).replace(microsecond=0)
SIZES = {PageSize.A4: (595, 842), PageSize.LETTER: (612, 792)}


@pytest.fixture(scope="module")
def workspace_file(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, list[int]]]:
    """A day of three meetings: a long one (two pages or more) between two one-page ones."""
    path = tmp_path_factory.mktemp("cups") / "print.rapport"
    with create_workspace(path) as workspace:
        sample: Sample = build_sample(workspace.uow, NOW, title="ERP steering")
        person = sample.people[0]
        start = sample.meeting.start
        first = plan_meeting(
            workspace.uow(),
            Meeting(
                "Budget one-to-one",
                start - timedelta(hours=2),
                attendees=[MeetingAttendee(person.id, person.name)],
            ),
        )
        last = plan_meeting(workspace.uow(), Meeting("Wrap-up", start + timedelta(hours=3)))
    yield path, [first.id or 0, sample.meeting.id or 0, last.id or 0]


def _sheets(workspace_file: tuple[Path, list[int]]):  # type: ignore[no-untyped-def]
    from persistence.workspace import open_workspace

    path, ids = workspace_file
    with open_workspace(path, lock=False) as workspace:
        return build_prep_sheets(workspace.uow(), ids)


def _arrived(server: PrintServer, queue: str) -> tuple[str, list[PdfPage], list[str], Path]:
    """What the printer received: its commands (PostScript), its pages as CUPS-PDF would make
    them (glyphs and their boxes), each page's words as sent, and that PDF (for its fonts)."""
    printed = server.take_output(queue)
    pdf = printed.as_pdf()
    sent = [page.text for page in read_words(printed.document)]
    return printed.commands, read_words(pdf), sent, pdf


def test_qt_sees_the_print_systems_printers_and_takes_the_default_printers_paper(
    print_server: PrintServer,
) -> None:
    names = QPrinterInfo.availablePrinterNames()
    assert LASER_QUEUE in names and PDF_QUEUE in names
    paper = default_paper()
    assert paper.size is PageSize.LETTER
    assert LASER_QUEUE in paper.reason


@pytest.mark.parametrize("size", [None, PageSize.A4])
def test_the_laser_gets_the_paper_chosen_as_text_with_every_word_inside_its_margins(
    print_server: PrintServer, workspace_file: tuple[Path, list[int]], size: PageSize | None
) -> None:
    job = print_sheets(_sheets(workspace_file), LASER_QUEUE, size)
    expected = size or PageSize.LETTER  # the printer's own paper when none is chosen
    assert job.size is expected
    postscript, pages, sent, pdf = _arrived(print_server, LASER_QUEUE)
    assert f"*PageSize {expected.value}" in postscript
    assert len(pages) == len(sent) == job.sides
    for number, page in enumerate(pages, start=1):
        assert (round(page.width), round(page.height)) == SIZES[expected]
        # The laser cannot print within 36 pt of the edge: nothing but the band's fill is there.
        assert ink_near_edges(pdf, number, LEAST_MARGIN) == [], f"page {number}"
    text = " ".join(sent)
    assert "ERP steering" in text and "Ada Lovelace" in text
    assert fonts(pdf) and images(pdf) == 0  # text stayed text, not a picture of it


def test_the_virtual_pdf_printer_keeps_the_text_as_text(
    print_server: PrintServer, workspace_file: tuple[Path, list[int]]
) -> None:
    """CUPS-PDF's driver is PostScript level 2: anything see-through is rasterised there."""
    job = print_sheets(_sheets(workspace_file), PDF_QUEUE)
    _postscript, pages, sent, pdf = _arrived(print_server, PDF_QUEUE)
    assert images(pdf) == 0
    assert fonts(pdf)
    assert len(pages) == job.sides
    assert all(page.words for page in pages)
    text = " ".join(sent)
    assert "Budget one-to-one" in text and "Wrap-up" in text


def test_two_sided_each_meeting_starts_on_a_front_side(
    print_server: PrintServer, workspace_file: tuple[Path, list[int]]
) -> None:
    job = print_sheets(_sheets(workspace_file), LASER_QUEUE, PageSize.LETTER, duplex=True)
    postscript, pages, sent, _pdf = _arrived(print_server, LASER_QUEUE)
    assert "*Duplex DuplexNoTumble" in postscript  # the printer is told to print both sides
    assert len(pages) == len(sent) == job.sides and job.sides % 2 == 0
    assert [bool(page.words) for page in pages] == [bool(text) for text in sent]
    starts = [i for i, text in enumerate(sent) if "MEETING PREP" in text]
    assert len(starts) == 3
    assert all(i % 2 == 0 for i in starts), f"meetings start on sides {starts} (0 = front)"


def test_an_unknown_printer_is_named_with_the_printers_there_are(
    print_server: PrintServer, workspace_file: tuple[Path, list[int]]
) -> None:
    with pytest.raises(PrintError) as raised:
        print_sheets(_sheets(workspace_file), "Basement")
    assert "Basement" in str(raised.value) and LASER_QUEUE in str(raised.value)


def test_a_job_the_printer_refuses_is_reported(
    print_server: PrintServer, workspace_file: tuple[Path, list[int]]
) -> None:
    print_server.run("cupsreject", "-r", "out of toner", PDF_QUEUE)
    try:
        with pytest.raises(PrintError) as raised:
            print_sheets(_sheets(workspace_file), PDF_QUEUE)
    finally:
        print_server.run("cupsaccept", PDF_QUEUE)
    assert "did not take the job" in str(raised.value)
    assert "not accepting jobs" in str(raised.value)


# -- the command line ------------------------------------------------------------------------


def rapport(env: dict[str, str], *args: str | int | Path) -> subprocess.CompletedProcess[str]:
    env = dict(env)
    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        env.pop(name, None)  # the command must go headless by itself
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *map(str, args)],
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
        cwd=ROOT,
    )


def test_the_command_line_lists_the_printers(print_server: PrintServer) -> None:
    result = rapport(print_server.env(), "prep-sheet", "--list-printers")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    laser = next(line for line in lines if line.startswith(LASER_QUEUE))
    assert "(default)" in laser and "Letter" in laser and "two-sided" in laser
    assert any(line.startswith(PDF_QUEUE) and "A4" in line for line in lines)
    assert "Letter" in lines[-1] and LASER_QUEUE in lines[-1]


def test_the_command_line_prints_a_day_two_sided_in_copies(
    print_server: PrintServer, workspace_file: tuple[Path, list[int]]
) -> None:
    path, _ids = workspace_file
    day = (NOW + timedelta(days=1)).astimezone().date().isoformat()
    result = rapport(
        print_server.env(),
        "prep-sheet",
        "--workspace",
        path,
        "--day",
        day,
        "--printer",
        LASER_QUEUE,
        "--duplex",
        "--copies",
        "2",
        "--page-size",
        "A4",
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    said = re.search(
        r"Sent to OfficeLaser: (\d+) sides, 3 meetings, A4, both sides, 2 copies", result.stdout
    )
    assert said, result.stdout
    postscript, pages, sent, pdf = _arrived(print_server, LASER_QUEUE)
    assert "*PageSize A4" in postscript and "*Duplex DuplexNoTumble" in postscript
    sides = int(said.group(1))
    assert len(sent) == sides
    assert len(pages) == 2 * sides  # two copies, each starting on a front side (sides is even)
    starts = [i for i, text in enumerate(sent) if "MEETING PREP" in text]
    assert len(starts) == 3 and all(i % 2 == 0 for i in starts)
    assert [bool(p.words) for p in pages] == [bool(text) for text in sent] * 2
    assert all(ink_near_edges(pdf, n, LEAST_MARGIN) == [] for n in range(1, sides + 1))


def test_the_command_line_says_when_the_printer_is_unknown_or_refuses(
    print_server: PrintServer, workspace_file: tuple[Path, list[int]]
) -> None:
    path, ids = workspace_file
    env = print_server.env()
    unknown = rapport(
        env, "prep-sheet", "--workspace", path, "--meeting", ids[0], "--printer", "Nope"
    )
    assert unknown.returncode == 2
    assert "no printer is called “Nope”" in unknown.stderr and LASER_QUEUE in unknown.stderr
    print_server.run("cupsreject", "-r", "jammed", LASER_QUEUE)
    try:
        refused = rapport(
            print_server.env(),
            "prep-sheet",
            "--workspace",
            path,
            "--meeting",
            ids[0],
            "--printer",
            LASER_QUEUE,
        )
    finally:
        print_server.run("cupsaccept", LASER_QUEUE)
    assert refused.returncode == 1
    assert "OfficeLaser did not take the job" in refused.stderr
    assert "Traceback" not in unknown.stderr + refused.stderr


def test_the_command_line_says_when_there_is_no_print_system(
    workspace_file: tuple[Path, list[int]], tmp_path: Path
) -> None:
    """No scheduler answers (a socket path with nothing behind it): a message, no traceback."""
    path, ids = workspace_file
    nothing = {**os.environ, "CUPS_SERVER": str(tmp_path / "no-cupsd.sock")}
    result = rapport(
        nothing, "prep-sheet", "--workspace", path, "--meeting", ids[0], "--printer", "Any"
    )
    assert result.returncode == 2
    assert "no printers" in result.stderr or "no print system" in result.stderr
    assert "Traceback" not in result.stderr
    listed = rapport(nothing, "prep-sheet", "--list-printers")
    assert listed.returncode == 2 and "Traceback" not in listed.stderr


def test_the_health_report_prints_on_a_named_printer_and_an_unknown_one_is_refused(
    print_server: PrintServer, tmp_path: Path
) -> None:
    from persistence.demo import build_demo_workspace

    demo = build_demo_workspace(tmp_path / "demo.rapport")
    result = rapport(
        print_server.env(), "health-report", "--workspace", demo, "--printer", PDF_QUEUE
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"Sent to {PDF_QUEUE}: ")
    _postscript, pages, sent, pdf = _arrived(print_server, PDF_QUEUE)
    assert images(pdf) == 0 and fonts(pdf) and len(pages) >= 2  # text stayed text
    assert "Business relationships — " in " ".join(sent)  # (letter-spaced capitals split)
    unknown = rapport(
        print_server.env(), "health-report", "--workspace", demo, "--printer", "Basement"
    )
    assert unknown.returncode == 2
    assert "no printer is called “Basement”" in unknown.stderr and LASER_QUEUE in unknown.stderr
