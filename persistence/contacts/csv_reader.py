"""CSV files of contacts: comma, semicolon (Excel in much of Europe) or tab separated, in any of
the encodings encodings.py recognises."""

from __future__ import annotations

import csv
import io
from collections import Counter

from persistence.contacts.encodings import decode_text
from persistence.contacts.errors import ContactFileError
from persistence.contacts.tables import ContactTable, table_from_rows

_DELIMITERS = (",", ";", "\t")


def read_csv(data: bytes, name: str) -> ContactTable:
    text = decode_text(data, name)
    delimiter = _delimiter(text)
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as error:
        raise ContactFileError(f"{name} is not a readable CSV file ({error}).") from None
    numbered = [(number, row) for number, row in enumerate(rows, start=1)]
    table = table_from_rows(name, numbered)
    width = len(table.header)
    table.rows = [(n, _unwrapped(row, width, delimiter)) for n, row in table.rows]
    return table


def _delimiter(text: str) -> str:
    """The separator that gives the most rows of one same width (two or more cells)."""
    sample = "\n".join(text.splitlines()[:50])
    best, best_score = ",", (0, 0)
    for delimiter in _DELIMITERS:
        try:
            widths = Counter(
                len(r) for r in csv.reader(io.StringIO(sample), delimiter=delimiter) if len(r) > 1
            )
        except csv.Error:
            continue
        if widths:
            width, count = widths.most_common(1)[0]
            if (count, width) > best_score:
                best, best_score = delimiter, (count, width)
    return best


def _unwrapped(row: list[str], width: int, delimiter: str) -> list[str]:
    """A row some LinkedIn exports wrap whole in quotes (inner quotes doubled) read as its
    cells: one cell holding the separators of a wider header."""
    if width > 1 and len(row) == 1 and delimiter in row[0]:
        try:
            inner = next(csv.reader([row[0]], delimiter=delimiter), row)
        except csv.Error:
            return row
        return inner
    return row
