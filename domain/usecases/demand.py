"""The demand log: recording items, moving them along the pipeline, and reading the pipeline of
one unit (with the units inside it) or of all."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from domain.errors import NotFoundError, ValidationError
from domain.model import DemandItem, DemandStatus, DemandStep
from domain.ports import UnitOfWork
from domain.rules.demand import DEFAULT_STALLED_DAYS, days_in_status, is_stalled, next_statuses
from domain.rules.unit_paths import descendants, unit_path
from domain.rules.validation import valid_demand_item


def _checked_references(uow: UnitOfWork, item: DemandItem) -> None:
    if item.unit_id is None or uow.organisations.get(item.unit_id) is None:
        raise ValidationError("That business unit no longer exists.", "unit_id")
    if item.sponsor_id is not None and uow.stakeholders.get(item.sponsor_id) is None:
        raise ValidationError("That sponsor is no longer in the workspace.", "sponsor_id")


def add_demand_item(uow: UnitOfWork, item: DemandItem) -> DemandItem:
    """Stores a new item (or, given its id, one being restored by undo)."""
    checked = valid_demand_item(item)
    with uow:
        _checked_references(uow, checked)
        added = uow.demand.add(checked)
        uow.commit()
    return added


def update_demand_item(uow: UnitOfWork, item: DemandItem) -> DemandItem:
    """Replaces the item with the same id; returns it as it was (for undo)."""
    checked = valid_demand_item(item)
    with uow:
        before = uow.demand.get(checked.id or 0)
        if before is None:
            raise NotFoundError("That demand item no longer exists.")
        _checked_references(uow, checked)
        uow.demand.update(checked)
        uow.commit()
    return before


def move_demand_item(uow: UnitOfWork, item_id: int, status: DemandStatus, on: date) -> DemandItem:
    """Moves the item to ``status`` on ``on`` (the next step, or declined); returns it as it was."""
    with uow:
        before = uow.demand.get(item_id)
        if before is None:
            raise NotFoundError("That demand item no longer exists.")
    if status not in next_statuses(before.status):
        raise ValidationError(
            f"“{before.title}” is {before.status.value}: it cannot become {status.value} "
            "from there.",
            "status",
        )
    update_demand_item(uow, replace(before, steps=[*before.steps, DemandStep(status, on)]))
    return before


def delete_demand_item(uow: UnitOfWork, item_id: int) -> DemandItem:
    """Removes the item; returns it (undo adds it again with its id)."""
    with uow:
        before = uow.demand.get(item_id)
        if before is None:
            raise NotFoundError("That demand item no longer exists.")
        uow.demand.delete(item_id)
        uow.commit()
    return before


@dataclass(frozen=True, slots=True)
class DemandRow:
    """One item as the pipeline shows it."""

    item: DemandItem
    unit: str
    sponsor: str
    days_in_status: int
    stalled: bool


@dataclass(slots=True)
class Pipeline:
    """The items of the chosen units, by status in pipeline order."""

    today: date
    stalled_days: int
    rows: list[DemandRow] = field(default_factory=list)

    def in_status(self, status: DemandStatus) -> list[DemandRow]:
        return [row for row in self.rows if row.item.status is status]

    @property
    def open_rows(self) -> list[DemandRow]:
        return [row for row in self.rows if row.item.status.is_open]


def demand_pipeline(
    uow: UnitOfWork,
    today: date,
    unit_id: int | None = None,
    stalled_days: int = DEFAULT_STALLED_DAYS,
) -> Pipeline:
    """Every item (``unit_id``: that unit's and its sub-units'), the longest waiting first."""
    with uow:
        everyone = {o.id: o for o in uow.organisations.list() if o.id is not None}
        items = uow.demand.list()
        names = uow.stakeholders.names(include_archived=True) if items else {}
    if unit_id is not None:
        wanted = {unit_id, *descendants(everyone, unit_id)}
        items = [item for item in items if item.unit_id in wanted]
    paths: dict[int | None, str] = {}
    rows: list[DemandRow] = []
    for item in items:
        path = paths.get(item.unit_id)
        if path is None:
            path = paths[item.unit_id] = unit_path(everyone, item.unit_id)
        rows.append(
            DemandRow(
                item,
                path,
                names.get(item.sponsor_id, "") if item.sponsor_id is not None else "",
                days_in_status(item, today),
                is_stalled(item, today, stalled_days),
            )
        )
    rows.sort(key=lambda r: -r.days_in_status)
    return Pipeline(today, stalled_days, rows)


def stalled_demand(
    uow: UnitOfWork, today: date, stalled_days: int = DEFAULT_STALLED_DAYS
) -> list[DemandRow]:
    """Open items that have sat in one status longer than ``stalled_days`` (Needs attention),
    the longest waiting first; items of archived units are left out."""
    with uow:
        archived = {o.id for o in uow.organisations.list() if o.archived}
    pipeline = demand_pipeline(uow, today, stalled_days=stalled_days)
    return [row for row in pipeline.rows if row.stalled and row.item.unit_id not in archived]


def units_with_demand(uow: UnitOfWork) -> list[int]:
    with uow:
        return sorted({item.unit_id for item in uow.demand.list() if item.unit_id is not None})


#: The columns of a demand export (CSV or XLSX), in order.
EXPORT_HEADER = (
    "Unit",
    "Title",
    "Kind",
    "Status",
    "Sponsor",
    "Estimated value",
    "Raised on",
    "In status since",
    "Days in status",
    "Stalled",
    "Notes",
)


def export_rows(rows: list[DemandRow]) -> list[list[str | int | float | None]]:
    """The pipeline as table rows under :data:`EXPORT_HEADER`: numbers stay numbers, dates are
    ISO dates (spreadsheets read them as dates)."""
    return [
        [
            row.unit,
            row.item.title,
            row.item.kind.value,
            row.item.status.value,
            row.sponsor,
            row.item.value,
            row.item.raised_on.isoformat() if row.item.raised_on else None,
            row.item.status_since.isoformat() if row.item.status_since else None,
            row.days_in_status,
            "yes" if row.stalled else "",
            row.item.notes,
        ]
        for row in rows
    ]
