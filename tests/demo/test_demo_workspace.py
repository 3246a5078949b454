"""The demo built into a real workspace file, as ``python main.py make-demo PATH`` does."""

from __future__ import annotations

from datetime import UTC, date
from pathlib import Path

import pytest

from domain.model import Dimension
from persistence.demo import build_demo, build_demo_workspace, demo_counts
from persistence.workspace import WorkspaceExistsError, create_workspace, open_workspace
from tests.demo.conftest import TODAY
from tests.fakes import FakeUnitOfWorkFactory

pytestmark = pytest.mark.slow


@pytest.mark.date_sensitive  # reads the clock: run a year ahead too
def test_make_demo_builds_a_full_workspace(tmp_path: Path) -> None:
    """How fast it builds is a figure of ``bench/run.py demo``, not a test."""
    path = tmp_path / "demo.rapport"
    assert build_demo_workspace(path) == path
    with open_workspace(path) as workspace:
        counts = demo_counts(workspace.uow(), date.today())
    assert 30 <= counts["stakeholders"] <= 36
    assert counts["maps"] >= 3
    assert counts["ratings"] > 2000
    assert counts["interactions"] > 300
    assert counts["meetings"] >= 5


def test_the_file_holds_what_the_domain_built(tmp_path: Path) -> None:
    """The bulk rating path of the SQL repository ends where one-by-one adds do."""
    fake = FakeUnitOfWorkFactory()
    expected = build_demo(fake, today=TODAY, tz=UTC)
    dimensions = list(Dimension)
    with create_workspace(tmp_path / "demo.rapport") as workspace:
        assert build_demo(workspace.uow, today=TODAY, tz=UTC) == expected
        with workspace.uow() as uow:
            stored = uow.ratings.current(dimensions)
            history = uow.ratings.history(dimensions=[Dimension.TRUST])
    with fake() as uow:
        assert stored == uow.ratings.current(dimensions)
        assert [(r.stakeholder_id, r.at, r.value, r.note) for r in history] == [
            (r.stakeholder_id, r.at, r.value, r.note)
            for r in uow.ratings.history(dimensions=[Dimension.TRUST])
        ]


def test_an_existing_file_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "taken.rapport"
    path.write_bytes(b"not mine")
    with pytest.raises(WorkspaceExistsError):
        build_demo_workspace(path)
    assert path.read_bytes() == b"not mine"
