"""team-setup on a real server: the database, the schema, the roles and their rights; run again,
it finds them; viewers cannot change anything, by the server's grants (plain SQL)."""

from __future__ import annotations

import uuid

import psycopg
import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError

from persistence.schema import HEAD_REVISION, SCHEMA_VERSION
from persistence.team.errors import ForeignDatabaseError, ServerLoginError, TeamSetupError
from persistence.team.members import add_member, team_members
from persistence.team.setup import team_setup
from tests.team_server import Team, drop_team

pytestmark = pytest.mark.postgres


def _person(name: str) -> str:
    """Plain SQL adding a stakeholder called ``name``."""
    return (
        "INSERT INTO stakeholders (name, job_title, relation, email, email_folded, phone, notes, "
        f"communication_preferences, archived) VALUES ('{name}', '', 'other', '', '', '', '', "
        "'', false)"
    )


def _scalar(url: URL, sql: str) -> object:
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            return connection.scalar(text(sql))
    finally:
        engine.dispose()


def _execute(url: URL, sql: str) -> None:
    engine = create_engine(url)
    try:
        with engine.begin() as connection:
            connection.execute(text(sql))
    finally:
        engine.dispose()


def test_setup_creates_the_database_schema_and_roles_and_says_so(team: Team) -> None:
    report = team.report
    assert report.database_created
    assert (report.version_before, report.version_after) == (0, SCHEMA_VERSION)
    assert report.roles_created == [f"{team.database}_member", f"{team.database}_viewer"]
    lines = "\n".join(report.lines())
    assert f"Database “{team.database}”: created." in lines
    assert f"created (format {SCHEMA_VERSION})" in lines
    assert _scalar(team.admin_on_team, "SELECT version_num FROM alembic_version") == HEAD_REVISION
    assert report.member_address.endswith(f"/{team.database}")
    assert report.member_address.startswith("postgresql://LOGIN@")


def test_running_setup_again_changes_nothing_and_says_what_it_found(team: Team) -> None:
    again = team_setup(team.admin, team.database)
    assert not again.database_created and again.roles_created == []
    assert (again.version_before, again.version_after) == (SCHEMA_VERSION, SCHEMA_VERSION)
    lines = "\n".join(again.lines())
    assert "found, kept" in lines and f"up to date (format {SCHEMA_VERSION})" in lines
    assert " found;" in lines


def test_group_roles_are_nologin_and_public_may_neither_connect_nor_create(team: Team) -> None:
    db = team.database
    can_login = _scalar(
        team.admin,
        "SELECT bool_or(rolcanlogin) FROM pg_roles "
        f"WHERE rolname IN ('{db}_member', '{db}_viewer')",
    )
    assert can_login is False
    assert (
        _scalar(team.admin, f"SELECT has_database_privilege('public', '{db}', 'CONNECT')") is False
    )
    assert (
        _scalar(team.admin_on_team, "SELECT has_schema_privilege('public', 'public', 'CREATE')")
        is False
    )


def test_a_login_outside_the_team_cannot_even_connect(team: Team) -> None:
    outsider = f"outsider_{uuid.uuid4().hex[:6]}"
    _execute(team.admin, f"CREATE ROLE \"{outsider}\" LOGIN PASSWORD 'outside'")
    team.logins.append(outsider)  # dropped with the team
    with pytest.raises(DBAPIError, match="permission denied for database"):
        _scalar(team.url(outsider, "outside"), "SELECT 1")


def test_a_member_reads_and_writes_but_cannot_change_the_schema_or_its_version(
    team: Team,
) -> None:
    anna = team.add("anna", "member", "anna-pw")
    as_anna = team.url(anna, "anna-pw")
    _execute(as_anna, _person("Ada"))
    _execute(as_anna, "UPDATE stakeholders SET name = 'Ada Lovelace'")
    assert _scalar(as_anna, "SELECT name FROM stakeholders") == "Ada Lovelace"
    with pytest.raises(DBAPIError) as refused:
        _execute(as_anna, "CREATE TABLE mine (id int)")
    assert isinstance(refused.value.orig, psycopg.errors.InsufficientPrivilege)
    with pytest.raises(DBAPIError) as refused:
        _execute(as_anna, "UPDATE alembic_version SET version_num = '9999'")
    assert isinstance(refused.value.orig, psycopg.errors.InsufficientPrivilege)
    with pytest.raises(DBAPIError):
        _execute(as_anna, "DROP TABLE stakeholders")


def test_a_viewer_reads_but_cannot_insert_update_or_delete_with_plain_sql(team: Team) -> None:
    _execute(team.admin_on_team, _person("Ada"))
    vic = team.add("vic", "viewer", "vic-pw")
    as_vic = team.url(vic, "vic-pw")
    assert _scalar(as_vic, "SELECT count(*) FROM stakeholders") == 1
    for statement in (
        _person("Eve"),
        "UPDATE stakeholders SET name = 'Eve'",
        "DELETE FROM stakeholders",
        "SELECT nextval('stakeholders_id_seq')",
    ):
        with pytest.raises(DBAPIError) as refused:
            _execute(as_vic, statement)
        assert isinstance(refused.value.orig, psycopg.errors.InsufficientPrivilege), statement
    assert _scalar(team.admin_on_team, "SELECT name FROM stakeholders") == "Ada"


