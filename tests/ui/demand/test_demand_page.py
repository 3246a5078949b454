"""The Demand page through its widgets: log an item (a missing unit refused), edit, advance,
decline, delete and undo; filter by unit and kind; export to CSV and XLSX."""

from __future__ import annotations

import csv
from datetime import date, timedelta
from pathlib import Path

import openpyxl
from PySide6.QtCore import QSettings

from domain.clock import local_today
from domain.model import DemandItem, DemandKind, DemandStatus, DemandStep, Organisation, Stakeholder
from domain.usecases.demand import add_demand_item
from domain.usecases.organisations import add_organisation
from domain.usecases.stakeholders import add_stakeholder
from persistence.workspace import create_workspace
from tests.ui.conftest import open_main_window
from tests.ui.ratings.support import main_page, settle
from ui.demand.demand_page import DemandPage
from ui.demand.item_dialog import DemandItemDialog


def _workspace(path: Path) -> dict[str, int]:
    today = local_today()
    with create_workspace(path) as workspace:
        group = add_organisation(workspace.uow(), Organisation("Northwind Group"))
        retail = add_organisation(workspace.uow(), Organisation("Retail", parent_id=group.id))
        finance = add_organisation(workspace.uow(), Organisation("Finance", parent_id=group.id))
        claire = add_stakeholder(workspace.uow(), Stakeholder("Claire Dubois"))
        add_demand_item(
            workspace.uow(),
            DemandItem(
                retail.id,
                '=HYPERLINK("http://x")',
                DemandKind.REQUEST,
                [DemandStep(DemandStatus.IDEA, today - timedelta(days=90))],
                sponsor_id=claire.id,
                value=20_000,
            ),
        )
        add_demand_item(
            workspace.uow(),
            DemandItem(
                finance.id,
                "Three-day close",
                DemandKind.JOINT_INITIATIVE,
                [DemandStep(DemandStatus.IDEA, today - timedelta(days=5))],
            ),
        )
    return {"group": group.id, "retail": retail.id, "finance": finance.id, "claire": claire.id}  # type: ignore[dict-item]


def _page(qtbot, tmp_path: Path, settings: QSettings):  # type: ignore[no-untyped-def]
    ids = _workspace(tmp_path / "w.rapport")
    ctx, window = open_main_window(qtbot, tmp_path / "w.rapport", settings)
    page = main_page(window, "Demand")
    assert isinstance(page, DemandPage)
    errors: list[str] = []
    ctx.error.connect(errors.append)
    return ctx, window, page, ids, errors


def _titles(page: DemandPage, status: DemandStatus) -> list[str]:
    return [row.item.title for row in page.board.cards(status)]


def test_log_advance_decline_edit_delete_and_undo(
    qtbot, tmp_path: Path, isolated_settings: QSettings
) -> None:
    ctx, window, page, ids, errors = _page(qtbot, tmp_path, isolated_settings)
    assert _titles(page, DemandStatus.IDEA) == ['=HYPERLINK("http://x")', "Three-day close"]
    [stalled] = [r for r in page.board.cards(DemandStatus.IDEA) if r.stalled]
    assert stalled.unit == "Northwind Group › Retail"
    assert "1 stalled" in page.board.columns[DemandStatus.IDEA].totals.text()

    page.new_action.trigger()
    dialog = page.last_dialog
    assert isinstance(dialog, DemandItemDialog)
    qtbot.keyClicks(dialog.title, "Click-and-collect lockers")
    dialog.ok.click()  # no unit chosen: refused, nothing stored, the text kept
    assert dialog.isVisible() and "needs a business unit" in dialog.error.text()
    assert dialog.title.text() == "Click-and-collect lockers"
    dialog.unit.setCurrentIndex(dialog.unit.findData(ids["retail"]))
    dialog.kind.setCurrentIndex(dialog.kind.findData("opportunity"))
    dialog.sponsor.setCurrentIndex(dialog.sponsor.findData(ids["claire"]))
    dialog.value.setText("lots")
    dialog.ok.click()
    assert dialog.isVisible() and "not an amount" in dialog.error.text()
    dialog.value.setText("250k")
    dialog.ok.click()
    settle()
    assert "Click-and-collect lockers" in _titles(page, DemandStatus.IDEA)
    new = page.current_row()
    assert new is not None and new.item.value == 250_000 and new.sponsor == "Claire Dubois"

    assert page.advance_action.text() == "Mark Assessed"
    page.advance_action.trigger()
    settle()
    assert _titles(page, DemandStatus.ASSESSED) == ["Click-and-collect lockers"]
    page.board.select(new.item.id or 0)
    page.decline_action.trigger()
    settle()
    assert _titles(page, DemandStatus.DECLINED) == ["Click-and-collect lockers"]

    page.board.select(new.item.id or 0)
    page.edit_item()
    edit = page.last_dialog
    assert isinstance(edit, DemandItemDialog)
    assert edit.unit.currentData() == ids["retail"]
    edit.title.setText("Lockers in 20 stores")
    edit.ok.click()
    settle()
    assert _titles(page, DemandStatus.DECLINED) == ["Lockers in 20 stores"]
    page.board.select(new.item.id or 0)
    page.delete_action.trigger()
    settle()
    assert _titles(page, DemandStatus.DECLINED) == []

    for _ in range(5):  # delete, edit, decline, advance, log
        ctx.undo_stack.undo()
        settle()
    assert "Click-and-collect lockers" not in _titles(page, DemandStatus.IDEA)
    for _ in range(3):
        ctx.undo_stack.redo()
    settle()
    assert _titles(page, DemandStatus.DECLINED) == ["Click-and-collect lockers"]
    assert errors == []
    window.close()
    ctx.close_workspace()


def test_filters_and_exports_hold_what_is_shown_and_no_formula(
    qtbot, tmp_path: Path, isolated_settings: QSettings
) -> None:
    ctx, window, page, ids, errors = _page(qtbot, tmp_path, isolated_settings)
    page.unit_filter.setCurrentIndex(page.unit_filter.findData(ids["finance"]))
    assert _titles(page, DemandStatus.IDEA) == ["Three-day close"]
    page.unit_filter.setCurrentIndex(page.unit_filter.findData(ids["group"]))  # with its units
    assert len(_titles(page, DemandStatus.IDEA)) == 2
    page.kind_filter.setCurrentIndex(page.kind_filter.findData("request"))
    assert _titles(page, DemandStatus.IDEA) == ['=HYPERLINK("http://x")']
    page.kind_filter.setCurrentIndex(0)
    qtbot.keyClicks(page.search, "close")
    assert _titles(page, DemandStatus.IDEA) == ["Three-day close"]
    page.search.clear()

    page.export_to(tmp_path / "demand.csv")
    with (tmp_path / "demand.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["Title"] for r in rows] == ['\'=HYPERLINK("http://x")', "Three-day close"]
    assert rows[0]["Unit"] == "Northwind Group › Retail" and rows[0]["Stalled"] == "yes"
    assert rows[0]["Raised on"] == (local_today() - timedelta(days=90)).isoformat()

    page.export_to(tmp_path / "demand.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "demand.xlsx").active
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert values[0][:4] == ["Unit", "Title", "Kind", "Status"]
    assert values[1][1] == '\'=HYPERLINK("http://x")' and values[1][5] == 20000
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)
    assert date.fromisoformat(values[2][6]) == local_today() - timedelta(days=5)
    assert errors == []
    window.close()
    ctx.close_workspace()
