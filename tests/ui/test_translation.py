"""Translations can be added: pyside6-lupdate finds the UI's tr() texts, and a compiled
translation for the user's locale, installed as the app does at start-up, changes what the window
shows (issue 15, item 8). See docs/translating.md."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt, QTranslator

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


def test_under_german_the_map_tables_cards_and_prep_sheet_read_german(
    qtbot, tmp_path: Path, isolated_settings: QSettings
) -> None:
    """The shipped rapport_de.ts, compiled and installed as at start-up under a German locale:
    words kept in tables and enums (a quadrant's title, column headings, a card's title) and the
    prep sheet's headings come out German, while the stored values stay English."""
    from datetime import UTC, datetime

    from domain.rules.quadrant import Quadrant
    from domain.usecases.prep_sheet import build_prep_sheet
    from persistence.workspace import create_workspace
    from tests.ui.printing.pdf_pages import read_words
    from tests.ui.printing.sample_meeting import build_sample as build_meeting
    from tests.ui.ratings.support import main_page, person_tab
    from ui.attention.attention_page import AttentionPage
    from ui.domain_words import quadrant_title
    from ui.grid.grid_backdrop import quadrant_words
    from ui.printing.prep_sheet_renderer import PageSize, write_pdf
    from ui.ratings.history_model import Column
    from ui.ratings.person_tabs import HistoryTab

    folder = tmp_path / "translations"
    folder.mkdir()
    shipped = (TRANSLATIONS_DIR / "rapport_de.ts").read_text("utf-8")
    (folder / "rapport_de.ts").write_text(shipped, "utf-8")
    subprocess.run(
        [str(TOOLS / "pyside6-lrelease"), str(folder / "rapport_de.ts")],
        check=True,
        capture_output=True,
        timeout=120,
    )
    app = QCoreApplication.instance()
    assert app is not None
    loaded = install_translators(app, QLocale("de_DE"), str(folder))
    try:
        assert any(path.endswith("rapport_de.qm") for path in loaded)
        # A quadrant's title (the domain keeps its value) and the map's quadrant headings.
        assert quadrant_title(Quadrant.MANAGE_CLOSELY) == "Eng einbinden"
        assert Quadrant.MANAGE_CLOSELY.value == "manage closely"
        words = {quadrant: (title, meaning) for quadrant, title, meaning in quadrant_words()}
        assert words[Quadrant.MONITOR] == ("Beobachten", "Geringer Einfluss · geringes Interesse")

        sample = build_sample(tmp_path / "w.rapport")
        ctx, window = open_main_window(qtbot, sample.path, isolated_settings)
        # Column headings kept in a dict: History's.
        window.show_stakeholder(sample.ada)
        history = person_tab(window, "History")
        assert isinstance(history, HistoryTab)
        heading = history.view.model.headerData(Column.WHEN, Qt.Orientation.Horizontal)
        assert heading == "Datum"
        # A card of Needs attention: its title, headings, and a quadrant in its rows.
        page = main_page(window, "Attention")
        assert isinstance(page, AttentionPage)
        page.reload()
        assert page.trust.title.text() == "Vertrauen gesunken"
        contact = page.contact.model
        assert contact.headerData(3, Qt.Orientation.Horizontal) == "Letzter Kontakt"
        assert contact.index(0, 1).data() == "Eng einbinden"
        window.close()
        ctx.close_workspace()

        # The prep sheet's headings, band and footer.
        with create_workspace(tmp_path / "meeting.rapport") as workspace:
            meeting = build_meeting(workspace.uow, datetime.now(UTC).replace(microsecond=0))
            sheet = build_prep_sheet(workspace.uow(), meeting.meeting.id or 0)
        out = tmp_path / "sheet.pdf"
        write_pdf([sheet], out, PageSize.A4)
        printed = " ".join(word.text for page in read_words(out) for word in page.words)
        for german in ("AUF EINEN BLICK", "TEILNEHMENDE", "VERTRAULICH", "GESPRÄCHSPUNKTE"):
            assert german in printed, german
        assert "Seite 1 von" in printed
        assert "AT A GLANCE" not in printed
    finally:
        for translator in app.findChildren(QTranslator):
            app.removeTranslator(translator)
            translator.deleteLater()
    assert quadrant_title(Quadrant.MANAGE_CLOSELY) == "Manage closely"


def test_under_german_the_page_tabs_and_the_map_legend_read_german(
    qtbot, tmp_path: Path, isolated_settings: QSettings
) -> None:
    """The shipped rapport_de.ts under a German locale: the main window's page tabs, the View
    menu's page entries, the person panel's tabs and the map legend's words come out German,
    while the pages keep their English titles as keys (show_page, the page menus)."""
    from tests.ui.ratings.support import main_page, person_tab
    from ui.grid.legend import legend_texts
    from ui.grid.map_page import MapPage
    from ui.ratings.person_tabs import TrustInfluenceTab

    folder = tmp_path / "translations"
    folder.mkdir()
    shipped = (TRANSLATIONS_DIR / "rapport_de.ts").read_text("utf-8")
    (folder / "rapport_de.ts").write_text(shipped, "utf-8")
    subprocess.run(
        [str(TOOLS / "pyside6-lrelease"), str(folder / "rapport_de.ts")],
        check=True,
        capture_output=True,
        timeout=120,
    )
    app = QCoreApplication.instance()
    assert app is not None
    loaded = install_translators(app, QLocale("de_DE"), str(folder))
    try:
        assert any(path.endswith("rapport_de.qm") for path in loaded)
        sample = build_sample(tmp_path / "w.rapport")
        ctx, window = open_main_window(qtbot, sample.path, isolated_settings)
        tabs = [window.pages.tabText(i) for i in range(window.pages.count())]
        assert tabs[:4] == ["Stakeholder", "Karten", "Handlungsbedarf", "Diagramme"]
        assert "Maps" not in tabs
        assert [a.text() for a in window.page_actions][:2] == ["&Stakeholder", "&Karten"]
        # The page is still found by its English title, and knows it is shown.
        maps = main_page(window, "Maps")
        assert isinstance(maps, MapPage)
        assert window.current_page_title() == "Maps"
        assert window.pages.tabText(window.pages.currentIndex()) == "Karten"
        # The legend: an attitude, "not rated" and what the ring means.
        texts = legend_texts()
        assert {"Blockierer", "Nicht bewertet", "Ring: Vertrauen"} <= set(texts)
        assert "Not rated" not in texts
        # The person panel's tabs.
        window.show_stakeholder(sample.ada)
        panel = [window.person.tabText(i) for i in range(window.person.count())]
        assert panel[:2] == ["Profil", "Vertrauen && Einfluss"]
        assert isinstance(person_tab(window, "Trust & influence"), TrustInfluenceTab)
        window.close()
        ctx.close_workspace()
    finally:
        for translator in app.findChildren(QTranslator):
            app.removeTranslator(translator)
            translator.deleteLater()
    assert "Not rated" in legend_texts()
