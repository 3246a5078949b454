"""Backup settings (folder, budget) in a settings file of each test's own."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from ui.settings_store import settings_file_in_use, use_settings_file


@pytest.fixture
def own_settings(tmp_path: Path) -> Iterator[Path]:
    """Backup settings (folder, budget) in a file of this test's own."""
    before = settings_file_in_use()
    path = tmp_path / "settings.ini"
    use_settings_file(path)
    yield path
    use_settings_file(before)
