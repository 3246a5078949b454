"""Stakeholder ▸ Find Duplicates… in the window: the pairs with why, keep one, Merge, undo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from domain.model import Stakeholder
from domain.usecases.stakeholders import add_stakeholder, list_stakeholders
from tests.ui.conftest import open_main_window
from ui.contacts.duplicates_dialog import DuplicatesDialog


def test_find_duplicates_then_merge_keeping_the_second_and_undo(
    qtbot, isolated_settings: QSettings, tmp_path: Path
) -> None:
    ctx, window = open_main_window(qtbot, tmp_path / "mine.rapport", isolated_settings)
    add_stakeholder(ctx.uow(), Stakeholder("Ada Lovelace", job_title="CFO", email="ada@x.org"))
    add_stakeholder(ctx.uow(), Stakeholder("Ada King", job_title="Countess", phone="+44 1"))
    add_stakeholder(ctx.uow(), Stakeholder("Ada King", email="ADA@x.org"))
    window.duplicates_action.trigger()
    qtbot.waitUntil(lambda: isinstance(window.duplicates_dialog, DuplicatesDialog), timeout=10000)
    dialog = window.duplicates_dialog
    rows = [
        tuple(dialog.list.topLevelItem(i).text(c) for c in range(3))
        for i in range(dialog.list.topLevelItemCount())
    ]
    assert rows == [
        ("Ada Lovelace", "Ada King", "same e-mail ada@x.org"),
        ("Ada King", "Ada King", "same name"),
    ]
    dialog.keep_second.setChecked(True)  # keep "Ada King" (the third), drop Ada Lovelace
    assert "name: “Ada King” kept, “Ada Lovelace” not taken" in dialog.details.text()
    dialog.merge_button.click()
    people = list_stakeholders(ctx.uow())
    assert [(p.name, p.job_title, p.email) for p in people] == [
        ("Ada King", "Countess", ""),
        ("Ada King", "CFO", "ADA@x.org"),
    ]
    # The other pair named the dropped person: it is gone from the list.
    assert dialog.list.topLevelItemCount() == 0
    assert ctx.undo_stack.undoText() == "Merge Ada Lovelace into Ada King"
    ctx.undo_stack.undo()
    assert sorted(p.name for p in list_stakeholders(ctx.uow())) == [
        "Ada King",
        "Ada King",
        "Ada Lovelace",
    ]
    dialog.close()
    ctx.close_workspace()


def test_export_the_register_and_one_person_as_vcard_from_the_window(
    qtbot, isolated_settings: QSettings, tmp_path: Path
) -> None:
    ctx, window = open_main_window(qtbot, tmp_path / "mine.rapport", isolated_settings)
    ada = add_stakeholder(ctx.uow(), Stakeholder("Ada Lovelace", email="ada@x.org"))
    add_stakeholder(ctx.uow(), Stakeholder("Bob", phone="-1"))
    assert window.export_contacts(tmp_path / "all.csv")
    lines = (tmp_path / "all.csv").read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("Name,Job title,Organisation,Unit,Relation,E-mail")
    assert lines[2].startswith("Bob,") and ",'-1," in lines[2]  # no live formula
    assert ada.id is not None
    assert window.export_contacts(tmp_path / "ada.vcf", [ada.id])
    vcard = (tmp_path / "ada.vcf").read_text(encoding="utf-8")
    assert vcard.count("BEGIN:VCARD") == 1 and "FN:Ada Lovelace" in vcard
    ctx.close_workspace()
