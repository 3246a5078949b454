"""Dates and numbers follow the user's locale (issue 15, item 8): one function per kind in
ui/formatting.py, used by the tables, the attention page, the map's tooltips and the prep sheet.
The suite runs in the C locale (tests/conftest.py); here German is made the default, as a
German system (LANG=de_DE.UTF-8) makes it, and put back after."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QLocale, QSettings

from domain.usecases.prep_sheet import build_prep_sheet
from persistence.workspace import create_workspace
from tests.ui.conftest import open_main_window
from tests.ui.printing.sample_meeting import build_sample as build_meeting
from tests.ui.ratings.support import build_sample, main_page, person_tab, settle
from ui.attention.attention_page import AttentionPage
from ui.formatting import (
    format_date,
    format_datetime,
    format_delta,
    format_long_date,
    format_month,
    format_rating,
    format_size,
    format_weekday_date,
)
from ui.printing.prep_sheet_renderer import PageSize, write_pdf
from ui.ratings.history_model import Column
from ui.ratings.person_tabs import HistoryTab
from ui.stakeholders.register_model import Column as RegisterColumn

DAY = date(2026, 12, 1)


@pytest.fixture
def german() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale("de_DE"))
    yield
    QLocale.setDefault(before)


def test_one_format_per_kind_in_english() -> None:
    assert format_date(DAY) == "1 Dec 2026"  # never "01 Dec 2026"
    assert format_date(DAY, year=False) == "1 Dec"
    assert format_weekday_date(DAY) == "Tue 1 Dec"
    assert format_long_date(DAY) == "Tuesday 1 December 2026"
    assert format_month(DAY) == "Dec 2026"
    moment = datetime(2026, 12, 1, 15, 30, tzinfo=UTC)
    local = moment.astimezone()
    assert format_datetime(moment).endswith(f"{local:%H:%M}")
    assert (format_rating(7.5), format_delta(-0.5), format_size(1_300_000)) == (
        "7.5",
        "▼ 0.5",
        "1.2 MB",
    )


def test_dates_and_numbers_read_german_under_a_german_locale(german: None) -> None:
    assert format_date(DAY) == "1. Dez. 2026"
    assert format_date(DAY, year=False) == "1. Dez."
    assert format_weekday_date(DAY) == "Di. 1. Dez."
    assert format_long_date(DAY) == "Dienstag 1. Dezember 2026"
    assert format_month(DAY) == "Dez. 2026"
    assert (format_rating(7.5), format_delta(-0.5), format_size(1_300_000)) == (
        "7,5",
        "▼ 0,5",
        "1,2 MB",
    )


def test_the_window_reads_german_dates_and_decimal_commas(
    qtbot, tmp_path: Path, isolated_settings: QSettings, german: None
) -> None:
    sample = build_sample(tmp_path / "w.rapport")
    ctx, window = open_main_window(qtbot, sample.path, isolated_settings)
    register = window.register
    model = register.table.model()
    trust = [model.index(r, RegisterColumn.TRUST).data() for r in range(model.rowCount())]
    assert "4,0" in trust  # Ada's trust
    contacts = [model.index(r, RegisterColumn.LAST_CONTACT).data() for r in range(model.rowCount())]
    months = [QLocale().monthName(m, QLocale.FormatType.ShortFormat) for m in range(1, 13)]
    dated = [c for c in contacts if c and c != "—" and c != "never"]
    assert dated and all(any(m in c for m in months) and ". " in c for c in dated), contacts

    window.show_stakeholder(sample.ada)
    history = person_tab(window, "History")
    assert isinstance(history, HistoryTab)
    first = history.view.model.index(0, Column.WHEN).data()
    assert first.split(" ")[0].endswith(".") and any(m in first for m in months), first

    page = main_page(window, "Attention")
    assert isinstance(page, AttentionPage)
    settle()
    # "Donnerstag 3. Dezember 2026 · 3 people need attention"
    assert format_long_date(date.today()) in page.summary.text()
    assert QLocale().dayName(date.today().isoweekday()) in page.summary.text()
    window.close()
    ctx.close_workspace()


def test_the_prep_sheet_follows_the_locale_too(qapp: object, tmp_path: Path, german: None) -> None:
    with create_workspace(tmp_path / "sheet.rapport") as workspace:
        sample = build_meeting(workspace.uow, datetime.now(UTC).replace(microsecond=0))
        sheet = build_prep_sheet(workspace.uow(), sample.meeting.id or 0)
    out = tmp_path / "steerco.pdf"
    write_pdf([sheet], out, PageSize.A4)
    text = " ".join(" ".join(page.extract_text() or "" for page in PdfReader(out).pages).split())
    assert format_long_date(sheet.start) in text  # "Donnerstag 3. Dezember 2026"
    assert any(QLocale().dayName(n) in text for n in range(1, 8))
