"""The ports the use cases need: repositories and a unit of work.

Persistence implements them with SQLAlchemy; tests implement them in memory. Every method takes and
returns plain domain objects (detached copies), never live database rows.
"""

from __future__ import annotations

import builtins
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from types import TracebackType
from typing import Protocol, Self

from domain.model import (
    Commitment,
    Concern,
    DemandItem,
    Dimension,
    EngagementPlan,
    InfluenceLink,
    Interaction,
    MapMembership,
    MaturityAssessment,
    MaturityTarget,
    Meeting,
    Message,
    Note,
    Organisation,
    Photo,
    Rating,
    Recipient,
    Stakeholder,
    StakeholderMap,
    TeamMember,
)


@dataclass(frozen=True, slots=True)
class CurrentValue:
    """The latest value of one dimension for one person (and map), kept at hand for fast views."""

    stakeholder_id: int
    dimension: Dimension
    map_id: int | None
    value: float
    at: datetime
    rating_id: int


@dataclass(frozen=True, slots=True)
class RatingPoint:
    """One rating reduced to what a replay needs: who, what, how much, from when (no note)."""

    stakeholder_id: int
    dimension: Dimension
    value: float
    at: datetime
    rating_id: int


@dataclass(slots=True)
class WindowChange:
    """How one person's rating of a per-person dimension moved inside a window (since, until]."""

    stakeholder_id: int
    #: The value held when the window opened (None: first rated inside the window).
    before: float | None
    #: For someone first rated inside the window (``before`` is None), the value held from that
    #: first moment (on a tie, the later entry); None otherwise, as it is not needed then.
    first: float | None
    #: The value held at the window's end.
    last: float
    last_at: datetime
    #: The latest non-empty note inside the window ("" when none).
    note: str


@dataclass(slots=True)
class MembershipValues:
    """Someone on a map with the current values asked for (a dimension not rated is absent)."""

    map_id: int
    stakeholder_id: int
    added_at: datetime
    values: dict[Dimension, float]


class StakeholderRepository(Protocol):
    def add(self, stakeholder: Stakeholder) -> Stakeholder: ...
    def get(self, stakeholder_id: int) -> Stakeholder | None: ...
    def update(self, stakeholder: Stakeholder) -> None: ...
    def delete(self, stakeholder_id: int) -> None: ...
    def list(self, include_archived: bool = False) -> list[Stakeholder]: ...
    def find_by_email(self, email: str) -> Stakeholder | None: ...
    def get_many(self, stakeholder_ids: Iterable[int]) -> dict[int, Stakeholder]:
        """The people with these ids (unknown ids left out), in one read (prep sheets)."""
        ...

    def names(self, include_archived: bool = False) -> dict[int, str]:
        """Id → name of everyone (a light read for lists over thousands of people)."""
        ...

    def units(self) -> dict[int, tuple[str, int | None]]:
        """Id → (name, unit) of everyone not archived, the unit being their unit within the
        organisation, else the organisation (a light read, as ``names``)."""
        ...

    def owners(self) -> dict[int, str]:
        """Id → owner's login of everyone not archived who has an owner (a light read, as
        ``names``: coverage and the "Mine" filters over thousands of people)."""
        ...

    def count(self) -> int: ...
    def add_many(self, people: Iterable[Stakeholder]) -> builtins.list[Stakeholder]:
        """Add many people at once (an import); returns them with their ids, in order."""
        ...

    def update_many(self, people: Iterable[Stakeholder]) -> None:
        """Save many people at once (an import's merges)."""
        ...

    def photo(self, stakeholder_id: int) -> Photo | None: ...
    def photos(self) -> dict[int, Photo]:
        """Every person's photo (the JSON export)."""
        ...

    def set_photo(self, stakeholder_id: int, photo: Photo | None) -> None:
        """Give the person this photo (None: remove theirs)."""
        ...

    def photo_ids(self) -> set[int]:
        """Who has a photo (without reading any)."""
        ...


