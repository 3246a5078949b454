"""Fake stakeholder and organisation repositories."""

from __future__ import annotations

import builtins
from collections.abc import Iterable
from dataclasses import replace

from domain.clock import as_utc
from domain.errors import NotFoundError
from domain.model import MaturityAssessment, MaturityTarget, Organisation, Photo, Stakeholder
from tests.fakes.base import FakeRepository, added_revision, changed_revision
from tests.fakes.plans import forget_person_in_plans
from tests.fakes.store import clone, stored


class FakeStakeholderRepository(FakeRepository):
    def add(self, stakeholder: Stakeholder) -> Stakeholder:
        self._check_references(stakeholder)
        row = stored(
            replace(
                stakeholder,
                id=self._new_id("stakeholders", stakeholder.id),
                revision=added_revision(stakeholder.revision),
            )
        )
        self._t.stakeholders[row.id] = row  # type: ignore[index]
        return clone(row)

    def get(self, stakeholder_id: int) -> Stakeholder | None:
        found = self._t.stakeholders.get(stakeholder_id)
        return clone(found) if found else None

    def update(self, stakeholder: Stakeholder) -> None:
        if stakeholder.id not in self._t.stakeholders:
            raise NotFoundError(f"No stakeholder with id {stakeholder.id}.")
        self._check_references(stakeholder)
        before = self._t.stakeholders[stakeholder.id]
        revision = changed_revision(before.revision)
        self._t.stakeholders[stakeholder.id] = stored(replace(stakeholder, revision=revision))

    def delete(self, stakeholder_id: int) -> None:
        """Removes the person and what hangs off them, as the schema's cascades would."""
        t = self._t
        gone = t.stakeholders.pop(stakeholder_id, None)
        if gone is None:
            return
        t.photos.pop(stakeholder_id, None)
        for key in [k for k in t.memberships if k[1] == stakeholder_id]:
            del t.memberships[key]
        for table in (t.ratings, t.commitments, t.concerns, t.notes):
            for row_id in [i for i, r in table.items() if r.stakeholder_id == stakeholder_id]:
                del table[row_id]
        for link_id in [
            i for i, k in t.influence.items() if stakeholder_id in (k.source_id, k.target_id)
        ]:
            del t.influence[link_id]
        for row_id, interaction in list(t.interactions.items()):
            if stakeholder_id in interaction.participant_ids:
                others = [p for p in interaction.participant_ids if p != stakeholder_id]
                t.interactions[row_id] = replace(interaction, participant_ids=others)
        for row_id, item in list(t.demand.items()):
            if item.sponsor_id == stakeholder_id:
                t.demand[row_id] = replace(item, sponsor_id=None)
        for row_id, meeting in list(t.meetings.items()):
            if any(a.stakeholder_id == stakeholder_id for a in meeting.attendees):
                kept = clone(meeting)
                for attendee in kept.attendees:
                    if attendee.stakeholder_id == stakeholder_id:
                        attendee.stakeholder_id = None
                        attendee.name = attendee.name or gone.name
                        attendee.email = attendee.email or gone.email
                t.meetings[row_id] = kept
        forget_person_in_plans(t, stakeholder_id)

    def get_many(self, stakeholder_ids: Iterable[int]) -> dict[int, Stakeholder]:
        rows = self._t.stakeholders
        return {i: clone(rows[i]) for i in set(stakeholder_ids) if i in rows}

    def list(self, include_archived: bool = False) -> list[Stakeholder]:
        rows = [s for s in self._t.stakeholders.values() if include_archived or not s.archived]
        return [clone(s) for s in sorted(rows, key=lambda s: (s.name.casefold(), s.id))]

    def find_by_email(self, email: str) -> Stakeholder | None:
        wanted = email.strip().casefold()
        if not wanted:
            return None
        for row in sorted(self._t.stakeholders.values(), key=lambda s: s.id or 0):
            if row.email.casefold() == wanted:
                return clone(row)
        return None

    def names(self, include_archived: bool = False) -> dict[int, str]:
        return {
            i: s.name for i, s in self._t.stakeholders.items() if include_archived or not s.archived
        }

    def units(self) -> dict[int, tuple[str, int | None]]:
        return {
            i: (s.name, s.unit_id if s.unit_id is not None else s.organisation_id)
            for i, s in self._t.stakeholders.items()
            if not s.archived
        }

    def owners(self) -> dict[int, str]:
        return {i: s.owner for i, s in self._t.stakeholders.items() if s.owner and not s.archived}

    def count(self) -> int:
        return len(self._t.stakeholders)

    def photo(self, stakeholder_id: int) -> Photo | None:
        return self._t.photos.get(stakeholder_id)

    def photos(self) -> dict[int, Photo]:
        return dict(self._t.photos)

    def add_many(self, people: Iterable[Stakeholder]) -> builtins.list[Stakeholder]:
        return [self.add(person) for person in people]

    def update_many(self, people: Iterable[Stakeholder]) -> None:
        for person in people:
            self.update(person)

    def photo_ids(self) -> set[int]:
        return set(self._t.photos)

    def set_photo(self, stakeholder_id: int, photo: Photo | None) -> None:
        self._require("stakeholders", stakeholder_id, "Stakeholder")
        if photo is None:
            self._t.photos.pop(stakeholder_id, None)
        else:
            self._t.photos[stakeholder_id] = photo

    def _check_references(self, stakeholder: Stakeholder) -> None:
        self._require("organisations", stakeholder.organisation_id, "Organisation")
        self._require("organisations", stakeholder.unit_id, "Unit")


