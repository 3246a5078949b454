"""The workspace's own lasting id: a random one made on first ask and kept as the workspace
setting ``workspace_uid`` (so it travels with the file, its copies, backups and JSON exports).
Exported reminders derive their UIDs from it, so that two workspaces never share one."""

from __future__ import annotations

import uuid

from domain.ports import UnitOfWork

SETTING = "workspace_uid"


def workspace_uid(uow: UnitOfWork) -> str:
    """Inside an open unit of work: the id, made and stored when there is none yet (commit to
    keep it)."""
    found = uow.settings.get(SETTING)
    if found:
        return found
    made = uuid.uuid4().hex
    uow.settings.put(SETTING, made)
    return made
