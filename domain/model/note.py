"""Notes on a person, written by a team member; a private note is for its author's eyes only."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(slots=True)
class Note:
    stakeholder_id: int
    text: str
    #: Readable only by ``author``: on a team server the database itself hides it from others
    #: (row-level security); on a workspace file every note is the user's own.
    private: bool = False
    #: The login of who wrote it, set where it is stored (on a server: the server's
    #: ``current_user``, which a member cannot forge); empty until stored.
    author: str = ""
    created_at: datetime | None = None
    updated_at: datetime | None = None
    id: int | None = None
