"""Undoable changes to organisations and units and to a unit's maturity assessments and target."""

from __future__ import annotations

from dataclasses import replace

from domain.model import MaturityAssessment, MaturityTarget, Organisation
from domain.usecases import maturity as mc
from domain.usecases import organisations as oc
from domain.usecases.unit_merge import UnitMerge, merge_units, undo_merge
from ui.app_context import AppContext, Topic
from ui.undo.use_case_command import UseCaseCommand

#: A change to the tree of units shows in the register (organisation and unit columns) too.
_STRUCTURE = (Topic.ORGANISATIONS, Topic.STAKEHOLDERS)


class AddOrganisationCommand(UseCaseCommand):
    topics = _STRUCTURE

    def __init__(self, ctx: AppContext, organisation: Organisation) -> None:
        kind = "Unit" if organisation.parent_id is not None else "Organisation"
        super().__init__(ctx, f"New {kind.lower()} {organisation.name.strip()}")
        self.organisation = organisation

    def perform(self) -> None:
        # A redo puts it back under the id it was first given.
        self.organisation = oc.add_organisation(self.ctx.uow(), replace(self.organisation))

    def revert(self) -> None:
        assert self.organisation.id is not None
        oc.remove_organisation(self.ctx.uow(), self.organisation.id)


class RenameOrganisationCommand(UseCaseCommand):
    topics = _STRUCTURE

    def __init__(self, ctx: AppContext, organisation_id: int, old: str, new: str) -> None:
        super().__init__(ctx, f"Rename {old} to {new.strip()}")
        self.organisation_id, self.old, self.new = organisation_id, old, new

    def perform(self) -> None:
        self.old = oc.rename_organisation(self.ctx.uow(), self.organisation_id, self.new)

    def revert(self) -> None:
        oc.rename_organisation(self.ctx.uow(), self.organisation_id, self.old)


class MoveOrganisationCommand(UseCaseCommand):
    topics = _STRUCTURE

    def __init__(self, ctx: AppContext, unit: Organisation, parent_id: int | None, where: str):
        super().__init__(ctx, f"Move {unit.name} {where}")
        assert unit.id is not None
        self.unit_id = unit.id
        self.parent_id = parent_id
        self.before: int | None = unit.parent_id

    def perform(self) -> None:
        self.before = oc.move_organisation(self.ctx.uow(), self.unit_id, self.parent_id)

    def revert(self) -> None:
        oc.move_organisation(self.ctx.uow(), self.unit_id, self.before)


class ArchiveOrganisationCommand(UseCaseCommand):
    topics = _STRUCTURE

    def __init__(self, ctx: AppContext, unit: Organisation, archived: bool) -> None:
        super().__init__(ctx, f"{'Archive' if archived else 'Restore'} {unit.name}")
        assert unit.id is not None
        self.unit_id = unit.id
        self.archived = archived
        self.changed: list[int] = []

    def perform(self) -> None:
        self.changed = oc.set_archived(self.ctx.uow(), self.unit_id, self.archived)

    def revert(self) -> None:
        oc.restore_archived(self.ctx.uow(), self.changed, not self.archived)


class MergeOrganisationCommand(UseCaseCommand):
    topics = (*_STRUCTURE, Topic.DEMAND)

    def __init__(self, ctx: AppContext, source: Organisation, target: Organisation) -> None:
        super().__init__(ctx, f"Merge {source.name} into {target.name}")
        assert source.id is not None and target.id is not None
        self.source_id, self.target_id = source.id, target.id
        self.done: UnitMerge | None = None

    def perform(self) -> None:
        self.done = merge_units(self.ctx.uow(), self.source_id, self.target_id)

    def revert(self) -> None:
        assert self.done is not None
        undo_merge(self.ctx.uow(), self.done)


class RecordAssessmentCommand(UseCaseCommand):
    topics = (Topic.ORGANISATIONS,)

    def __init__(self, ctx: AppContext, assessment: MaturityAssessment, unit_name: str) -> None:
        super().__init__(ctx, f"Assess {unit_name} as {assessment.level.label}")
        self.assessment = assessment

    def perform(self) -> None:
        self.assessment = mc.record_assessment(self.ctx.uow(), replace(self.assessment))

    def revert(self) -> None:
        assert self.assessment.id is not None
        mc.delete_assessment(self.ctx.uow(), self.assessment.id)


class EditAssessmentCommand(UseCaseCommand):
    topics = (Topic.ORGANISATIONS,)

    def __init__(
        self, ctx: AppContext, before: MaturityAssessment, after: MaturityAssessment
    ) -> None:
        super().__init__(ctx, "Edit maturity assessment")
        self.before, self.after = replace(before), replace(after)

    def perform(self) -> None:
        mc.edit_assessment(self.ctx.uow(), replace(self.after))

    def revert(self) -> None:
        mc.edit_assessment(self.ctx.uow(), replace(self.before))


class DeleteAssessmentCommand(UseCaseCommand):
    topics = (Topic.ORGANISATIONS,)

    def __init__(self, ctx: AppContext, assessment: MaturityAssessment) -> None:
        super().__init__(ctx, "Delete maturity assessment")
        self.assessment = replace(assessment)

    def perform(self) -> None:
        assert self.assessment.id is not None
        mc.delete_assessment(self.ctx.uow(), self.assessment.id)

    def revert(self) -> None:
        mc.record_assessment(self.ctx.uow(), replace(self.assessment))


class SetTargetCommand(UseCaseCommand):
    topics = (Topic.ORGANISATIONS,)

    def __init__(
        self, ctx: AppContext, organisation_id: int, target: MaturityTarget | None, name: str
    ) -> None:
        text = f"Set the maturity target of {name}" if target else f"Clear the target of {name}"
        super().__init__(ctx, text)
        self.organisation_id = organisation_id
        self.target = target
        self.before: MaturityTarget | None = None

    def perform(self) -> None:
        self.before = mc.set_target(self.ctx.uow(), self.organisation_id, self.target)

    def revert(self) -> None:
        mc.set_target(self.ctx.uow(), self.organisation_id, self.before)
