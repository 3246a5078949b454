"""Writing a whole workspace to a JSON file (format: FORMAT.md beside this module).

Reads through the domain ports in one unit of work, so the export is one consistent snapshot and
works the same on a workspace file and on PostgreSQL.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from domain.ports import UnitOfWorkFactory
from persistence.exchange import to_json
from persistence.exchange.layout import FORMAT_NAME, FORMAT_VERSION, SECTIONS
from persistence.output_files import atomic_output, check_output_target


def export_workspace(
    uow_factory: UnitOfWorkFactory,
    out_path: Path,
    *,
    replace: bool = False,
    protect: Iterable[Path | None] = (),
) -> dict[str, int]:
    """Write everything in the workspace to ``out_path``; returns the number of records per
    section. The file appears complete or not at all (it is written aside, then moved).

    Never over a workspace (``protect``: the open one); over another existing file only when
    ``replace`` (the command line passes ``--force``). Raises a WorkspaceError saying why not.
    """
    out_path = check_output_target(Path(out_path), replace=replace, protect=protect)
    sections = collect_sections(uow_factory)
    with atomic_output(out_path, text=True) as out:
        _write_document(out, sections)
    return {name: len(records) for name, records in sections.items()}


def collect_sections(uow_factory: UnitOfWorkFactory) -> dict[str, list[dict[str, Any]]]:
    """Every section's records, each sorted by id (or key) so that exports compare line by line."""
    with uow_factory() as uow:
        maps = sorted(uow.maps.list(), key=_by_id)
        memberships = [
            m for stakeholder_map in maps for m in uow.maps.members(_id(stakeholder_map))
        ]
        photos = uow.stakeholders.photos()
        sections: dict[str, Iterable[dict[str, Any]]] = {
            "stakeholders": (
                to_json.stakeholder_record(person, photos.get(_id(person)))
                for person in sorted(uow.stakeholders.list(include_archived=True), key=_by_id)
            ),
            "organisations": map(
                to_json.organisation_record, sorted(uow.organisations.list(), key=_by_id)
            ),
            "maturity": map(
                to_json.maturity_record, sorted(uow.organisations.maturity_history(), key=_by_id)
            ),
            "maps": map(to_json.map_record, maps),
            "memberships": map(
                to_json.membership_record,
                sorted(memberships, key=lambda m: (m.map_id, m.stakeholder_id)),
            ),
            "ratings": map(to_json.rating_record, sorted(uow.ratings.history(), key=_by_id)),
            "interactions": map(
                to_json.interaction_record, sorted(uow.interactions.list(), key=_by_id)
            ),
            "commitments": map(
                to_json.commitment_record, sorted(uow.commitments.list(), key=_by_id)
            ),
            "influence_links": map(
                to_json.influence_record, sorted(uow.influence.list(), key=_by_id)
            ),
            "meetings": map(to_json.meeting_record, sorted(uow.meetings.list(), key=_by_id)),
            "concerns": map(to_json.concern_record, sorted(uow.concerns.list(), key=_by_id)),
            "settings": (
                to_json.setting_record(key, value) for key, value in uow.settings.all().items()
            ),
            "engagement_plans": map(to_json.plan_record, sorted(uow.plans.list(), key=_by_id)),
            "messages": map(to_json.message_record, sorted(uow.messages.list(), key=_by_id)),
            "maturity_targets": map(to_json.maturity_target_record, uow.organisations.targets()),
            "demand": map(to_json.demand_record, uow.demand.list()),
            # Only the notes this login may read: others' private notes stay on the server.
            "notes": map(to_json.note_record, sorted(uow.notes.list(), key=_by_id)),
        }
        return {name: list(sections[name]) for name in SECTIONS}


def _write_document(out: IO[str], sections: dict[str, list[dict[str, Any]]]) -> None:
    """Valid JSON with one record per line: readable, and diffs stay small."""
    header = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "exported_at": datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z"),
    }
    out.write("{\n")
    for key, value in header.items():
        out.write(f"{json.dumps(key)}: {json.dumps(value)},\n")
    for index, name in enumerate(SECTIONS):
        out.write(f"{json.dumps(name)}: [")
        records = sections[name]
        for number, record in enumerate(records):
            out.write("\n  " if number == 0 else ",\n  ")
            out.write(json.dumps(record, ensure_ascii=False, allow_nan=False))
        out.write("\n]" if records else "]")
        out.write(",\n" if index < len(SECTIONS) - 1 else "\n")
    out.write("}\n")


def _id(entity: Any) -> int:
    return int(entity.id)


def _by_id(entity: Any) -> int:
    return entity.id or 0
