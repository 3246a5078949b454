"""The Units page through its widgets: create, rename, move, merge (and the refusals), archive
and undo; record, edit and delete maturity assessments and a target."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QSettings

from domain.model import MaturityLevel, Organisation, Stakeholder
from domain.usecases.organisations import add_organisation, organisations_by_id
from domain.usecases.stakeholders import add_stakeholder
from persistence.workspace import create_workspace
from tests.ui.conftest import open_main_window
from tests.ui.ratings.support import main_page, settle
from ui.units.dialogs import AssessmentDialog, ChooseUnitDialog, OrganisationDialog, TargetDialog
from ui.units.units_page import UnitsPage


def _workspace(path: Path) -> dict[str, int]:
    with create_workspace(path) as workspace:
        group = add_organisation(workspace.uow(), Organisation("Northwind Group"))
        operations = add_organisation(
            workspace.uow(), Organisation("Group Operations", parent_id=group.id)
        )
        retail = add_organisation(
            workspace.uow(), Organisation("Retail Division", parent_id=operations.id)
        )
        logistics = add_organisation(
            workspace.uow(), Organisation("Logistics", parent_id=operations.id)
        )
        add_stakeholder(
            workspace.uow(),
            Stakeholder("Marcus Webb", organisation_id=group.id, unit_id=logistics.id),
        )
    ids = {"group": group.id, "operations": operations.id, "retail": retail.id}
    ids["logistics"] = logistics.id
    return ids  # type: ignore[return-value]


def _page(qtbot, tmp_path: Path, settings: QSettings):  # type: ignore[no-untyped-def]
    ids = _workspace(tmp_path / "w.rapport")
    ctx, window = open_main_window(qtbot, tmp_path / "w.rapport", settings)
    page = main_page(window, "Units")
    assert isinstance(page, UnitsPage)
    errors: list[str] = []
    ctx.error.connect(errors.append)
    return ctx, window, page, ids, errors


def test_create_rename_move_archive_and_undo_through_the_page(
    qtbot, tmp_path: Path, isolated_settings: QSettings
) -> None:
    ctx, window, page, ids, errors = _page(qtbot, tmp_path, isolated_settings)
    page.select(ids["retail"])
    assert page.panel.heading.text() == "Northwind Group › Group Operations › Retail Division"

    page.new_unit_action.trigger()
    dialog = page.last_dialog
    assert isinstance(dialog, OrganisationDialog)
    assert dialog.chosen_parent() == ids["retail"]  # inside the chosen unit by default
    dialog.ok.click()  # no name: refused, the dialog stays
    assert dialog.isVisible() and "needs a name" in dialog.error.text()
    qtbot.keyClicks(dialog.name, "Store Operations")
    dialog.ok.click()
    settle()
    assert page.panel.heading.text().endswith("Retail Division › Store Operations")
    new_id = page.current_id()

    page.rename_action.trigger()
    rename = page.last_dialog
    assert isinstance(rename, OrganisationDialog)
    rename.name.setText("Stores")
    rename.ok.click()
    settle()
    assert page.panel.heading.text().endswith("› Stores")

    page.move_action.trigger()
    move = page.last_dialog
    assert isinstance(move, ChooseUnitDialog)
    move.combo.setCurrentIndex(move.combo.findData(ids["group"]))
    move.ok.click()
    settle()
    assert page.panel.heading.text() == "Northwind Group › Stores"

    page.archive_action.trigger()
    settle()
    assert organisations_by_id(ctx.uow())[new_id].archived
    assert new_id not in [i.data(0, 256) for i in page._all_items()]  # hidden from the tree
    page.show_archived.setChecked(True)
    assert new_id in [i.data(0, 256) for i in page._all_items()]

    for _ in range(4):  # archive, move, rename, create
        ctx.undo_stack.undo()
    settle()
    assert new_id not in organisations_by_id(ctx.uow())
    ctx.undo_stack.redo()
    settle()
    assert organisations_by_id(ctx.uow())[new_id].name == "Store Operations"
    assert errors == []
    window.close()
    ctx.close_workspace()


def test_merge_moves_people_and_is_undone_and_a_merge_into_its_own_unit_is_refused(
    qtbot, tmp_path: Path, isolated_settings: QSettings
) -> None:
    ctx, window, page, ids, errors = _page(qtbot, tmp_path, isolated_settings)
    before = organisations_by_id(ctx.uow())

    page.select(ids["operations"])
    page.merge_action.trigger()
    merge = page.last_dialog
    assert isinstance(merge, ChooseUnitDialog)
    assert merge.combo.findData(ids["operations"]) < 0  # not offered into itself
    merge.combo.setCurrentIndex(merge.combo.findData(ids["retail"]))
    merge.ok.click()
    settle()
    assert errors == [
        "“Group Operations” cannot be merged into “Retail Division”, which sits inside it: "
        "move that unit out first, or merge the other way round."
    ]
    assert organisations_by_id(ctx.uow()) == before  # nothing changed
    assert ctx.undo_stack.count() == 0

    page.select(ids["logistics"])
    page.merge_action.trigger()
    merge = page.last_dialog
    assert isinstance(merge, ChooseUnitDialog)
    merge.combo.setCurrentIndex(merge.combo.findData(ids["retail"]))
    merge.ok.click()
    settle()
    with ctx.uow() as uow:
        [marcus] = uow.stakeholders.list()
    assert marcus.unit_id == ids["retail"] and ids["logistics"] not in organisations_by_id(
        ctx.uow()
    )
    assert page.current_id() == ids["retail"]
    ctx.undo_stack.undo()
    settle()
    assert organisations_by_id(ctx.uow()) == before
    with ctx.uow() as uow:
        [marcus] = uow.stakeholders.list()
    assert marcus.unit_id == ids["logistics"]
    window.close()
    ctx.close_workspace()


def test_assessments_and_a_target_are_recorded_edited_deleted_and_undone(
    qtbot, tmp_path: Path, isolated_settings: QSettings
) -> None:
    ctx, window, page, ids, errors = _page(qtbot, tmp_path, isolated_settings)
    page.select(ids["retail"])
    page.panel.assess_button.click()
    dialog = page.last_dialog
    assert isinstance(dialog, AssessmentDialog)
    dialog.level.setCurrentIndex(dialog.level.findData(2))
    dialog.day.setDate(QDate(2025, 3, 1))
    qtbot.keyClicks(dialog.assessor, "Priya Shah")
    dialog.evidence.setPlainText("Retail brought the problem before choosing a tool")
    dialog.ok.click()
    settle()
    table = page.panel.table
    assert table.rowCount() == 1
    assert [table.item(0, c).text() for c in (1, 2, 3)] == [
        "Consultative",
        "Priya Shah",
        "Retail brought the problem before choosing a tool",
    ]
    assert page.panel.summary.text().startswith("Consultative since")

    table.selectRow(0)
    page.panel.edit_button.click()
    edit = page.last_dialog
    assert isinstance(edit, AssessmentDialog)
    edit.level.setCurrentIndex(edit.level.findData(3))
    edit.ok.click()
    settle()
    assert page.panel.table.item(0, 1).text() == "Partner"

    page.panel.target_button.click()
    target = page.last_dialog
    assert isinstance(target, TargetDialog)
    target.level.setCurrentIndex(target.level.findData(3))
    target.due.setDate(QDate(2030, 1, 1))
    target.ok.click()
    settle()
    assert "Target: Partner by" in page.panel.summary.text()
    assert page.panel.summary.text().endswith("reached")

    page.panel.table.selectRow(0)
    page.panel.delete_button.click()
    settle()
    assert page.panel.table.rowCount() == 0
    for _ in range(3):  # delete, target, edit
        ctx.undo_stack.undo()
    settle()
    assert page.panel.table.item(0, 1).text() == "Consultative"
    assert "Target" not in page.panel.summary.text()
    # The line of the unit's chart sits on its level.
    ax = page.panel.chart.figure.axes[0]
    (line,) = [ln for ln in ax.get_lines() if ln.get_gid() == "maturity"]
    assert set(line.get_ydata()) == {float(MaturityLevel.CONSULTATIVE)}
    assert errors == []
    window.close()
    ctx.close_workspace()


def test_the_date_in_an_assessment_is_the_day_chosen(qtbot) -> None:
    dialog = AssessmentDialog("Retail", 1)
    qtbot.addWidget(dialog)
    dialog.day.setDate(QDate(2024, 2, 29))
    dialog.check()
    assert dialog.result_assessment is not None
    assert dialog.result_assessment.at.astimezone().date() == date(2024, 2, 29)
