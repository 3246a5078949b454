"""The unit of work: one transaction, rolled back unless committed; failed writes say why."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import event

from domain.model import Stakeholder
from persistence.workspace import Workspace, WorkspaceError, WorkspaceWriteError


def _names(workspace: Workspace) -> list[str]:
    with workspace.uow() as uow:
        return [s.name for s in uow.stakeholders.list()]


def test_leaving_without_commit_discards_the_changes(workspace: Workspace) -> None:
    with workspace.uow() as uow:
        uow.stakeholders.add(Stakeholder("Kept"))
        uow.commit()
        uow.stakeholders.add(Stakeholder("Dropped"))
    with pytest.raises(ZeroDivisionError), workspace.uow() as uow:
        uow.stakeholders.add(Stakeholder("Dropped too"))
        _ = 1 / 0
    with workspace.uow() as uow:
        uow.stakeholders.add(Stakeholder("Rolled back"))
        uow.rollback()
        assert uow.stakeholders.count() == 1
    assert _names(workspace) == ["Kept"]


def test_a_unit_of_work_is_used_inside_its_block_only(workspace: Workspace) -> None:
    uow = workspace.uow()
    with pytest.raises(RuntimeError):
        uow.stakeholders.list()
    with uow, pytest.raises(RuntimeError):
        uow.__enter__()
    with uow:  # may be entered again once left
        assert uow.stakeholders.count() == 0


def test_a_closed_workspace_hands_out_no_more_units_of_work(workspace: Workspace) -> None:
    workspace.close()
    workspace.close()  # twice is harmless
    with pytest.raises(WorkspaceError):
        workspace.uow()


@pytest.fixture
def nearly_full(workspace: Workspace) -> Iterator[Workspace]:
    """The workspace with SQLite told it may not grow by more than a few pages."""
    with workspace.uow() as uow:
        uow.stakeholders.add(Stakeholder("Before", notes="x" * 2000))
        uow.commit()
    workspace.engine.dispose()

    def cap(dbapi_connection: object, _record: object) -> None:
        cursor = dbapi_connection.cursor()  # type: ignore[attr-defined]
        pages = cursor.execute("PRAGMA page_count").fetchone()[0]
        cursor.execute(f"PRAGMA max_page_count = {pages + 2}")
        cursor.close()

    event.listen(workspace.engine, "connect", cap)
    yield workspace
    event.remove(workspace.engine, "connect", cap)


def test_a_full_disk_refuses_the_change_whole_and_keeps_earlier_data(
    nearly_full: Workspace,
) -> None:
    with pytest.raises(WorkspaceWriteError) as refused, nearly_full.uow() as uow:
        uow.stakeholders.add(Stakeholder("Small"))
        uow.stakeholders.add(Stakeholder("Large", notes="y" * 200_000))
        uow.commit()
    message = str(refused.value)
    assert "full" in message and "Nothing was lost" in message
    assert _names(nearly_full) == ["Before"]
    with nearly_full.uow() as uow:  # the workspace still works
        uow.stakeholders.add(Stakeholder("After"))
        uow.commit()
    assert _names(nearly_full) == ["After", "Before"]


def test_a_read_only_workspace_refuses_changes_with_a_clear_message(
    workspace: Workspace,
) -> None:
    workspace.engine.dispose()

    def read_only(dbapi_connection: object, _record: object) -> None:
        dbapi_connection.execute("PRAGMA query_only = ON")  # type: ignore[attr-defined]

    event.listen(workspace.engine, "connect", read_only)
    with pytest.raises(WorkspaceWriteError, match="read-only"), workspace.uow() as uow:
        uow.stakeholders.add(Stakeholder("Nope"))
        uow.commit()
    event.remove(workspace.engine, "connect", read_only)
    workspace.engine.dispose()
    assert _names(workspace) == []
