"""Owners of people and units, and notes on people (schema 8): upgrades, the kept fixture, the
JSON round trip, older exports, the health check and the team directory of a workspace file."""

from __future__ import annotations

import json
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from domain.model import Note, TeamRole
from persistence.exchange.json_export import export_workspace
from persistence.exchange.json_import import ImportFormatError, import_workspace
from persistence.repositories.notes import local_login
from persistence.workspace import Workspace, check_workspace, open_workspace
from tests.persistence.sample_data import DAY, T0, fill

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def second(empty_template: Path, tmp_path: Path) -> Any:
    path = tmp_path / "second.rapport"
    shutil.copyfile(empty_template, path)
    with open_workspace(path) as workspace:
        yield workspace


def test_upgrading_a_version_7_file_leaves_everyone_unowned_and_without_notes(
    tmp_path: Path,
) -> None:
    path = tmp_path / "v7.rapport"
    shutil.copyfile(FIXTURES / "v7.rapport", path)
    with open_workspace(path) as workspace, workspace.uow() as uow:
        people = uow.stakeholders.list(include_archived=True)
        assert [p.owner for p in people] == [None, None]
        assert [o.owner for o in uow.organisations.list()] == [None, None, None]
        assert uow.notes.count() == 0
        ada = people[0]
        assert ada.id is not None
        ada.owner = "anna"
        uow.stakeholders.update(ada)
        added = uow.notes.add(Note(ada.id, "Prefers mornings", private=True))
        uow.commit()
    assert added.author == local_login() and added.created_at is not None
    with open_workspace(path) as workspace, workspace.uow() as uow:
        assert uow.stakeholders.get(ada.id).owner == "anna"  # type: ignore[union-attr]
        assert uow.notes.list(ada.id) == [added]
    assert check_workspace(path) == []


def test_the_version_8_fixture_keeps_its_owners_and_notes(tmp_path: Path) -> None:
    path = tmp_path / "v8.rapport"
    shutil.copyfile(FIXTURES / "v8.rapport", path)
    with open_workspace(path) as workspace, workspace.uow() as uow:
        ada = uow.stakeholders.list(include_archived=True)[0]
        assert ada.owner == "anna"
        assert {o.name: o.owner for o in uow.organisations.list()}["Finance"] == "anna"
        notes = uow.notes.list(ada.id)
        # Newest first; on a workspace file every note is its user's own, private ones too.
        assert [(n.author, n.text, n.private) for n in notes] == [
            ("bob", "Thinking of leaving.", True),
            ("anna", "Wants the savings case first.", False),
        ]
        assert notes[1].created_at == T0 and notes[0].created_at == T0 + DAY


def test_owners_and_notes_go_out_and_come_back(
    workspace: Workspace, second: Workspace, tmp_path: Path
) -> None:
    ids = fill(workspace.uow)
    out = tmp_path / "out.json"
    summary = export_workspace(workspace.uow, out)
    assert summary["notes"] == 2
    document = json.loads(out.read_text(encoding="utf-8"))
    ada = next(s for s in document["stakeholders"] if s["id"] == ids.ada)
    bob = next(s for s in document["stakeholders"] if s["id"] == ids.bob)
    assert ada["owner"] == "anna" and "owner" not in bob  # written only when someone owns
    assert document["notes"][1] == {
        "id": 2,
        "stakeholder_id": ids.ada,
        "author": "bob",
        "text": "Thinking of leaving.",
        "private": True,
        "created_at": "2025-03-11T09:00:00Z",
        "updated_at": "2025-03-11T09:00:00Z",
    }
    import_workspace(out, second)
    with workspace.uow() as old, second.uow() as new:
        assert new.notes.list() == old.notes.list()
        assert new.organisations.list() == old.organisations.list()
        assert new.stakeholders.get(ids.ada) == old.stakeholders.get(ids.ada)


def test_a_version_5_export_is_read_with_nobody_owning_anything_and_no_notes(
    workspace: Workspace, second: Workspace, tmp_path: Path
) -> None:
    fill(workspace.uow)
    out = tmp_path / "out.json"
    export_workspace(workspace.uow, out)
    document = json.loads(out.read_text(encoding="utf-8"))
    document["version"] = 5
    del document["notes"]
    for record in document["stakeholders"] + document["organisations"]:
        record.pop("owner", None)
    old = tmp_path / "v5.json"
    old.write_text(json.dumps(document), encoding="utf-8")
    import_workspace(old, second)
    with second.uow() as uow:
        assert {p.owner for p in uow.stakeholders.list(include_archived=True)} == {None}
        assert {o.owner for o in uow.organisations.list()} == {None}
        assert uow.notes.count() == 0


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["notes"][0].update(stakeholder_id=999), r"notes\[0\].stakeholder_id refers"),
        (lambda d: d["notes"][0].update(text="  "), r"notes\[0\].text: A note needs some text"),
        (lambda d: d["notes"][0].pop("author"), r"notes\[0\] lacks the field 'author'"),
        (lambda d: d["notes"][1].update(private="yes"), r"notes\[1\].private should be true"),
    ],
)
def test_a_bad_note_is_refused_naming_it_with_nothing_written(
    workspace: Workspace, second: Workspace, tmp_path: Path, change: Any, message: str
) -> None:
    fill(workspace.uow)
    out = tmp_path / "out.json"
    export_workspace(workspace.uow, out)
    document = json.loads(out.read_text(encoding="utf-8"))
    change(document)
    out.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(ImportFormatError, match=message):
        import_workspace(out, second)
    with second.uow() as uow:
        assert uow.stakeholders.count() == 0 and uow.notes.count() == 0


def test_check_finds_a_note_without_author(workspace: Workspace, tmp_path: Path) -> None:
    fill(workspace.uow)
    path = workspace.path
    assert path is not None
    workspace.close()
    assert check_workspace(path) == []
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("UPDATE stakeholder_notes SET author = '' WHERE id = 2")
        connection.commit()
    assert check_workspace(path) == ["1 notes on people have no author or no text."]


def test_on_a_workspace_file_the_team_is_its_one_local_user(workspace: Workspace) -> None:
    with workspace.uow() as uow:
        assert uow.team.current_login() == local_login()
        [me] = uow.team.members()
    assert (me.login, me.role, me.display_name) == (local_login(), TeamRole.LOCAL, local_login())
