"""Turning a contact file's bytes into text: the byte order mark decides when there is one
(UTF-8, UTF-16 little or big endian); otherwise UTF-8 if the bytes are valid UTF-8, else
Windows-1252 (what Outlook desktop and Excel on Windows write as "CSV")."""

from __future__ import annotations

import codecs

from persistence.contacts.errors import ContactFileError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def detect_encoding(data: bytes) -> tuple[str, int]:
    """The encoding of ``data`` and the length of its byte order mark (0 without one)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding, len(bom)
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return "cp1252", 0
    return "utf-8", 0


def decode_text(data: bytes, name: str) -> str:
    """The file's text, or :class:`ContactFileError` when it is not text at all."""
    encoding, skip = detect_encoding(data)
    body = data[skip:]
    if encoding in ("utf-8", "cp1252") and b"\x00" in body[:65536]:
        raise ContactFileError(f"{name} is not a text file (it holds binary data).")
    try:
        # Windows-1252 leaves five bytes undefined; a stray one becomes U+FFFD, not a failure.
        return body.decode(encoding, errors="replace" if encoding == "cp1252" else "strict")
    except UnicodeDecodeError as error:
        raise ContactFileError(
            f"{name} is not readable text: it starts like {encoding.upper()} but byte "
            f"{error.start + skip} is not."
        ) from None


def decode_value(data: bytes, charset: str = "") -> str:
    """One value's bytes in its declared charset (a vCard 2.1 CHARSET=…), else UTF-8, else
    Windows-1252: never fails."""
    if charset:
        try:
            return data.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")
