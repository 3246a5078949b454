"""The one error the calendar reader raises, and how its messages quote the file."""

from __future__ import annotations

#: A message never grows past this: it is read in a dialog box or on one terminal line.
MAX_MESSAGE = 500
#: Quotes from the file (a line, a title, a name) are cut to this length.
QUOTE = 60


class CalendarImportError(Exception):
    """The file cannot be imported; the message says why in words a user can act on."""

    def __init__(self, message: str) -> None:
        if len(message) > MAX_MESSAGE:
            message = message[: MAX_MESSAGE - 1].rstrip() + "…"
        super().__init__(message)


def short(text: str, length: int = QUOTE) -> str:
    """``text`` on one line, without control characters, cut with "…" past ``length``."""
    text = " ".join("".join(ch if ch.isprintable() else " " for ch in text[: length * 4]).split())
    return text if len(text) <= length else text[: length - 1].rstrip() + "…"
