"""Team members rating the same person at once: the current value is the latest rating, whoever
commits last (the load bench found an older one winning; bench/team_load.py)."""

from __future__ import annotations

import threading
import time

import pytest
from sqlalchemy import Engine, text

from domain.model import Dimension, Rating, Stakeholder
from persistence.workspace import open_database_url
from tests.persistence.sample_data import DAY, T0

pytestmark = pytest.mark.postgres


def test_the_later_rating_stays_current_when_the_earlier_commits_last(
    postgres_database: str,
) -> None:
    with open_database_url(postgres_database) as workspace:
        with workspace.uow() as uow:
            added = uow.stakeholders.add(Stakeholder("Ada"))
            uow.commit()
        person = added.id
        assert person is not None

        def later() -> None:  # a second member, rating as of a day after the first one's
            with workspace.uow() as other:
                other.ratings.add(Rating(person, Dimension.TRUST, 9, T0 + 2 * DAY))
                other.commit()

        second = threading.Thread(target=later)
        with workspace.uow() as uow:
            uow.ratings.add(Rating(person, Dimension.TRUST, 5, T0))
            uow.commit()
        with workspace.uow() as uow:
            uow.ratings.add(Rating(person, Dimension.TRUST, 1, T0 + DAY))
            second.start()
            _wait_until_done_or_waiting(second, workspace.engine)
            uow.commit()  # the earlier rating commits last
        second.join(timeout=30)
        assert not second.is_alive()
        with workspace.uow() as uow:
            [current] = uow.ratings.current([Dimension.TRUST], [person])
            history = [r.value for r in uow.ratings.history(person, [Dimension.TRUST])]
    assert (current.value, history) == (9.0, [5.0, 1.0, 9.0])


def _wait_until_done_or_waiting(thread: threading.Thread, engine: Engine) -> None:
    """Until the second member's transaction has committed, or waits for the first one's."""
    deadline = time.monotonic() + 20
    with engine.connect() as connection:
        while thread.is_alive() and time.monotonic() < deadline:
            waiting = connection.scalar(
                text(
                    "SELECT count(*) FROM pg_stat_activity"
                    " WHERE datname = current_database() AND wait_event_type = 'Lock'"
                )
            )
            connection.rollback()
            if waiting:
                return
            time.sleep(0.02)
