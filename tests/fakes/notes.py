"""Fake note repository and team directory: one local user, as on a workspace file."""

from __future__ import annotations

import builtins
from dataclasses import replace

from domain.clock import as_utc, utc_now
from domain.errors import NotFoundError
from domain.model import Note, TeamMember, TeamRole
from tests.fakes.base import FakeRepository, Transaction
from tests.fakes.store import clone

#: The fake workspace's one user.
FAKE_LOGIN = "me"


class FakeNoteRepository(FakeRepository):
    def add(self, note: Note) -> Note:
        self._require("stakeholders", note.stakeholder_id, "Stakeholder")
        now = utc_now()
        created = as_utc(note.created_at) if note.created_at else now
        row = replace(
            note,
            id=self._new_id("notes", note.id),
            author=note.author or FAKE_LOGIN,
            private=bool(note.private),
            created_at=created,
            updated_at=as_utc(note.updated_at) if note.updated_at else created,
        )
        self._t.notes[row.id] = row  # type: ignore[index]
        return clone(row)

    def get(self, note_id: int) -> Note | None:
        found = self._t.notes.get(note_id)
        return clone(found) if found else None

    def update(self, note: Note) -> Note:
        old = self._t.notes.get(note.id) if note.id is not None else None
        if old is None:
            raise NotFoundError("That note is gone, or it is not yours to change.")
        self._require("stakeholders", note.stakeholder_id, "Stakeholder")
        row = replace(
            old,
            stakeholder_id=note.stakeholder_id,
            text=note.text,
            private=bool(note.private),
            updated_at=utc_now()
            if (note.text, bool(note.private)) != (old.text, old.private)
            else old.updated_at,
        )
        self._t.notes[old.id] = row  # type: ignore[index]
        return clone(row)

    def delete(self, note_id: int) -> None:
        self._t.notes.pop(note_id, None)

    def list(self, stakeholder_id: int | None = None) -> builtins.list[Note]:
        rows = [
            n
            for n in self._t.notes.values()
            if stakeholder_id is None or n.stakeholder_id == stakeholder_id
        ]
        rows.sort(key=lambda n: (n.created_at, n.id or 0), reverse=True)
        return [clone(n) for n in rows]

    def count(self) -> int:
        return len(self._t.notes)


class FakeTeamDirectory:
    def __init__(self, transaction: Transaction) -> None:
        self._transaction = transaction

    def current_login(self) -> str:
        return FAKE_LOGIN

    def may_write_as(self, login: str) -> bool:
        return True

    def members(self) -> builtins.list[TeamMember]:
        return [TeamMember(FAKE_LOGIN, role=TeamRole.LOCAL)]
