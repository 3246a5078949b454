"""CSV and XLSX contact tables: LinkedIn, Outlook, Google and any table with a header."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from domain.model import ColumnMapping, ContactCard, ContactField
from persistence.contacts import (
    ContactFileError,
    ContactTable,
    cards_from_table,
    header_key,
    open_contact_file,
)

FIXTURES = Path(__file__).parents[2] / "fixtures" / "contacts"


def table(path: Path) -> ContactTable:
    opened = open_contact_file(path)
    assert opened.table is not None
    return opened.table


def cards(path: Path) -> list[ContactCard]:
    found = table(path)
    return cards_from_table(found, found.guessed_mapping)


def test_linkedin_notes_before_the_header_wrapped_rows_and_missing_emails() -> None:
    found = table(FIXTURES / "linkedin_Connections.csv")
    assert found.kind == "LinkedIn connections"
    rows = cards_from_table(found, found.guessed_mapping)
    assert [c.name for c in rows] == [
        "Maria Gonzalez",
        "Kenji Watanabe",
        "Olga Ivanova",
        "智子 山田",
        "Дмитрий Смирнов",
    ]
    olga = rows[2]
    assert (olga.organisation, olga.job_title) == ("Litware, Inc.", 'Head of "Data" Platforms')
    assert rows[0].emails == ("maria.gonzalez@woodgrove.example",)
    assert rows[1].emails == () and rows[1].organisation == "Tailspin Toys, Inc."
    assert [c.source for c in rows] == ["row 5", "row 6", "row 7", "row 8", "row 9"]


def test_outlook_desktop_windows_1252_honorific_categories_and_exchange_address() -> None:
    found = table(FIXTURES / "outlook_desktop.csv")
    assert found.kind == "Outlook contacts"
    frederic, zoe = cards_from_table(found, found.guessed_mapping)
    assert frederic.name == "Frédéric Lefèvre"  # "Dr." is Outlook's Title, not the job
    assert frederic.job_title == "Directeur des achats"
    assert (frederic.organisation, frederic.units) == ("Contoso, Ltd.", ("Procurement",))
    assert frederic.tags == ("Business", "VIP")
    assert frederic.notes == "Prefers French – always"
    assert zoe.emails == ("zoe.mueller@fabrikam.example",)  # the X.500 path is no address


def test_outlook_com_utf8_with_bom() -> None:
    [asa] = cards(FIXTURES / "outlook_com.csv")
    assert (asa.name, asa.job_title, asa.organisation) == ("Åsa Nyström", "CIO", "Litware Inc")
    assert asa.phones == ("+46 73 111 22 33",)


def test_google_multi_values_and_labels() -> None:
    found = table(FIXTURES / "google_contacts.csv")
    assert found.kind == "Google Contacts"
    lucia, nameless = cards_from_table(found, found.guessed_mapping)
    assert lucia.emails == ("lucia.fernandez@woodgrove.example", "lucia@home.example")
    assert lucia.phones == ("+34 600 123 456", "+34 91 123 45 67")
    assert lucia.tags == ("Bank", "Steering group")
    assert nameless.problem == "no name (noreply@example.com)"


def test_utf16_tab_separated_text_from_excel() -> None:
    [nadia] = cards(FIXTURES / "excel_unicode.txt")
    assert (nadia.name, nadia.organisation, nadia.units) == (
        "Nadia Haddad",
        "Adatum Corporation",
        ("Legal",),
    )
    assert nadia.job_title == "General Counsel"


def test_an_unknown_header_is_guessed_in_part_and_mapped_by_the_user() -> None:
    found = table(FIXTURES / "semicolon_custom.csv")
    assert found.kind == "table" and found.mapping is None
    assert found.header == ["Nom", "Prénom", "Courriel", "Société", "Fonction"]
    F = ContactField
    chosen = ColumnMapping((F.LAST_NAME, F.FIRST_NAME, F.EMAIL, F.ORGANISATION, F.JOB_TITLE))
    [claire] = cards_from_table(found, chosen)
    assert (claire.name, claire.emails, claire.organisation, claire.job_title) == (
        "Claire Dupont",
        ("claire.dupont@example.fr",),
        "Northwind Traders",
        "Acheteuse",
    )
    assert header_key(found.header) == header_key(
        [" nom", "PRÉNOM", "Courriel", "Société", "Fonction"]
    )


def test_a_mapping_without_a_name_column_is_refused() -> None:
    found = table(FIXTURES / "semicolon_custom.csv")
    with pytest.raises(ContactFileError, match="taken as a name"):
        cards_from_table(found, ColumnMapping((ContactField.EMAIL,) * 5))


def test_xlsx_first_sheet_with_numbers_as_phone_numbers(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["Full name", "Email", "Mobile", "Company"])
    sheet.append(["Grace Hopper", "grace@navy.example", 4477001234.0, "US Navy"])
    book.save(tmp_path / "people.xlsx")
    [grace] = cards(tmp_path / "people.xlsx")
    assert (grace.name, grace.phones, grace.organisation) == (
        "Grace Hopper",
        ("4477001234",),
        "US Navy",
    )


def test_xlsx_without_a_header_row_is_refused(tmp_path: Path) -> None:
    book = Workbook()
    book.active.append(["Grace Hopper", "grace@navy.example", "US Navy"])
    book.save(tmp_path / "no-header.xlsx")
    with pytest.raises(ContactFileError, match="no header row"):
        open_contact_file(tmp_path / "no-header.xlsx")


def test_a_binary_file_named_csv_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "contacts.csv"
    path.write_bytes(bytes(range(256)) * 8)
    with pytest.raises(ContactFileError, match="binary"):
        open_contact_file(path)


def test_a_file_over_the_size_limit_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.vcf"
    with path.open("wb") as out:
        out.truncate(50 * 1024 * 1024)
    with pytest.raises(ContactFileError, match=r"50\.0 MB.*up to 25 MB"):
        open_contact_file(path)


def test_an_empty_file_and_an_old_excel_file_are_refused(tmp_path: Path) -> None:
    (tmp_path / "empty.csv").write_bytes(b"")
    with pytest.raises(ContactFileError, match="empty"):
        open_contact_file(tmp_path / "empty.csv")
    (tmp_path / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(64))
    with pytest.raises(ContactFileError, match=r"\.xlsx or \.csv"):
        open_contact_file(tmp_path / "old.xls")
    (tmp_path / "broken.xlsx").write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(ContactFileError, match="not a readable Excel workbook"):
        open_contact_file(tmp_path / "broken.xlsx")
