"""Schema versions: migrating from empty, upgrading older files (after a backup), and the
migrations agreeing with the tables in persistence/tables."""

from __future__ import annotations

import re
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine

from domain.model import AttendeeResponse
from domain.usecases.workspace_identity import workspace_uid
from persistence.schema import (
    APPLICATION_ID,
    HEAD_REVISION,
    MIGRATIONS_DIR,
    SCHEMA_VERSION,
    script_head,
)
from persistence.tables import Base
from persistence.workspace import WorkspaceError, check_workspace, create_workspace, open_workspace
from tests.persistence.sample_data import DAY, SAMPLE_PHOTO, T0

FIXTURES = Path(__file__).parent / "fixtures"


def _stamps(path: Path) -> tuple[int, int, str, list[str]]:
    with closing(sqlite3.connect(path)) as connection:
        application_id = connection.execute("PRAGMA application_id").fetchone()[0]
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        journal = connection.execute("PRAGMA journal_mode").fetchone()[0]
        revisions = [r[0] for r in connection.execute("SELECT version_num FROM alembic_version")]
    return application_id, version, journal, revisions


def _dump(path: Path) -> tuple[int, int, list[str]]:
    """What a file holds: its stamps and its SQL (a backup's header counters differ)."""
    with closing(sqlite3.connect(path)) as connection:
        return (
            connection.execute("PRAGMA application_id").fetchone()[0],
            connection.execute("PRAGMA user_version").fetchone()[0],
            list(connection.iterdump()),
        )


def _empty_v0(path: Path) -> Path:
    """A workspace of schema version 0: stamped as Rapport's, holding no tables yet."""
    with closing(sqlite3.connect(path)) as connection:
        connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        connection.commit()
    return path


def test_the_revisions_are_numbered_in_one_line_up_to_the_head() -> None:
    files = sorted((MIGRATIONS_DIR / "versions").glob("[0-9][0-9][0-9][0-9]_*.py"))
    assert [f.name[:4] for f in files] == [f"{n:04d}" for n in range(1, SCHEMA_VERSION + 1)]
    for number, file in enumerate(files, start=1):
        text = file.read_text(encoding="utf-8")
        assert re.search(rf'^revision: str = "{number:04d}"$', text, re.M)
        previous = "None" if number == 1 else f'"{number - 1:04d}"'
        assert re.search(rf"^down_revision: .* = {previous}$", text, re.M)
    assert script_head() == HEAD_REVISION


def test_a_new_workspace_is_migrated_from_empty_and_stamped(tmp_path: Path) -> None:
    path = tmp_path / "new.rapport"
    create_workspace(path).close()
    assert _stamps(path) == (APPLICATION_ID, SCHEMA_VERSION, "wal", [HEAD_REVISION])


def test_the_migrations_build_exactly_the_tables_the_code_maps(empty_template: Path) -> None:
    engine = create_engine(f"sqlite:///{empty_template}")
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    engine.dispose()
    assert differences == []


def test_an_older_workspace_is_backed_up_then_upgraded(tmp_path: Path) -> None:
    path = _empty_v0(tmp_path / "Old.rapport")
    original = _dump(path)
    with open_workspace(path) as workspace:
        [backup] = workspace.backups_made
        with workspace.uow() as uow:
            assert uow.stakeholders.count() == 0
    assert backup.parent == tmp_path / "backups"
    assert re.fullmatch(rf"Old\.before-v{SCHEMA_VERSION}-\d{{8}}T\d{{6}}Z\.rapport", backup.name)
    assert _dump(backup) == original
    assert _stamps(path)[1] == SCHEMA_VERSION
    with open_workspace(path) as again:
        assert again.backups_made == []  # already current: no further backup


