"""vCards (2.1, 3.0 and 4.0) as phones, Apple Contacts, Outlook, Google and ownCloud write them.

vobject parses each property line (name, group, parameters, value) and splits structured values
(N, ORG) with their escapes. What vobject's whole-file reader gets wrong in real files is done here
first, on bytes: folding that splits a multi-byte UTF-8 character (Android and Outlook fold at 75
bytes, not characters), quoted-printable values with soft line breaks (vCard 2.1 from Nokia,
Outlook and older Android), a CHARSET per value, base64 photos ended by a blank line (vCard 2.1),
``data:`` URI photos (vCard 4.0), and one unreadable card not spoiling the others.
"""

from __future__ import annotations

import base64
import binascii
import quopri
import re
from dataclasses import dataclass, field

from vobject.base import ParseError, parseLine
from vobject.vcard import splitFields, stringToTextValues

from domain.model import ContactCard, Photo, image_type
from persistence.contacts.encodings import decode_value, detect_encoding
from persistence.contacts.errors import ContactFileError

#: A photo bigger than this is left out (a card is not a photo album).
MAX_PHOTO_BYTES = 2 * 1024 * 1024
_LINE_BREAK = re.compile(rb"\r\n|\n|\r")
_WHITESPACE = re.compile(rb"\s+")
#: Google Contacts writes its own groups as categories; they say nothing about a person.
_SYSTEM_GROUPS = {"mycontacts", "starred"}


def looks_like_vcard(data: bytes) -> bool:
    head = data[:4096].lstrip(b"\xef\xbb\xbf\xff\xfe \t\r\n").replace(b"\x00", b"")
    return head[:11].upper() == b"BEGIN:VCARD"


def read_vcards(data: bytes, name: str) -> list[ContactCard]:
    """Every card in the file, in order; an unreadable card comes back with its ``problem``."""
    encoding, skip = detect_encoding(data)
    body = data[skip:]
    if encoding.startswith("utf-16"):
        body = body.decode(encoding, errors="replace").encode("utf-8")
    elif b"\x00" in body:
        raise ContactFileError(f"{name} is not a vCard file (it holds binary data).")
    cards: list[ContactCard] = []
    open_card: _RawCard | None = None
    depth = 0
    seen_begin = False
    for number, line in _logical_lines(body):
        if not line.strip():
            continue
        upper = line.strip().upper()
        if upper == b"BEGIN:VCARD":
            seen_begin = True
            depth += 1
            if depth == 1:
                open_card = _RawCard(number=len(cards) + 1, line=number)
            continue  # a card inside a card (vCard 2.1 AGENT) is left out with its lines
        if upper == b"END:VCARD" and depth:
            depth -= 1
            if depth == 0 and open_card is not None:
                cards.append(open_card.card())
                open_card = None
            continue
        if depth == 1 and open_card is not None:
            open_card.add(line)
    if not seen_begin:
        raise ContactFileError(f"{name} is not a vCard file (no BEGIN:VCARD in it).")
    if open_card is not None:
        raise ContactFileError(
            f"{name} ends in the middle of card {open_card.number} (begun on line "
            f"{open_card.line}, no END:VCARD): the file looks truncated."
        )
    return cards


def _logical_lines(body: bytes) -> list[tuple[int, bytes]]:
    """Unfolded lines with the physical line each began on. Unfolding works on bytes, so a
    character split across a fold is whole again before anything is decoded."""
    lines: list[tuple[int, bytes]] = []
    current: bytearray | None = None
    start = 0
    for number, physical in enumerate(_LINE_BREAK.split(body), start=1):
        if current is not None and _soft_break(current):
            del current[-1]  # quoted-printable: "=" at the end joins the next line as it is
            current += physical
        elif current is not None and physical[:1] in (b" ", b"\t"):
            current += physical[1:]
        else:
            if current is not None:
                lines.append((start, bytes(current)))
            current, start = bytearray(physical), number
    if current is not None:
        lines.append((start, bytes(current)))
    return lines


def _soft_break(line: bytearray) -> bool:
    if not line.endswith(b"="):
        return False
    head = line.split(b":", 1)[0].upper()
    return b"QUOTED-PRINTABLE" in head


@dataclass
class _Property:
    name: str
    params: dict[str, list[str]]
    value: bytes

    def param(self, key: str) -> list[str]:
        return self.params.get(key, [])

    @property
    def kinds(self) -> set[str]:
        """TYPE values and vCard 2.1's bare parameters (TEL;CELL, PHOTO;JPEG), upper case."""
        found = {v.upper() for v in self.param("TYPE")}
        found.update(k for k, v in self.params.items() if not v)
        return found

    def text(self) -> str:
        raw = self.value
        encoding = {v.upper() for v in self.param("ENCODING")} | self.kinds
        if "QUOTED-PRINTABLE" in encoding:
            raw = quopri.decodestring(raw)
        charset = (self.param("CHARSET") or [""])[0]
        return decode_value(raw, charset)