class FakeOrganisationRepository(FakeRepository):
    def add(self, organisation: Organisation) -> Organisation:
        self._require("organisations", organisation.parent_id, "Parent organisation")
        row = stored(replace(organisation, id=self._new_id("organisations", organisation.id)))
        self._t.organisations[row.id] = row  # type: ignore[index]
        return clone(row)

    def get(self, organisation_id: int) -> Organisation | None:
        found = self._t.organisations.get(organisation_id)
        return clone(found) if found else None

    def update(self, organisation: Organisation) -> None:
        if organisation.id not in self._t.organisations:
            raise NotFoundError(f"No organisation with id {organisation.id}.")
        self._require("organisations", organisation.parent_id, "Parent organisation")
        self._t.organisations[organisation.id] = stored(organisation)

    def delete(self, organisation_id: int) -> None:
        """Removes the organisation; people and sub-units lose the reference, assessments go."""
        t = self._t
        if t.organisations.pop(organisation_id, None) is None:
            return
        for row_id, org in list(t.organisations.items()):
            if org.parent_id == organisation_id:
                t.organisations[row_id] = replace(org, parent_id=None)
        for row_id, person in list(t.stakeholders.items()):
            if organisation_id in (person.organisation_id, person.unit_id):
                t.stakeholders[row_id] = replace(
                    clone(person),
                    organisation_id=None
                    if person.organisation_id == organisation_id
                    else person.organisation_id,
                    unit_id=None if person.unit_id == organisation_id else person.unit_id,
                )
        for row_id in [i for i, a in t.maturity.items() if a.organisation_id == organisation_id]:
            del t.maturity[row_id]
        t.targets.pop(organisation_id, None)
        for row_id in [i for i, d in t.demand.items() if d.unit_id == organisation_id]:
            del t.demand[row_id]

    def list(self) -> list[Organisation]:
        rows = sorted(self._t.organisations.values(), key=lambda o: (o.name.casefold(), o.id))
        return [clone(o) for o in rows]

    def add_maturity(self, assessment: MaturityAssessment) -> MaturityAssessment:
        self._require("organisations", assessment.organisation_id, "Organisation")
        row = stored(replace(assessment, id=self._new_id("maturity", assessment.id)))
        self._t.maturity[row.id] = row  # type: ignore[index]
        return clone(row)

    def maturity_history(
        self, organisation_id: int | None = None
    ) -> builtins.list[MaturityAssessment]:
        rows = [
            a
            for a in self._t.maturity.values()
            if organisation_id is None or a.organisation_id == organisation_id
        ]
        return [clone(a) for a in sorted(rows, key=lambda a: (as_utc(a.at), a.id))]

    def get_maturity(self, assessment_id: int) -> MaturityAssessment | None:
        found = self._t.maturity.get(assessment_id)
        return clone(found) if found else None

    def update_maturity(self, assessment: MaturityAssessment) -> None:
        if assessment.id not in self._t.maturity:
            raise NotFoundError(f"No maturity assessment with id {assessment.id}.")
        self._require("organisations", assessment.organisation_id, "Organisation")
        self._t.maturity[assessment.id] = stored(assessment)

    def delete_maturity(self, assessment_id: int) -> None:
        self._t.maturity.pop(assessment_id, None)

    def targets(self) -> builtins.list[MaturityTarget]:
        return [clone(t) for _, t in sorted(self._t.targets.items())]

    def set_target(self, target: MaturityTarget) -> None:
        self._require("organisations", target.organisation_id, "Organisation")
        self._t.targets[target.organisation_id] = stored(target)

    def delete_target(self, organisation_id: int) -> None:
        self._t.targets.pop(organisation_id, None)
