"""Every entity through the SQLite repositories and back, and what deleting one takes with it."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from sqlalchemy.exc import IntegrityError

from domain.model import (
    AttendeeResponse,
    AttendeeRole,
    Commitment,
    CommitmentDirection,
    DemandStatus,
    Dimension,
    InfluenceLink,
    Interaction,
    InteractionKind,
    MapMembership,
    MaturityAssessment,
    MaturityLevel,
    MaturityTarget,
    Meeting,
    MeetingAttendee,
    Organisation,
    OrganisationKind,
    Rating,
    Sentiment,
    Stakeholder,
    StakeholderMap,
)
from persistence.workspace import Workspace
from tests.persistence.sample_data import DAY, SAMPLE_PHOTO, T0, fill


def test_every_entity_round_trips(workspace: Workspace) -> None:
    ids = fill(workspace.uow)
    with workspace.uow() as uow:
        assert uow.organisations.list() == [
            Organisation(
                "Finance", OrganisationKind.INTERNAL_UNIT, ids.group, ids.finance, owner="anna"
            ),
            Organisation("Group", OrganisationKind.CUSTOMER, None, ids.group),
            Organisation("Old unit", parent_id=ids.group, id=ids.finance + 1, archived=True),
        ]
        assert uow.organisations.maturity_history(ids.finance) == [
            MaturityAssessment(
                ids.finance, MaturityLevel.CONSULTATIVE, T0, "steady", 1, assessor="Greg"
            )
        ]
        assert uow.organisations.targets() == [
            MaturityTarget(ids.finance, MaturityLevel.PARTNER, date(2025, 12, 31))
        ]
        [item] = uow.demand.list(ids.finance)
        assert (item.status, item.raised_on, item.status_since, item.sponsor_id) == (
            DemandStatus.ASSESSED,
            date(2025, 1, 6),
            date(2025, 2, 3),
            ids.ada,
        )
        assert uow.demand.list(ids.group) == [] and uow.demand.count() == 1
        assert uow.stakeholders.get(ids.ada) == Stakeholder(
            "Ada Lovelace",
            job_title="CFO",
            organisation_id=ids.group,
            unit_id=ids.finance,
            relation="executive",
            email="Ada@Example.com",
            phone="+44 1",
            tags=["board", "budget"],
            notes="Likes numbers — and “quotes”.",
            communication_preferences="One page.",
            id=ids.ada,
            other_emails=["ada@home.example"],
            other_phones=["+44 2"],
            owner="anna",
        )
        assert uow.stakeholders.photo(ids.ada) == SAMPLE_PHOTO
        assert uow.stakeholders.get_many([ids.ada])[ids.ada].other_phones == ["+44 2"]
        assert [s.name for s in uow.stakeholders.list()] == ["Ada Lovelace"]
        assert [s.name for s in uow.stakeholders.list(include_archived=True)] == [
            "Ada Lovelace",
            "Bob Marley",
        ]
        assert uow.maps.get(ids.erp) == StakeholderMap(
            "ERP", "Replace it", date(2025, 1, 1), date(2025, 12, 31), ids.erp
        )
        assert uow.maps.members(ids.erp) == [
            MapMembership(ids.erp, ids.ada, T0),
            MapMembership(ids.erp, ids.bob, T0 + DAY),
        ]
        trust = uow.ratings.history(ids.ada, [Dimension.TRUST])
        assert trust == [
            Rating(ids.ada, Dimension.TRUST, 6.5, T0 - DAY, None, "back-dated", T0, trust[0].id)
        ]
        assert uow.interactions.get(ids.interaction) == Interaction(
            T0,
            InteractionKind.MEAL,
            "Lunch",
            Sentiment.POSITIVE,
            [ids.ada, ids.bob],
            ids.interaction,
            recorded_at=T0 + DAY,
        )
        assert [(c.description, c.interaction_id, c.is_open) for c in uow.commitments.list()] == [
            ("Send the budget", ids.interaction, True),
            ("Intro", None, False),
        ]
        assert uow.influence.list(ids.bob) == [InfluenceLink(ids.ada, ids.bob, 4, "mentor", 1)]
        meeting = uow.meetings.get(ids.meeting)
    assert meeting == Meeting(
        "Steering committee",
        T0 + 2 * DAY,
        T0 + 2 * DAY + timedelta(hours=1),
        "Room 4",
        "Decide",
        "1. Budget",
        [
            MeetingAttendee(ids.ada, "", "", AttendeeRole.ORGANISER, "Budget"),
            MeetingAttendee(
                None,
                "Eve Guest",
                "eve@example.com",
                AttendeeRole.OPTIONAL,
                response=AttendeeResponse.TENTATIVE,
            ),
        ],
        [ids.erp],
        None,
        "uid-1@example.com",
        recurrence="FREQ=WEEKLY;BYDAY=TU",
        id=ids.meeting,
    )


def test_values_come_back_typed_and_in_aware_utc(workspace: Workspace) -> None:
    ids = fill(workspace.uow)
    with workspace.uow() as uow:
        rating = uow.ratings.history(ids.ada)[0]
        interaction = uow.interactions.list()[0]
        commitment = uow.commitments.list(open_only=True)[0]
    assert type(rating.dimension) is Dimension and type(rating.value) is float
    assert rating.at.tzinfo is UTC and rating.recorded_at is not None
    assert type(interaction.kind) is InteractionKind and type(interaction.sentiment) is Sentiment
    assert type(commitment.direction) is CommitmentDirection
    assert type(commitment.due_on) is date


def test_times_are_stored_as_naive_utc_whatever_zone_they_came_in(workspace: Workspace) -> None:
    paris = timezone(timedelta(hours=1))
    with workspace.uow() as uow:
        person = uow.stakeholders.add(Stakeholder("P"))
        assert person.id is not None
        local = uow.ratings.add(
            Rating(person.id, Dimension.TRUST, 5, datetime(2025, 1, 1, 10, tzinfo=paris))
        )
        naive = uow.ratings.add(Rating(person.id, Dimension.TRUST, 6, datetime(2025, 1, 2, 10)))
        uow.commit()
    assert local.at == datetime(2025, 1, 1, 9, tzinfo=UTC) and local.at.tzinfo is UTC
    assert naive.at == datetime(2025, 1, 2, 10, tzinfo=UTC)
    assert workspace.path is not None
    with sqlite3.connect(workspace.path) as raw:
        stored = [row[0] for row in raw.execute("SELECT at FROM ratings ORDER BY id")]
    assert stored == ["2025-01-01 09:00:00.000000", "2025-01-02 10:00:00.000000"]


def test_given_ids_are_kept_and_ids_are_never_reused(workspace: Workspace) -> None:
    with workspace.uow() as uow:
        first = uow.stakeholders.add(Stakeholder("A"))
        chosen = uow.stakeholders.add(Stakeholder("B", id=40))
        after = uow.stakeholders.add(Stakeholder("C"))
        uow.stakeholders.delete(41)
        again = uow.stakeholders.add(Stakeholder("D"))
        uow.commit()
    assert (first.id, chosen.id, after.id, again.id) == (1, 40, 41, 42)
    with workspace.uow() as uow, pytest.raises(IntegrityError):
        uow.stakeholders.add(Stakeholder("Taken", id=40))


def test_reads_are_detached_copies(workspace: Workspace) -> None:
    with workspace.uow() as uow:
        added = uow.stakeholders.add(Stakeholder("A", tags=["cfo"]))
        assert added.id is not None
        added.tags.append("mutated")
        fetched = uow.stakeholders.get(added.id)
        assert fetched is not None
        fetched.name = "Changed"
        uow.commit()
    with workspace.uow() as uow:
        again = uow.stakeholders.get(added.id)
    assert again is not None and (again.name, again.tags) == ("A", ["cfo"])
    assert type(again) is Stakeholder


def test_updates_replace_the_lists_a_record_holds(workspace: Workspace) -> None:
    ids = fill(workspace.uow)
    with workspace.uow() as uow:
        ada = uow.stakeholders.get(ids.ada)
        interaction = uow.interactions.get(ids.interaction)
        meeting = uow.meetings.get(ids.meeting)
        assert ada and interaction and meeting
        ada.tags = ["new", "budget", "new"]
        interaction.participant_ids = [ids.bob]
        meeting.attendees = [MeetingAttendee(ids.bob, talking_points="Intro")]
        meeting.map_ids = []
        uow.stakeholders.update(ada)
        uow.interactions.update(interaction)
        uow.meetings.update(meeting)
        uow.commit()
    with workspace.uow() as uow:
        assert uow.stakeholders.get(ids.ada).tags == ["new", "budget"]  # type: ignore[union-attr]
        assert uow.interactions.get(ids.interaction).participant_ids == [ids.bob]  # type: ignore[union-attr]
        meeting = uow.meetings.get(ids.meeting)
    assert meeting is not None and meeting.map_ids == []
    assert meeting.attendees == [MeetingAttendee(ids.bob, talking_points="Intro")]


def test_deleting_a_stakeholder_takes_what_hangs_off_them(workspace: Workspace) -> None:
    ids = fill(workspace.uow)
    with workspace.uow() as uow:
        uow.stakeholders.delete(ids.ada)
        uow.commit()
    with workspace.uow() as uow:
        assert uow.maps.members(ids.erp) == [MapMembership(ids.erp, ids.bob, T0 + DAY)]
        assert {r.stakeholder_id for r in uow.ratings.history()} == {ids.bob}
        assert {v.stakeholder_id for v in uow.ratings.current(list(Dimension))} == {ids.bob}
        assert [c.stakeholder_id for c in uow.commitments.list()] == [ids.bob]
        assert uow.influence.list() == []
        assert uow.interactions.get(ids.interaction).participant_ids == [ids.bob]  # type: ignore[union-attr]
        meeting = uow.meetings.get(ids.meeting)
    assert meeting is not None
    assert meeting.attendees[0] == MeetingAttendee(
        None, "Ada Lovelace", "Ada@Example.com", AttendeeRole.ORGANISER, "Budget"
    )


def test_deleting_a_map_takes_its_memberships_and_ratings(workspace: Workspace) -> None:
    ids = fill(workspace.uow)
    with workspace.uow() as uow:
        uow.maps.delete(ids.erp)
        uow.commit()
    with workspace.uow() as uow:
        assert uow.maps.list() == [] and uow.maps.maps_of(ids.ada) == []
        assert [r.dimension for r in uow.ratings.history()] == [Dimension.TRUST]
        assert [v.dimension for v in uow.ratings.current(list(Dimension))] == [Dimension.TRUST]
        assert uow.meetings.get(ids.meeting).map_ids == []  # type: ignore[union-attr]


def test_deleting_an_interaction_or_organisation_unlinks_what_referred_to_it(
    workspace: Workspace,
) -> None:
    ids = fill(workspace.uow)
    with workspace.uow() as uow:
        meeting = uow.meetings.get(ids.meeting)
        assert meeting is not None
        meeting.interaction_id = ids.interaction
        uow.meetings.update(meeting)
        uow.interactions.delete(ids.interaction)
        uow.organisations.delete(ids.group)
        uow.commit()
    with workspace.uow() as uow:
        assert [c.interaction_id for c in uow.commitments.list()] == [None, None]
        assert uow.meetings.get(ids.meeting).interaction_id is None  # type: ignore[union-attr]
        finance = uow.organisations.get(ids.finance)
        ada = uow.stakeholders.get(ids.ada)
        assert finance is not None and finance.parent_id is None
        assert ada is not None and (ada.organisation_id, ada.unit_id) == (None, ids.finance)
        uow.organisations.delete(ids.finance)
        assert uow.organisations.maturity_history() == []


def test_find_by_email_ignores_case_and_spaces_beyond_ascii(workspace: Workspace) -> None:
    with workspace.uow() as uow:
        uow.stakeholders.add(Stakeholder("Émile", email="ÉMILE@Example.com"))
        uow.commit()
    with workspace.uow() as uow:
        found = uow.stakeholders.find_by_email("  émile@example.COM ")
        assert found is not None and found.name == "Émile"
        assert uow.stakeholders.find_by_email("") is None
        assert uow.stakeholders.count() == 1


def test_lists_filter_and_order_as_the_ports_say(workspace: Workspace) -> None:
    ids = fill(workspace.uow)
    with workspace.uow() as uow:
        later = uow.interactions.add(
            Interaction(T0 + DAY, InteractionKind.CALL, participant_ids=[ids.bob])
        )
        uow.commitments.add(Commitment(ids.bob, CommitmentDirection.OURS, "Soon", date(2025, 1, 2)))
        assert [i.id for i in uow.interactions.list()] == [later.id, ids.interaction]
        assert [i.id for i in uow.interactions.list(ids.ada)] == [ids.interaction]
        assert [i.id for i in uow.interactions.list(limit=1)] == [later.id]
        assert uow.interactions.last_contact() == {ids.ada: T0, ids.bob: T0 + DAY}
        assert uow.interactions.last_contact([ids.ada]) == {ids.ada: T0}
        assert uow.interactions.last_contact(until=T0) == {ids.ada: T0, ids.bob: T0}
        assert uow.interactions.last_contact(until=T0 - DAY) == {}
        assert uow.interactions.contact_moments([ids.ada, ids.bob]) == {
            ids.ada: [T0],
            ids.bob: [T0, T0 + DAY],
        }
        assert [c.description for c in uow.commitments.list()] == [
            "Soon",
            "Send the budget",
            "Intro",
        ]
        assert [c.description for c in uow.commitments.list(ids.bob, open_only=True)] == ["Soon"]
        assert [m.id for m in uow.meetings.list(T0, T0 + 3 * DAY)] == [ids.meeting]
        assert uow.meetings.list(T0 + 3 * DAY) == [] and uow.meetings.list(end=T0) == []
        assert [r.value for r in uow.ratings.history(since=T0)] == [8.0, 3.0]
        assert [r.value for r in uow.ratings.history(map_id=ids.erp)] == [8.0, 3.0]
        assert uow.ratings.history(dimensions=[]) == []
        assert uow.ratings.count() == 3


def test_the_database_refuses_what_the_domain_forbids(workspace: Workspace) -> None:
    with workspace.uow() as uow:
        person = uow.stakeholders.add(Stakeholder("P"))
        assert person.id is not None
        uow.commit()
    bad = [
        Rating(99, Dimension.TRUST, 5, T0),  # no such person
        Rating(person.id, Dimension.POWER, 5, T0),  # a map dimension without a map
        Rating(person.id, Dimension.TRUST, 5, T0, map_id=1),  # per-person, but on a map
    ]
    for rating in bad:
        with workspace.uow() as uow, pytest.raises(IntegrityError):
            uow.ratings.add(rating)
    with workspace.uow() as uow, pytest.raises(IntegrityError):
        uow.influence.add(InfluenceLink(person.id, person.id))
