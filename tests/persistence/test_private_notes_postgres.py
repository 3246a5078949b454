"""Private notes on a team server: the database itself (row-level security, migration 0008)
hides them from every login but their author, whatever program asks; and who wrote a note is the
server's to say. Two member logins are set up with plain SQL as team-setup does (TEAM.md)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from sqlalchemy import URL, create_engine, make_url, text
from sqlalchemy.exc import ProgrammingError

from domain.errors import NotFoundError
from domain.model import Note, Stakeholder, TeamRole
from persistence.workspace import open_database_url

pytestmark = pytest.mark.postgres


@dataclass(frozen=True)
class Team:
    admin: str
    anna: str
    bob: str
    anna_login: str
    bob_login: str
    person: int


@pytest.fixture
def team(postgres_url: URL, postgres_database: str) -> Iterator[Team]:
    """A migrated team database (as its administrator) with member logins Anna and Bob, a
    viewer Vera, and one person in the register."""
    url = make_url(postgres_database)
    database = url.database
    assert database is not None
    suffix = database.removeprefix("rapport_test_")
    anna, bob, vera = f"anna_{suffix}", f"bob_{suffix}", f"vera_{suffix}"
    with open_database_url(postgres_database) as workspace, workspace.uow() as uow:
        person = uow.stakeholders.add(Stakeholder("Dana Chen"))
        uow.commit()
    assert person.id is not None
    admin = create_engine(postgres_database, isolation_level="AUTOCOMMIT")
    member, viewer = f"{database}_member", f"{database}_viewer"
    with admin.connect() as connection:
        connection.execute(text(f'CREATE ROLE "{member}" NOLOGIN'))
        connection.execute(text(f'CREATE ROLE "{viewer}" NOLOGIN'))
        both = f'"{member}", "{viewer}"'
        connection.execute(text(f'GRANT CONNECT ON DATABASE "{database}" TO {both}'))
        connection.execute(text(f"GRANT USAGE ON SCHEMA public TO {both}"))
        connection.execute(text(f'GRANT SELECT ON ALL TABLES IN SCHEMA public TO "{viewer}"'))
        writes = "SELECT, INSERT, UPDATE, DELETE"
        connection.execute(text(f'GRANT {writes} ON ALL TABLES IN SCHEMA public TO "{member}"'))
        connection.execute(
            text(f'GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO "{member}"')
        )
        for login, role, name in (
            (anna, member, "Anna Berg"),
            (bob, member, "Bob Stone"),
            (vera, viewer, ""),
        ):
            connection.execute(text(f"CREATE ROLE \"{login}\" LOGIN PASSWORD 'pw-{login}'"))
            connection.execute(text(f'GRANT "{role}" TO "{login}"'))
            if name:
                connection.execute(text(f"COMMENT ON ROLE \"{login}\" IS '{name}'"))

    def as_login(login: str) -> str:
        return url.set(username=login, password=f"pw-{login}").render_as_string(hide_password=False)

    admin.dispose()
    try:
        yield Team(postgres_database, as_login(anna), as_login(bob), anna, bob, person.id)
    finally:
        # Roles are the server's, not the database's: drop them once their grants are gone.
        admin = create_engine(postgres_url, isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)'))
            for login in (anna, bob, vera, member, viewer):
                connection.execute(text(f'DROP ROLE IF EXISTS "{login}"'))
        admin.dispose()


def test_another_login_cannot_read_a_private_note_with_plain_sql(team: Team) -> None:
    with open_database_url(team.anna) as workspace, workspace.uow() as uow:
        secret = uow.notes.add(Note(team.person, "Thinking of leaving.", private=True))
        shared = uow.notes.add(Note(team.person, "Wants the savings case first."))
        uow.commit()
        # Who wrote it is the server's current_user, not something the app says.
        assert (secret.author, shared.author) == (team.anna_login, team.anna_login)

    bob = create_engine(team.bob)
    try:
        with bob.connect() as connection:
            rows = connection.execute(text("SELECT id, author, text FROM stakeholder_notes"))
            assert [tuple(r) for r in rows] == [
                (shared.id, team.anna_login, "Wants the savings case first.")
            ]
            # Not by id, not by counting, not by searching its text.
            assert (
                connection.scalar(
                    text("SELECT count(*) FROM stakeholder_notes WHERE id = :id"), {"id": secret.id}
                )
                == 0
            )
            assert (
                connection.scalar(
                    text("SELECT count(*) FROM stakeholder_notes WHERE text LIKE '%leaving%'")
                )
                == 0
            )
            # Nor change or remove Anna's notes: the policies show him no row to touch.
            changed = connection.execute(
                text("UPDATE stakeholder_notes SET text = 'mine now', private = false")
            )
            removed = connection.execute(text("DELETE FROM stakeholder_notes"))
            assert (changed.rowcount, removed.rowcount) == (0, 0)
            connection.rollback()
    finally:
        bob.dispose()

    # Through Rapport, Bob sees the shared note only, and may not edit it.
    with open_database_url(team.bob) as workspace, workspace.uow() as uow:
        assert [n.id for n in uow.notes.list(team.person)] == [shared.id]
        assert uow.notes.get(secret.id) is None  # type: ignore[arg-type]
        with pytest.raises(NotFoundError, match="not yours to change"):
            uow.notes.update(Note(team.person, "Edited by Bob", id=shared.id))
    # Anna still reads both, and the administrator (the tables' owner) sees everything.
    with open_database_url(team.anna) as workspace, workspace.uow() as uow:
        assert [n.text for n in uow.notes.list(team.person)] == [
            "Wants the savings case first.",
            "Thinking of leaving.",
        ]
    admin = create_engine(team.admin)
    try:
        with admin.connect() as connection:
            assert connection.scalar(text("SELECT count(*) FROM stakeholder_notes")) == 2
    finally:
        admin.dispose()


def test_a_member_cannot_write_a_note_in_someone_elses_name(team: Team) -> None:
    bob = create_engine(team.bob)
    try:
        with bob.connect() as connection:
            with pytest.raises(ProgrammingError, match="row-level security"):
                connection.execute(
                    text(
                        "INSERT INTO stakeholder_notes"
                        " (stakeholder_id, author, text, private, created_at, updated_at)"
                        " VALUES (:person, :anna, 'forged', false, now(), now())"
                    ),
                    {"person": team.person, "anna": team.anna_login},
                )
            connection.rollback()
            author = connection.scalar(
                text(
                    "INSERT INTO stakeholder_notes"
                    " (stakeholder_id, text, private, created_at, updated_at)"
                    " VALUES (:person, 'my own', true, now(), now()) RETURNING author"
                ),
                {"person": team.person},
            )
            connection.commit()
    finally:
        bob.dispose()
    assert author == team.bob_login


def test_deleting_a_person_is_not_held_up_by_others_private_notes(team: Team) -> None:
    with open_database_url(team.anna) as workspace, workspace.uow() as uow:
        uow.notes.add(Note(team.person, "Anna's secret", private=True))
        uow.commit()
    with open_database_url(team.bob) as workspace, workspace.uow() as uow:
        uow.stakeholders.delete(team.person)
        uow.commit()
    admin = create_engine(team.admin)
    try:
        with admin.connect() as connection:
            assert connection.scalar(text("SELECT count(*) FROM stakeholder_notes")) == 0
    finally:
        admin.dispose()


def test_the_team_directory_lists_the_member_and_viewer_logins_with_their_names(
    team: Team,
) -> None:
    with open_database_url(team.anna) as workspace, workspace.uow() as uow:
        assert uow.team.current_login() == team.anna_login
        members = uow.team.members()
    assert [(m.display_name, m.role) for m in members] == [
        ("Anna Berg", TeamRole.MEMBER),
        ("Bob Stone", TeamRole.MEMBER),
        (f"vera_{team.anna_login.removeprefix('anna_')}", TeamRole.VIEWER),
    ]
    assert [m.login for m in members][:2] == [team.anna_login, team.bob_login]
