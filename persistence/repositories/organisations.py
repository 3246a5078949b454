"""The organisation repository: organisations and units, their maturity assessments and targets."""

from __future__ import annotations

import builtins

from sqlalchemy import delete, select

from domain.clock import as_utc
from domain.errors import NotFoundError
from domain.model import (
    MaturityAssessment,
    MaturityLevel,
    MaturityTarget,
    Organisation,
    OrganisationKind,
)
from persistence.repositories.base import SqlRepository, flush_guarded, keep_revision, revision_of
from persistence.tables import MaturityAssessmentRow, MaturityTargetRow, OrganisationRow


def _organisation(row: OrganisationRow) -> Organisation:
    return Organisation(
        row.name,
        OrganisationKind(row.kind),
        row.parent_id,
        row.id,
        archived=bool(row.archived),
        owner=row.owner,
        revision=revision_of(row),
    )


def _assessment(row: MaturityAssessmentRow) -> MaturityAssessment:
    return MaturityAssessment(
        row.organisation_id,
        MaturityLevel(row.level),
        as_utc(row.at),
        row.note,
        row.id,
        assessor=row.assessor or "",
    )


class SqlOrganisationRepository(SqlRepository):
    def add(self, organisation: Organisation) -> Organisation:
        row = OrganisationRow(
            id=organisation.id,
            name=organisation.name,
            kind=OrganisationKind(organisation.kind).value,
            parent_id=organisation.parent_id,
            archived=organisation.archived,
            owner=organisation.owner or None,
        )
        keep_revision(row, organisation.revision)
        self._insert(row, organisation.id)
        return _organisation(row)

    def get(self, organisation_id: int) -> Organisation | None:
        row = self._get_kept(OrganisationRow, organisation_id)
        return _organisation(row) if row else None

    def update(self, organisation: Organisation) -> None:
        row = self._get_kept(OrganisationRow, organisation.id) if organisation.id else None
        if row is None:
            raise NotFoundError(f"No organisation with id {organisation.id}.")
        row.name = organisation.name
        row.kind = OrganisationKind(organisation.kind).value
        row.parent_id = organisation.parent_id
        row.archived = organisation.archived
        row.owner = organisation.owner or None
        flush_guarded(self._session, row, f"the organisation {row.name}")

    def delete(self, organisation_id: int) -> None:
        """Removes the organisation, its assessments, target and demand; people and sub-units
        lose the link."""
        self._session.execute(delete(OrganisationRow).where(OrganisationRow.id == organisation_id))
        self._after_bulk_change()

    def list(self) -> list[Organisation]:
        rows = [_organisation(row) for row in self._session.scalars(select(OrganisationRow))]
        return sorted(rows, key=lambda o: (o.name.casefold(), o.id or 0))

    def add_maturity(self, assessment: MaturityAssessment) -> MaturityAssessment:
        row = MaturityAssessmentRow(
            id=assessment.id,
            organisation_id=assessment.organisation_id,
            level=int(assessment.level),
            at=as_utc(assessment.at),
            note=assessment.note,
            assessor=assessment.assessor,
        )
        self._insert(row, assessment.id)
        return _assessment(row)

    def get_maturity(self, assessment_id: int) -> MaturityAssessment | None:
        row = self._session.get(MaturityAssessmentRow, assessment_id)
        return _assessment(row) if row else None

    def update_maturity(self, assessment: MaturityAssessment) -> None:
        row = self._session.get(MaturityAssessmentRow, assessment.id) if assessment.id else None
        if row is None:
            raise NotFoundError(f"No maturity assessment with id {assessment.id}.")
        row.organisation_id = assessment.organisation_id
        row.level = int(assessment.level)
        row.at = as_utc(assessment.at)
        row.note = assessment.note
        row.assessor = assessment.assessor
        self._session.flush()

    def delete_maturity(self, assessment_id: int) -> None:
        self._session.execute(
            delete(MaturityAssessmentRow).where(MaturityAssessmentRow.id == assessment_id)
        )
        self._after_bulk_change()

    def maturity_history(
        self, organisation_id: int | None = None
    ) -> builtins.list[MaturityAssessment]:
        query = select(MaturityAssessmentRow).order_by(
            MaturityAssessmentRow.at, MaturityAssessmentRow.id
        )
        if organisation_id is not None:
            query = query.where(MaturityAssessmentRow.organisation_id == organisation_id)
        return [_assessment(row) for row in self._session.scalars(query)]

    def targets(self) -> builtins.list[MaturityTarget]:
        rows = self._session.scalars(
            select(MaturityTargetRow).order_by(MaturityTargetRow.organisation_id)
        )
        return [MaturityTarget(r.organisation_id, MaturityLevel(r.level), r.due_on) for r in rows]

    def set_target(self, target: MaturityTarget) -> None:
        row = self._session.get(MaturityTargetRow, target.organisation_id)
        if row is None:
            row = MaturityTargetRow(organisation_id=target.organisation_id)
            self._session.add(row)
        row.level = int(target.level)
        row.due_on = target.due_on
        self._session.flush()

    def delete_target(self, organisation_id: int) -> None:
        self._session.execute(
            delete(MaturityTargetRow).where(MaturityTargetRow.organisation_id == organisation_id)
        )
        self._after_bulk_change()
