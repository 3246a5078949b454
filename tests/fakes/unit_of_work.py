"""The fake unit of work: a transaction over copies of the committed tables."""

from __future__ import annotations

from types import TracebackType
from typing import Self

from domain.ports import (
    CommitmentRepository,
    ConcernRepository,
    DemandRepository,
    InfluenceRepository,
    InteractionRepository,
    MapRepository,
    MeetingRepository,
    MessageRepository,
    NoteRepository,
    OrganisationRepository,
    PlanRepository,
    RatingRepository,
    SettingsRepository,
    StakeholderRepository,
    TeamDirectory,
)
from tests.fakes.activity import (
    FakeCommitmentRepository,
    FakeInfluenceRepository,
    FakeInteractionRepository,
    FakeMeetingRepository,
)
from tests.fakes.concerns import FakeConcernRepository, FakeSettingsRepository
from tests.fakes.demand import FakeDemandRepository
from tests.fakes.maps_ratings import FakeMapRepository, FakeRatingRepository
from tests.fakes.notes import FakeNoteRepository, FakeTeamDirectory
from tests.fakes.people import FakeOrganisationRepository, FakeStakeholderRepository
from tests.fakes.plans import FakeMessageRepository, FakePlanRepository
from tests.fakes.store import FakeStore, Tables


class FakeUnitOfWork:
    """Entering copies the committed tables; ``commit()`` publishes the copy; leaving discards it.

    Like a real session it refuses to be used outside ``with`` and to be entered twice at once, but
    may be entered again after it was left (``find_or_add_organisation`` does that).
    """

    def __init__(self, store: FakeStore) -> None:
        self.store = store
        self._tables: Tables | None = None
        self.stakeholders: StakeholderRepository = FakeStakeholderRepository(self)
        self.organisations: OrganisationRepository = FakeOrganisationRepository(self)
        self.maps: MapRepository = FakeMapRepository(self)
        self.ratings: RatingRepository = FakeRatingRepository(self)
        self.interactions: InteractionRepository = FakeInteractionRepository(self)
        self.commitments: CommitmentRepository = FakeCommitmentRepository(self)
        self.concerns: ConcernRepository = FakeConcernRepository(self)
        self.settings: SettingsRepository = FakeSettingsRepository(self)
        self.influence: InfluenceRepository = FakeInfluenceRepository(self)
        self.meetings: MeetingRepository = FakeMeetingRepository(self)
        self.plans: PlanRepository = FakePlanRepository(self)
        self.messages: MessageRepository = FakeMessageRepository(self)
        self.demand: DemandRepository = FakeDemandRepository(self)
        self.notes: NoteRepository = FakeNoteRepository(self)
        self.team: TeamDirectory = FakeTeamDirectory(self)

    @property
    def tables(self) -> Tables:
        if self._tables is None:
            raise RuntimeError("The unit of work is used outside its `with` block.")
        return self._tables

    def __enter__(self) -> Self:
        if self._tables is not None:
            raise RuntimeError("The unit of work is already open.")
        self._tables = self.store.tables.copy()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._tables = None

    def commit(self) -> None:
        self.store.tables = self.tables.copy()
        self.store.commits += 1

    def rollback(self) -> None:
        self.tables  # noqa: B018 - raises outside `with`
        self._tables = self.store.tables.copy()
        self.store.rollbacks += 1


class FakeUnitOfWorkFactory:
    """Hands out units of work over one shared in-memory store (one "workspace")."""

    def __init__(self, store: FakeStore | None = None) -> None:
        self.store = store or FakeStore()

    def __call__(self) -> FakeUnitOfWork:
        return FakeUnitOfWork(self.store)