@dataclass
class _RawCard:
    number: int
    line: int
    properties: list[_Property] = field(default_factory=list)
    unreadable: int = 0

    def add(self, line: bytes) -> None:
        try:
            # Latin-1 maps bytes one to one: the value's bytes come back intact for decoding.
            name, params, value, _group = parseLine(line.decode("latin-1"))
        except (ParseError, ValueError, IndexError):
            self.unreadable += 1
            return
        grouped: dict[str, list[str]] = {}
        for param in params:
            key = str(param[0]).upper()
            grouped.setdefault(key, []).extend(
                str(v) for part in param[1:] for v in str(part).split(",") if v
            )
        self.properties.append(_Property(str(name).upper(), grouped, value.encode("latin-1")))

    def first(self, name: str) -> _Property | None:
        return next((p for p in self.properties if p.name == name and p.value.strip()), None)

    def all(self, name: str) -> list[_Property]:
        return [p for p in self.properties if p.name == name and p.value.strip()]

    def card(self) -> ContactCard:
        source = f"card {self.number}"
        try:
            return self._card(source)
        except Exception as error:  # a card no rule foresaw: skipped with the reason
            return ContactCard(name="", source=source, problem=f"unreadable card ({error})")

    def _card(self, source: str) -> ContactCard:
        name = _text(self.first("FN"))
        n = self.first("N")
        if n is not None:
            parts = [_joined(p) for p in _fields(n.text())] + [""] * 5
            family, given, additional, prefix, suffix = (p.strip() for p in parts[:5])
            from_n = " ".join(p for p in (prefix, given, additional, family, suffix) if p)
            name = name or from_n
        organisation, units = "", tuple[str, ...]()
        org = self.first("ORG")
        if org is not None:
            org_parts = [_joined(p).strip() for p in _fields(org.text())]
            org_parts = [p for p in org_parts if p]
            if org_parts:
                organisation, units = org_parts[0], tuple(org_parts[1:])
        emails = _unique(
            _strip_scheme(_text(p), "mailto:") for p in _preferred_first(self.all("EMAIL"))
        )
        phones = _unique(_strip_scheme(_text(p), "tel:") for p in _preferred_first(self.all("TEL")))
        tags = _unique(
            t.strip()
            for p in self.all("CATEGORIES")
            for t in _values(p.text())
            if t.strip().casefold() not in _SYSTEM_GROUPS
        )
        problem = ""
        show_as = _text(self.first("X-ABSHOWAS")).upper()
        if show_as == "COMPANY":  # Apple Contacts' card for a company, not a person
            problem = f"a company's card ({organisation or name}), not a person's"
        elif not " ".join(name.split()):
            problem = (
                f"no name (only the organisation {organisation})" if organisation else "no name"
            )
        elif self.unreadable and not (emails or phones or organisation):
            problem = f"{self.unreadable} unreadable line(s) and nothing else but a name"
        return ContactCard(
            name=" ".join(name.split()),
            job_title=_text(self.first("TITLE")) or _text(self.first("ROLE")),
            organisation=organisation,
            units=units,
            emails=tuple(e for e in emails if "@" in e),
            phones=phones,
            tags=tags,
            notes=_text(self.first("NOTE")).replace("\r\n", "\n"),
            photo=_photo(self.first("PHOTO")),
            source=source,
            problem=problem,
        )


def _text(prop: _Property | None) -> str:
    """A text value with its escapes undone (``\\,`` → ``,``, ``\\n`` → a new line)."""
    if prop is None:
        return ""
    text = prop.text()
    if "\\" not in text:  # nothing escaped: vobject's character-by-character walk not needed
        return text.strip()
    return ",".join(stringToTextValues(text)).strip()


def _values(text: str) -> list[str]:
    """A comma-separated list (CATEGORIES) with its escapes undone."""
    return text.split(",") if "\\" not in text else stringToTextValues(text)


def _fields(text: str) -> list[str | list[str]]:
    """A structured value (N, ORG): parts by ";", each a list where it holds commas."""
    if "\\" in text:
        return splitFields(text)  # type: ignore[no-any-return]
    return [part.split(",") if "," in part else part for part in text.split(";")]


def _joined(part: str | list[str]) -> str:
    return ", ".join(part) if isinstance(part, list) else part


def _strip_scheme(value: str, scheme: str) -> str:
    value = value.strip()
    return value[len(scheme) :] if value.lower().startswith(scheme) else value


def _preferred_first(props: list[_Property]) -> list[_Property]:
    """PREF (2.1, 3.0) or PREF=1 (4.0) first, otherwise in the card's order."""
    return sorted(props, key=lambda p: 0 if "PREF" in p.kinds or p.param("PREF") else 1)


def _unique(values: object) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for value in values:  # type: ignore[attr-defined]
        text = " ".join(str(value).split())
        if text:
            seen.setdefault(text.casefold(), text)
    return tuple(seen.values())


def _photo(prop: _Property | None) -> Photo | None:
    """An embedded photo (base64 in 2.1 and 3.0, a data: URI in 4.0); a link to one is left."""
    if prop is None:
        return None
    raw = prop.value.strip()
    encoding = {v.upper() for v in prop.param("ENCODING")} | prop.kinds
    if raw[:5].lower() == b"data:":
        header, _, raw = raw.partition(b",")
        if b";base64" not in header.lower():
            return None
    elif not encoding & {"B", "BASE64"}:
        return None
    packed = _WHITESPACE.sub(b"", raw)
    packed += b"=" * (-len(packed) % 4)
    try:
        data = base64.b64decode(packed)
    except (binascii.Error, ValueError):
        return None
    mime = image_type(data)
    if mime is None or len(data) > MAX_PHOTO_BYTES:
        return None
    return Photo(data, mime)
