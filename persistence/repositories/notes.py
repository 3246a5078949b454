"""Notes on people, and the team directory (who is using the workspace, who could own what).

On PostgreSQL the server decides who wrote a note (``DEFAULT current_user``) and which notes a
login may see or change (row-level security, migration 0008): this code never filters private
notes itself, so no bug here can show one to someone else. On a workspace file every note is
its one user's own.
"""

from __future__ import annotations

import builtins
import getpass
from typing import Any

from sqlalchemy import case, delete, func, insert, or_, select, text, update

from domain.clock import as_utc, utc_now
from domain.errors import NotFoundError
from domain.model import Note, TeamMember, TeamRole
from persistence.repositories.base import SqlRepository
from persistence.tables import NoteRow

_COLUMNS = (
    NoteRow.id,
    NoteRow.stakeholder_id,
    NoteRow.author,
    NoteRow.text,
    NoteRow.private,
    NoteRow.created_at,
    NoteRow.updated_at,
)


def _note(row: Any) -> Note:
    return Note(
        stakeholder_id=row.stakeholder_id,
        text=row.text,
        private=bool(row.private),
        author=row.author,
        created_at=as_utc(row.created_at),
        updated_at=as_utc(row.updated_at),
        id=row.id,
    )


def local_login() -> str:
    """The operating system's user name (a workspace file's one user)."""
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no USER/LOGNAME and no passwd entry (some containers)
        return "me"


class SqlNoteRepository(SqlRepository):
    def _on_server(self) -> bool:
        return self._session.get_bind().dialect.name == "postgresql"

    def add(self, note: Note) -> Note:
        now = utc_now()
        values: dict[str, Any] = {
            "stakeholder_id": note.stakeholder_id,
            "text": note.text,
            "private": bool(note.private),
            "created_at": note.created_at or now,
            "updated_at": note.updated_at or note.created_at or now,
        }
        if note.id is not None:
            values["id"] = note.id
        if note.author:
            values["author"] = note.author  # undo or an import: as it was (the server checks)
        elif not self._on_server():
            values["author"] = local_login()
        row = self._session.execute(insert(NoteRow).values(values).returning(*_COLUMNS)).one()
        if note.id is not None:
            self._advance_id_sequence(NoteRow.__tablename__, note.id)
        return _note(row)

    def get(self, note_id: int) -> Note | None:
        row = self._session.execute(select(*_COLUMNS).where(NoteRow.id == note_id)).first()
        return _note(row) if row else None

    def update(self, note: Note) -> Note:
        private = bool(note.private)
        edited = or_(NoteRow.text != note.text, NoteRow.private != private)
        row = self._session.execute(
            update(NoteRow)
            .where(NoteRow.id == note.id)
            .values(
                stakeholder_id=note.stakeholder_id,
                text=note.text,
                private=private,
                # Moving a note to another person (a merge) is no edit of it.
                updated_at=case((edited, utc_now()), else_=NoteRow.updated_at),
            )
            .returning(*_COLUMNS)
        ).first()
        if row is None:
            raise NotFoundError("That note is gone, or it is not yours to change.")
        return _note(row)

    def delete(self, note_id: int) -> None:
        self._session.execute(delete(NoteRow).where(NoteRow.id == note_id))

    def list(self, stakeholder_id: int | None = None) -> builtins.list[Note]:
        query = select(*_COLUMNS).order_by(NoteRow.created_at.desc(), NoteRow.id.desc())
        if stakeholder_id is not None:
            query = query.where(NoteRow.stakeholder_id == stakeholder_id)
        return [_note(row) for row in self._session.execute(query)]

    def count(self) -> int:
        return self._session.scalar(select(func.count()).select_from(NoteRow)) or 0


class SqlTeamDirectory(SqlRepository):
    def current_login(self) -> str:
        if self._session.get_bind().dialect.name != "postgresql":
            return local_login()
        return str(self._session.scalar(text("SELECT current_user")))

    def may_write_as(self, login: str) -> bool:
        if self._session.get_bind().dialect.name != "postgresql":
            return True
        return login == self.current_login()

    def members(self) -> builtins.list[TeamMember]:
        if self._session.get_bind().dialect.name != "postgresql":
            return [TeamMember(local_login(), role=TeamRole.LOCAL)]
        # team-add-member's own reading of the team (one query, one place). Imported here:
        # persistence.team opens workspaces, which build units of work, which hold this.
        from persistence.team.members import team_members

        found = {
            m.login: TeamMember(
                m.login,
                "" if m.name == m.login else m.name.strip(),
                TeamRole.VIEWER if m.role == "viewer" else TeamRole.MEMBER,
            )
            for m in team_members(self._session.connection())
        }
        me = self.current_login()
        if me not in found:  # the administrator, or a server set up by hand: still a choice
            found[me] = TeamMember(me, role=TeamRole.MEMBER)
        return sorted(found.values(), key=lambda m: (m.display_name.casefold(), m.login))
