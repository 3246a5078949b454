"""A small workspace holding one of everything, written through the ports."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from domain.model import (
    AttendeeResponse,
    AttendeeRole,
    Channel,
    Commitment,
    CommitmentDirection,
    Concern,
    ConcernKind,
    ConcernSeverity,
    ConcernStatus,
    DemandItem,
    DemandKind,
    DemandStatus,
    DemandStep,
    Dimension,
    EngagementPlan,
    Frequency,
    InfluenceLink,
    Interaction,
    InteractionKind,
    MapMembership,
    MaturityAssessment,
    MaturityLevel,
    MaturityTarget,
    Meeting,
    MeetingAttendee,
    Message,
    Note,
    Organisation,
    OrganisationKind,
    Photo,
    Rating,
    Recipient,
    Sentiment,
    Stakeholder,
    StakeholderMap,
    Tone,
    Touchpoint,
    TouchpointKind,
)
from domain.ports import UnitOfWorkFactory

T0 = datetime(2025, 3, 10, 9, 0, tzinfo=UTC)
DAY = timedelta(days=1)


@dataclass(frozen=True)
class Sample:
    """The ids of what :func:`fill` wrote."""

    group: int
    finance: int
    ada: int
    bob: int
    erp: int
    interaction: int
    meeting: int


#: A photo's bytes as a vCard would bring them (the PNG signature is what makes it a photo).
SAMPLE_PHOTO = Photo(b"\x89PNG\r\n\x1a\n" + bytes(range(64)), "image/png")


def fill(uow_factory: UnitOfWorkFactory) -> Sample:
    with uow_factory() as uow:
        group = uow.organisations.add(Organisation("Group", OrganisationKind.CUSTOMER))
        assert group.id is not None
        finance = uow.organisations.add(
            Organisation("Finance", parent_id=group.id, owner="anna")  # schema 8
        )
        assert finance.id is not None
        uow.organisations.add_maturity(
            MaturityAssessment(
                finance.id, MaturityLevel.CONSULTATIVE, T0, "steady", assessor="Greg"
            )
        )
        uow.organisations.set_target(
            MaturityTarget(finance.id, MaturityLevel.PARTNER, date(2025, 12, 31))
        )
        uow.organisations.add(Organisation("Old unit", parent_id=group.id, archived=True))
        ada = uow.stakeholders.add(
            Stakeholder(
                "Ada Lovelace",
                job_title="CFO",
                organisation_id=group.id,
                unit_id=finance.id,
                relation="executive",
                email="Ada@Example.com",
                phone="+44 1",
                tags=["board", "budget"],  # as every way in stores them: sorted
                notes="Likes numbers — and “quotes”.",
                communication_preferences="One page.",
                other_emails=["ada@home.example"],
                other_phones=["+44 2"],
                owner="anna",  # schema 8
            )
        )
        assert ada.id is not None
        uow.stakeholders.set_photo(ada.id, SAMPLE_PHOTO)
        bob = uow.stakeholders.add(Stakeholder("Bob Marley", archived=True))
        assert ada.id is not None and bob.id is not None
        erp = uow.maps.add(
            StakeholderMap("ERP", "Replace it", date(2025, 1, 1), date(2025, 12, 31))
        )
        assert erp.id is not None
        uow.maps.add_member(MapMembership(erp.id, ada.id, T0))
        uow.maps.add_member(MapMembership(erp.id, bob.id, T0 + DAY))
        uow.ratings.add(Rating(ada.id, Dimension.POWER, 8, T0, map_id=erp.id, recorded_at=T0))
        uow.ratings.add(
            Rating(ada.id, Dimension.TRUST, 6.5, T0 - DAY, note="back-dated", recorded_at=T0)
        )
        uow.ratings.add(Rating(bob.id, Dimension.SUPPORT, 3, T0, map_id=erp.id))
        interaction = uow.interactions.add(
            Interaction(
                T0,
                InteractionKind.MEAL,
                "Lunch",
                Sentiment.POSITIVE,
                [ada.id, bob.id],
                recorded_at=T0 + DAY,  # entered the day after (schema 4)
            )
        )
        assert interaction.id is not None
        uow.commitments.add(
            Commitment(
                ada.id,
                CommitmentDirection.OURS,
                "Send the budget",
                due_on=date(2025, 3, 20),
                created_at=T0,
                interaction_id=interaction.id,
            )
        )
        uow.commitments.add(
            Commitment(bob.id, CommitmentDirection.THEIRS, "Intro", done_at=T0 + DAY)
        )
        uow.influence.add(InfluenceLink(ada.id, bob.id, 4, "mentor"))
        uow.concerns.add(
            Concern(
                ada.id,
                "Month-end close slips",
                date(2025, 3, 3),
                ConcernKind.COMPLAINT,
                ConcernSeverity.HIGH,
                target_on=date(2025, 3, 31),
                details="Twice this quarter",
                created_at=T0,
            )
        )
        uow.concerns.add(
            Concern(
                bob.id,
                "Licence costs",
                date(2025, 2, 1),
                ConcernKind.RISK,
                status=ConcernStatus.RESOLVED,
                closed_on=date(2025, 3, 1),
                resolution="Renegotiated",
            )
        )
        uow.settings.put("health.grading", '{"weights": {}}')
        # Notes (schema 8): Anna's shared one and Bob's private one.
        uow.notes.add(Note(ada.id, "Wants the savings case first.", author="anna", created_at=T0))
        uow.notes.add(Note(ada.id, "Thinking of leaving.", True, author="bob", created_at=T0 + DAY))
        uow.demand.add(
            DemandItem(
                finance.id,
                "Close the books in three days",
                DemandKind.JOINT_INITIATIVE,
                [
                    DemandStep(DemandStatus.IDEA, date(2025, 1, 6)),
                    DemandStep(DemandStatus.ASSESSED, date(2025, 2, 3)),
                ],
                sponsor_id=ada.id,
                value=250_000.0,
                notes="Shared KPI",
            )
        )
        meeting = uow.meetings.add(
            Meeting(
                "Steering committee",
                T0 + 2 * DAY,
                T0 + 2 * DAY + timedelta(hours=1),
                place="Room 4",
                objective="Decide",
                agenda="1. Budget",
                attendees=[
                    MeetingAttendee(ada.id, role=AttendeeRole.ORGANISER, talking_points="Budget"),
                    MeetingAttendee(
                        None,
                        "Eve Guest",
                        "eve@example.com",
                        AttendeeRole.OPTIONAL,
                        response=AttendeeResponse.TENTATIVE,
                    ),
                ],
                map_ids=[erp.id],
                ical_uid="uid-1@example.com",
                recurrence="FREQ=WEEKLY;BYDAY=TU",
            )
        )
        assert meeting.id is not None
        uow.plans.add(
            EngagementPlan(
                ada.id,
                "Ada: neutral → supporter by end of Q3",
                date(2025, 3, 1),
                target_attitude=3,
                target_date=date(2025, 9, 30),
                strategy="Numbers first.",
                owner="CIO office",
                map_id=erp.id,
                created_at=T0,
                touchpoints=[
                    Touchpoint(
                        date(2025, 3, 10),
                        TouchpointKind.MEAL,
                        "Hear her out",
                        date(2025, 3, 10),
                        interaction.id,
                    ),
                    Touchpoint(
                        date(2025, 4, 10), TouchpointKind.CALL, "1:1", series="every month, 2 times"
                    ),
                    Touchpoint(
                        date(2025, 5, 10), TouchpointKind.CALL, "1:1", series="every month, 2 times"
                    ),
                ],
            )
        )
        uow.messages.add(
            Message(
                "Quarterly portfolio update",
                Channel.WRITTEN,
                Tone.FORMAL,
                Frequency.QUARTERLY,
                date(2025, 4, 1),
                owner="PMO",
                recipients=[Recipient(ada.id, T0), Recipient(bob.id, T0)],
                interaction_ids=[interaction.id],
            )
        )
        uow.settings.put("workspace_uid", "sample-workspace")
        uow.commit()
    return Sample(group.id, finance.id, ada.id, bob.id, erp.id, interaction.id, meeting.id)


def without_change_stamps(sections: dict[str, Any]) -> dict[str, Any]:
    """Exported sections without who last changed each record and when (schema 9): an undo that
    rewrites a record is itself a change, recorded as the undoer's, now; the rest must match."""
    return {
        name: [
            {k: v for k, v in record.items() if k not in ("changed_by", "changed_at")}
            if isinstance(record, dict)
            else record
            for record in records
        ]
        if isinstance(records, list)
        else records
        for name, records in sections.items()
    }
