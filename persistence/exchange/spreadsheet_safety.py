"""Cells that a spreadsheet shows and never runs: the one guard of every CSV and XLSX export.

Names, notes and tags come from people and from other people's address books and invites. A
spreadsheet opening a CSV (or an XLSX cell written as a formula) runs any cell that starts like a
formula: ``=HYPERLINK(…)``, ``+cmd|' /C calc'!A0``, ``-2+3``, ``@SUM(1)`` (OWASP, "CSV
Injection"). Every text cell of every export goes through :func:`safe_text`; numbers stay numbers
(:func:`safe_cell` passes them through, so a value of -2 is still a number in the sheet).

OWASP's rule: a cell that begins with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is
prefixed with a single quote, which spreadsheets read as "this is text" (Excel and LibreOffice
hide it). We also guard:

- the fullwidth forms ``＝ ＋ － ＠`` (U+FF1D, U+FF0B, U+FF0D, U+FF20), which some spreadsheets in
  East-Asian locales normalise to the ASCII operators before deciding what a cell is;
- a trigger after leading spaces or line breaks (``"  =1+1"``), which LibreOffice trims before
  parsing when "trim spaces" is on in its CSV import;
- a line feed at the start, since some importers treat it like the carriage return.

Quoting of separators and double quotes is the csv module's job (``csv.writer`` quotes as needed).
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from pathlib import Path

from persistence.output_files import atomic_output

#: Characters that make a spreadsheet read a cell as a formula (or command) when they come first.
FORMULA_TRIGGERS = frozenset("=+-@\t\r\n＝＋－＠")

#: What a cell may hold: text is guarded, numbers and empty cells pass as they are.
Cell = str | int | float | None


def safe_text(text: str) -> str:
    """``text`` as a cell no spreadsheet will run: prefixed with ``'`` when it starts (after any
    spaces) like a formula; otherwise unchanged."""
    start = text.lstrip(" \u00a0\u3000")
    if start[:1] in FORMULA_TRIGGERS or text[:1] in FORMULA_TRIGGERS:
        return "'" + text
    return text


def safe_cell(value: Cell) -> str | int | float:
    """One cell ready for a CSV or XLSX writer: text guarded by :func:`safe_text`, numbers kept
    as numbers (booleans as 0/1 would be surprising, so they are written as text), None empty."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, int | float):
        return value
    return safe_text(str(value))


def safe_row(row: Iterable[Cell]) -> list[str | int | float]:
    return [safe_cell(value) for value in row]


def write_csv(path: Path, header: Sequence[str], rows: Iterable[Iterable[Cell]]) -> None:
    """A UTF-8 CSV file whose every text cell is guarded; numbers are written as numbers.

    Written atomically (through ``atomic_output``): a failure keeps the old file.
    """
    with atomic_output(Path(path), text=True) as handle:
        writer = csv.writer(handle)
        writer.writerow(safe_row(header))
        for row in rows:
            writer.writerow(safe_row(row))


def write_xlsx(
    path: Path, sheet: str, header: Sequence[str], rows: Iterable[Iterable[Cell]]
) -> None:
    """An XLSX workbook of one sheet whose every text cell is guarded (no cell is ever a
    formula: openpyxl writes a string starting with ``=`` as a formula, so it gets the quote as
    in CSV); numbers stay numbers. Written atomically: a failure keeps the old file."""
    from openpyxl import Workbook  # loaded only when a workbook is written

    book = Workbook(write_only=True)
    table = book.create_sheet(title=safe_sheet_name(sheet))
    table.append(safe_row(header))
    for row in rows:
        table.append(safe_row(row))
    with atomic_output(Path(path)) as handle:
        book.save(handle)


def safe_sheet_name(name: str) -> str:
    """A sheet name Excel accepts: at most 31 characters, none of []:*?/\\."""
    cleaned = "".join("-" if ch in "[]:*?/\\" else ch for ch in name).strip("' ")
    return (cleaned or "Sheet")[:31]
