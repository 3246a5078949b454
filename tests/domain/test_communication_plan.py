"""The communication plan through the use cases: assigning a message to many people in one action
(by map, quadrant, tag or unit), last and next dates per recipient, recorded by logging; and the
next contact date that logging moves forward."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from domain.errors import ValidationError
from domain.model import (
    Channel,
    Frequency,
    Interaction,
    InteractionKind,
    Message,
    Organisation,
    Stakeholder,
    StakeholderMap,
    Tone,
)
from domain.rules.attention import Cadence
from domain.rules.quadrant import Quadrant
from domain.usecases import communication_plan as comms
from domain.usecases.interactions import log_interaction
from domain.usecases.maps import place_on_map
from domain.usecases.next_contact import next_contacts
from domain.usecases.organisations import add_organisation
from domain.usecases.stakeholders import add_stakeholder
from domain.usecases.timeline import logged, unlog

UPDATE = Message(
    "Quarterly portfolio update",
    Channel.WRITTEN,
    Tone.FORMAL,
    Frequency.QUARTERLY,
    date(2026, 1, 15),
    owner="PMO",
)


def test_a_message_goes_to_a_whole_quadrant_tag_or_unit_in_one_action(
    uow: Any, ada: Stakeholder, bob: Stakeholder, erp: StakeholderMap
) -> None:
    finance = add_organisation(uow(), Organisation("Finance"))
    cleo = add_stakeholder(uow(), Stakeholder("Cleo", tags=["board"], unit_id=finance.id))
    map_id = erp.id or 0
    place_on_map(uow(), map_id, ada.id or 0, 8, 8)
    place_on_map(uow(), map_id, bob.id or 0, 2, 8)
    place_on_map(uow(), map_id, cleo.id or 0, 9, 9)
    closely = comms.Audience(map_id=map_id, quadrant=Quadrant.MANAGE_CLOSELY)
    assert comms.audience(uow(), closely) == [ada.id, cleo.id]
    assert comms.audience(uow(), comms.Audience(map_id=map_id)) == [ada.id, bob.id, cleo.id]
    assert comms.audience(uow(), comms.Audience(tag="BOARD")) == [cleo.id]
    assert comms.audience(uow(), comms.Audience(unit_id=finance.id)) == [cleo.id]
    with pytest.raises(ValidationError, match="Choose the map"):
        comms.audience(uow(), comms.Audience(quadrant=Quadrant.MONITOR))

    message = comms.create_message(uow(), UPDATE)
    assert message.id is not None
    assert comms.assign(uow(), message.id, comms.audience(uow(), closely)) == [ada.id, cleo.id]
    # Assigning the whole map adds only Bob; undoing that takes only him off again.
    added = comms.assign(uow(), message.id, [ada.id or 0, bob.id or 0, cleo.id or 0])
    assert added == [bob.id]
    removed = comms.unassign(uow(), message.id, added)
    assert [r.stakeholder_id for r in removed] == [bob.id]
    [plan] = comms.communication_plan(uow())
    assert [r.name for r in plan.recipients] == ["Ada Lovelace", "Cleo"]
    comms.reassign(uow(), message.id, removed)
    [plan] = comms.communication_plan(uow())
    assert len(plan.recipients) == 3


def test_logging_an_interaction_of_the_message_sets_last_and_next_dates(
    uow: Any, ada: Stakeholder, bob: Stakeholder
) -> None:
    message = comms.create_message(uow(), UPDATE)
    assert message.id is not None
    comms.assign(uow(), message.id, [ada.id or 0, bob.id or 0])
    [plan] = comms.communication_plan(uow())
    assert {(r.last, r.next) for r in plan.recipients} == {(None, date(2026, 1, 15))}
    sent = datetime(2026, 1, 20, 10, tzinfo=UTC)
    added = log_interaction(
        uow(),
        Interaction(sent, InteractionKind.EMAIL, "Q1 update", participant_ids=[ada.id or 0]),
        sends=[message.id],
    )
    [plan] = comms.communication_plan(uow())
    dates = {r.name: (r.last, r.next) for r in plan.recipients}
    day = sent.astimezone().date()
    assert dates == {
        "Bob Marley": (None, date(2026, 1, 15)),
        "Ada Lovelace": (day, date(day.year, day.month + 3, day.day)),
    }
    assert plan.recipients[0].overdue(date(2026, 2, 1))  # Bob's is late
    unlog(uow(), logged(uow(), added.id or 0))
    [plan] = comms.communication_plan(uow())
    assert {r.last for r in plan.recipients} == {None}


def test_a_message_is_refused_without_a_title_and_removed_and_put_back_whole(
    uow: Any, ada: Stakeholder
) -> None:
    with pytest.raises(ValidationError, match="needs a title"):
        comms.create_message(
            uow(), Message(" ", Channel.EMAIL, Tone.INFORMAL, Frequency.MONTHLY, date(2026, 1, 1))
        )
    message = comms.create_message(uow(), UPDATE)
    comms.assign(uow(), message.id or 0, [ada.id or 0])
    gone = comms.delete_message(uow(), message.id or 0)
    assert comms.communication_plan(uow()) == []
    comms.restore_message(uow(), gone)
    [plan] = comms.communication_plan(uow())
    assert plan.message.id == message.id and [r.name for r in plan.recipients] == ["Ada Lovelace"]


@pytest.mark.date_sensitive
def test_logging_an_interaction_moves_the_next_contact_date_forward(
    uow: Any, ada: Stakeholder, erp: StakeholderMap
) -> None:
    """The cadence resets from the last real contact: one cadence after it, not after the last
    due date."""
    now = datetime.now(UTC)
    joined = now - timedelta(days=40)
    place_on_map(uow(), erp.id or 0, ada.id or 0, 8, 8, at=joined)  # manage closely: weekly
    cadence = Cadence()
    [due] = next_contacts(uow(), cadence)
    assert (due.quadrant, due.cadence_days, due.last_contact) == (Quadrant.MANAGE_CLOSELY, 7, None)
    assert due.due == joined + timedelta(days=7)  # long overdue
    met = now - timedelta(days=2)
    log_interaction(uow(), Interaction(met, InteractionKind.CALL, participant_ids=[ada.id or 0]))
    [due] = next_contacts(uow(), cadence)
    assert due.last_contact == met and due.due == met + timedelta(days=7)
    # A call logged ahead is no contact yet: the date stays where the real contact put it.
    ahead = now + timedelta(days=3)
    log_interaction(uow(), Interaction(ahead, InteractionKind.CALL, participant_ids=[ada.id or 0]))
    [due] = next_contacts(uow(), cadence)
    assert due.due == met + timedelta(days=7)
