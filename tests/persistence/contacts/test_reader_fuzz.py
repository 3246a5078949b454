"""No input makes a reader raise anything but ContactFileError."""

from __future__ import annotations

import contextlib

from hypothesis import given, settings
from hypothesis import strategies as st

from persistence.contacts import ContactFileError, cards_from_table
from persistence.contacts.reading import read_contact_bytes

_VCARD_LINES = st.sampled_from(
    [
        b"BEGIN:VCARD",
        b"END:VCARD",
        b"VERSION:2.1",
        b"N;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:J=C3=BC=",
        b"FN:A\\, B",
        b" folded",
        b"\tfolded",
        b"=0D=0A",
        b"ORG:;;;",
        b"PHOTO;ENCODING=b:!!notbase64",
        b"PHOTO:data:image/png;base64,iVBORw0KGgo",
        b"EMAIL;PREF=1:a@b.c",
        b"TEL;VALUE=uri:tel:+1",
        b"N:",
        b"CATEGORIES:a,b\\,c",
        b"item1.X-ABLabel:x",
        b";;;:::",
        b"",
        b"\xff\xfe",
        b"\xc3",
    ]
)


def _read(data: bytes, name: str) -> None:
    try:
        opened = read_contact_bytes(data, name)
        if opened.table is not None:
            with contextlib.suppress(ContactFileError):
                cards_from_table(opened.table, opened.table.guessed_mapping)
    except ContactFileError as error:
        assert str(error)


@settings(max_examples=300, deadline=None)
@given(st.lists(_VCARD_LINES, max_size=30), st.sampled_from([b"\r\n", b"\n", b"\r"]))
def test_vcard_lines_in_any_order(lines: list[bytes], newline: bytes) -> None:
    _read(newline.join(lines), "fuzz.vcf")


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000), st.sampled_from(["x.vcf", "x.csv", "x.xlsx", "x.txt"]))
def test_any_bytes(data: bytes, name: str) -> None:
    _read(data, name)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list('ab,;\t"\n\r @.:'))), st.sampled_from(["x.csv"]))
def test_any_csv_text(text: str, name: str) -> None:
    _read(text.encode("utf-8"), name)
