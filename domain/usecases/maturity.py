"""Recording a unit's relationship maturity: assessments (level, date, evidence, assessor) and
the target level with its date; and which units are behind their target."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from domain.clock import as_utc
from domain.errors import NotFoundError
from domain.model import MaturityAssessment, MaturityLevel, MaturityTarget, Organisation
from domain.ports import UnitOfWork
from domain.rules.maturity_targets import behind_target
from domain.rules.unit_paths import unit_path
from domain.rules.validation import valid_maturity, valid_target


def _require_unit(uow: UnitOfWork, organisation_id: int) -> Organisation:
    found = uow.organisations.get(organisation_id)
    if found is None:
        raise NotFoundError("That unit no longer exists.")
    return found


def record_assessment(uow: UnitOfWork, assessment: MaturityAssessment) -> MaturityAssessment:
    """Stores a new assessment (or, given its id, one being restored by undo)."""
    checked = valid_maturity(assessment)
    with uow:
        _require_unit(uow, checked.organisation_id)
        added = uow.organisations.add_maturity(checked)
        uow.commit()
    return added


def edit_assessment(uow: UnitOfWork, assessment: MaturityAssessment) -> MaturityAssessment:
    """Replaces the assessment with the same id; returns it as it was (for undo)."""
    checked = valid_maturity(assessment)
    with uow:
        before = uow.organisations.get_maturity(checked.id or 0)
        if before is None:
            raise NotFoundError("That assessment no longer exists.")
        uow.organisations.update_maturity(checked)
        uow.commit()
    return before


def delete_assessment(uow: UnitOfWork, assessment_id: int) -> MaturityAssessment:
    """Removes the assessment; returns it (undo records it again with its id)."""
    with uow:
        before = uow.organisations.get_maturity(assessment_id)
        if before is None:
            raise NotFoundError("That assessment no longer exists.")
        uow.organisations.delete_maturity(assessment_id)
        uow.commit()
    return before


def set_target(
    uow: UnitOfWork, organisation_id: int, target: MaturityTarget | None
) -> MaturityTarget | None:
    """Sets the unit's target (None: clears it); returns the one it had (for undo)."""
    with uow:
        _require_unit(uow, organisation_id)
        before = next(
            (t for t in uow.organisations.targets() if t.organisation_id == organisation_id), None
        )
        if target is None:
            uow.organisations.delete_target(organisation_id)
        else:
            uow.organisations.set_target(valid_target(target))
        uow.commit()
    return before


@dataclass(slots=True)
class UnitMaturityView:
    """What a unit's page shows of its maturity."""

    organisation_id: int
    path: str
    #: Oldest first.
    history: list[MaturityAssessment] = field(default_factory=list)
    target: MaturityTarget | None = None
    behind: bool = False

    @property
    def current(self) -> MaturityAssessment | None:
        return self.history[-1] if self.history else None


def unit_maturity(uow: UnitOfWork, organisation_id: int, today: date) -> UnitMaturityView:
    with uow:
        everyone = {o.id: o for o in uow.organisations.list() if o.id is not None}
        if organisation_id not in everyone:
            raise NotFoundError("That unit no longer exists.")
        history = uow.organisations.maturity_history(organisation_id)
        target = next(
            (t for t in uow.organisations.targets() if t.organisation_id == organisation_id), None
        )
    view = UnitMaturityView(organisation_id, unit_path(everyone, organisation_id), history, target)
    level = _level_on(history, today)
    view.behind = target is not None and behind_target(target, level, today)
    return view


@dataclass(frozen=True, slots=True)
class BehindTarget:
    """A unit whose target date has passed below its target level (Needs attention)."""

    organisation_id: int
    path: str
    current: MaturityLevel | None
    target: MaturityTarget
    days_late: int


def units_behind_target(uow: UnitOfWork, today: date) -> list[BehindTarget]:
    """Active units behind their target, the longest late first."""
    with uow:
        everyone = {o.id: o for o in uow.organisations.list() if o.id is not None}
        targets = uow.organisations.targets()
        history = uow.organisations.maturity_history() if targets else []
    by_unit: dict[int, list[MaturityAssessment]] = {}
    for assessment in history:
        by_unit.setdefault(assessment.organisation_id, []).append(assessment)
    rows: list[BehindTarget] = []
    for target in targets:
        unit = everyone.get(target.organisation_id)
        if unit is None or unit.archived:
            continue
        level = _level_on(by_unit.get(target.organisation_id, []), today)
        if behind_target(target, level, today):
            rows.append(
                BehindTarget(
                    target.organisation_id,
                    unit_path(everyone, target.organisation_id),
                    level,
                    target,
                    (today - target.due_on).days,
                )
            )
    rows.sort(key=lambda r: (-r.days_late, r.path.casefold()))
    return rows


def _level_on(history: list[MaturityAssessment], today: date) -> MaturityLevel | None:
    """The level of the last assessment made on or before ``today`` (history is in time order)."""
    level: MaturityLevel | None = None
    for assessment in history:
        if as_utc(assessment.at).date() <= today:
            level = MaturityLevel(assessment.level)
    return level
