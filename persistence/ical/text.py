"""From bytes to content lines: decoding, unfolding and cleaning, each in one linear pass."""

from __future__ import annotations

import re
import unicodedata

from persistence.ical.errors import CalendarImportError

_LINE_BREAK = re.compile(r"\r\n|\n|\r")
#: Invisible characters that reorder text (they can disguise a name or a link).
_BIDI = dict.fromkeys(
    [*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F, 0xFEFF], None
)


def decode(data: bytes, source: str) -> tuple[str, list[str]]:
    """The text of ``data`` and notes on how it was read.

    iCalendar is UTF-8, but older clients (Outlook 2003, Mozilla Calendar, Lotus Notes) wrote
    Windows-1252 or Latin-1: a line that is not UTF-8 is read as Windows-1252 and a note says so.
    """
    if not data.strip():
        raise CalendarImportError(f"{source} is empty.")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16").lstrip("\ufeff"), []
        except UnicodeDecodeError as exc:
            raise CalendarImportError(
                f"{source} says it is UTF-16 text but is not readable as such (byte "
                f"{exc.start}). Export the invite again."
            ) from exc
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError:
        pass
    lines = data.split(b"\n")
    decoded: list[str] = []
    first_bad = 0
    for number, raw in enumerate(lines, start=1):
        try:
            decoded.append(raw.decode("utf-8"))
        except UnicodeDecodeError:
            first_bad = first_bad or number
            decoded.append(raw.decode("cp1252", errors="replace"))
    note = (
        f"{source} is not UTF-8 text (from line {first_bad}); it was read as Windows-1252 "
        "(Western European), as older Outlook and Mozilla Calendar write. Check accented names."
    )
    return "\n".join(decoded), [note]


def unfold(text: str) -> list[tuple[int, str]]:
    """Content lines with their first physical line number (RFC 5545 §3.1), in linear time."""
    lines: list[tuple[int, list[str]]] = []
    for number, raw in enumerate(_LINE_BREAK.split(text), start=1):
        if raw[:1] in (" ", "\t") and lines:
            lines[-1][1].append(raw[1:])
        elif raw.strip():
            lines.append((number, [raw]))
    return [(number, "".join(parts)) for number, parts in lines]


def clean(value: str, *, multiline: bool = False) -> str:
    """``value`` without control characters (NUL, escape, bell…) or text-reordering marks.

    Line breaks and tabs stay in multi-line text (descriptions, addresses); elsewhere they become
    spaces.
    """
    value = value.translate(_BIDI)
    if value.isprintable():
        return value
    kept: list[str] = []
    for ch in value.replace("\r\n", "\n").replace("\r", "\n"):
        if ch in "\n\t":
            kept.append(ch if multiline else " ")
        elif ch.isprintable() or ch == " " or unicodedata.category(ch) in ("Zs",):
            kept.append(ch)
        elif unicodedata.category(ch) in ("Cc", "Cs", "Co", "Cn"):
            continue
        else:
            kept.append(ch)  # format characters such as the zero-width joiner of emoji
    return "".join(kept)


def cut(value: str, length: int) -> str:
    """``value`` cut to ``length`` characters with "…" (stored text keeps a sane size)."""
    return value if len(value) <= length else value[: length - 1].rstrip() + "…"
