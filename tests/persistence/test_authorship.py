"""Who changed what and when (schema 9) on a workspace file: the computer's user and the clock,
recorded on every change; unknown (never guessed) for what older files hold; carried by the JSON
export and import; looked at by `check`."""

from __future__ import annotations

import json
import shutil
import sqlite3
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from domain.model import Commitment, CommitmentDirection, Dimension, Rating, Stakeholder
from domain.usecases.stakeholders import update_stakeholder
from persistence.authorship import local_user
from persistence.exchange.json_export import export_workspace
from persistence.exchange.json_import import import_workspace
from persistence.workspace import check_workspace, create_workspace, open_workspace
from tests.persistence.sample_data import T0, fill

FIXTURES = Path(__file__).parent / "fixtures"


def _recent(moment: datetime | None) -> bool:
    return moment is not None and abs(datetime.now(UTC) - moment) < timedelta(minutes=5)


def test_every_change_records_the_computers_user_and_the_time(tmp_path: Path) -> None:
    me = local_user()
    assert me  # the test machine names its user
    with create_workspace(tmp_path / "mine.rapport") as workspace:
        with workspace.uow() as uow:
            ada = uow.stakeholders.add(Stakeholder("Ada Lovelace"))
            assert ada.id is not None
            rating = uow.ratings.add(Rating(ada.id, Dimension.TRUST, 6, T0))
            promise = uow.commitments.add(
                Commitment(ada.id, CommitmentDirection.OURS, "Send the budget")
            )
            uow.commit()
        assert ada.revision is not None and promise.revision is not None
        assert (ada.revision.version, ada.revision.changed_by) == (1, me)
        assert _recent(ada.revision.changed_at)
        assert (promise.revision.version, promise.revision.changed_by) == (1, me)
        assert rating.recorded_by == me

        edited = update_stakeholder(workspace.uow(), Stakeholder("Ada King", id=ada.id))
        assert edited.revision is not None and edited.revision.version == 2
        assert edited.revision.changed_by == me and _recent(edited.revision.changed_at)
        with workspace.uow() as uow:
            [again] = uow.ratings.history(ada.id)
            assert again.recorded_by == me
            assert uow.ratings.histories([ada.id], [Dimension.TRUST])[ada.id][0].recorded_by == me
            assert uow.stakeholders.get_many([ada.id])[ada.id].revision == edited.revision


def test_tags_alone_changing_still_make_a_new_version(tmp_path: Path) -> None:
    with create_workspace(tmp_path / "tags.rapport") as workspace:
        with workspace.uow() as uow:
            ada = uow.stakeholders.add(Stakeholder("Ada"))
            uow.commit()
        ada.tags = ["board"]
        tagged = update_stakeholder(workspace.uow(), ada)
        assert tagged.tags == ["board"]
        assert tagged.revision is not None and tagged.revision.version == 2


def test_an_upgraded_file_leaves_who_made_its_records_unknown_until_they_change(
    tmp_path: Path,
) -> None:
    path = tmp_path / "v7.rapport"
    shutil.copyfile(FIXTURES / "v7.rapport", path)
    with open_workspace(path) as workspace, workspace.uow() as uow:
        people = uow.stakeholders.list(include_archived=True)
        # Never kept before schema 9: unknown, not the user who happened to upgrade the file.
        assert [(p.revision.changed_by, p.revision.changed_at) for p in people if p.revision] == [
            ("", None),
            ("", None),
        ]
        assert {r.recorded_by for r in uow.ratings.history()} == {""}
        assert all(
            c.revision is not None and c.revision.version == 1 and c.revision.changed_by == ""
            for c in uow.commitments.list()
        )
    ada = people[0]
    with open_workspace(path) as workspace:
        changed = update_stakeholder(workspace.uow(), ada)
    assert changed.revision is not None
    assert (changed.revision.version, changed.revision.changed_by) == (2, local_user())
    assert check_workspace(path) == []


