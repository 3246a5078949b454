"""The ORM tables. Importing this package registers every table on ``Base.metadata``.

These classes stay inside ``persistence``: repositories turn them into domain dataclasses.
"""

from persistence.tables.activity import (
    CommitmentRow,
    InfluenceLinkRow,
    InteractionParticipantRow,
    InteractionRow,
)
from persistence.tables.base import Base, UtcDateTime
from persistence.tables.concerns import ConcernRow, WorkspaceSettingRow
from persistence.tables.demand import DemandItemRow, DemandStepRow
from persistence.tables.maps_ratings import (
    PER_PERSON_DIMENSIONS,
    CurrentRatingRow,
    MapMembershipRow,
    MapRow,
    RatingRow,
)
from persistence.tables.meetings import MeetingAttendeeRow, MeetingMapRow, MeetingRow
from persistence.tables.notes import NoteRow
from persistence.tables.people import (
    MaturityAssessmentRow,
    MaturityTargetRow,
    OrganisationRow,
    StakeholderPhotoRow,
    StakeholderRow,
    StakeholderTagRow,
)
from persistence.tables.plans import (
    EngagementPlanRow,
    MessageRecipientRow,
    MessageRow,
    MessageSendRow,
    TouchpointRow,
)

__all__ = [
    "PER_PERSON_DIMENSIONS",
    "Base",
    "CommitmentRow",
    "ConcernRow",
    "CurrentRatingRow",
    "DemandItemRow",
    "DemandStepRow",
    "EngagementPlanRow",
    "InfluenceLinkRow",
    "InteractionParticipantRow",
    "InteractionRow",
    "MapMembershipRow",
    "MapRow",
    "MaturityAssessmentRow",
    "MaturityTargetRow",
    "MeetingAttendeeRow",
    "MeetingMapRow",
    "MeetingRow",
    "MessageRecipientRow",
    "MessageRow",
    "MessageSendRow",
    "NoteRow",
    "OrganisationRow",
    "RatingRow",
    "StakeholderPhotoRow",
    "StakeholderRow",
    "StakeholderTagRow",
    "TouchpointRow",
    "UtcDateTime",
    "WorkspaceSettingRow",
]
