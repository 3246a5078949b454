"""Merging one organisation or unit into another: its people, sub-units, maturity history and
demand move to the target, then it goes. The record of what moved lets undo put it all back."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from domain.errors import NotFoundError, ValidationError
from domain.model import MaturityTarget, Organisation
from domain.ports import UnitOfWork
from domain.rules.unit_paths import descendants


@dataclass(slots=True)
class UnitMerge:
    """What a merge moved, by id: enough to undo it exactly."""

    source: Organisation
    target_id: int
    #: People whose organisation was the source, and people whose unit was.
    people_organisation: list[int] = field(default_factory=list)
    people_unit: list[int] = field(default_factory=list)
    sub_units: list[int] = field(default_factory=list)
    assessments: list[int] = field(default_factory=list)
    demand: list[int] = field(default_factory=list)
    #: The source's maturity target, and whether the target took it (it had none of its own).
    source_target: MaturityTarget | None = None
    target_took_goal: bool = False


def merge_units(uow: UnitOfWork, source_id: int, target_id: int) -> UnitMerge:
    """Moves everything of ``source_id`` to ``target_id`` and removes the source. Refused into
    itself, or into one of its own units (which would go with it)."""
    with uow:
        source = uow.organisations.get(source_id)
        target = uow.organisations.get(target_id)
        if source is None or target is None:
            raise NotFoundError("That organisation or unit no longer exists.")
        if source_id == target_id:
            raise ValidationError(f"“{source.name}” cannot be merged into itself.", "target")
        everyone = {o.id: o for o in uow.organisations.list() if o.id is not None}
        if target_id in descendants(everyone, source_id):
            raise ValidationError(
                f"“{source.name}” cannot be merged into “{target.name}”, which sits inside it: "
                "move that unit out first, or merge the other way round.",
                "target",
            )
        done = UnitMerge(source, target_id)
        for person in uow.stakeholders.list(include_archived=True):
            moved = person
            if person.organisation_id == source_id:
                done.people_organisation.append(_id(person.id))
                moved = replace(moved, organisation_id=target_id)
            if person.unit_id == source_id:
                done.people_unit.append(_id(person.id))
                moved = replace(moved, unit_id=target_id)
            if moved is not person:
                uow.stakeholders.update(moved)
        for unit in everyone.values():
            if unit.parent_id == source_id:
                done.sub_units.append(_id(unit.id))
                uow.organisations.update(replace(unit, parent_id=target_id))
        for assessment in uow.organisations.maturity_history(source_id):
            done.assessments.append(_id(assessment.id))
            uow.organisations.update_maturity(replace(assessment, organisation_id=target_id))
        for item in uow.demand.list(source_id):
            done.demand.append(_id(item.id))
            uow.demand.update(replace(item, unit_id=target_id))
        targets = {t.organisation_id: t for t in uow.organisations.targets()}
        done.source_target = targets.get(source_id)
        if done.source_target is not None and target_id not in targets:
            uow.organisations.set_target(replace(done.source_target, organisation_id=target_id))
            done.target_took_goal = True
        uow.organisations.delete(source_id)
        uow.commit()
    return done


def undo_merge(uow: UnitOfWork, done: UnitMerge) -> None:
    """Brings the source back with its id and moves back exactly what the merge moved."""
    source_id = _id(done.source.id)
    with uow:
        uow.organisations.add(done.source)
        for person_id in done.people_organisation:
            person = _found(uow.stakeholders.get(person_id))
            uow.stakeholders.update(replace(person, organisation_id=source_id))
        for person_id in done.people_unit:
            person = _found(uow.stakeholders.get(person_id))
            uow.stakeholders.update(replace(person, unit_id=source_id))
        for unit_id in done.sub_units:
            unit = _found(uow.organisations.get(unit_id))
            uow.organisations.update(replace(unit, parent_id=source_id))
        for assessment_id in done.assessments:
            assessment = _found(uow.organisations.get_maturity(assessment_id))
            uow.organisations.update_maturity(replace(assessment, organisation_id=source_id))
        for item_id in done.demand:
            item = _found(uow.demand.get(item_id))
            uow.demand.update(replace(item, unit_id=source_id))
        if done.source_target is not None:
            uow.organisations.set_target(done.source_target)
            if done.target_took_goal:
                uow.organisations.delete_target(done.target_id)
        uow.commit()


def _id(value: int | None) -> int:
    if value is None:
        raise NotFoundError("A stored record has no id.")
    return value


def _found[T](value: T | None) -> T:
    if value is None:
        raise NotFoundError("Something the merge moved no longer exists.")
    return value