def test_a_failed_upgrade_leaves_the_file_as_it_was(tmp_path: Path) -> None:
    path = _empty_v0(tmp_path / "odd.rapport")
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("CREATE TABLE maps (id INTEGER PRIMARY KEY, name TEXT)")  # in the way
        connection.execute("INSERT INTO maps VALUES (1, 'kept')")
        connection.commit()
    with pytest.raises(WorkspaceError, match="could not be upgraded"):
        open_workspace(path)
    with closing(sqlite3.connect(path)) as connection:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == 0
        tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master")}
        assert tables == {"maps"}
    assert not (tmp_path / "odd.rapport.lock").exists()


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("v*.rapport")), ids=lambda p: p.stem)
def test_every_kept_fixture_opens_with_its_data(fixture: Path, tmp_path: Path) -> None:
    path = tmp_path / fixture.name
    shutil.copyfile(fixture, path)
    version = int(fixture.stem[1:])
    with open_workspace(path) as workspace:
        assert len(workspace.backups_made) == (1 if version < SCHEMA_VERSION else 0)
        with workspace.uow() as uow:
            people = uow.stakeholders.list(include_archived=True)
            assert [p.name for p in people] == ["Ada Lovelace", "Bob Marley"]
            assert [r.at for r in uow.ratings.history(people[0].id)] == [T0 - DAY, T0]
    assert check_workspace(path) == []


def test_upgrading_a_version_1_file_keeps_its_meeting_as_planned_one_off_and_unanswered(
    tmp_path: Path,
) -> None:
    path = tmp_path / "v1.rapport"
    shutil.copyfile(FIXTURES / "v1.rapport", path)
    with open_workspace(path) as workspace, workspace.uow() as uow:
        [meeting] = uow.meetings.list()
        assert (meeting.title, meeting.cancelled, meeting.recurrence) == (
            "Steering committee",
            False,
            "",
        )
        assert [(a.name, a.response) for a in meeting.attendees] == [
            ("", AttendeeResponse.NONE),
            ("Eve Guest", AttendeeResponse.NONE),
        ]
        meeting.cancelled = True
        meeting.attendees[1].response = AttendeeResponse.DECLINED
        uow.meetings.update(meeting)
        uow.commit()
    with open_workspace(path) as workspace, workspace.uow() as uow:
        [meeting] = uow.meetings.list()
        assert meeting.cancelled and meeting.attendees[1].response is AttendeeResponse.DECLINED


def test_upgrading_a_version_2_file_gives_people_no_further_addresses_and_no_photo(
    tmp_path: Path,
) -> None:
    path = tmp_path / "v2.rapport"
    shutil.copyfile(FIXTURES / "v2.rapport", path)
    with open_workspace(path) as workspace, workspace.uow() as uow:
        ada = uow.stakeholders.list(include_archived=True)[0]
        assert (ada.email, ada.other_emails, ada.other_phones) == ("Ada@Example.com", [], [])
        assert ada.id is not None
        assert uow.stakeholders.photo(ada.id) is None
        ada.other_emails = ["ada@home.example"]
        uow.stakeholders.update(ada)
        uow.stakeholders.set_photo(ada.id, SAMPLE_PHOTO)
        uow.commit()
    with open_workspace(path) as workspace, workspace.uow() as uow:
        ada = uow.stakeholders.list(include_archived=True)[0]
        assert ada.other_emails == ["ada@home.example"]
        assert ada.id is not None
        assert uow.stakeholders.photo(ada.id) == SAMPLE_PHOTO


def test_upgrading_a_version_3_file_leaves_when_its_interactions_were_entered_unknown(
    tmp_path: Path,
) -> None:
    path = tmp_path / "v3.rapport"
    shutil.copyfile(FIXTURES / "v3.rapport", path)
    with open_workspace(path) as workspace, workspace.uow() as uow:
        [lunch] = uow.interactions.list()
        # Never kept before schema 4: unknown, not a guess copied from when it took place.
        assert (lunch.summary, lunch.when, lunch.recorded_at) == ("Lunch", T0, None)
        lunch.recorded_at = T0 + DAY
        uow.interactions.update(lunch)
        uow.commit()
    with open_workspace(path) as workspace, workspace.uow() as uow:
        [lunch] = uow.interactions.list()
        assert lunch.recorded_at == T0 + DAY
        assert uow.interactions.recent([lunch.participant_ids[0]], 1)[lunch.participant_ids[0]] == [
            lunch
        ]


