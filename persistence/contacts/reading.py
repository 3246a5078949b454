"""Opening a contact file: its size and kind checked, then read by the reader for its kind."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from domain.model import ContactFile
from persistence.contacts.csv_reader import read_csv
from persistence.contacts.errors import ContactFileError
from persistence.contacts.tables import ContactTable
from persistence.contacts.vcard_reader import looks_like_vcard, read_vcards
from persistence.contacts.xlsx_reader import read_xlsx

#: Bigger files are refused: 25 MB of vCards is some 50,000 people with photos.
MAX_FILE_BYTES = 25 * 1024 * 1024
_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0"  # the old binary Excel (.xls)


@dataclass
class OpenedContacts:
    """A file's cards (vCards), or its table, which needs a column mapping to give cards."""

    file: ContactFile | None = None
    table: ContactTable | None = None


def open_contact_file(path: Path) -> OpenedContacts:
    """Read ``path``, or raise :class:`ContactFileError` saying why it cannot be imported."""
    name = path.name
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ContactFileError(
                f"{name} is {size / 1024 / 1024:.1f} MB; Rapport imports contact files of up to "
                f"{MAX_FILE_BYTES // 1024 // 1024} MB. Export fewer contacts at a time."
            )
        data = path.read_bytes()
    except OSError as error:
        raise ContactFileError(f"{name} could not be read ({error.strerror or error}).") from None
    return read_contact_bytes(data, name)


def read_contact_bytes(data: bytes, name: str) -> OpenedContacts:
    suffix = Path(name).suffix.lower()
    if not data.strip():
        raise ContactFileError(f"{name} is empty.")
    if looks_like_vcard(data) or suffix in (".vcf", ".vcard"):
        return OpenedContacts(file=ContactFile(name, "vCard", read_vcards(data, name)))
    if data.startswith(_ZIP) or suffix in (".xlsx", ".xlsm"):
        return OpenedContacts(table=read_xlsx(data, name))
    if data.startswith(_OLE) or suffix == ".xls":
        raise ContactFileError(
            f"{name} is an old Excel workbook (.xls); save it as .xlsx or .csv and import that."
        )
    return OpenedContacts(table=read_csv(data, name))
