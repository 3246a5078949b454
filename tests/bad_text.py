"""The same bad text for every way in (editors, use cases, JSON import, the command line): each
test of a way in feeds these and expects the same outcome (issue 11, item 8)."""

from __future__ import annotations

from domain.rules.validation import NAME_LIMIT, TEXT_LIMIT

#: Refused: longer than any name may be (import-json once took this, the editor never did).
LONG_NAME = "A" * 100_000
#: Refused: one character over the limit of notes, agendas and the like.
LONG_NOTE = "n" * (TEXT_LIMIT + 1)
#: Accepted: exactly at the limits.
LONGEST_NAME = "B" * NAME_LIMIT
LONGEST_NOTE = "m" * TEXT_LIMIT

#: A one-line field with a NUL byte, a bell, an escape sequence, DEL, a C1 control and a tab:
#: stored without the controls (the tab becomes a space, runs of spaces one).
DIRTY_NAME = "Ada\x00 Love\x07lace\x1b\x7f\x9b\tKing"
CLEAN_NAME = "Ada Lovelace King"
#: A multi-line field: line breaks (CR LF and lone CR as LF) and tabs kept, controls removed.
DIRTY_NOTE = "first\r\nsec\x00ond\rthird\x0b\x0c\x1f\x85\tend"
CLEAN_NOTE = "first\nsecond\nthird\tend"
