"""vCards as real producers write them (see tests/fixtures/contacts/README.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from domain.model import ContactCard
from persistence.contacts import ContactFileError, open_contact_file

FIXTURES = Path(__file__).parents[2] / "fixtures" / "contacts"


def cards(name: str) -> list[ContactCard]:
    opened = open_contact_file(FIXTURES / name)
    assert opened.file is not None and opened.file.kind == "vCard"
    return opened.file.cards


def test_apple_grouped_properties_units_escapes_photo_and_company_card() -> None:
    astrid, company, sean = cards("apple_contacts.vcf")
    assert astrid.name == "Dr. Astrid Lindqvist"
    assert astrid.job_title == "VP, Marketing"
    assert (astrid.organisation, astrid.units) == ("Example Corp.", ("North Division", "Marketing"))
    assert astrid.emails == ("astrid.lindqvist@example.com", "astrid@home.example")
    assert astrid.phones == ("+46 70 123 45 67",)
    assert astrid.tags == ("Board", "Key accounts")
    assert astrid.photo is not None and astrid.photo.mime == "image/png"
    assert astrid.photo.data.endswith(b"IEND\xaeB`\x82")
    assert company.problem == "a company's card (Contoso, Ltd.), not a person's"
    assert (sean.name, sean.organisation, sean.problem) == ("Seán O'Brien", "Contoso, Ltd.", "")


def test_android_quoted_printable_soft_breaks_duplicates_and_blank_line_photo() -> None:
    juergen, nameless = cards("android_v21.vcf")
    assert juergen.name == "Jürgen Weiß-Großmann"
    assert juergen.organisation == "Müller & Söhne GmbH"
    assert juergen.notes == "Met at the Zürich summit; prefers calls before 9.\nAssistant: Maël"
    assert juergen.phones == ("+49 170 1234567", "+49 89 1234-0")
    assert juergen.photo is not None and juergen.photo.mime == "image/png"
    assert nameless.problem == "no name"


def test_outlook_windows_1252_raw_and_quoted_printable() -> None:
    [renee] = cards("outlook_v21.vcf")
    assert renee.name == "Renée Björk"
    assert renee.job_title == "Directrice financière – Europe"
    assert (renee.organisation, renee.units) == ("Fabrikam Inc.", ("Finance",))
    assert renee.emails == ("renee.bjork@fabrikam.example",)


def test_google_folding_inside_a_character_duplicates_and_odd_names() -> None:
    alexandra, cher, kim = cards("google_contacts.vcf")
    assert alexandra.name == "Αλεξάνδρα Παπαδοπούλου-Κωνσταντινίδου"
    assert alexandra.emails == ("alexandra@northwind.example",)
    assert alexandra.organisation == "Northwind Traders"
    assert alexandra.tags == ("Suppliers",)  # Google's own "myContacts" is left out
    assert cher.name == "Cher"
    assert (kim.name, kim.emails) == ("Kim Nguyen", ("kim.nguyen@example.org",))


def test_vcard_4_preferred_address_first_tel_uri_data_photo_and_no_version() -> None:
    priya, no_version = cards("nextcloud_v4.vcf")
    assert priya.emails == ("priya.raman@adatum.example", "priya@home.example")
    assert priya.phones == ("+91-98765-43210",)
    assert priya.photo is not None and priya.photo.mime == "image/png"
    assert (no_version.name, no_version.emails) == ("No Version", ("noversion@example.net",))


def test_a_truncated_file_is_refused_saying_so() -> None:
    with pytest.raises(ContactFileError, match="truncated"):
        open_contact_file(FIXTURES / "truncated.vcf")


def test_a_vcard_file_without_cards_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.vcf"
    path.write_text("just some text\n")
    with pytest.raises(ContactFileError, match="not a vCard file"):
        open_contact_file(path)
