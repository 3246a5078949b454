"""Save a Copy of a server workspace: a workspace file holding everything, ids intact."""

from __future__ import annotations

from pathlib import Path

import pytest

from domain.model import Stakeholder
from domain.progress import Cancelled
from persistence.team.publish import publish_workspace
from persistence.workspace import (
    Workspace,
    WorkspaceError,
    open_workspace,
    save_copy,
)
from tests.persistence.team.conftest import json_export, rows

pytestmark = pytest.mark.postgres


@pytest.fixture
def published(server: Workspace, sample_file: Path) -> Workspace:
    """A server workspace published from the sample file."""
    publish_workspace(sample_file, server)
    return server


def test_a_copy_of_a_server_workspace_holds_everything(
    published: Workspace,
    sample_file: Path,
    tmp_path: Path,
) -> None:
    copy = tmp_path / "copy.rapport"
    save_copy(published, copy)
    with open_workspace(copy) as opened:
        assert rows(opened.engine) == rows(published.engine)
        assert json_export(opened, tmp_path / "a.json") == json_export(
            published, tmp_path / "b.json"
        )
        with opened.uow() as uow:  # a workspace of its own: new rows follow the copied ids
            top = max(person.id or 0 for person in uow.stakeholders.list(include_archived=True))
            assert uow.stakeholders.add(Stakeholder("Offline")).id == top + 1
            uow.commit()
    assert sorted(p.name for p in tmp_path.iterdir() if "copy" in p.name) == ["copy.rapport"]


def test_a_copy_never_goes_over_a_workspace_and_cancel_leaves_nothing(
    published: Workspace,
    sample_file: Path,
    tmp_path: Path,
) -> None:
    before = sample_file.read_bytes()
    with pytest.raises(WorkspaceError, match="never writes over a workspace"):
        save_copy(published, sample_file, replace=True)
    assert sample_file.read_bytes() == before

    class CancelAtOnce:
        def report(self, done: int, total: int | None = None, text: str = "") -> None:
            if done:
                raise Cancelled

    other = tmp_path / "other.txt"
    other.write_text("kept", encoding="utf-8")
    with pytest.raises(Cancelled):
        save_copy(published, other, replace=True, progress=CancelAtOnce())
    assert other.read_text(encoding="utf-8") == "kept"
    assert not [p.name for p in tmp_path.iterdir() if "partial" in p.name]