def test_tables_a_later_upgrade_adds_are_granted_by_default_privileges(team: Team) -> None:
    _execute(team.admin_on_team, "CREATE TABLE later_added (id serial PRIMARY KEY, note text)")
    anna = team.add("anna", "member", "anna-pw")
    vic = team.add("vic", "viewer", "vic-pw")
    _execute(team.url(anna, "anna-pw"), "INSERT INTO later_added (note) VALUES ('ok')")
    assert _scalar(team.url(vic, "vic-pw"), "SELECT note FROM later_added") == "ok"
    with pytest.raises(DBAPIError):
        _execute(team.url(vic, "vic-pw"), "INSERT INTO later_added (note) VALUES ('no')")


def test_members_are_listed_with_their_names_and_roles_and_can_change_role(team: Team) -> None:
    anna = team.add("anna", "member", "anna-pw")
    vic = team.add("vic", "viewer", "vic-pw")
    engine = create_engine(team.admin_on_team)
    try:
        with engine.connect() as connection:
            listed = {m.login: (m.name, m.role) for m in team_members(connection)}
        assert listed == {anna: ("Anna", "member"), vic: ("Vic", "viewer")}
        created = add_member(
            team.admin, team.database, login=vic, name="Vic Ortiz", role="member", password="n"
        )
        assert not created
        with engine.connect() as connection:
            listed = {m.login: (m.name, m.role) for m in team_members(connection)}
        assert listed[vic] == ("Vic Ortiz", "member")
    finally:
        engine.dispose()
    _execute(team.url(vic, "n"), _person("now a member"))


def test_the_password_reaches_the_server_only_as_a_scram_verifier_and_logs_in(
    team: Team,
) -> None:
    # Non-ASCII, with a character SASLprep maps ("ﬁ", NFKC "fi"): libpq prepares it so too.
    password = "Grüße-ﬁve 5"
    login = team.add("ute", "member", password)
    stored = _scalar(team.admin, f"SELECT rolpassword FROM pg_authid WHERE rolname = '{login}'")
    assert isinstance(stored, str) and stored.startswith("SCRAM-SHA-256$4096:")
    assert _scalar(team.url(login, password), "SELECT current_user") == login
    with pytest.raises(DBAPIError, match="password authentication failed"):
        _scalar(team.url(login, "Grüße-five 6"), "SELECT 1")


def test_setup_refuses_a_database_holding_another_programs_tables(postgres_url: URL) -> None:
    database = f"rapport_foreign_{uuid.uuid4().hex[:8]}"
    _execute_autocommit(postgres_url, f'CREATE DATABASE "{database}"')
    try:
        _execute(postgres_url.set(database=database), "CREATE TABLE invoices (id int)")
        with pytest.raises(ForeignDatabaseError, match="tables of another program"):
            team_setup(postgres_url, database)
        engine = create_engine(postgres_url.set(database=database))
        try:
            with engine.connect() as connection:
                tables = connection.scalar(
                    text("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")
                )
        finally:
            engine.dispose()
        assert tables == 1
        assert (
            _scalar(
                postgres_url, f"SELECT count(*) FROM pg_roles WHERE rolname = '{database}_member'"
            )
            == 0
        )
    finally:
        drop_team(postgres_url, database, [])


def test_setup_by_a_login_without_the_right_to_create_databases_says_so(
    postgres_url: URL,
) -> None:
    weak = f"weak_{uuid.uuid4().hex[:6]}"
    _execute_autocommit(postgres_url, f"CREATE ROLE \"{weak}\" LOGIN PASSWORD 'weak'")
    database = f"rapport_never_{uuid.uuid4().hex[:8]}"
    try:
        with pytest.raises(TeamSetupError, match=r"may not create databases \(CREATEDB\)"):
            team_setup(postgres_url.set(username=weak, password="weak"), database)
        with pytest.raises(ServerLoginError, match="wrong password"):
            team_setup(postgres_url.set(password="not-it"), database)
    finally:
        drop_team(postgres_url, database, [weak])


def test_add_member_refuses_before_setup_and_bad_names(team: Team, postgres_url: URL) -> None:
    with pytest.raises(TeamSetupError, match="run team-setup"):
        add_member(postgres_url, "postgres", login="x_y", name="X", role="member", password="p")
    with pytest.raises(TeamSetupError, match="not a team role"):
        add_member(team.admin, team.database, login="x", name="X", role="owner", password="p")
    with pytest.raises(TeamSetupError, match="group roles"):
        add_member(
            team.admin,
            team.database,
            login=f"{team.database}_member",
            name="X",
            role="member",
            password="p",
        )
    with pytest.raises(TeamSetupError, match="superuser"):
        add_member(
            team.admin,
            team.database,
            login=str(postgres_url.username),
            name="X",
            role="member",
            password="p",
        )


def _execute_autocommit(url: URL, sql: str) -> None:
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            connection.execute(text(sql))
    finally:
        engine.dispose()
