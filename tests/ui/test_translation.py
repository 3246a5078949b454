"""Translations can be added: pyside6-lupdate finds the UI's tr() texts, and a compiled
translation for the user's locale, installed as the app does at start-up, changes what the window
shows (issue 15, item 8). See docs/translating.md."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

from tests.ui.conftest import open_main_window
from tests.ui.ratings.support import build_sample
from ui.translation import TRANSLATIONS_DIR, install_translators, tr

TOOLS = Path(sys.executable).parent
GERMAN_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <source>Show archived</source>
        <translation>Archivierte zeigen</translation>
    </message>
</context>
</TS>
"""


def test_lupdate_finds_the_texts_the_window_shows(tmp_path: Path) -> None:
    out = tmp_path / "rapport_de.ts"
    source = Path(__file__).resolve().parents[2] / "ui" / "stakeholders" / "stakeholder_list.py"
    subprocess.run(
        [str(TOOLS / "pyside6-lupdate"), str(source), "-ts", str(out)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    assert "<source>Show archived</source>" in out.read_text("utf-8")


def test_a_german_translation_changes_the_window(
    qtbot, tmp_path: Path, isolated_settings: QSettings
) -> None:
    folder = tmp_path / "translations"
    folder.mkdir()
    (folder / "rapport_de.ts").write_text(GERMAN_TS, "utf-8")
    subprocess.run(
        [str(TOOLS / "pyside6-lrelease"), str(folder / "rapport_de.ts")],
        check=True,
        capture_output=True,
        timeout=120,
    )
    app = QCoreApplication.instance()
    assert app is not None
    english = install_translators(app, QLocale("en_GB"), str(folder))
    assert not [path for path in english if "rapport" in path]  # no English file: as written
    loaded = install_translators(app, QLocale("de_DE"), str(folder))
    try:
        assert any(path.endswith("rapport_de.qm") for path in loaded)
        assert tr("Show archived") == "Archivierte zeigen"
        sample = build_sample(tmp_path / "w.rapport")
        ctx, window = open_main_window(qtbot, sample.path, isolated_settings)
        assert window.register.show_archived.text() == "Archivierte zeigen"
        window.close()
        ctx.close_workspace()
    finally:
        for translator in app.findChildren(QTranslator):
            app.removeTranslator(translator)
            translator.deleteLater()
    assert tr("Show archived") == "Show archived"


def test_the_shipped_translations_folder_holds_a_german_skeleton() -> None:
    assert (TRANSLATIONS_DIR / "rapport_de.ts").is_file()
