"""Every use case that stores text goes through the domain's one set of rules
(domain.rules.validation): the same bad input is refused, or cleaned, the same way everywhere."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from domain.errors import ValidationError
from domain.model import (
    Commitment,
    CommitmentDirection,
    Dimension,
    Interaction,
    InteractionKind,
    MaturityLevel,
    Meeting,
    MeetingAttendee,
    Organisation,
    Stakeholder,
    StakeholderMap,
)
from domain.rules.validation import clean_line, clean_text, without_controls
from domain.usecases.influence import link, links_of
from domain.usecases.interactions import add_commitment, commitments_of, log_interaction
from domain.usecases.maps import create_map
from domain.usecases.meetings import get_meeting, plan_meeting
from domain.usecases.organisations import add_organisation, assess_maturity, list_organisations
from domain.usecases.ratings import history, rate
from domain.usecases.stakeholders import add_stakeholder, get_stakeholder, update_stakeholder
from tests.bad_text import (
    CLEAN_NAME,
    CLEAN_NOTE,
    DIRTY_NAME,
    DIRTY_NOTE,
    LONG_NAME,
    LONG_NOTE,
    LONGEST_NAME,
    LONGEST_NOTE,
)
from tests.fakes import FakeUnitOfWorkFactory

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)

Store = Callable[[FakeUnitOfWorkFactory, int, int, str], Any]


#: (field, how a use case stores ``text`` in it, one-line or not)
WAYS: list[tuple[str, Store, bool]] = [
    ("stakeholder name", lambda u, a, b, t: add_stakeholder(u(), Stakeholder(t)), True),
    ("job title", lambda u, a, b, t: add_stakeholder(u(), Stakeholder("X", job_title=t)), True),
    ("notes", lambda u, a, b, t: add_stakeholder(u(), Stakeholder("X", notes=t)), False),
    (
        "how to handle",
        lambda u, a, b, t: add_stakeholder(u(), Stakeholder("X", communication_preferences=t)),
        False,
    ),
    ("tag", lambda u, a, b, t: add_stakeholder(u(), Stakeholder("X", tags=[t])), True),
    (
        "edited name",
        lambda u, a, b, t: update_stakeholder(u(), Stakeholder(t, id=a)),
        True,
    ),
    ("organisation", lambda u, a, b, t: add_organisation(u(), Organisation(t)), True),
    ("map name", lambda u, a, b, t: create_map(u(), StakeholderMap(t)), True),
    ("map purpose", lambda u, a, b, t: create_map(u(), StakeholderMap("M", purpose=t)), False),
    (
        "rating note",
        lambda u, a, b, t: rate(u(), a, Dimension.TRUST, 5, at=NOW, note=t),
        False,
    ),
    (
        "interaction summary",
        lambda u, a, b, t: log_interaction(
            u(), Interaction(NOW, InteractionKind.CALL, t, participant_ids=[a])
        ),
        False,
    ),
    (
        "follow-up",
        lambda u, a, b, t: log_interaction(
            u(),
            Interaction(NOW, InteractionKind.CALL, "call", participant_ids=[a]),
            [Commitment(a, CommitmentDirection.OURS, t)],
        ),
        False,
    ),
    (
        "commitment",
        lambda u, a, b, t: add_commitment(u(), Commitment(a, CommitmentDirection.THEIRS, t)),
        False,
    ),
    ("influence note", lambda u, a, b, t: link(u(), a, b, 3, t), False),
    ("meeting title", lambda u, a, b, t: plan_meeting(u(), Meeting(t, NOW)), True),
    ("meeting place", lambda u, a, b, t: plan_meeting(u(), Meeting("M", NOW, place=t)), True),
    ("agenda", lambda u, a, b, t: plan_meeting(u(), Meeting("M", NOW, agenda=t)), False),
    ("objective", lambda u, a, b, t: plan_meeting(u(), Meeting("M", NOW, objective=t)), False),
    (
        "attendee name",
        lambda u, a, b, t: plan_meeting(
            u(), Meeting("M", NOW, attendees=[MeetingAttendee(None, t)])
        ),
        True,
    ),
    (
        "talking points",
        lambda u, a, b, t: plan_meeting(
            u(), Meeting("M", NOW, attendees=[MeetingAttendee(a, "Ada", talking_points=t)])
        ),
        False,
    ),
    (
        "maturity note",
        lambda u, a, b, t: assess_maturity(
            u(), list_organisations(u())[0].id or 0, MaturityLevel.PARTNER, NOW, t
        ),
        False,
    ),
]


@pytest.fixture
def people(uow: FakeUnitOfWorkFactory) -> tuple[int, int]:
    add_organisation(uow(), Organisation("Finance"))
    ada = add_stakeholder(uow(), Stakeholder("Ada")).id
    bob = add_stakeholder(uow(), Stakeholder("Bob")).id
    assert ada is not None and bob is not None
    return ada, bob


def _stored(uow: FakeUnitOfWorkFactory, field: str, result: Any, ada: int) -> str:
    """What the workspace now holds in ``field``."""
    if field in ("stakeholder name", "edited name"):
        return get_stakeholder(uow(), result.id).name
    if field == "job title":
        return get_stakeholder(uow(), result.id).job_title
    if field == "notes":
        return get_stakeholder(uow(), result.id).notes
    if field == "how to handle":
        return get_stakeholder(uow(), result.id).communication_preferences
    if field == "tag":
        return get_stakeholder(uow(), result.id).tags[0]
    if field == "rating note":
        return history(uow(), ada, [Dimension.TRUST])[-1].note
    if field in ("follow-up", "commitment"):
        return commitments_of(uow(), ada)[-1].description
    if field == "influence note":
        return links_of(uow())[-1].note
    if field.startswith(("meeting", "agenda", "objective", "attendee", "talking")):
        meeting = get_meeting(uow(), result.id)
        return {
            "meeting title": meeting.title,
            "meeting place": meeting.place,
            "agenda": meeting.agenda,
            "objective": meeting.objective,
            "attendee name": meeting.attendees[0].name if meeting.attendees else "",
            "talking points": meeting.attendees[0].talking_points if meeting.attendees else "",
        }[field]
    if field == "interaction summary":
        return result.summary
    return {
        "organisation": lambda: result.name,
        "map name": lambda: result.name,
        "map purpose": lambda: result.purpose,
        "maturity note": lambda: result.note,
    }[field]()


@pytest.mark.parametrize(("field", "store", "one_line"), WAYS, ids=[w[0] for w in WAYS])
def test_too_long_is_refused_and_nothing_is_stored(
    uow: FakeUnitOfWorkFactory, people: tuple[int, int], field: str, store: Store, one_line: bool
) -> None:
    ada, bob = people
    commits = uow.store.commits
    too_long = LONG_NAME if one_line else LONG_NOTE
    with pytest.raises(ValidationError) as refused:
        store(uow, ada, bob, too_long)
    assert "longer than" in str(refused.value) and refused.value.field
    assert uow.store.commits == commits


@pytest.mark.parametrize(("field", "store", "one_line"), WAYS, ids=[w[0] for w in WAYS])
def test_controls_and_nul_bytes_are_removed_from_what_is_stored(
    uow: FakeUnitOfWorkFactory, people: tuple[int, int], field: str, store: Store, one_line: bool
) -> None:
    ada, bob = people
    dirty, clean = (DIRTY_NAME, CLEAN_NAME) if one_line else (DIRTY_NOTE, CLEAN_NOTE)
    result = store(uow, ada, bob, dirty)
    assert _stored(uow, field, result, ada) == clean


@pytest.mark.parametrize(("field", "store", "one_line"), WAYS, ids=[w[0] for w in WAYS])
def test_the_longest_allowed_is_kept_whole(
    uow: FakeUnitOfWorkFactory, people: tuple[int, int], field: str, store: Store, one_line: bool
) -> None:
    ada, bob = people
    longest = LONGEST_NAME if one_line else LONGEST_NOTE
    assert _stored(uow, field, store(uow, ada, bob, longest), ada) == longest


def test_the_refusal_names_the_field_and_the_limit(uow: FakeUnitOfWorkFactory) -> None:
    with pytest.raises(ValidationError) as refused:
        add_stakeholder(uow(), Stakeholder(LONG_NAME))
    assert refused.value.field == "name"
    assert str(refused.value) == "The name is longer than 200 characters; shorten it."


def test_a_meeting_ending_before_it_starts_is_refused(uow: FakeUnitOfWorkFactory) -> None:
    with pytest.raises(ValidationError, match="end before"):
        plan_meeting(uow(), Meeting("M", NOW, NOW - timedelta(hours=1)))


_CONTROL = {chr(c) for c in (*range(0x20), *range(0x7F, 0xA0))}


@given(st.text())
def test_no_control_character_survives_cleaning(text: str) -> None:
    line = clean_line(text, "name", "name", 10**9)
    assert not set(line) & _CONTROL
    assert clean_line(line, "name", "name", 10**9) == line
    multi = clean_text(text, "notes", "notes", 10**9)
    assert not set(multi) & (_CONTROL - {"\n", "\t"})
    assert clean_text(multi, "notes", "notes", 10**9) == multi
    assert without_controls(multi) == multi