def test_the_export_carries_authors_and_the_import_keeps_them_unknown_ones_unknown(
    tmp_path: Path,
) -> None:
    with create_workspace(tmp_path / "a.rapport") as workspace:
        ids = fill(workspace.uow)
        export_workspace(workspace.uow, tmp_path / "a.json")
    document = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))
    [ada] = [p for p in document["stakeholders"] if p["id"] == ids.ada]
    assert ada["changed_by"] == local_user() and ada["changed_at"].endswith("Z")
    assert {r["recorded_by"] for r in document["ratings"]} == {local_user()}
    for section in ("organisations", "maps", "interactions", "commitments", "concerns"):
        assert all(r["changed_by"] == local_user() for r in document[section]), section

    # Written elsewhere by someone else: their names and times come across as they were.
    for section in ("stakeholders", "organisations", "maps", "interactions", "commitments"):
        for record in document[section]:
            record["changed_by"] = "grace"
            record["changed_at"] = "2025-01-02T03:04:05Z"
    for rating in document["ratings"]:
        rating["recorded_by"] = "grace"
    document["concerns"][0]["changed_by"] = None  # not recorded: stays unknown
    (tmp_path / "b.json").write_text(json.dumps(document), encoding="utf-8")
    with create_workspace(tmp_path / "b.rapport") as workspace:
        import_workspace(tmp_path / "b.json", workspace)
        with workspace.uow() as uow:
            person = uow.stakeholders.get(ids.ada)
            assert person is not None and person.revision is not None
            assert person.revision.changed_by == "grace"
            assert person.revision.changed_at == datetime(2025, 1, 2, 3, 4, 5, tzinfo=UTC)
            assert {r.recorded_by for r in uow.ratings.history()} == {"grace"}
            unknown = uow.concerns.get(document["concerns"][0]["id"])
            assert unknown is not None and unknown.revision is not None
            assert unknown.revision.changed_by == ""
        export_workspace(workspace.uow, tmp_path / "c.json")
    again = json.loads((tmp_path / "c.json").read_text(encoding="utf-8"))
    del document["exported_at"], again["exported_at"]
    assert again == document  # nothing about authorship lost or invented on the way


def test_an_older_format_without_authors_imports_them_as_unknown(tmp_path: Path) -> None:
    with create_workspace(tmp_path / "a.rapport") as workspace:
        ids = fill(workspace.uow)
        export_workspace(workspace.uow, tmp_path / "a.json")
    document = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))
    document["version"] = 5  # as Rapport wrote it before authors were kept
    for records in document.values():
        for record in records if isinstance(records, list) else []:
            for key in ("changed_by", "changed_at", "recorded_by"):
                record.pop(key, None)
    (tmp_path / "old.json").write_text(json.dumps(document), encoding="utf-8")
    with create_workspace(tmp_path / "old.rapport") as workspace:
        import_workspace(tmp_path / "old.json", workspace)
        with workspace.uow() as uow:
            ada = uow.stakeholders.get(ids.ada)
            assert ada is not None and ada.revision is not None
            assert (ada.revision.changed_by, ada.revision.changed_at) == ("", None)
            assert {r.recorded_by for r in uow.ratings.history()} == {""}
    assert check_workspace(tmp_path / "old.rapport") == []


def test_check_finds_a_record_without_a_valid_version_or_with_a_blank_author(
    tmp_path: Path,
) -> None:
    path = tmp_path / "odd.rapport"
    with create_workspace(path) as workspace:
        fill(workspace.uow)
    assert check_workspace(path) == []
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("UPDATE stakeholders SET version = 0 WHERE name = 'Ada Lovelace'")
        connection.execute("UPDATE ratings SET recorded_by = ''")
        connection.commit()
    problems = check_workspace(path)
    assert "1 records have no valid version (1 or more)." in problems
    assert any("name an empty author" in p for p in problems)


def test_ticking_a_commitment_someone_changed_since_is_refused_and_so_is_undo_over_it(
    tmp_path: Path,
) -> None:
    from domain.errors import ConcurrentChangeError
    from domain.usecases.interactions import set_commitment_done

    with create_workspace(tmp_path / "c.rapport") as workspace:
        with workspace.uow() as uow:
            ada = uow.stakeholders.add(Stakeholder("Ada"))
            assert ada.id is not None
            seen = uow.commitments.add(Commitment(ada.id, CommitmentDirection.OURS, "Budget"))
            uow.commit()
        assert seen.id is not None
        theirs = set_commitment_done(workspace.uow(), seen.id, True)  # someone ticks it first
        with pytest.raises(ConcurrentChangeError) as refused:
            set_commitment_done(workspace.uow(), seen.id, False, seen=seen.revision)
        assert "the commitment “Budget”" in str(refused.value)
        assert refused.value.changed_by == local_user()
        mine = set_commitment_done(workspace.uow(), seen.id, False, seen=theirs.revision)
        set_commitment_done(workspace.uow(), seen.id, True)  # and someone ticks it again
        with pytest.raises(ConcurrentChangeError, match="so it was not undone"):
            set_commitment_done(workspace.uow(), seen.id, True, seen=mine.revision, undoing=True)
