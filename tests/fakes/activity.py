"""Fake interaction, commitment, influence and meeting repositories."""

from __future__ import annotations

import builtins
from collections.abc import Iterable
from dataclasses import replace
from datetime import date, datetime

from domain.clock import as_utc
from domain.errors import NotFoundError
from domain.model import Commitment, InfluenceLink, Interaction, Meeting
from tests.fakes.base import FakeRepository
from tests.fakes.plans import forget_interaction_in_plans
from tests.fakes.store import clone, stored


class FakeInteractionRepository(FakeRepository):
    def add(self, interaction: Interaction) -> Interaction:
        self._check_references(interaction)
        row = stored(replace(interaction, id=self._new_id("interactions", interaction.id)))
        self._t.interactions[row.id] = row  # type: ignore[index]
        return clone(row)

    def get(self, interaction_id: int) -> Interaction | None:
        found = self._t.interactions.get(interaction_id)
        return clone(found) if found else None

    def update(self, interaction: Interaction) -> None:
        if interaction.id not in self._t.interactions:
            raise NotFoundError(f"No interaction with id {interaction.id}.")
        self._check_references(interaction)
        self._t.interactions[interaction.id] = stored(interaction)

    def delete(self, interaction_id: int) -> None:
        """Removes the interaction; its commitments and meeting forget where they came from."""
        t = self._t
        if t.interactions.pop(interaction_id, None) is None:
            return
        for row_id, commitment in list(t.commitments.items()):
            if commitment.interaction_id == interaction_id:
                t.commitments[row_id] = replace(commitment, interaction_id=None)
        for row_id, meeting in list(t.meetings.items()):
            if meeting.interaction_id == interaction_id:
                t.meetings[row_id] = replace(clone(meeting), interaction_id=None)
        forget_interaction_in_plans(t, interaction_id)

    def list(
        self, stakeholder_id: int | None = None, limit: int | None = None
    ) -> list[Interaction]:
        """Newest first."""
        rows = [
            i
            for i in self._t.interactions.values()
            if stakeholder_id is None or stakeholder_id in i.participant_ids
        ]
        rows.sort(key=lambda i: (i.when, i.id), reverse=True)
        return [clone(i) for i in rows[:limit]]

    def recent(
        self, stakeholder_ids: Iterable[int], per_person: int
    ) -> dict[int, builtins.list[Interaction]]:
        found = {person: self.list(person, per_person) for person in set(stakeholder_ids)}
        return {person: rows for person, rows in found.items() if rows}

    def last_contact(
        self, stakeholder_ids: Iterable[int] | None = None, until: datetime | None = None
    ) -> dict[int, datetime]:
        wanted = set(stakeholder_ids) if stakeholder_ids is not None else None
        last: dict[int, datetime] = {}
        for interaction in self._t.interactions.values():
            if until is not None and interaction.when > as_utc(until):
                continue
            for person in interaction.participant_ids:
                if (wanted is None or person in wanted) and (
                    person not in last or interaction.when > last[person]
                ):
                    last[person] = interaction.when
        return last

    def contact_moments(self, stakeholder_ids: Iterable[int]) -> dict[int, builtins.list[datetime]]:
        wanted = set(stakeholder_ids)
        found: dict[int, builtins.list[datetime]] = {}
        for interaction in sorted(self._t.interactions.values(), key=lambda i: i.when):
            for person in interaction.participant_ids:
                if person in wanted:
                    found.setdefault(person, []).append(interaction.when)
        return found

    def _check_references(self, interaction: Interaction) -> None:
        for person in interaction.participant_ids:
            self._require("stakeholders", person, "Stakeholder")


