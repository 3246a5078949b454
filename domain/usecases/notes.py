"""Notes on a person: write, change, remove (each undoable), and read those one may read.

On a team server the database shows a login only the notes it may read (row-level security);
these use cases need not, and do not, filter private notes themselves.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from domain.errors import NotFoundError, ValidationError
from domain.model import Note
from domain.ports import UnitOfWork
from domain.rules.note_validation import valid_note


@dataclass(frozen=True, slots=True)
class NoteView:
    note: Note
    #: The author as shown: their full name, else their login.
    author_name: str
    #: Written by the current login (only those can be changed on a server).
    mine: bool


def notes_of(uow: UnitOfWork, stakeholder_id: int) -> list[NoteView]:
    """The person's notes one may read, newest first."""
    with uow:
        notes = uow.notes.list(stakeholder_id)
        me = uow.team.current_login()
        names = {m.login: m.display_name for m in uow.team.members()} if notes else {}
    return [NoteView(n, names.get(n.author, n.author), n.author == me) for n in notes]


def add_note(uow: UnitOfWork, note: Note) -> Note:
    """Store a new note (or, with its id, put a removed one back: undo); returns it stored."""
    note = valid_note(note)
    with uow:
        if uow.stakeholders.get(note.stakeholder_id) is None:
            raise NotFoundError("That person is no longer in the register.")
        added = uow.notes.add(note)
        uow.commit()
    return added


def edit_note(uow: UnitOfWork, note_id: int, text: str, private: bool) -> Note:
    """Change a note's text and privacy; returns the note as it was (for undo)."""
    with uow:
        before = _own(uow, note_id)
        uow.notes.update(valid_note(replace(before, text=text, private=private)))
        uow.commit()
    return before


def remove_note(uow: UnitOfWork, note_id: int) -> Note:
    """Remove a note; returns it as it was (``add_note`` puts it back, same id)."""
    with uow:
        before = _own(uow, note_id)
        uow.notes.delete(note_id)
        uow.commit()
    return before


def _own(uow: UnitOfWork, note_id: int) -> Note:
    note = uow.notes.get(note_id)
    if note is None:
        raise NotFoundError("That note is gone.")
    if not uow.team.may_write_as(note.author):
        raise ValidationError("Only its author can change or remove a note.")
    return note
