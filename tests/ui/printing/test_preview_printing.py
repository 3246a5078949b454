"""Printing from the preview window through the private CUPS (print_server.py): the paper the
preview shows is the paper printed, whatever the print dialog resets; the two-sided setting is
kept; the Meetings page starts on the default printer's paper and says so."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtPrintSupport import QPrinter

from domain.usecases.prep_sheet import build_prep_sheets
from persistence.workspace import Workspace, create_workspace
from tests.ui.conftest import open_main_window
from tests.ui.printing.pdf_pages import read_words
from tests.ui.printing.print_server import LASER_QUEUE, PrintServer
from tests.ui.printing.sample_meeting import Sample, build_sample
from ui.meetings.meetings_page import MeetingsPage
from ui.printing.prep_sheet_renderer import PageSize
from ui.printing.preview import PrepSheetPreview

NOW = datetime.now(UTC).replace(microsecond=0)


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[tuple[Workspace, Sample]]:
    with create_workspace(tmp_path / "preview.rapport") as opened:
        yield opened, build_sample(opened.uow, NOW)


def _print_from(qtbot, preview: PrepSheetPreview) -> None:  # type: ignore[no-untyped-def]
    """Press the preview's Print button and accept the print dialog untouched."""

    def accept() -> None:
        assert preview.print_dialog is not None and preview.print_dialog.isVisible()
        preview.print_dialog.accept()

    QTimer.singleShot(500, accept)
    assert preview.print_action is not None
    preview.print_action.trigger()
    qtbot.waitUntil(lambda: preview.printed is not None, timeout=20_000)


@pytest.mark.parametrize("chosen", [PageSize.A4, PageSize.LETTER])
def test_the_previewed_paper_is_the_paper_printed(
    qtbot,  # type: ignore[no-untyped-def]
    print_server: PrintServer,
    workspace: tuple[Workspace, Sample],
    chosen: PageSize,
) -> None:
    """The default printer takes Letter; its dialog resets the paper to that on OK."""
    opened, sample = workspace
    sheets = build_prep_sheets(opened.uow(), [sample.meeting.id or 0])
    preview = PrepSheetPreview(sheets, chosen)
    qtbot.addWidget(preview)
    preview.show()
    qtbot.waitUntil(lambda: preview.pages_painted >= 2, timeout=10_000)
    previewed = preview.pages_painted
    assert chosen.value in preview.paper_label.text()

    _print_from(qtbot, preview)
    assert preview.printed == (chosen, previewed, False)
    printed = print_server.take_output(LASER_QUEUE)
    assert f"*PageSize {chosen.value}" in printed.commands
    pages = read_words(printed.as_pdf())
    assert len(pages) == previewed
    wanted = chosen.qt.sizePoints()
    assert (round(pages[0].width), round(pages[0].height)) == (wanted.width(), wanted.height())


def test_two_sided_from_the_preview_starts_each_meeting_on_a_front(
    qtbot,  # type: ignore[no-untyped-def]
    print_server: PrintServer,
    workspace: tuple[Workspace, Sample],
) -> None:
    opened, sample = workspace
    sheets = build_prep_sheets(opened.uow(), [sample.meeting.id or 0, sample.meeting.id or 0])
    preview = PrepSheetPreview(sheets, PageSize.LETTER)
    qtbot.addWidget(preview)
    preview.show()
    qtbot.waitUntil(lambda: preview.pages_painted >= 2, timeout=10_000)
    preview.printer().setDuplex(QPrinter.DuplexMode.DuplexLongSide)
    _print_from(qtbot, preview)
    assert preview.printed is not None and preview.printed[2] is True
    printed = print_server.take_output(LASER_QUEUE)
    assert "*Duplex DuplexNoTumble" in printed.commands
    sent = [page.text for page in read_words(printed.document)]
    starts = [i for i, text in enumerate(sent) if "MEETING PREP" in text]
    assert len(starts) == 2 and all(i % 2 == 0 for i in starts)


def test_the_meetings_page_starts_on_the_default_printers_paper_and_says_so(
    qtbot,  # type: ignore[no-untyped-def]
    print_server: PrintServer,
    workspace: tuple[Workspace, Sample],
    isolated_settings: QSettings,
) -> None:
    opened, sample = workspace
    path = opened.path
    opened.close()
    ctx, window = open_main_window(qtbot, path, isolated_settings)
    for index in range(window.pages.count()):
        if window.pages.tabText(index) == "Meetings":
            window.pages.setCurrentIndex(index)
    page = window.pages.currentWidget().page
    assert isinstance(page, MeetingsPage)
    qtbot.waitUntil(lambda: page.paper.property("chosen") is True)
    assert page.paper.currentData() == "Letter"
    assert LASER_QUEUE in page.paper.toolTip()
    assert page.list.select(sample.meeting.id or 0)
    page.preview_action.trigger()
    preview = page.last_preview
    assert isinstance(preview, PrepSheetPreview)
    assert preview.size is PageSize.LETTER
    assert LASER_QUEUE in preview.paper_label.text()
    preview.close()
    ctx.close_workspace()