class OrganisationRepository(Protocol):
    def add(self, organisation: Organisation) -> Organisation: ...
    def get(self, organisation_id: int) -> Organisation | None: ...
    def update(self, organisation: Organisation) -> None: ...
    def delete(self, organisation_id: int) -> None: ...
    def list(self) -> list[Organisation]: ...
    def add_maturity(self, assessment: MaturityAssessment) -> MaturityAssessment: ...
    def maturity_history(
        self, organisation_id: int | None = None
    ) -> builtins.list[MaturityAssessment]: ...
    def get_maturity(self, assessment_id: int) -> MaturityAssessment | None: ...
    def update_maturity(self, assessment: MaturityAssessment) -> None: ...
    def delete_maturity(self, assessment_id: int) -> None: ...
    def targets(self) -> builtins.list[MaturityTarget]:
        """Every unit's maturity target (at most one each)."""
        ...

    def set_target(self, target: MaturityTarget) -> None:
        """Sets (or replaces) the unit's target."""
        ...

    def delete_target(self, organisation_id: int) -> None: ...


class DemandRepository(Protocol):
    """The demand log: items with their status steps, stored and read whole."""

    def add(self, item: DemandItem) -> DemandItem: ...
    def get(self, item_id: int) -> DemandItem | None: ...
    def update(self, item: DemandItem) -> None: ...
    def delete(self, item_id: int) -> None: ...
    def list(self, unit_id: int | None = None) -> builtins.list[DemandItem]:
        """Items by id, optionally one unit's."""
        ...

    def count(self) -> int: ...


class MapRepository(Protocol):
    def add(self, stakeholder_map: StakeholderMap) -> StakeholderMap: ...
    def get(self, map_id: int) -> StakeholderMap | None: ...
    def update(self, stakeholder_map: StakeholderMap) -> None: ...
    def delete(self, map_id: int) -> None: ...
    def list(self) -> list[StakeholderMap]: ...
    def add_member(self, membership: MapMembership) -> None: ...
    def remove_member(self, map_id: int, stakeholder_id: int) -> None: ...
    # `builtins.list` below: the method named `list` shadows the type in the class body.
    def members(self, map_id: int) -> builtins.list[MapMembership]: ...
    def maps_of(self, stakeholder_id: int) -> builtins.list[int]: ...
    def placements(self, dimensions: Iterable[Dimension]) -> Iterator[MembershipValues]:
        """Every member of every map with their current values in ``dimensions`` on that map,
        yielded as read (tens of thousands on a big workspace): consume them inside the unit of
        work."""
        ...


class RatingRepository(Protocol):
    def add(self, rating: Rating) -> Rating: ...
    def get(self, rating_id: int) -> Rating | None: ...
    def remove(self, rating_id: int) -> None: ...
    def history(
        self,
        stakeholder_id: int | None = None,
        dimensions: Iterable[Dimension] | None = None,
        map_id: int | None = None,
        since: datetime | None = None,
    ) -> list[Rating]:
        """Ratings in time order, narrowed by any of the arguments given."""
        ...

    def history_for_map(self, map_id: int, dimensions: Iterable[Dimension]) -> list[Rating]: ...
    def histories(
        self,
        stakeholder_ids: Iterable[int],
        dimensions: Iterable[Dimension],
        since: datetime | None = None,
    ) -> dict[int, builtins.list[Rating]]:
        """Each person's ratings of ``dimensions`` in time order, in one read (prep sheets).
        With ``since``, only those from then on plus the one that held at ``since``."""
        ...

    def points(
        self, dimensions: Iterable[Dimension], map_id: int | None = None
    ) -> list[RatingPoint]:
        """Every rating of ``dimensions`` on map ``map_id`` (None: the per-person ones), oldest
        first (on a tie, in entry order), as light rows: for replaying big maps quickly."""
        ...

    def current(
        self,
        dimensions: Iterable[Dimension],
        stakeholder_ids: Iterable[int] | None = None,
        map_id: int | None = None,
    ) -> list[CurrentValue]:
        """Latest values, read from the kept-at-hand table rather than from history."""
        ...

    def window_changes(
        self,
        dimension: Dimension,
        since: datetime,
        until: datetime,
        fell_by_more_than: float | None = None,
    ) -> list[WindowChange]:
        """For everyone rated in a per-person ``dimension`` inside (since, until]: the value held
        at ``since``, the first and last values inside, and the latest note. Computed in the
        database from the window's ratings plus one index seek per person, never the whole history.

        With ``fell_by_more_than``, only the people whose value fell by more than that (from the
        value held at ``since``, or the first inside when none, to the last) — the test of
        :func:`domain.rules.trends.fell_by_more_than`.
        """
        ...

    def count(self) -> int: ...


