"""Entities and value objects."""

from domain.model.commitment import Commitment, CommitmentDirection
from domain.model.communication import Channel, Frequency, Message, Recipient, Tone
from domain.model.concern import Concern, ConcernKind, ConcernSeverity, ConcernStatus
from domain.model.contact_card import ColumnMapping, ContactCard, ContactField, ContactFile
from domain.model.demand import (
    PIPELINE,
    DemandItem,
    DemandKind,
    DemandStatus,
    DemandStep,
)
from domain.model.engagement_plan import (
    EngagementPlan,
    Touchpoint,
    TouchpointKind,
    TouchpointStatus,
)
from domain.model.influence import InfluenceLink
from domain.model.interaction import Interaction, InteractionKind, Sentiment
from domain.model.meeting import AttendeeResponse, AttendeeRole, Meeting, MeetingAttendee
from domain.model.note import Note
from domain.model.organisation import (
    MaturityAssessment,
    MaturityLevel,
    MaturityTarget,
    Organisation,
    OrganisationKind,
)
from domain.model.photo import Photo, image_type
from domain.model.rating import (
    Attitude,
    Dimension,
    Rating,
)
from domain.model.revision import UNKNOWN_AUTHOR, Revision, author_label
from domain.model.stakeholder import Relation, Stakeholder, without_honorific
from domain.model.stakeholder_map import MapMembership, StakeholderMap
from domain.model.team import TeamMember, TeamRole

__all__ = [
    "PIPELINE",
    "UNKNOWN_AUTHOR",
    "AttendeeResponse",
    "AttendeeRole",
    "Attitude",
    "Channel",
    "ColumnMapping",
    "Commitment",
    "CommitmentDirection",
    "Concern",
    "ConcernKind",
    "ConcernSeverity",
    "ConcernStatus",
    "ContactCard",
    "ContactField",
    "ContactFile",
    "DemandItem",
    "DemandKind",
    "DemandStatus",
    "DemandStep",
    "Dimension",
    "EngagementPlan",
    "Frequency",
    "InfluenceLink",
    "Interaction",
    "InteractionKind",
    "MapMembership",
    "MaturityAssessment",
    "MaturityLevel",
    "MaturityTarget",
    "Meeting",
    "MeetingAttendee",
    "Message",
    "Note",
    "Organisation",
    "OrganisationKind",
    "Photo",
    "Rating",
    "Recipient",
    "Relation",
    "Revision",
    "Sentiment",
    "Stakeholder",
    "StakeholderMap",
    "TeamMember",
    "TeamRole",
    "Tone",
    "Touchpoint",
    "TouchpointKind",
    "TouchpointStatus",
    "author_label",
    "image_type",
    "without_honorific",
]
