"""Persistence tests run on real SQLite workspace files in tmp_path.

Creating a workspace runs the migrations (~50 ms), so one migrated template is made per session
and copied for each test that needs an empty workspace.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from persistence.workspace import Workspace, create_workspace, open_workspace


@pytest.fixture(scope="session")
def empty_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "empty.rapport"
    create_workspace(path).close()
    return path


@pytest.fixture
def workspace(empty_template: Path, tmp_path: Path) -> Iterator[Workspace]:
    """An open, empty workspace file."""
    path = tmp_path / "test.rapport"
    shutil.copyfile(empty_template, path)
    with open_workspace(path) as opened:
        yield opened