class InteractionRepository(Protocol):
    def add(self, interaction: Interaction) -> Interaction: ...
    def get(self, interaction_id: int) -> Interaction | None: ...
    def update(self, interaction: Interaction) -> None: ...
    def delete(self, interaction_id: int) -> None: ...
    def list(
        self, stakeholder_id: int | None = None, limit: int | None = None
    ) -> list[Interaction]:
        """Newest first."""
        ...

    def last_contact(
        self, stakeholder_ids: Iterable[int] | None = None, until: datetime | None = None
    ) -> dict[int, datetime]:
        """Each person's latest interaction (at or before ``until``: one logged ahead, such as a
        call planned for next week, is not contact yet)."""
        ...

    def contact_moments(self, stakeholder_ids: Iterable[int]) -> dict[int, builtins.list[datetime]]:
        """When each person took part in an interaction, oldest first, in one read (the map's
        replay: who had been contacted when, as of any day)."""
        ...

    def recent(
        self, stakeholder_ids: Iterable[int], per_person: int
    ) -> dict[int, builtins.list[Interaction]]:
        """Each person's latest ``per_person`` interactions, newest first, in one read."""
        ...


class CommitmentRepository(Protocol):
    def add(self, commitment: Commitment) -> Commitment: ...
    def get(self, commitment_id: int) -> Commitment | None: ...
    def update(self, commitment: Commitment) -> None: ...
    def delete(self, commitment_id: int) -> None: ...
    def list(
        self, stakeholder_id: int | None = None, open_only: bool = False
    ) -> list[Commitment]: ...
    def overdue(self, today: date) -> builtins.list[Commitment]:
        """Open commitments due before ``today``, most overdue first."""
        ...

    def open_for(self, stakeholder_ids: Iterable[int]) -> dict[int, builtins.list[Commitment]]:
        """Each person's open commitments (by due date, undated last), in one read."""
        ...


class ConcernRepository(Protocol):
    def add(self, concern: Concern) -> Concern:
        """Store a concern (keeping ``concern.id`` when given: undo restoring it)."""
        ...

    def get(self, concern_id: int) -> Concern | None: ...
    def update(self, concern: Concern) -> None: ...
    def delete(self, concern_id: int) -> None: ...
    def list(self, stakeholder_id: int | None = None, open_only: bool = False) -> list[Concern]:
        """Open ones first, then by target date (undated last), then by the day raised."""
        ...

    def open_for(self, stakeholder_ids: Iterable[int]) -> dict[int, builtins.list[Concern]]:
        """Each person's open concerns, in one read (prep sheets)."""
        ...

    def open_counts(self, today: date) -> dict[int, tuple[int, int]]:
        """Person → (open concerns, of which overdue on ``today``), for everyone with any."""
        ...


class SettingsRepository(Protocol):
    """Settings kept in the workspace itself (they travel with it): text under a key."""

    def get(self, key: str) -> str | None: ...
    def put(self, key: str, value: str | None) -> None:
        """Store ``value`` under ``key`` (None: remove it)."""
        ...

    def all(self) -> dict[str, str]: ...


class InfluenceRepository(Protocol):
    def add(self, link: InfluenceLink) -> InfluenceLink: ...
    def delete(self, link_id: int) -> None: ...
    def list(self, stakeholder_id: int | None = None) -> list[InfluenceLink]: ...


class MeetingRepository(Protocol):
    def add(self, meeting: Meeting) -> Meeting: ...
    def get(self, meeting_id: int) -> Meeting | None: ...
    def update(self, meeting: Meeting) -> None: ...
    def delete(self, meeting_id: int) -> None: ...
    def list(self, start: datetime | None = None, end: datetime | None = None) -> list[Meeting]:
        """Meetings by start time, optionally those starting in [start, end)."""
        ...


class PlanRepository(Protocol):
    """Engagement plans, each with its touchpoints (a plan is stored and read whole)."""

    def add(self, plan: EngagementPlan) -> EngagementPlan:
        """Store the plan and its touchpoints; ids given are kept (undo puts a plan back)."""
        ...

    def get(self, plan_id: int) -> EngagementPlan | None: ...
    def update(self, plan: EngagementPlan) -> EngagementPlan:
        """Save the plan's fields and its touchpoints as given: those with an id are kept and
        updated, those without are added (returned with their ids), the others removed."""
        ...

    def delete(self, plan_id: int) -> None: ...
    def list(self, stakeholder_id: int | None = None) -> list[EngagementPlan]:
        """Plans (everyone's, or one person's), by start date."""
        ...

    def for_people(
        self, stakeholder_ids: Iterable[int]
    ) -> dict[int, builtins.list[EngagementPlan]]:
        """Each person's plans, in one read (prep sheets)."""
        ...

    def fulfil(self, touchpoint_id: int, done_on: date | None, interaction_id: int | None) -> None:
        """Mark a touchpoint done on ``done_on`` by ``interaction_id`` (None, None: not done)."""
        ...

    def fulfilled_by(self, interaction_id: int) -> builtins.list[int]:
        """The touchpoints that interaction fulfilled."""
        ...

    def touchpoint_count(self) -> int: ...


