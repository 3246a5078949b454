"""The SQLAlchemy unit of work: one session, one transaction, the repositories on it."""

from __future__ import annotations

from types import TracebackType
from typing import Self

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

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
from persistence.errors import WorkspaceWriteError
from persistence.repositories import (
    SqlCommitmentRepository,
    SqlConcernRepository,
    SqlDemandRepository,
    SqlInfluenceRepository,
    SqlInteractionRepository,
    SqlMapRepository,
    SqlMeetingRepository,
    SqlMessageRepository,
    SqlNoteRepository,
    SqlOrganisationRepository,
    SqlPlanRepository,
    SqlRatingRepository,
    SqlSettingsRepository,
    SqlStakeholderRepository,
    SqlTeamDirectory,
)

# SQLite primary result codes (the low byte of an extended code) meaning "could not write".
_SQLITE_READONLY, _SQLITE_IOERR, _SQLITE_FULL = 8, 10, 13
# PostgreSQL SQLSTATEs: disk full, out of memory-ish storage, read-only transaction, and
# insufficient privilege (a team's viewer, or a row another member's policy keeps).
_PG_WRITE_FAILURES = {
    "53100": "full",
    "53000": "full",
    "25006": "read-only",
    "42501": "denied",
}


def write_failure(error: BaseException) -> str | None:
    """ "full", "read-only", "io" or "denied" (a server's privileges) when ``error`` says the
    database could not be written."""
    orig = error.orig if isinstance(error, DBAPIError) else error
    code = getattr(orig, "sqlite_errorcode", None)
    if isinstance(code, int):
        primary = code & 0xFF
        if primary == _SQLITE_FULL:
            return "full"
        if primary == _SQLITE_READONLY:
            return "read-only"
        if primary == _SQLITE_IOERR:
            return "io"
    sqlstate = getattr(orig, "sqlstate", None)
    if isinstance(sqlstate, str):
        return _PG_WRITE_FAILURES.get(sqlstate)
    return None


def write_error(kind: str) -> WorkspaceWriteError:
    if kind == "denied":
        return WorkspaceWriteError(
            "Your last change could not be saved because the server does not allow your login "
            "to make it. Nothing was lost: the workspace is as it was before that change. Ask "
            "your team's administrator if you should be allowed to."
        )
    reason = {
        "full": "the disk (or the database) is full",
        "read-only": "the workspace is read-only (a read-only file, folder or medium)",
        "io": "the disk reported an error",
    }[kind]
    return WorkspaceWriteError(
        f"Your last change could not be saved because {reason}. Nothing was lost: the workspace "
        "is as it was before that change. Free some space or make the workspace writable, then "
        "try again."
    )


class SqlAlchemyUnitOfWork:
    """Enter it to start a transaction; ``commit()`` keeps the work, leaving without it rolls back.

    Repositories are created on entry and belong to that transaction. A write that fails because
    the disk is full or the file is read-only raises :class:`WorkspaceWriteError`, after the
    whole transaction was rolled back.
    """

    def __init__(
        self, session_factory: sessionmaker[Session], read_only_message: str | None = None
    ) -> None:
        self._session_factory = session_factory
        self._read_only_message = read_only_message
        self._session: Session | None = None
        session = self._open_session
        # Typed as the ports (which also checks that each repository implements its port).
        self.stakeholders: StakeholderRepository = SqlStakeholderRepository(session)
        self.organisations: OrganisationRepository = SqlOrganisationRepository(session)
        self.maps: MapRepository = SqlMapRepository(session)
        self.ratings: RatingRepository = SqlRatingRepository(session)
        self.interactions: InteractionRepository = SqlInteractionRepository(session)
        self.commitments: CommitmentRepository = SqlCommitmentRepository(session)
        self.concerns: ConcernRepository = SqlConcernRepository(session)
        self.settings: SettingsRepository = SqlSettingsRepository(session)
        self.influence: InfluenceRepository = SqlInfluenceRepository(session)
        self.meetings: MeetingRepository = SqlMeetingRepository(session)
        self.plans: PlanRepository = SqlPlanRepository(session)
        self.messages: MessageRepository = SqlMessageRepository(session)
        self.demand: DemandRepository = SqlDemandRepository(session)
        self.notes: NoteRepository = SqlNoteRepository(session)
        self.team: TeamDirectory = SqlTeamDirectory(session)

    def _open_session(self) -> Session:
        if self._session is None:
            raise RuntimeError("The unit of work is used outside its `with` block.")
        return self._session

    @property
    def session(self) -> Session:
        """The SQLAlchemy session of the open transaction (for persistence's own tools)."""
        return self._open_session()

    def __enter__(self) -> Self:
        if self._session is not None:
            raise RuntimeError("The unit of work is already open.")
        self._session = self._session_factory()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        session, self._session = self.session, None
        try:
            session.rollback()  # nothing to undo after commit(); everything otherwise
        finally:
            session.close()
        kind = write_failure(exc) if exc is not None else None
        if kind is not None:
            # A flush inside the block hit the full disk: say so in the user's terms.
            raise self._write_error(kind) from exc

    def commit(self) -> None:
        session = self.session
        try:
            session.commit()
        except DBAPIError as error:
            session.rollback()
            kind = write_failure(error)
            if kind is None:
                raise
            raise self._write_error(kind) from error

    def _write_error(self, kind: str) -> WorkspaceWriteError:
        if kind in ("read-only", "denied") and self._read_only_message is not None:
            return WorkspaceWriteError(self._read_only_message)
        return write_error(kind)

    def rollback(self) -> None:
        self.session.rollback()


class SqlAlchemyUnitOfWorkFactory:
    """Makes units of work on one engine; ``factory()`` is what the use cases are given."""

    def __init__(self, engine: Engine, read_only_message: str | None = None) -> None:
        self.engine = engine
        #: What a write refused as read-only says (a workspace opened read-only on purpose).
        self.read_only_message = read_only_message
        # expire_on_commit=False: nothing outside the unit of work touches rows anyway (they are
        # turned into dataclasses inside), and it spares a reload after each commit.
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    def __call__(self) -> SqlAlchemyUnitOfWork:
        return SqlAlchemyUnitOfWork(self._sessions, self.read_only_message)
