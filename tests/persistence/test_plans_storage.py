"""Plans and messages in the workspace file: cascades, the check, and the JSON import's refusals."""

from __future__ import annotations

import json
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from domain.usecases.stakeholders import delete_stakeholder
from domain.usecases.workspace_identity import workspace_uid
from persistence.exchange.json_export import export_workspace
from persistence.exchange.json_import import ImportFormatError, import_workspace
from persistence.workspace import Workspace, check_workspace, create_workspace, open_workspace
from tests.persistence.sample_data import fill


@pytest.fixture
def second(empty_template: Path, tmp_path: Path) -> Any:
    path = tmp_path / "second.rapport"
    shutil.copyfile(empty_template, path)
    with open_workspace(path) as workspace:
        yield workspace


def test_removing_a_person_removes_their_plans_and_their_place_among_recipients(
    workspace: Workspace,
) -> None:
    ids = fill(workspace.uow)
    delete_stakeholder(workspace.uow(), ids.ada)
    with workspace.uow() as uow:
        assert uow.plans.list() == [] and uow.plans.touchpoint_count() == 0
        [message] = uow.messages.list()
        assert [r.stakeholder_id for r in message.recipients] == [ids.bob]
        assert message.interaction_ids == [ids.interaction]


def test_the_check_finds_a_touchpoint_dated_before_its_plan(workspace: Workspace) -> None:
    fill(workspace.uow)
    assert workspace.path is not None
    path = workspace.path
    workspace.close()
    assert check_workspace(path) == []
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("UPDATE plan_touchpoints SET on_date = '2024-01-01' WHERE id = 1")
        connection.commit()
    assert check_workspace(path) == ["1 plan touchpoints are dated before their plan starts."]


def _exported(workspace: Workspace, tmp_path: Path) -> tuple[Path, dict[str, Any]]:
    fill(workspace.uow)
    out = tmp_path / "out.json"
    export_workspace(workspace.uow, out)
    return out, json.loads(out.read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("change", "says"),
    [
        (
            lambda d: d["engagement_plans"][0]["touchpoints"][0].update(on="2020-01-01"),
            "touchpoints: The lunch or dinner on 01 Jan 2020 is before the plan",
        ),
        (
            lambda d: d["engagement_plans"][0].update(stakeholder_id=99),
            "engagement_plans[0].stakeholder_id refers to stakeholder 99",
        ),
        (
            lambda d: d["engagement_plans"][0]["touchpoints"][1].update(id=1),
            "repeats the id 1",
        ),
        (
            lambda d: d["engagement_plans"][0]["touchpoints"][0].update(kind="telegram"),
            "touchpoints[0].kind should be one of",
        ),
        (lambda d: d["messages"][0].update(frequency="hourly"), "messages[0].frequency"),
        (
            lambda d: d["messages"][0]["recipients"][0].update(stakeholder_id=42),
            "messages[0].recipients refers to stakeholder 42",
        ),
    ],
)
def test_a_bad_plan_or_message_in_an_import_is_refused_naming_it_and_nothing_is_written(
    workspace: Workspace, second: Workspace, tmp_path: Path, change: Any, says: str
) -> None:
    out, document = _exported(workspace, tmp_path)
    change(document)
    out.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(ImportFormatError, match=says.replace("(", r"\(").replace("[", r"\[")):
        import_workspace(out, second)
    with second.uow() as uow:
        assert uow.stakeholders.count() == 0 and uow.plans.list() == []


def test_an_older_export_imports_without_plans_and_a_restore_keeps_the_workspace_id(
    workspace: Workspace, second: Workspace, tmp_path: Path
) -> None:
    out, document = _exported(workspace, tmp_path)
    summary = import_workspace(out, second)
    assert summary["engagement_plans"] == summary["messages"] == 1
    with second.uow() as uow:
        assert workspace_uid(uow) == "sample-workspace"  # its reminders keep their UIDs
    for name in ("engagement_plans", "messages"):
        del document[name]
    document["version"] = 3
    older = tmp_path / "older.json"
    older.write_text(json.dumps(document), encoding="utf-8")
    third = tmp_path / "third.rapport"
    with create_workspace(third) as restored:
        summary = import_workspace(older, restored)
        assert summary["engagement_plans"] == summary["messages"] == 0
        with restored.uow() as uow:
            assert uow.stakeholders.count() == 2 and uow.plans.list() == []