def test_upgrading_a_version_4_file_gives_no_concerns_and_default_settings_then_takes_them(
    tmp_path: Path,
) -> None:
    from datetime import date

    from domain.model import Concern

    path = tmp_path / "v4.rapport"
    shutil.copyfile(FIXTURES / "v4.rapport", path)
    with open_workspace(path) as workspace, workspace.uow() as uow:
        assert uow.concerns.list() == [] and uow.settings.all() == {}
        ada = uow.stakeholders.list(include_archived=True)[0]
        assert ada.id is not None
        uow.concerns.add(Concern(ada.id, "Close slips", date(2025, 3, 3)))
        uow.settings.put("health.grading", "{}")
        uow.commit()
    assert check_workspace(path) == []
    with open_workspace(path) as workspace, workspace.uow() as uow:
        assert [c.title for c in uow.concerns.list()] == ["Close slips"]
        assert uow.settings.get("health.grading") == "{}"


def test_upgrading_a_version_5_file_gives_it_no_plans_and_a_lasting_id_on_first_ask(
    tmp_path: Path,
) -> None:
    path = tmp_path / "v5.rapport"
    shutil.copyfile(FIXTURES / "v5.rapport", path)
    with open_workspace(path) as workspace, workspace.uow() as uow:
        assert (uow.plans.list(), uow.messages.list()) == ([], [])
        uid = workspace_uid(uow)
        uow.commit()
    assert re.fullmatch(r"[0-9a-f]{32}", uid)
    other = tmp_path / "other.rapport"
    shutil.copyfile(FIXTURES / "v5.rapport", other)
    with open_workspace(path) as workspace, workspace.uow() as uow:
        assert workspace_uid(uow) == uid  # kept from then on
    with open_workspace(other) as workspace, workspace.uow() as uow:
        assert workspace_uid(uow) != uid  # each workspace has its own


def test_the_version_6_fixture_keeps_its_plan_and_message(tmp_path: Path) -> None:
    path = tmp_path / "v6.rapport"
    shutil.copyfile(FIXTURES / "v6.rapport", path)
    with open_workspace(path) as workspace, workspace.uow() as uow:
        [plan] = uow.plans.list()
        assert [t.series for t in plan.touchpoints] == ["", *["every month, 2 times"] * 2]
        [message] = uow.messages.list()
        assert len(message.recipients) == 2 and workspace_uid(uow) == "sample-workspace"


def test_upgrading_a_version_6_file_keeps_units_active_and_starts_an_empty_demand_log(
    tmp_path: Path,
) -> None:
    from datetime import date

    from domain.model import DemandItem, DemandKind, DemandStatus, DemandStep

    path = tmp_path / "v6.rapport"
    shutil.copyfile(FIXTURES / "v6.rapport", path)
    with open_workspace(path) as workspace, workspace.uow() as uow:
        organisations = uow.organisations.list()
        assert [o.name for o in organisations] == ["Finance", "Group"]
        assert not any(o.archived for o in organisations)
        assert [a.assessor for a in uow.organisations.maturity_history()] == [""]
        assert uow.organisations.targets() == [] and uow.demand.count() == 0
        uow.demand.add(
            DemandItem(
                organisations[0].id,
                "Close faster",
                DemandKind.REQUEST,
                [DemandStep(DemandStatus.IDEA, date(2025, 1, 2))],
            )
        )
        uow.commit()
    with open_workspace(path) as workspace, workspace.uow() as uow:
        assert [i.title for i in uow.demand.list()] == ["Close faster"]
    assert check_workspace(path) == []
