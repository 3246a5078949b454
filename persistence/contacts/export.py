"""Writing contacts out: CSV and XLSX with the register's columns (every cell formula-safe, and
readable back by Rapport's own import), and vCard 3.0 (through vobject) with the photo."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import IO

from domain.usecases.contact_export import ContactRow
from persistence.contacts.errors import ContactFileError
from persistence.errors import OutputWriteError, WorkspaceError
from persistence.exchange.spreadsheet_safety import Cell, safe_row
from persistence.output_files import atomic_output, check_output_target

HEADER = (
    "Name",
    "Job title",
    "Organisation",
    "Unit",
    "Relation",
    "E-mail",
    "Other e-mails",
    "Phone",
    "Other phones",
    "Tags",
    "Trust",
    "Influence",
    "Last contact",
)
SUFFIXES = (".csv", ".xlsx", ".vcf")


def _cells(row: ContactRow) -> list[Cell]:
    p = row.person
    return [
        p.name,
        p.job_title,
        row.organisation,
        row.unit,
        p.relation,
        p.email,
        "; ".join(p.other_emails),
        p.phone,
        "; ".join(p.other_phones),
        "; ".join(p.tags),
        row.trust,
        row.influence,
        row.last_contact.date().isoformat() if row.last_contact else None,
    ]


def write_contacts(
    rows: Sequence[ContactRow],
    path: Path,
    *,
    replace: bool = False,
    protect: Iterable[Path | None] = (),
) -> None:
    """Write ``rows`` to ``path`` as its suffix says, all at once: a failure leaves no half file
    (and an existing file as it was).

    As every export (persistence.output_files): never over a workspace (``protect``: the open
    one; any other by its header) or a file kept beside one; over another existing file only
    when ``replace`` (the user agreed).
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise ContactFileError(f"{path.name}: contacts are exported as .csv, .xlsx or .vcf.")
    try:
        check_output_target(path, replace=replace, protect=protect)
    except WorkspaceError as error:
        raise ContactFileError(str(error)) from None
    try:
        with atomic_output(path) as out:
            if suffix == ".csv":
                _write_csv(rows, out)
            elif suffix == ".xlsx":
                _write_xlsx(rows, out)
            else:
                out.write(vcards(rows).encode("utf-8"))
    except OutputWriteError as error:
        raise ContactFileError(str(error)) from None


def _write_csv(rows: Sequence[ContactRow], out: IO[bytes]) -> None:
    # UTF-8 with a BOM: Excel on Windows reads it as UTF-8 only with one.
    text = io.TextIOWrapper(out, newline="", encoding="utf-8-sig")
    writer = csv.writer(text)
    writer.writerow(safe_row(HEADER))
    for row in rows:
        writer.writerow(safe_row(_cells(row)))
    text.flush()
    text.detach()  # the binary file stays open for atomic_output to sync and rename


def _write_xlsx(rows: Sequence[ContactRow], out: IO[bytes]) -> None:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Contacts")
    sheet.append(safe_row(HEADER))
    for row in rows:
        # Every text cell is guarded: openpyxl would store "=…" as a live formula.
        sheet.append(safe_row(_cells(row)))
    book.save(out)


def vcards(rows: Sequence[ContactRow]) -> str:
    """Every row as a vCard 3.0, one after another."""
    import vobject

    cards = []
    for row in rows:
        p = row.person
        card = vobject.vCard()
        card.add("fn").value = p.name
        words = p.name.split()
        card.add("n").value = vobject.vcard.Name(
            family=words[-1] if len(words) > 1 else p.name,
            given=" ".join(words[:-1]) if len(words) > 1 else "",
        )
        if row.organisation:
            card.add("org").value = [row.organisation, *([row.unit] if row.unit else [])]
        if p.job_title:
            card.add("title").value = p.job_title
        for number, email in enumerate(p.emails):
            line = card.add("email")
            line.value = email
            line.type_param = "INTERNET" if number else "INTERNET,PREF"
        for phone in p.phones:
            card.add("tel").value = phone
        if p.tags:
            card.add("categories").value = list(p.tags)
        if p.notes:
            card.add("note").value = p.notes
        if row.photo is not None:
            photo = card.add("photo")
            photo.encoding_param = "b"
            photo.type_param = row.photo.mime.split("/")[-1].upper()
            photo.value = row.photo.data  # vobject writes bytes as base64
        cards.append(card.serialize())
    return "".join(cards)
