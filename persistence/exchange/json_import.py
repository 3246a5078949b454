"""Restoring a JSON export (FORMAT.md) into an empty workspace, all or nothing.

The whole file is read and checked first (format, version, every field, every reference between
records); only then is it written, through the domain ports, in one unit of work. Any refusal
raises :class:`ImportFormatError` and leaves the workspace as it was.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from domain.errors import ValidationError
from domain.model import (
    Commitment,
    Concern,
    DemandItem,
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
    Stakeholder,
    StakeholderMap,
)
from domain.ports import UnitOfWork
from domain.rules import plan_validation, validation
from domain.rules.note_validation import valid_note
from persistence.errors import WorkspaceError
from persistence.exchange import from_json
from persistence.exchange.from_json import Fields, ImportFormatError, Setting
from persistence.exchange.import_checks import check_references, parents_first
from persistence.exchange.layout import FORMAT_NAME, FORMAT_VERSION, SECTIONS

if TYPE_CHECKING:
    from persistence.workspace import Workspace

__all__ = ["ImportFormatError", "import_workspace", "read_export"]


@dataclass(slots=True)
class ExportContents:
    """Everything an export file holds, as domain objects."""

    stakeholders: list[Stakeholder] = field(default_factory=list)
    organisations: list[Organisation] = field(default_factory=list)
    maturity: list[MaturityAssessment] = field(default_factory=list)
    maps: list[StakeholderMap] = field(default_factory=list)
    memberships: list[MapMembership] = field(default_factory=list)
    ratings: list[Rating] = field(default_factory=list)
    interactions: list[Interaction] = field(default_factory=list)
    commitments: list[Commitment] = field(default_factory=list)
    influence_links: list[InfluenceLink] = field(default_factory=list)
    meetings: list[Meeting] = field(default_factory=list)
    concerns: list[Concern] = field(default_factory=list)
    settings: list[Setting] = field(default_factory=list)
    engagement_plans: list[EngagementPlan] = field(default_factory=list)
    messages: list[Message] = field(default_factory=list)
    maturity_targets: list[MaturityTarget] = field(default_factory=list)
    demand: list[DemandItem] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    #: Photos by stakeholder id (read from the stakeholder records).
    photos: dict[int, Photo] = field(default_factory=dict)

    def summary(self) -> dict[str, int]:
        return {name: len(getattr(self, name)) for name in SECTIONS}


_READERS: dict[str, Callable[[Fields], Any]] = {
    "stakeholders": from_json.read_stakeholder,
    "organisations": from_json.read_organisation,
    "maturity": from_json.read_maturity,
    "maps": from_json.read_map,
    "memberships": from_json.read_membership,
    "ratings": from_json.read_rating,
    "interactions": from_json.read_interaction,
    "commitments": from_json.read_commitment,
    "influence_links": from_json.read_influence,
    "meetings": from_json.read_meeting,
    "concerns": from_json.read_concern,
    "settings": from_json.read_setting,
    "engagement_plans": from_json.read_plan,
    "messages": from_json.read_message,
    "maturity_targets": from_json.read_maturity_target,
    "demand": from_json.read_demand,
    "notes": from_json.read_note,
}


#: The domain's own rules for each record, the same the editors and use cases go through
#: (domain.rules.validation): text cleaned of control characters, lengths and values checked.
_CHECKS: dict[str, Callable[[Any], Any]] = {
    "stakeholders": validation.valid_stakeholder,
    "organisations": validation.valid_organisation,
    "maturity": validation.valid_maturity,
    "maps": validation.valid_map,
    "memberships": lambda membership: membership,
    "ratings": validation.valid_rating,
    "interactions": validation.valid_interaction,
    "commitments": validation.valid_commitment,
    "influence_links": validation.valid_influence,
    "meetings": validation.valid_meeting,
    "concerns": validation.valid_concern,
    "settings": lambda setting: setting,
    "engagement_plans": plan_validation.valid_plan,
    "messages": plan_validation.valid_message,
    "maturity_targets": validation.valid_target,
    "demand": validation.valid_demand_item,
    "notes": valid_note,
}


def _checked[T](check: Callable[[T], T], record: T, where: str) -> T:
    try:
        return check(record)
    except ValidationError as error:
        field = f".{error.field}" if error.field else ""
        raise ImportFormatError(f"{where}{field}: {error}") from None


def import_workspace(in_path: Path, dest_workspace: Workspace) -> dict[str, int]:
    """Write the export at ``in_path`` into the empty ``dest_workspace``; returns the number of
    records per section. Ids are kept, so references between records stay as they were."""
    contents = read_export(Path(in_path))
    with dest_workspace.uow() as uow:
        _refuse_if_not_empty(uow)
        try:
            _write(uow, contents)
        except (ImportFormatError, WorkspaceError):
            raise
        except Exception as error:
            # A rule of the database the checks above missed; the unit of work rolls back.
            raise ImportFormatError(f"The file could not be imported: {error}") from error
        uow.commit()
    return contents.summary()


def read_export(path: Path) -> ExportContents:
    """The export at ``path`` read and checked, or :class:`ImportFormatError` saying why not."""
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except OSError as error:
        raise ImportFormatError(f"{path.name} could not be read ({error.strerror}).") from error
    except UnicodeDecodeError as error:
        raise ImportFormatError(f"{path.name} is not a Rapport export (not UTF-8 text).") from error
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise ImportFormatError(
            f"{path.name} is not a Rapport export: it is not valid JSON "
            f"(line {error.lineno}, column {error.colno}: {error.msg})."
        ) from error
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise ImportFormatError(
            f"{path.name} is not a Rapport export (its format is not '{FORMAT_NAME}')."
        )
    version = document.get("version")
    if type(version) is not int or version < 1:
        raise ImportFormatError(f"{path.name} has no valid format version.")
    if version > FORMAT_VERSION:
        raise ImportFormatError(
            f"{path.name} was exported by a newer Rapport (format version {version}; this "
            f"version reads up to {FORMAT_VERSION}). Update Rapport to import it."
        )
    contents = ExportContents()
    for name in SECTIONS:
        records = document.get(name, [])
        if not isinstance(records, list):
            raise ImportFormatError(f"'{name}' should be a list of records.")
        read, check = _READERS[name], _CHECKS[name]
        getattr(contents, name).extend(
            _checked(check, read(Fields(record, f"{name}[{index}]")), f"{name}[{index}]")
            for index, record in enumerate(records)
        )
        if name == "stakeholders":
            for index, record in enumerate(records):
                fields = Fields(record, f"{name}[{index}]")
                photo = from_json.read_photo(fields)
                if photo is not None:
                    contents.photos[fields.id()] = photo
    check_references(contents)
    return contents


def _refuse_if_not_empty(uow: UnitOfWork) -> None:
    if (
        uow.stakeholders.count()
        or uow.ratings.count()
        or uow.organisations.list()
        or uow.maps.list()
        or uow.interactions.list(limit=1)
        or uow.meetings.list()
    ):
        raise ImportFormatError(
            "The workspace to import into is not empty; import into a new workspace."
        )


def _write(uow: UnitOfWork, contents: ExportContents) -> None:
    for organisation in parents_first(contents.organisations):
        uow.organisations.add(organisation)
    for assessment in contents.maturity:
        uow.organisations.add_maturity(assessment)
    for person in contents.stakeholders:
        uow.stakeholders.add(person)
    for person_id, photo in contents.photos.items():
        uow.stakeholders.set_photo(person_id, photo)
    for stakeholder_map in contents.maps:
        uow.maps.add(stakeholder_map)
    for membership in contents.memberships:
        uow.maps.add_member(membership)
    # The SQL rating repository loads many ratings at once; any other takes them one by one.
    add_many = getattr(uow.ratings, "add_many", None)
    if add_many is not None:
        add_many(contents.ratings)
    else:
        for rating in contents.ratings:
            uow.ratings.add(rating)
    for interaction in contents.interactions:
        uow.interactions.add(interaction)
    for commitment in contents.commitments:
        uow.commitments.add(commitment)
    for link in contents.influence_links:
        uow.influence.add(link)
    for meeting in contents.meetings:
        uow.meetings.add(meeting)
    for concern in contents.concerns:
        uow.concerns.add(concern)
    for setting in contents.settings:
        uow.settings.put(setting.key, setting.value)
    for plan in contents.engagement_plans:
        uow.plans.add(plan)
    for message in contents.messages:
        uow.messages.add(message)
    for target in contents.maturity_targets:
        uow.organisations.set_target(target)
    for item in contents.demand:
        uow.demand.add(item)
    for note in contents.notes:
        uow.notes.add(note)
