"""Contacts tables (CSV or XLSX with a header row) and how their rows become contact cards."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from domain.model import ColumnMapping, ContactCard, ContactField
from persistence.contacts.columns import guess_mapping
from persistence.contacts.errors import ContactFileError
from persistence.exchange.spreadsheet_safety import FORMULA_TRIGGERS

F = ContactField
#: Google Contacts puts several values in one cell: "a@x.com ::: b@y.com".
_MULTI = re.compile(r"\s+:::\s+")
_TAG_SPLIT = re.compile(r"\s+:::\s+|;|,")
#: Google's own groups, which say nothing about a person.
_SYSTEM_GROUPS = {"* mycontacts", "* starred", "* other contacts", "* friends", "* family"}
_LOOKS_LIKE_DATA = re.compile(r"^(\S+@\S+\.\S+|[+(]?\d[\d ()./+-]{4,})$")


@dataclass
class ContactTable:
    """A table's header and data rows (each with its row number in the file, from 1)."""

    name: str
    header: list[str]
    rows: list[tuple[int, list[str]]] = field(default_factory=list)
    #: "LinkedIn connections", "Outlook contacts", "Google Contacts", or "table" (unknown).
    kind: str = "table"
    #: The known exporter's mapping; None when the user is to choose one.
    mapping: ColumnMapping | None = None

    @property
    def guessed_mapping(self) -> ColumnMapping:
        return self.mapping or guess_mapping(self.header)


def table_from_rows(name: str, rows: list[tuple[int, list[str]]]) -> ContactTable:
    """Find the header (the first row with two or more cells filled; LinkedIn puts notes
    before it) and refuse a table whose first row is data."""
    from persistence.contacts.columns import known_format

    filled = [(n, r) for n, r in rows if any(c.strip() for c in r)]
    if not filled:
        raise ContactFileError(f"{name} holds no rows.")
    start = next((i for i, (_, r) in enumerate(filled) if sum(bool(c.strip()) for c in r) > 1), 0)
    number, header = filled[start]
    header = [" ".join(c.split()) for c in header]
    data_like = [c for c in header if _LOOKS_LIKE_DATA.match(c)]
    if data_like:
        raise ContactFileError(
            f"{name} has no header row: its first row (row {number}) holds data such as "
            f"“{data_like[0]}”. Add a first row naming the columns (Name, E-mail, Company, …)."
        )
    while header and not header[-1]:
        header.pop()
    table = ContactTable(name, header, [(n, r) for n, r in filled[start + 1 :]])
    known = known_format(header)
    if known is not None:
        table.kind, table.mapping = known
    return table


def cards_from_table(table: ContactTable, mapping: ColumnMapping) -> list[ContactCard]:
    """One card per data row, by ``mapping``; a row that names no one is kept with its problem."""
    if not mapping.names_someone:
        raise ContactFileError(
            f"No column of {table.name} is taken as a name: choose which column holds the "
            "full name, or the first and last names."
        )
    return [_card(table, mapping, number, cells) for number, cells in table.rows]


def _card(
    table: ContactTable, mapping: ColumnMapping, number: int, cells: list[str]
) -> ContactCard:
    def values(wanted: ContactField) -> list[str]:
        found = []
        for column in mapping.columns_of(wanted):
            if column < len(cells) and cells[column].strip():
                found.append(_unguarded(cells[column].strip()))
        return found

    def one(wanted: ContactField, joiner: str = " ") -> str:
        return joiner.join(values(wanted))

    name = one(F.FULL_NAME) or " ".join(
        v for v in (one(F.FIRST_NAME), one(F.MIDDLE_NAME), one(F.LAST_NAME)) if v
    )
    name = " ".join(name.split())
    emails = _unique(
        e for cell in values(F.EMAIL) for e in re.split(r"\s+:::\s+|;", cell) if _is_email(e)
    )
    phones = _unique(p for cell in values(F.PHONE) for p in _MULTI.split(cell))
    tags = _unique(
        t
        for cell in values(F.TAGS)
        for t in _TAG_SPLIT.split(cell)
        if t.strip().casefold() not in _SYSTEM_GROUPS
    )
    organisations = [o for cell in values(F.ORGANISATION) for o in _MULTI.split(cell)]
    units = tuple(u for cell in values(F.UNIT) for u in _MULTI.split(cell))[:1]
    titles = [t for cell in values(F.JOB_TITLE) for t in _MULTI.split(cell)]
    problem = ""
    if not name:
        problem = f"no name ({emails[0]})" if emails else "no name"
    return ContactCard(
        name=name,
        job_title=titles[0] if titles else "",
        organisation=organisations[0] if organisations else "",
        units=units,
        emails=emails,
        phones=phones,
        tags=tags,
        notes=one(F.NOTES, "\n"),
        source=f"row {number}",
        problem=problem,
    )


def _unguarded(cell: str) -> str:
    """A cell without the quote a formula-safe export (Rapport's own) put before "+44 …"."""
    if cell[:1] == "'" and cell[1:2] in FORMULA_TRIGGERS:
        return cell[1:]
    return cell


def _is_email(value: str) -> bool:
    """An address (Outlook desktop writes an Exchange contact's as an X.500 path, "/o=…",
    which is not one)."""
    value = value.strip()
    return "@" in value and not value.startswith("/") and " " not in value


def _unique(values: object) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for value in values:  # type: ignore[attr-defined]
        text = " ".join(str(value).split())
        if text:
            seen.setdefault(text.casefold(), text)
    return tuple(seen.values())
