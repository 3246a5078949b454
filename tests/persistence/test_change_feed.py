"""Change notifications on a real PostgreSQL server: the triggers, and two clients' feeds."""

from __future__ import annotations

import queue
import time
from collections.abc import Iterator

import pytest
from sqlalchemy import text

from domain.model import Stakeholder
from persistence.schema import upgrade_to_head
from persistence.team.change_feed import ChangeFeed, Changes, FeedState, FeedStatus
from persistence.team.change_triggers import CHANNEL, tables_without_notifications
from persistence.workspace import Workspace, open_database_url
from tests.persistence.postgres_server import PrivateServer

pytestmark = pytest.mark.postgres


class Heard:
    """What a feed reported, collected from its thread."""

    def __init__(self) -> None:
        self.changes: queue.Queue[Changes] = queue.Queue()
        self.statuses: queue.Queue[FeedStatus] = queue.Queue()

    def change(self, timeout: float = 5.0) -> Changes:
        return self.changes.get(timeout=timeout)

    def until_state(self, *states: FeedState, timeout: float = 10.0) -> FeedStatus:
        deadline = time.monotonic() + timeout
        while True:
            status = self.statuses.get(timeout=max(0.01, deadline - time.monotonic()))
            if status.state in states:
                return status

    def nothing_for(self, seconds: float) -> bool:
        try:
            got = self.changes.get(timeout=seconds)
        except queue.Empty:
            return True
        raise AssertionError(f"heard {got!r}")


@pytest.fixture
def two_clients(postgres_database: str) -> Iterator[tuple[Workspace, Workspace]]:
    with open_database_url(postgres_database) as one, open_database_url(postgres_database) as two:
        yield one, two


def start_feed(
    workspace: Workspace, mode: str = "auto", **options: float
) -> tuple[ChangeFeed, Heard]:
    heard = Heard()
    feed = ChangeFeed(workspace.engine, heard.changes.put, heard.statuses.put, mode=mode, **options)
    feed.start()
    return feed, heard


def add_person(workspace: Workspace, name: str) -> int:
    with workspace.uow() as uow:
        person = uow.stakeholders.add(Stakeholder(name))
        uow.commit()
    assert person.id is not None
    return person.id


def test_every_table_notifies_and_installing_again_changes_nothing(postgres_database: str) -> None:
    with open_database_url(postgres_database) as workspace:
        with workspace.engine.connect() as connection:
            assert tables_without_notifications(connection) == []
            # A table a later migration adds is covered by the next upgrade.
            connection.execute(text("CREATE TABLE later_feature (id integer primary key)"))
            connection.commit()
            assert tables_without_notifications(connection) == ["later_feature"]
        upgrade_to_head(postgres_database)
        upgrade_to_head(postgres_database)  # idempotent
        with workspace.engine.connect() as connection:
            assert tables_without_notifications(connection) == []
            count = connection.scalar(
                text("SELECT count(*) FROM pg_trigger WHERE tgname = 'rapport_notify_change'")
            )
            tables = connection.scalar(
                text(
                    "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema() "
                    "AND tablename <> 'alembic_version'"
                )
            )
            assert count == tables


def test_a_commit_notifies_its_tables_once_and_a_rollback_not_at_all(
    postgres_database: str,
) -> None:
    import psycopg
    from sqlalchemy import make_url

    url = make_url(postgres_database)
    with (
        open_database_url(postgres_database) as workspace,
        psycopg.connect(
            host=url.host,
            port=url.port,
            user=url.username,
            password=url.password,
            dbname=url.database,
            autocommit=True,
        ) as listener,
    ):
        listener.execute(f"LISTEN {CHANNEL}")
        with workspace.uow() as uow:
            uow.stakeholders.add(Stakeholder("Rolled back"))
        for name in ("Ada", "Bob"):
            add_person(workspace, name)
        heard = [n.payload for n in listener.notifies(timeout=1.0)]
    assert heard == ["stakeholders", "stakeholders"]


def test_the_other_clients_change_is_heard_and_ones_own_is_not(
    two_clients: tuple[Workspace, Workspace],
) -> None:
    mine, theirs = two_clients
    feed, heard = start_feed(mine)
    try:
        assert (
            heard.until_state(FeedState.LISTENING, FeedState.POLLING).state is FeedState.LISTENING
        )
        add_person(mine, "Mine")
        assert heard.nothing_for(1.0)
        started = time.monotonic()
        add_person(theirs, "Theirs")
        assert heard.change() == frozenset({"stakeholders"})
        assert time.monotonic() - started < 2.0
    finally:
        feed.stop()


