"""JSON export and import: a lossless round trip, and bad files refused with nothing written."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest

from domain.model import Dimension, Rating, Stakeholder
from persistence.exchange.json_export import export_workspace
from persistence.exchange.json_import import ImportFormatError, import_workspace
from persistence.exchange.layout import FORMAT_VERSION
from persistence.repositories.meetings import SqlMeetingRepository
from persistence.workspace import Workspace, open_workspace
from tests.persistence.sample_data import DAY, T0, fill


@pytest.fixture
def second(empty_template: Path, tmp_path: Path) -> Any:
    path = tmp_path / "second.rapport"
    shutil.copyfile(empty_template, path)
    with open_workspace(path) as workspace:
        yield workspace


def _without_time(path: Path) -> dict[str, Any]:
    document = json.loads(path.read_text(encoding="utf-8"))
    del document["exported_at"]
    return document


def _is_empty(workspace: Workspace) -> bool:
    with workspace.uow() as uow:
        return not (uow.stakeholders.count() or uow.organisations.list() or uow.maps.list())


def test_export_then_import_then_export_gives_the_same_file(
    workspace: Workspace, second: Workspace, tmp_path: Path
) -> None:
    ids = fill(workspace.uow)
    with workspace.uow() as uow:  # a longer history, with a removed entry leaving a gap in ids
        for n in range(40):
            uow.ratings.add(Rating(ids.ada, Dimension.TRUST, n % 11, T0 + n * DAY, note=f"#{n}"))
        uow.ratings.remove(5)
        uow.stakeholders.add(Stakeholder("Late", id=77))
        uow.commit()
    first, again = tmp_path / "first.json", tmp_path / "again.json"
    summary = export_workspace(workspace.uow, first)
    assert summary["ratings"] == 42 and summary["stakeholders"] == 3
    assert import_workspace(first, second) == summary
    export_workspace(second.uow, again)
    assert _without_time(again) == _without_time(first)
    drop_time = [line for line in first.read_text().splitlines() if '"exported_at"' not in line]
    assert [line for line in again.read_text().splitlines() if '"exported_at"' not in line] == (
        drop_time
    )
    with workspace.uow() as old, second.uow() as new:
        assert new.ratings.current(list(Dimension)) == old.ratings.current(list(Dimension))
        assert new.stakeholders.add(Stakeholder("Next")).id == 78  # ids continue after import


def test_the_document_says_what_it_is(workspace: Workspace, tmp_path: Path) -> None:
    fill(workspace.uow)
    out = tmp_path / "out.json"
    export_workspace(workspace.uow, out)
    document = json.loads(out.read_text(encoding="utf-8"))
    assert (document["format"], document["version"]) == ("rapport-workspace", FORMAT_VERSION)
    assert document["exported_at"].endswith("Z")
    trust = next(r for r in document["ratings"] if r["dimension"] == "trust")
    assert trust["at"] == "2025-03-09T09:00:00Z" and trust["note"] == "back-dated"
    assert {"key": "workspace_uid", "value": "sample-workspace"} in document["settings"]
    assert list(document)[3:] == [
        "stakeholders",
        "organisations",
        "maturity",
        "maps",
        "memberships",
        "ratings",
        "interactions",
        "commitments",
        "influence_links",
        "meetings",
        "concerns",
        "settings",
        "engagement_plans",
        "messages",
        "maturity_targets",
        "demand",
        "notes",
    ]


def test_meeting_answers_cancellation_and_recurrence_go_out_and_come_back(
    workspace: Workspace, second: Workspace, tmp_path: Path
) -> None:
    ids = fill(workspace.uow)
    with workspace.uow() as uow:
        meeting = uow.meetings.get(ids.meeting)
        assert meeting is not None
        meeting.cancelled = True
        uow.meetings.update(meeting)
        uow.commit()
    out = tmp_path / "out.json"
    export_workspace(workspace.uow, out)
    [record] = json.loads(out.read_text(encoding="utf-8"))["meetings"]
    assert (record["cancelled"], record["recurrence"]) == (True, "FREQ=WEEKLY;BYDAY=TU")
    assert [a["response"] for a in record["attendees"]] == ["", "tentative"]
    import_workspace(out, second)
    with second.uow() as uow:
        back = uow.meetings.get(ids.meeting)
    assert back is not None and back.cancelled and back.recurrence == "FREQ=WEEKLY;BYDAY=TU"
    assert [str(a.response) for a in back.attendees] == ["", "tentative"]


def test_concerns_and_workspace_settings_go_out_and_come_back(
    workspace: Workspace, second: Workspace, tmp_path: Path
) -> None:
    ids = fill(workspace.uow)
    out = tmp_path / "out.json"
    export_workspace(workspace.uow, out)
    document = json.loads(out.read_text(encoding="utf-8"))
    open_one, closed = document["concerns"]
    assert (open_one["stakeholder_id"], open_one["status"], open_one["target_on"]) == (
        ids.ada,
        "open",
        "2025-03-31",
    )
    assert (closed["status"], closed["closed_on"], closed["resolution"]) == (
        "resolved",
        "2025-03-01",
        "Renegotiated",
    )
    assert document["settings"] == [
        {"key": "health.grading", "value": '{"weights": {}}'},
        {"key": "workspace_uid", "value": "sample-workspace"},  # the sample's own
    ]
    import_workspace(out, second)
    with workspace.uow() as old, second.uow() as new:
        assert new.concerns.list() == old.concerns.list()
        assert new.settings.all() == {
            "health.grading": '{"weights": {}}',
            "workspace_uid": "sample-workspace",
        }


def test_a_concern_closed_before_it_was_raised_is_refused_naming_it(
    workspace: Workspace, second: Workspace, tmp_path: Path
) -> None:
    document = _valid(tmp_path, workspace)
    document["concerns"][1]["closed_on"] = "2024-01-01"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(
        ImportFormatError, match=r"concerns\[1\]\.closed_on: .*before it was raised"
    ):
        import_workspace(bad, second)
    assert _is_empty(second)


def test_a_version_2_file_is_read_without_concerns_or_settings(
    workspace: Workspace, second: Workspace, tmp_path: Path
) -> None:
    document = _valid(tmp_path, workspace)
    document["version"] = 2
    del document["concerns"], document["settings"]
    old = tmp_path / "v2.json"
    old.write_text(json.dumps(document), encoding="utf-8")
    import_workspace(old, second)
    with second.uow() as uow:
        assert uow.concerns.list() == [] and uow.settings.all() == {}
        assert uow.stakeholders.count() == 2


def test_a_version_1_file_is_read_as_not_cancelled_one_off_and_unanswered(
    workspace: Workspace, second: Workspace, tmp_path: Path
) -> None:
    document = _valid(tmp_path, workspace)
    document["version"] = 1
    for meeting in document["meetings"]:
        del meeting["cancelled"], meeting["recurrence"]
        for attendee in meeting["attendees"]:
            del attendee["response"]
    old = tmp_path / "v1.json"
    old.write_text(json.dumps(document), encoding="utf-8")
    import_workspace(old, second)
    with second.uow() as uow:
        [meeting] = uow.meetings.list()
    assert (meeting.cancelled, meeting.recurrence) == (False, "")
    assert all(a.response == "" for a in meeting.attendees)


def test_when_an_interaction_was_entered_goes_out_and_comes_back_and_older_files_lack_it(
    workspace: Workspace, second: Workspace, tmp_path: Path
) -> None:
    document = _valid(tmp_path, workspace)
    [lunch] = document["interactions"]
    assert (lunch["when"], lunch["recorded_at"]) == ("2025-03-10T09:00:00Z", "2025-03-11T09:00:00Z")
    assert document["version"] == FORMAT_VERSION  # the optional field alone raised nothing
    del lunch["recorded_at"]  # as Rapport before schema 4 wrote it
    old = tmp_path / "before-schema-4.json"
    old.write_text(json.dumps(document), encoding="utf-8")
    import_workspace(old, second)
    with second.uow() as uow:
        [back] = uow.interactions.list()
    assert (back.when, back.recorded_at) == (T0, None)


def test_demand_targets_assessors_and_archived_units_go_out_and_come_back(
    workspace: Workspace, second: Workspace, tmp_path: Path
) -> None:
    ids = fill(workspace.uow)
    out = tmp_path / "out.json"
    export_workspace(workspace.uow, out)
    document = json.loads(out.read_text(encoding="utf-8"))
    [item] = document["demand"]
    assert (item["kind"], item["value"], item["sponsor_id"]) == (
        "joint initiative",
        250000.0,
        ids.ada,
    )
    assert item["steps"] == [
        {"status": "idea", "on": "2025-01-06"},
        {"status": "assessed", "on": "2025-02-03"},
    ]
    assert document["maturity_targets"] == [
        {"organisation_id": ids.finance, "level": 3, "due_on": "2025-12-31"}
    ]
    import_workspace(out, second)
    with workspace.uow() as old, second.uow() as new:
        assert new.demand.list() == old.demand.list()
        assert new.organisations.targets() == old.organisations.targets()
        assert [a.assessor for a in new.organisations.maturity_history()] == ["Greg"]
        assert [o.name for o in new.organisations.list() if o.archived] == ["Old unit"]


def test_a_version_2_file_has_nothing_archived_no_assessor_no_target_and_no_demand(
    workspace: Workspace, second: Workspace, tmp_path: Path
) -> None:
    document = _valid(tmp_path, workspace)
    document["version"] = 2
    del document["demand"], document["maturity_targets"]
    for organisation in document["organisations"]:
        del organisation["archived"]
    for assessment in document["maturity"]:
        del assessment["assessor"]
    old = tmp_path / "v2.json"
    old.write_text(json.dumps(document), encoding="utf-8")
    import_workspace(old, second)
    with second.uow() as uow:
        assert not any(o.archived for o in uow.organisations.list())
        assert [a.assessor for a in uow.organisations.maturity_history()] == [""]
        assert uow.organisations.targets() == [] and uow.demand.list() == []


def _valid(tmp_path: Path, workspace: Workspace) -> dict[str, Any]:
    fill(workspace.uow)
    out = tmp_path / "valid.json"
    export_workspace(workspace.uow, out)
    return json.loads(out.read_text(encoding="utf-8"))


def _set(section: str, index: int, key: str, value: Any) -> Any:
    def change(document: dict[str, Any]) -> None:
        document[section][index][key] = value

    return change


BAD: dict[str, tuple[Any, str]] = {
    "other format": (lambda d: d.update(format="someone-else"), "not a Rapport export"),
    "newer version": (lambda d: d.update(version=FORMAT_VERSION + 1), "newer Rapport"),
    "no version": (lambda d: d.pop("version"), "format version"),
    "missing person": (_set("ratings", 0, "stakeholder_id", 99), "stakeholder 99"),
    "missing map": (_set("memberships", 0, "map_id", 42), "map 42"),
    "missing parent": (_set("organisations", 0, "parent_id", 8), "organisation 8"),
    "bad moment": (_set("ratings", 1, "at", "31/12/2024"), "ratings[1].at"),
    "bad dimension": (_set("ratings", 1, "dimension", "charm"), "ratings[1].dimension"),
    "map on trust": (_set("ratings", 1, "map_id", 1), "rated per person"),
    "text for a number": (_set("ratings", 0, "value", "high"), "ratings[0].value"),
    "repeated id": (_set("stakeholders", 1, "id", 1), "repeats id 1"),
    "no name": (lambda d: d["stakeholders"][0].pop("name"), "lacks the field 'name'"),
    "section not a list": (lambda d: d.update(maps={}), "'maps' should be a list"),
    "bad response": (
        lambda d: d["meetings"][0]["attendees"][0].update(response="maybe"),
        "attendees[0].response",
    ),
    "cancelled as text": (_set("meetings", 0, "cancelled", "yes"), "meetings[0].cancelled"),
    "demand without a unit": (lambda d: d["demand"][0].pop("unit_id"), "demand[0]"),
    "demand of a missing unit": (_set("demand", 0, "unit_id", 55), "organisation 55"),
    "demand without steps": (_set("demand", 0, "steps", []), "date it was raised"),
    "demand of an odd kind": (_set("demand", 0, "kind", "wish"), "demand[0].kind"),
    "negative value": (_set("demand", 0, "value", -5), "positive amount"),
    "steps going back": (
        _set(
            "demand",
            0,
            "steps",
            [{"status": "idea", "on": "2025-03-01"}, {"status": "assessed", "on": "2025-01-01"}],
        ),
        "before it was idea",
    ),
    "two targets for a unit": (
        lambda d: d["maturity_targets"].append(dict(d["maturity_targets"][0])),
        "repeats a unit's target",
    ),
}


@pytest.mark.parametrize("case", BAD)
def test_a_bad_file_is_refused_with_nothing_written(
    case: str, workspace: Workspace, second: Workspace, tmp_path: Path
) -> None:
    document = _valid(tmp_path, workspace)
    change, message = BAD[case]
    change(document)
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(ImportFormatError, match=re.escape(message)):
        import_workspace(bad, second)
    assert _is_empty(second)


@pytest.mark.parametrize(
    "content", [b"", b'{"format": "rapport-workspace", ', b"\xff\xfe not text", b"[1, 2]"]
)
def test_a_file_that_is_not_an_export_is_refused(
    content: bytes, second: Workspace, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_bytes(content)
    with pytest.raises(ImportFormatError, match="not a Rapport export"):
        import_workspace(bad, second)
    assert _is_empty(second)


def test_a_failure_while_writing_leaves_nothing_half_imported(
    workspace: Workspace, second: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill(workspace.uow)
    out = tmp_path / "out.json"
    export_workspace(workspace.uow, out)

    def fail(self: SqlMeetingRepository, meeting: object) -> None:
        raise RuntimeError("the disk went away")

    monkeypatch.setattr(SqlMeetingRepository, "add", fail)  # meetings are written last
    with pytest.raises(ImportFormatError, match="the disk went away"):
        import_workspace(out, second)
    assert _is_empty(second)
    with second.uow() as uow:
        assert uow.ratings.count() == 0


def test_import_refuses_a_workspace_that_is_not_empty(
    workspace: Workspace, second: Workspace, tmp_path: Path
) -> None:
    fill(workspace.uow)
    out = tmp_path / "out.json"
    export_workspace(workspace.uow, out)
    with second.uow() as uow:
        uow.stakeholders.add(Stakeholder("Already here"))
        uow.commit()
    with pytest.raises(ImportFormatError, match="not empty"):
        import_workspace(out, second)