class FakeCommitmentRepository(FakeRepository):
    def add(self, commitment: Commitment) -> Commitment:
        self._check_references(commitment)
        row = stored(replace(commitment, id=self._new_id("commitments", commitment.id)))
        self._t.commitments[row.id] = row  # type: ignore[index]
        return clone(row)

    def get(self, commitment_id: int) -> Commitment | None:
        found = self._t.commitments.get(commitment_id)
        return clone(found) if found else None

    def update(self, commitment: Commitment) -> None:
        if commitment.id not in self._t.commitments:
            raise NotFoundError(f"No commitment with id {commitment.id}.")
        self._check_references(commitment)
        self._t.commitments[commitment.id] = stored(commitment)

    def delete(self, commitment_id: int) -> None:
        self._t.commitments.pop(commitment_id, None)

    def open_for(self, stakeholder_ids: Iterable[int]) -> dict[int, builtins.list[Commitment]]:
        found = {person: self.list(person, open_only=True) for person in set(stakeholder_ids)}
        return {person: rows for person, rows in found.items() if rows}

    def list(self, stakeholder_id: int | None = None, open_only: bool = False) -> list[Commitment]:
        """By due date (undated last), then in the order they were made."""
        rows = [
            c
            for c in self._t.commitments.values()
            if (stakeholder_id is None or c.stakeholder_id == stakeholder_id)
            and (not open_only or c.is_open)
        ]
        rows.sort(key=lambda c: (c.due_on or date.max, c.id))
        return [clone(c) for c in rows]

    def overdue(self, today: date) -> builtins.list[Commitment]:
        rows = [c for c in self._t.commitments.values() if c.is_overdue(today)]
        rows.sort(key=lambda c: (c.due_on, c.id))
        return [clone(c) for c in rows]

    def _check_references(self, commitment: Commitment) -> None:
        self._require("stakeholders", commitment.stakeholder_id, "Stakeholder")
        self._require("interactions", commitment.interaction_id, "Interaction")


class FakeInfluenceRepository(FakeRepository):
    def add(self, link: InfluenceLink) -> InfluenceLink:
        self._require("stakeholders", link.source_id, "Stakeholder")
        self._require("stakeholders", link.target_id, "Stakeholder")
        row = stored(replace(link, id=self._new_id("influence", link.id)))
        self._t.influence[row.id] = row  # type: ignore[index]
        return clone(row)

    def delete(self, link_id: int) -> None:
        self._t.influence.pop(link_id, None)

    def list(self, stakeholder_id: int | None = None) -> list[InfluenceLink]:
        """Links from or to the person (all links when None)."""
        rows = [
            k
            for k in self._t.influence.values()
            if stakeholder_id is None or stakeholder_id in (k.source_id, k.target_id)
        ]
        return [clone(k) for k in sorted(rows, key=lambda k: k.id or 0)]


class FakeMeetingRepository(FakeRepository):
    def add(self, meeting: Meeting) -> Meeting:
        self._check_references(meeting)
        row = stored(replace(meeting, id=self._new_id("meetings", meeting.id)))
        self._t.meetings[row.id] = row  # type: ignore[index]
        return clone(row)

    def get(self, meeting_id: int) -> Meeting | None:
        found = self._t.meetings.get(meeting_id)
        return clone(found) if found else None

    def update(self, meeting: Meeting) -> None:
        if meeting.id not in self._t.meetings:
            raise NotFoundError(f"No meeting with id {meeting.id}.")
        self._check_references(meeting)
        self._t.meetings[meeting.id] = stored(meeting)

    def delete(self, meeting_id: int) -> None:
        self._t.meetings.pop(meeting_id, None)

    def list(self, start: datetime | None = None, end: datetime | None = None) -> list[Meeting]:
        """Meetings by start time, optionally those starting in [start, end)."""
        low = as_utc(start) if start is not None else None
        high = as_utc(end) if end is not None else None
        rows = [
            m
            for m in self._t.meetings.values()
            if (low is None or m.start >= low) and (high is None or m.start < high)
        ]
        return [clone(m) for m in sorted(rows, key=lambda m: (m.start, m.id))]

    def _check_references(self, meeting: Meeting) -> None:
        for attendee in meeting.attendees:
            self._require("stakeholders", attendee.stakeholder_id, "Stakeholder")
        for map_id in meeting.map_ids:
            self._require("maps", map_id, "Map")
        self._require("interactions", meeting.interaction_id, "Interaction")
