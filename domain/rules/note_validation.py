"""What a note on a person may hold (the same cleaning as every other text, validation.py)."""

from __future__ import annotations

from dataclasses import replace

from domain.errors import ValidationError
from domain.model import Note
from domain.rules.validation import TEXT_LIMIT, clean_text


def valid_note(note: Note) -> Note:
    """The note cleaned; refused empty or longer than the text limit."""
    text = clean_text(note.text, "text", "note", TEXT_LIMIT)
    if not text:
        raise ValidationError("A note needs some text.", field="text")
    return replace(note, text=text, private=bool(note.private))