def test_polling_hears_others_but_not_its_own_changes(
    two_clients: tuple[Workspace, Workspace],
) -> None:
    mine, theirs = two_clients
    feed, heard = start_feed(mine, mode="poll", poll_interval=0.2)
    try:
        assert heard.until_state(FeedState.LISTENING, FeedState.POLLING).state is FeedState.POLLING
        add_person(mine, "Mine")
        assert heard.nothing_for(1.0)
        add_person(theirs, "Theirs")
        assert heard.change(timeout=2.0) is None  # polling cannot say which table
        with mine.uow() as uow:  # reading is no change
            uow.stakeholders.list()
        assert heard.nothing_for(0.6)
    finally:
        feed.stop()


def test_a_change_while_the_other_transaction_is_open_is_heard_when_it_commits(
    two_clients: tuple[Workspace, Workspace],
) -> None:
    """Polling: a transaction that has written but not committed is no change yet, and its
    commit later is one (the snapshot's in-progress list, not only its upper bound)."""
    mine, theirs = two_clients
    feed, heard = start_feed(mine, mode="poll", poll_interval=0.2)
    try:
        heard.until_state(FeedState.POLLING)
        with theirs.uow() as uow:
            uow.stakeholders.add(Stakeholder("Slow"))
            uow.session.flush()
            heard.nothing_for(0.2)
            while not heard.changes.empty():  # a change seen while it was open is harmless
                heard.changes.get()
            time.sleep(0.5)
            uow.commit()
        assert heard.change(timeout=2.0) is None
    finally:
        feed.stop()


def test_the_feed_reports_a_restarted_server_and_comes_back_by_itself(
    private_postgres: PrivateServer,
) -> None:
    """A private server (this test stops it): down is reported with the reason and the next
    attempt, the feed retries with growing pauses, LISTENs again and says anything may have
    changed, since nothing was heard meanwhile."""
    server = private_postgres
    url = server.url.render_as_string(hide_password=False)
    with open_database_url(url) as mine, open_database_url(url) as theirs:
        feed, heard = start_feed(mine, backoff=(0.2, 0.4))
        try:
            heard.until_state(FeedState.LISTENING)
            server.stop()
            down = heard.until_state(FeedState.DOWN)
            assert down.reason and down.retry_in is not None
            server.start()
            heard.until_state(FeedState.LISTENING, timeout=15)
            assert heard.change() is None
            add_person(theirs, "After the restart")
            assert heard.change() == frozenset({"stakeholders"})
        finally:
            feed.stop()


def test_a_lost_connection_is_told_from_a_refused_change(postgres_database: str) -> None:
    from sqlalchemy import create_engine, make_url
    from sqlalchemy.exc import DBAPIError

    from persistence.team.change_feed import connection_problem, is_connection_lost
    from tests.persistence.postgres_server import _free_port

    nowhere = create_engine(make_url(postgres_database).set(port=_free_port()))
    with pytest.raises(DBAPIError) as unreachable:
        nowhere.connect()
    assert is_connection_lost(unreachable.value)
    assert connection_problem(unreachable.value) == "the server does not answer"
    with (
        open_database_url(postgres_database) as workspace,
        workspace.engine.connect() as connection,
        pytest.raises(DBAPIError) as refused,
    ):
        connection.execute(text("INSERT INTO stakeholders (id) VALUES (NULL)"))
    assert not is_connection_lost(refused.value)


def test_a_database_without_the_triggers_is_polled(
    two_clients: tuple[Workspace, Workspace],
) -> None:
    """Set up before this version and not upgraded since: the feed cannot LISTEN for what is
    never sent, so it polls, and still hears the other client."""
    mine, theirs = two_clients
    with mine.engine.begin() as connection:
        connection.execute(text("DROP TRIGGER rapport_notify_change ON stakeholders"))
    feed, heard = start_feed(mine, poll_interval=0.2)
    try:
        assert heard.until_state(FeedState.LISTENING, FeedState.POLLING).state is FeedState.POLLING
        add_person(theirs, "Theirs")
        assert heard.change(timeout=2.0) is None
    finally:
        feed.stop()
