"""File ▸ Reports ▸ Relationship Health Report… through the real window: a quarter chosen, the
PDF and the table saved (read back), a folder that cannot be written said so with nothing lost."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from domain.clock import local_today
from domain.rules.quarters import Quarter
from persistence.demo import build_demo_workspace
from tests.ui.conftest import open_main_window
from ui.background import running_tasks
from ui.health.report_flow import HealthReportDialog


def _open_dialog(qtbot, tmp_path: Path, settings: QSettings):  # type: ignore[no-untyped-def]
    path = build_demo_workspace(tmp_path / "demo.rapport")
    ctx, window = open_main_window(qtbot, path, settings)
    assert window.health_report_action.text() == "Relationship &Health Report…"
    assert (
        window.health_report_action
        in window.findChild(type(window.menuBar().actions()[0].menu()), "reportsMenu").actions()
    )
    window.health_report_action.trigger()
    dialog = window.health_report_dialog
    assert isinstance(dialog, HealthReportDialog) and dialog.isVisible()
    return ctx, window, dialog


def _finish(qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not running_tasks(), timeout=60_000)
    QApplication.processEvents()


@pytest.mark.date_sensitive  # the demo is built back from today
def test_the_report_of_a_chosen_quarter_is_saved_as_pdf_and_as_a_table(
    qtbot, tmp_path: Path, isolated_settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx, window, dialog = _open_dialog(qtbot, tmp_path, isolated_settings)
    past = Quarter.of(local_today()).previous
    assert dialog.quarter.itemText(0).endswith("(in progress)")
    dialog.quarter.setCurrentIndex(dialog.quarter.findData(str(past)))
    pdf = tmp_path / "out" / "board"
    pdf.parent.mkdir()
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(pdf), "PDF (*.pdf)"))
    )
    dialog.pdf_button.click()
    _finish(qtbot)
    written = pdf.with_suffix(".pdf")
    assert dialog.written == written and dialog.status.text() == "Saved board.pdf."
    text = " ".join((PdfReader(written).pages[0].extract_text() or "").split())
    assert f"Business relationships — {past.label}" in text
    assert dialog.report is not None and dialog.report.quarter == past

    table = tmp_path / "out" / "units.csv"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(table), "CSV (*.csv)"))
    )
    dialog.table_button.click()
    _finish(qtbot)
    rows = list(csv.reader(table.open(encoding="utf-8-sig")))
    assert rows[0][2] == "Business unit" and {r[0] for r in rows[1:]} == {str(past)}
    dialog.close()
    window.close()
    ctx.close_workspace()


def test_a_folder_that_cannot_be_written_is_said_and_nothing_is_lost(
    qtbot, tmp_path: Path, isolated_settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx, window, dialog = _open_dialog(qtbot, tmp_path, isolated_settings)
    gone = tmp_path / "no such folder" / "report.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(gone), "PDF (*.pdf)"))
    )
    dialog.pdf_button.click()
    _finish(qtbot)
    boxes = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]
    assert boxes and "does not exist" in boxes[-1].text()
    assert dialog.written is None and not gone.parent.exists()
    for box in boxes:
        box.close()
    dialog.close()
    window.close()
    ctx.close_workspace()
