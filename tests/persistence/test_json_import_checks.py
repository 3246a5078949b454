"""import-json checks every record with the domain's own rules, as the editors and use cases do:
the same over-long text is refused (naming the record and field, writing nothing) and the same
control characters and NUL bytes are removed from what is stored (issue 11, item 8)."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from domain.usecases.stakeholders import get_stakeholder, list_stakeholders
from persistence.exchange.json_import import ImportFormatError, import_workspace
from persistence.exchange.layout import FORMAT_NAME, FORMAT_VERSION
from persistence.workspace import Workspace, create_workspace
from tests.bad_text import (
    CLEAN_NAME,
    CLEAN_NOTE,
    DIRTY_NAME,
    DIRTY_NOTE,
    LONG_NAME,
    LONG_NOTE,
    LONGEST_NAME,
    LONGEST_NOTE,
)

AT = "2026-01-05T09:00:00+00:00"

BASE: dict[str, Any] = {
    "format": FORMAT_NAME,
    "version": FORMAT_VERSION,
    "stakeholders": [
        {"id": 1, "name": "Ada", "notes": "", "tags": []},
        {"id": 2, "name": "Bob"},
    ],
    "organisations": [{"id": 1, "name": "Acme"}],
    "maturity": [{"id": 1, "organisation_id": 1, "level": 2, "at": AT, "note": ""}],
    "maps": [{"id": 1, "name": "ERP", "purpose": ""}],
    "memberships": [{"map_id": 1, "stakeholder_id": 1, "added_at": AT}],
    "ratings": [{"id": 1, "stakeholder_id": 1, "dimension": "trust", "value": 6, "at": AT}],
    "interactions": [{"id": 1, "when": AT, "kind": "call", "summary": "", "participant_ids": [1]}],
    "commitments": [{"id": 1, "stakeholder_id": 1, "direction": "ours", "description": "Send it"}],
    "influence_links": [{"id": 1, "source_id": 1, "target_id": 2, "strength": 3, "note": ""}],
    "meetings": [
        {
            "id": 1,
            "title": "Review",
            "start": AT,
            "place": "",
            "agenda": "",
            "attendees": [{"stakeholder_id": 1, "name": "Ada", "talking_points": ""}],
        }
    ],
}

#: (where the text goes: section, index, key, or key inside the first attendee; one-line?)
FIELDS: list[tuple[str, str, bool]] = [
    ("stakeholders", "name", True),
    ("stakeholders", "job_title", True),
    ("stakeholders", "notes", False),
    ("stakeholders", "communication_preferences", False),
    ("organisations", "name", True),
    ("maturity", "note", False),
    ("maps", "name", True),
    ("maps", "purpose", False),
    ("ratings", "note", False),
    ("interactions", "summary", False),
    ("commitments", "description", False),
    ("influence_links", "note", False),
    ("meetings", "title", True),
    ("meetings", "place", True),
    ("meetings", "agenda", False),
    ("meetings", "attendees.talking_points", False),
]


def _with(section: str, key: str, value: str) -> dict[str, Any]:
    document = copy.deepcopy(BASE)
    record = document[section][0]
    if "." in key:
        outer, inner = key.split(".")
        record[outer][0][inner] = value
    else:
        record[key] = value
    return document


def _read_back(workspace: Workspace, section: str, key: str) -> str:
    with workspace.uow() as uow:
        if section == "stakeholders":
            return str(getattr(get_stakeholder(workspace.uow(), 1), key))
        if section == "organisations":
            return uow.organisations.list()[0].name
        if section == "maturity":
            return uow.organisations.maturity_history()[0].note
        if section == "maps":
            return str(getattr(uow.maps.get(1), key))
        if section == "ratings":
            return uow.ratings.get(1).note  # type: ignore[union-attr]
        if section == "interactions":
            return uow.interactions.list()[0].summary
        if section == "commitments":
            return uow.commitments.list()[0].description
        if section == "influence_links":
            return uow.influence.list()[0].note
        meeting = uow.meetings.get(1)
        assert meeting is not None
        if key == "attendees.talking_points":
            return meeting.attendees[0].talking_points
        return str(getattr(meeting, key))


def _import(tmp_path: Path, document: dict[str, Any]) -> tuple[Workspace, dict[str, int]]:
    source = tmp_path / "export.json"
    source.write_text(json.dumps(document), encoding="utf-8")
    workspace = create_workspace(tmp_path / "new.rapport")
    try:
        return workspace, import_workspace(source, workspace)
    except BaseException:
        workspace.close()
        raise


def test_the_base_file_imports(tmp_path: Path) -> None:
    workspace, summary = _import(tmp_path, BASE)
    with workspace:
        assert summary["stakeholders"] == 2 and summary["meetings"] == 1


@pytest.mark.parametrize(
    ("section", "key", "one_line"), FIELDS, ids=[f"{s}.{k}" for s, k, _ in FIELDS]
)
def test_too_long_is_refused_naming_the_field_and_nothing_is_written(
    tmp_path: Path, section: str, key: str, one_line: bool
) -> None:
    too_long = LONG_NAME if one_line else LONG_NOTE
    source = tmp_path / "export.json"
    source.write_text(json.dumps(_with(section, key, too_long)), encoding="utf-8")
    with create_workspace(tmp_path / "new.rapport") as workspace:
        with pytest.raises(ImportFormatError) as refused:
            import_workspace(source, workspace)
        message = str(refused.value)
        assert message.startswith(f"{section}[0].") and "longer than" in message, message
        assert len(message) < 200
        assert list_stakeholders(workspace.uow(), include_archived=True) == []


@pytest.mark.parametrize(
    ("section", "key", "one_line"), FIELDS, ids=[f"{s}.{k}" for s, k, _ in FIELDS]
)
def test_controls_and_nul_bytes_are_removed_and_the_longest_kept(
    tmp_path: Path, section: str, key: str, one_line: bool
) -> None:
    dirty, clean = (DIRTY_NAME, CLEAN_NAME) if one_line else (DIRTY_NOTE, CLEAN_NOTE)
    workspace, _summary = _import(tmp_path, _with(section, key, dirty))
    with workspace:
        assert _read_back(workspace, section, key) == clean
    longest = LONGEST_NAME if one_line else LONGEST_NOTE
    (tmp_path / "new.rapport").unlink()
    workspace, _summary = _import(tmp_path, _with(section, key, longest))
    with workspace:
        assert _read_back(workspace, section, key) == longest