class MessageRepository(Protocol):
    """The communication plan: standing messages, their recipients and the interactions in which
    they went out."""

    def add(self, message: Message) -> Message:
        """Store the message with its recipients and sends; a given id is kept."""
        ...

    def get(self, message_id: int) -> Message | None: ...
    def update(self, message: Message) -> None:
        """Save the message's own fields (recipients and sends through their methods)."""
        ...

    def delete(self, message_id: int) -> None: ...
    def list(self) -> list[Message]:
        """Every message with its recipients and sends, by title."""
        ...

    def assign(self, message_id: int, recipients: Iterable[Recipient]) -> None:
        """Add recipients (those already receiving it are left as they are)."""
        ...

    def unassign(self, message_id: int, stakeholder_ids: Iterable[int]) -> None: ...
    def record_send(self, message_id: int, interaction_id: int) -> None: ...
    def sent_in(self, interaction_id: int) -> builtins.list[int]:
        """The messages that went out in that interaction."""
        ...


class NoteRepository(Protocol):
    """Notes on people. Only the notes the current login may read are ever returned: on a team
    server the database hides the others' private notes (row-level security)."""

    def add(self, note: Note) -> Note:
        """Store the note as written by the current login (a given id is kept: undo); returns it
        with its id, author and times."""
        ...

    def get(self, note_id: int) -> Note | None: ...
    def update(self, note: Note) -> Note:
        """Save the person, text and private flag (on a server only the author may: anyone else
        gets NotFoundError, as the database shows them no row to change). ``updated_at`` moves
        only when the text or the flag changed."""
        ...

    def delete(self, note_id: int) -> None: ...
    def list(self, stakeholder_id: int | None = None) -> builtins.list[Note]:
        """Readable notes (everyone's, or one person's), newest first."""
        ...

    def count(self) -> int: ...


class TeamDirectory(Protocol):
    """Who is using the workspace, and who else could own a relationship."""

    def current_login(self) -> str:
        """The login behind this connection (a server's current_user; the OS user on a file)."""
        ...

    def members(self) -> builtins.list[TeamMember]:
        """Everyone who may own a relationship, by display name (on a file: the local user)."""
        ...

    def may_write_as(self, login: str) -> bool:
        """Whether this connection may store a note as written by ``login`` (on a server only as
        oneself; on a file as anyone, its notes being all its user's own)."""
        ...


class UnitOfWork(Protocol):
    """One transaction. Leaving the ``with`` block without ``commit()`` rolls back."""

    stakeholders: StakeholderRepository
    organisations: OrganisationRepository
    maps: MapRepository
    ratings: RatingRepository
    interactions: InteractionRepository
    commitments: CommitmentRepository
    concerns: ConcernRepository
    settings: SettingsRepository
    influence: InfluenceRepository
    meetings: MeetingRepository
    plans: PlanRepository
    messages: MessageRepository
    demand: DemandRepository
    notes: NoteRepository
    team: TeamDirectory

    def __enter__(self) -> Self: ...
    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...
    def commit(self) -> None: ...
    def rollback(self) -> None: ...


class UnitOfWorkFactory(Protocol):
    def __call__(self) -> UnitOfWork: ...


__all__ = [
    "CommitmentRepository",
    "ConcernRepository",
    "CurrentValue",
    "DemandRepository",
    "InfluenceRepository",
    "InteractionRepository",
    "MapRepository",
    "MeetingRepository",
    "MembershipValues",
    "MessageRepository",
    "NoteRepository",
    "OrganisationRepository",
    "PlanRepository",
    "RatingPoint",
    "RatingRepository",
    "Sequence",
    "SettingsRepository",
    "StakeholderRepository",
    "TeamDirectory",
    "UnitOfWork",
    "UnitOfWorkFactory",
    "WindowChange",
]
