"""The team of the open workspace, read once per workspace (on a server: the member and viewer
logins, a catalogue query) and again when another workspace is opened."""

from __future__ import annotations

from domain.usecases.ownership import Team, team
from ui.app_context import AppContext

_ATTRIBUTE = "_ownership_team"


def current_team(ctx: AppContext) -> Team | None:
    """The team of ``ctx``'s workspace (None without one)."""
    if not ctx.has_workspace:
        return None
    workspace = ctx.workspace
    cached = getattr(ctx, _ATTRIBUTE, None)
    if cached is not None and cached[0] is workspace:
        return cached[1]  # type: ignore[no-any-return]
    found = team(ctx.uow())
    setattr(ctx, _ATTRIBUTE, (workspace, found))
    return found


def my_login(ctx: AppContext) -> str | None:
    found = current_team(ctx)
    return found.me if found is not None else None
