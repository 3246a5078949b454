"""The people of a team: who may be named owner of a relationship."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class TeamRole(StrEnum):
    #: Reads and edits (a team server's member role).
    MEMBER = "member"
    #: Reads only.
    VIEWER = "viewer"
    #: The one user of a workspace file.
    LOCAL = "local"


@dataclass(frozen=True, slots=True)
class TeamMember:
    #: The login (a PostgreSQL role on a server, the OS user on a file): what owner columns hold.
    login: str
    #: The full name (the role's comment on a server); empty when none was given.
    name: str = ""
    role: TeamRole = TeamRole.MEMBER

    @property
    def display_name(self) -> str:
        """The full name, else the login."""
        return self.name or self.login


def display_name(login: str | None, members: list[TeamMember] | dict[str, TeamMember]) -> str:
    """How to show an owner: the member's full name, else the login itself ("" for nobody)."""
    if not login:
        return ""
    if isinstance(members, dict):
        found = members.get(login)
    else:
        found = next((m for m in members if m.login == login), None)
    return found.display_name if found else login
