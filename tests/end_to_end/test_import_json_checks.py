"""import-json on the command line refuses what the editor refuses, with a message naming the
record and field, and stores text cleaned as every other way in does (issue 11, item 8)."""

from __future__ import annotations

import copy
import json
from pathlib import Path

from domain.usecases.stakeholders import list_stakeholders
from persistence.workspace import open_workspace
from tests.bad_text import CLEAN_NAME, CLEAN_NOTE, DIRTY_NAME, DIRTY_NOTE, LONG_NAME
from tests.end_to_end.test_command_line import rapport
from tests.persistence.test_json_import_checks import BASE


def _export(tmp_path: Path, name: str, notes: str = "") -> Path:
    document = copy.deepcopy(BASE)
    document["stakeholders"][0].update(name=name, notes=notes)
    path = tmp_path / "export.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def test_a_hundred_thousand_character_name_is_refused_and_nothing_is_made(tmp_path: Path) -> None:
    target = tmp_path / "new.rapport"
    result = rapport("import-json", _export(tmp_path, LONG_NAME), "--workspace", target)
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith("rapport: ")
    assert "stakeholders[0].name" in result.stderr
    assert "longer than 200 characters" in result.stderr
    assert len(result.stderr) < 400 and "Traceback" not in result.stderr
    assert not target.exists()


def test_control_characters_and_nul_bytes_are_not_stored(tmp_path: Path) -> None:
    target = tmp_path / "new.rapport"
    source = _export(tmp_path, DIRTY_NAME, DIRTY_NOTE)
    result = rapport("import-json", source, "--workspace", target)
    assert result.returncode == 0, result.stderr
    with open_workspace(target) as workspace:
        ada = next(p for p in list_stakeholders(workspace.uow()) if p.id == 1)
    assert (ada.name, ada.notes) == (CLEAN_NAME, CLEAN_NOTE)
