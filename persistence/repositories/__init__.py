"""SQLAlchemy implementations of the repository ports in ``domain.ports``.

Each repository works inside one unit of work's session and hands out plain domain dataclasses,
never ORM rows.
"""

from persistence.repositories.activity import (
    SqlCommitmentRepository,
    SqlInfluenceRepository,
    SqlInteractionRepository,
)
from persistence.repositories.concerns import SqlConcernRepository, SqlSettingsRepository
from persistence.repositories.demand import SqlDemandRepository
from persistence.repositories.maps import SqlMapRepository
from persistence.repositories.meetings import SqlMeetingRepository
from persistence.repositories.notes import SqlNoteRepository, SqlTeamDirectory
from persistence.repositories.organisations import SqlOrganisationRepository
from persistence.repositories.people import SqlStakeholderRepository
from persistence.repositories.plans import (
    SqlMessageRepository,
    SqlPlanRepository,
)
from persistence.repositories.ratings import SqlRatingRepository

__all__ = [
    "SqlCommitmentRepository",
    "SqlConcernRepository",
    "SqlDemandRepository",
    "SqlInfluenceRepository",
    "SqlInteractionRepository",
    "SqlMapRepository",
    "SqlMeetingRepository",
    "SqlMessageRepository",
    "SqlNoteRepository",
    "SqlOrganisationRepository",
    "SqlPlanRepository",
    "SqlRatingRepository",
    "SqlSettingsRepository",
    "SqlStakeholderRepository",
    "SqlTeamDirectory",
]
