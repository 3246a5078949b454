"""Two members on one PostgreSQL database: the server records who changed what (a member cannot
write another's name, even with plain SQL), and the second of two edits of the same person is
refused with who and when instead of silently overwriting the first."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from domain.errors import ConcurrentChangeError
from domain.model import Dimension, Rating, Revision, Stakeholder
from domain.usecases.stakeholders import get_stakeholder, update_stakeholder
from persistence.workspace import Workspace, open_database_url
from tests.persistence.sample_data import T0
from tests.persistence.team_logins import Members, two_members

pytestmark = pytest.mark.postgres


@pytest.fixture
def members(postgres_database: str) -> Iterator[Members]:
    with two_members(postgres_database) as found:
        yield found


@pytest.fixture
def alice(members: Members) -> Iterator[Workspace]:
    with open_database_url(members.first_url) as workspace:
        yield workspace


@pytest.fixture
def bob(members: Members) -> Iterator[Workspace]:
    with open_database_url(members.second_url) as workspace:
        yield workspace


def _add(workspace: Workspace, person: Stakeholder) -> Stakeholder:
    with workspace.uow() as uow:
        added = uow.stakeholders.add(person)
        uow.commit()
    return added


def test_each_members_login_is_recorded(members: Members, alice: Workspace, bob: Workspace) -> None:
    ada = _add(alice, Stakeholder("Ada Lovelace"))
    assert ada.id is not None and ada.revision is not None
    assert (ada.revision.changed_by, ada.revision.version) == (members.first, 1)
    assert ada.revision.changed_at is not None
    assert abs(ada.revision.changed_at - datetime.now(UTC)) < timedelta(minutes=5)

    edited = update_stakeholder(bob.uow(), Stakeholder("Ada King", id=ada.id))
    assert edited.revision is not None
    assert (edited.revision.changed_by, edited.revision.version) == (members.second, 2)

    with bob.uow() as uow:
        uow.ratings.add(Rating(ada.id, Dimension.TRUST, 7, T0))
        uow.commit()
        [rating] = uow.ratings.history(ada.id)
    assert rating.recorded_by == members.second


def test_the_administrator_copying_a_workspace_keeps_the_recorded_authors(
    members: Members,
) -> None:
    # Publishing or importing runs as the tables' owner: who made each record is copied as it
    # was, and an unknown author stays unknown instead of becoming the administrator.
    with open_database_url(members.admin_url) as admin:
        grace = _add(admin, Stakeholder("Grace", revision=Revision(4, "grace", T0)))
        old = _add(admin, Stakeholder("Old", revision=Revision(1, "", None)))
        with admin.uow() as uow:
            assert grace.id is not None and old.id is not None
            uow.ratings.add(Rating(grace.id, Dimension.TRUST, 5, T0, recorded_by="grace"))
            uow.commit()
            [rating] = uow.ratings.history(grace.id)
    assert grace.revision == Revision(1, "grace", T0)  # versions count anew from here
    assert old.revision == Revision(1, "", None)
    assert rating.recorded_by == "grace"


def test_the_second_of_two_edits_is_told_who_changed_the_person_and_may_overwrite(
    members: Members, alice: Workspace, bob: Workspace
) -> None:
    ada = _add(alice, Stakeholder("Ada Lovelace", job_title="CFO"))
    assert ada.id is not None
    seen_by_bob = get_stakeholder(bob.uow(), ada.id)  # Bob opens her…
    update_stakeholder(
        alice.uow(), Stakeholder("Ada Lovelace", job_title="CEO", id=ada.id, revision=ada.revision)
    )  # …Alice saves first

    bob_edit = Stakeholder(
        "Ada Lovelace", job_title="CIO", id=ada.id, revision=seen_by_bob.revision
    )
    with pytest.raises(ConcurrentChangeError) as refused:
        update_stakeholder(bob.uow(), bob_edit)
    assert refused.value.changed_by == members.first
    assert refused.value.changed_at is not None
    assert members.first in str(refused.value) and "Ada Lovelace" in str(refused.value)
    assert get_stakeholder(bob.uow(), ada.id).job_title == "CEO"  # nothing overwritten

    # "Overwrite with mine": the same edit made from the version Alice left.
    theirs = Revision(refused.value.version, refused.value.changed_by, refused.value.changed_at)
    bob_edit.revision = theirs
    saved = update_stakeholder(bob.uow(), bob_edit)
    assert saved.job_title == "CIO" and saved.revision is not None
    assert (saved.revision.changed_by, saved.revision.version) == (members.second, 3)


def test_a_change_committed_between_reading_and_writing_is_refused_too(
    members: Members, alice: Workspace, bob: Workspace
) -> None:
    ada = _add(alice, Stakeholder("Ada Lovelace"))
    assert ada.id is not None
    with bob.uow() as uow:
        mine = uow.stakeholders.get(ada.id)  # read in Bob's transaction…
        assert mine is not None
        update_stakeholder(alice.uow(), Stakeholder("Ada King", id=ada.id))  # …Alice commits…
        mine.notes = "met at the board"
        with pytest.raises(ConcurrentChangeError) as refused:
            uow.stakeholders.update(mine)  # …so Bob's write names a version no longer there
    assert refused.value.changed_by == members.first
    after = get_stakeholder(alice.uow(), ada.id)
    assert (after.name, after.notes) == ("Ada King", "")
