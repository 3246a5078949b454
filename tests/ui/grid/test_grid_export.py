"""Exports of the map as shown: PNG, SVG and PDF files, and printing (to a PDF printer)."""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtGui import QImage

from tests.ui.grid.conftest import GridWorld
from ui.grid.grid_export import print_to


def _words(pdf: Path) -> str:
    """The first page's text with runs of white space as single spaces (Qt spaces by tabs)."""
    return " ".join(PdfReader(pdf).pages[0].extract_text().split())


def test_png_export_is_a_full_picture(world: GridWorld, tmp_path: Path) -> None:
    target = tmp_path / "map.png"
    assert world.page.actions_.export_to(target, "png")
    image = QImage(str(target))
    assert not image.isNull() and image.width() >= 2400
    assert image.height() > image.width() * 0.8
    # Not blank: the grid and markers put many colours on the sheet.
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 37) for y in range(0, image.height(), 37)
    }
    assert len(colours) > 20


def test_svg_export_parses_and_carries_the_names(world: GridWorld, tmp_path: Path) -> None:
    target = tmp_path / "map"  # the suffix is added
    assert world.page.actions_.export_to(target, "svg")
    written = tmp_path / "map.svg"
    root = ElementTree.parse(written).getroot()
    assert root.tag.endswith("svg")
    text = written.read_text(encoding="utf-8")
    for expected in ("ERP replacement", "Ada Lovelace", "Manage closely", "Interest"):
        assert expected in text


def test_pdf_export_is_one_landscape_page_with_the_map(world: GridWorld, tmp_path: Path) -> None:
    target = tmp_path / "map.pdf"
    assert world.page.actions_.export_to(target, "pdf")
    reader = PdfReader(target)
    assert len(reader.pages) == 1
    page = reader.pages[0]
    assert page.mediabox.width > page.mediabox.height
    text = _words(target)
    for expected in ("ERP replacement", "Ada Lovelace", "Bob Marley", "Keep informed", "Champion"):
        assert expected in text
    assert reader.metadata is not None and reader.metadata.title == "ERP replacement"


def test_export_is_as_shown_with_filters_and_the_day_replayed(
    qtbot,
    world: GridWorld,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    world.page.filters.search.setText("ada")
    world.page.time_bar.replay.click()
    world.page.time_bar.slider.setValue(0)
    target = tmp_path / "past.pdf"
    assert world.page.actions_.export_to(target, "pdf")
    text = _words(target)
    assert "As of" in text and "“ada”" in text
    # The screen is left as it was: nothing lost its selection or cache.
    assert world.scene.markers[world.ids["Ada Lovelace"]].opacity() == 1.0
    assert world.scene.markers[world.ids["Bob Marley"]].opacity() < 0.5


def test_print_paints_the_same_sheet(world: GridWorld, tmp_path: Path) -> None:
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    target = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(target))
    print_to(printer, world.scene, world.page.sheet())
    text = _words(target)
    assert "ERP replacement" in text and "Ada Lovelace" in text


def test_selection_and_cache_survive_an_export(world: GridWorld, tmp_path: Path) -> None:
    ada = world.ids["Ada Lovelace"]
    world.scene.select_people([ada])
    assert world.page.actions_.export_to(tmp_path / "m.png", "png")
    assert world.scene.selected_people() == [ada]
