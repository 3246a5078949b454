"""Importing contacts in the window: drop or File ▸ Import Contacts…, the column step for an
unknown table (remembered), the preview with ticks, one undo step, and the photo in the profile."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from domain.model import ContactField
from domain.usecases.contact_preview import RowStatus
from domain.usecases.stakeholders import list_stakeholders
from tests.ui.conftest import open_main_window
from ui.contacts.mapping_dialog import ColumnMappingDialog
from ui.contacts.preview_dialog import ImportPreviewDialog
from ui.settings_store import app_settings

FIXTURES = Path(__file__).parents[2] / "fixtures" / "contacts"


def _wait_for(qtbot, window, kind):  # type: ignore[no-untyped-def]
    qtbot.waitUntil(
        lambda: (
            window.contact_import is not None and isinstance(window.contact_import.dialog, kind)
        ),
        timeout=10000,
    )
    return window.contact_import.dialog


def _names(ctx) -> list[str]:  # type: ignore[no-untyped-def]
    return [p.name for p in list_stakeholders(ctx.uow())]


def test_dropping_a_vcard_file_previews_imports_the_ticked_and_undoes_in_one_step(
    qtbot, isolated_settings: QSettings, tmp_path: Path
) -> None:
    ctx, window = open_main_window(qtbot, tmp_path / "mine.rapport", isolated_settings)
    dropped = tmp_path / "contacts.vcf"
    shutil.copyfile(FIXTURES / "apple_contacts.vcf", dropped)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(dropped))])
    drop = QDropEvent(
        QPointF(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.register.dropEvent(drop)
    dialog = _wait_for(qtbot, window, ImportPreviewDialog)
    model = dialog.model
    assert [model.index(r, 4).data() for r in range(model.rowCount())] == [
        "new",
        "skipped",
        "new",
    ]
    assert model.index(1, 5).data() == "a company's card (Contoso, Ltd.), not a person's"
    assert "2 new, 0 already in the register, 1 skipped" in dialog.summary.text()
    # Untick Seán: only Astrid is taken.
    assert model.setData(
        model.index(2, 0), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole
    )
    assert dialog.import_button.text() == "Import 1"
    dialog.import_button.click()
    box = _wait_for(qtbot, window, QMessageBox)
    assert "0 merged" in box.text() and "1 added" in box.text()
    box.close()
    assert _names(ctx) == ["Dr. Astrid Lindqvist"]
    editor = window.person.editor
    qtbot.waitUntil(lambda: editor.heading.text() == "Dr. Astrid Lindqvist")
    assert editor.photo.isVisibleTo(window) and not editor.photo.pixmap().isNull()
    assert editor.more_contacts.text() == "Also: astrid@home.example"
    assert ctx.undo_stack.undoText() == "Import contacts from contacts.vcf"
    ctx.undo_stack.undo()
    assert _names(ctx) == []
    ctx.undo_stack.redo()
    assert _names(ctx) == ["Dr. Astrid Lindqvist"]
    ctx.close_workspace()


def test_an_unknown_table_asks_for_its_columns_once_and_a_second_import_adds_no_one(
    qtbot, isolated_settings: QSettings, tmp_path: Path
) -> None:
    app_settings().remove("contactColumnMappings")  # never asked before
    ctx, window = open_main_window(qtbot, tmp_path / "mine.rapport", isolated_settings)
    window.import_contacts([FIXTURES / "semicolon_custom.csv"])
    mapping = _wait_for(qtbot, window, ColumnMappingDialog)
    fields = [ContactField(c.currentData()) for c in mapping.combos]
    assert fields[:3] == [ContactField.LAST_NAME, ContactField.FIRST_NAME, ContactField.IGNORE]
    mapping.combos[2].setCurrentIndex(list(ContactField).index(ContactField.EMAIL))
    mapping.combos[3].setCurrentIndex(list(ContactField).index(ContactField.ORGANISATION))
    mapping.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    preview = _wait_for(qtbot, window, ImportPreviewDialog)
    [row] = preview.preview.rows
    assert (row.status, row.card.emails, row.card.organisation) == (
        RowStatus.NEW,
        ("claire.dupont@example.fr",),
        "Northwind Traders",
    )
    preview.import_button.click()
    _wait_for(qtbot, window, QMessageBox).close()
    assert _names(ctx) == ["Claire Dupont"]

    window.contact_import = None
    window.import_contacts([FIXTURES / "semicolon_custom.csv"])
    again = _wait_for(qtbot, window, ImportPreviewDialog)  # no column step: remembered
    [row] = again.preview.rows
    assert (row.status, row.reason, row.take) == (
        RowStatus.MATCH,
        "same e-mail claire.dupont@example.fr",
        False,
    )
    assert not again.import_button.isEnabled()
    again.reject()
    assert _names(ctx) == ["Claire Dupont"]
    ctx.close_workspace()


def test_a_truncated_file_is_refused_with_its_reason_and_nothing_is_imported(
    qtbot, isolated_settings: QSettings, tmp_path: Path
) -> None:
    ctx, window = open_main_window(qtbot, tmp_path / "mine.rapport", isolated_settings)
    window.import_contacts([FIXTURES / "apple_contacts.vcf", FIXTURES / "truncated.vcf"])
    box = _wait_for(qtbot, window, QMessageBox)
    assert "looks truncated" in box.text() and "Nothing was imported" in box.text()
    box.close()
    assert _names(ctx) == []
    ctx.close_workspace()
