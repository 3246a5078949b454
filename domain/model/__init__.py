"""Entities and value objects."""

from domain.model.commitment import Commitment, CommitmentDirection
from domain.model.concern import Concern, ConcernKind, ConcernSeverity, ConcernStatus
from domain.model.contact_card import ColumnMapping, ContactCard, ContactField, ContactFile
from domain.model.influence import InfluenceLink
from domain.model.interaction import Interaction, InteractionKind, Sentiment
from domain.model.meeting import AttendeeResponse, AttendeeRole, Meeting, MeetingAttendee
from domain.model.organisation import (
    MaturityAssessment,
    MaturityLevel,
    Organisation,
    OrganisationKind,
)
from domain.model.photo import Photo, image_type
from domain.model.rating import (
    Attitude,
    Dimension,
    Rating,
)
from domain.model.stakeholder import Relation, Stakeholder, without_honorific
from domain.model.stakeholder_map import MapMembership, StakeholderMap

__all__ = [
    "AttendeeResponse",
    "AttendeeRole",
    "Attitude",
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
    "Dimension",
    "InfluenceLink",
    "Interaction",
    "InteractionKind",
    "MapMembership",
    "MaturityAssessment",
    "MaturityLevel",
    "Meeting",
    "MeetingAttendee",
    "Organisation",
    "OrganisationKind",
    "Photo",
    "Rating",
    "Relation",
    "Sentiment",
    "Stakeholder",
    "StakeholderMap",
    "image_type",
    "without_honorific",
]
