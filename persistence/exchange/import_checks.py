"""Checks on a whole export before anything is written: unique ids and references that resolve."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from domain.model import Organisation
from persistence.exchange.from_json import ImportFormatError

if TYPE_CHECKING:
    from persistence.exchange.json_import import ExportContents


def check_references(c: ExportContents) -> None:
    """Raise :class:`ImportFormatError` for a repeated id or a reference to a missing record."""
    organisations = _ids("organisations", c.organisations)
    people = _ids("stakeholders", c.stakeholders)
    maps = _ids("maps", c.maps)
    interactions = _ids("interactions", c.interactions)
    for name in (
        "maturity",
        "ratings",
        "commitments",
        "influence_links",
        "meetings",
        "concerns",
        "engagement_plans",
        "messages",
        "demand",
        "notes",
    ):
        _ids(name, getattr(c, name))

    def need(known: set[int], what: str, value: int | None, where: str) -> None:
        if value is not None and value not in known:
            raise ImportFormatError(f"{where} refers to {what} {value}, which is not in the file.")

    for i, o in enumerate(c.organisations):
        need(organisations, "organisation", o.parent_id, f"organisations[{i}].parent_id")
    for i, note in enumerate(c.notes):
        need(people, "stakeholder", note.stakeholder_id, f"notes[{i}].stakeholder_id")
    for i, a in enumerate(c.maturity):
        need(organisations, "organisation", a.organisation_id, f"maturity[{i}].organisation_id")
    for i, s in enumerate(c.stakeholders):
        need(organisations, "organisation", s.organisation_id, f"stakeholders[{i}].organisation_id")
        need(organisations, "organisation", s.unit_id, f"stakeholders[{i}].unit_id")
    seen: set[tuple[int, int]] = set()
    for i, m in enumerate(c.memberships):
        need(maps, "map", m.map_id, f"memberships[{i}].map_id")
        need(people, "stakeholder", m.stakeholder_id, f"memberships[{i}].stakeholder_id")
        if (m.map_id, m.stakeholder_id) in seen:
            raise ImportFormatError(f"memberships[{i}] repeats an earlier membership.")
        seen.add((m.map_id, m.stakeholder_id))
    for i, r in enumerate(c.ratings):
        need(people, "stakeholder", r.stakeholder_id, f"ratings[{i}].stakeholder_id")
        need(maps, "map", r.map_id, f"ratings[{i}].map_id")
    for i, n in enumerate(c.interactions):
        for person in n.participant_ids:
            need(people, "stakeholder", person, f"interactions[{i}].participant_ids")
    for i, k in enumerate(c.commitments):
        need(people, "stakeholder", k.stakeholder_id, f"commitments[{i}].stakeholder_id")
        need(interactions, "interaction", k.interaction_id, f"commitments[{i}].interaction_id")
    for i, link in enumerate(c.influence_links):
        need(people, "stakeholder", link.source_id, f"influence_links[{i}].source_id")
        need(people, "stakeholder", link.target_id, f"influence_links[{i}].target_id")
    for i, meeting in enumerate(c.meetings):
        for attendee in meeting.attendees:
            need(people, "stakeholder", attendee.stakeholder_id, f"meetings[{i}].attendees")
        for map_id in meeting.map_ids:
            need(maps, "map", map_id, f"meetings[{i}].map_ids")
        need(interactions, "interaction", meeting.interaction_id, f"meetings[{i}].interaction_id")
    for i, concern in enumerate(c.concerns):
        need(people, "stakeholder", concern.stakeholder_id, f"concerns[{i}].stakeholder_id")
    keys = [setting.key for setting in c.settings]
    if len(set(keys)) != len(keys):
        raise ImportFormatError("settings repeats a key.")
    touchpoints: set[int] = set()
    for i, plan in enumerate(c.engagement_plans):
        need(people, "stakeholder", plan.stakeholder_id, f"engagement_plans[{i}].stakeholder_id")
        need(maps, "map", plan.map_id, f"engagement_plans[{i}].map_id")
        for j, touchpoint in enumerate(plan.touchpoints):
            where = f"engagement_plans[{i}].touchpoints[{j}]"
            need(interactions, "interaction", touchpoint.interaction_id, f"{where}.interaction_id")
            if touchpoint.id in touchpoints:
                raise ImportFormatError(f"{where} repeats the id {touchpoint.id}.")
            touchpoints.add(touchpoint.id)  # type: ignore[arg-type]
    for i, message in enumerate(c.messages):
        for recipient in message.recipients:
            need(people, "stakeholder", recipient.stakeholder_id, f"messages[{i}].recipients")
        for interaction_id in message.interaction_ids:
            need(interactions, "interaction", interaction_id, f"messages[{i}].interaction_ids")
    targeted: set[int] = set()
    for i, t in enumerate(c.maturity_targets):
        where = f"maturity_targets[{i}].organisation_id"
        need(organisations, "organisation", t.organisation_id, where)
        if t.organisation_id in targeted:
            raise ImportFormatError(f"maturity_targets[{i}] repeats a unit's target.")
        targeted.add(t.organisation_id)
    for i, d in enumerate(c.demand):
        need(organisations, "organisation", d.unit_id, f"demand[{i}].unit_id")
        need(people, "stakeholder", d.sponsor_id, f"demand[{i}].sponsor_id")
    parents_first(c.organisations)  # refuses a cycle of parents


def parents_first(organisations: list[Organisation]) -> list[Organisation]:
    """Organisations ordered so that each comes after its parent; refuses a cycle."""
    by_id = {o.id: o for o in organisations}
    placed: set[int | None] = set()
    ordered: list[Organisation] = []
    for organisation in organisations:
        chain: list[Organisation] = []
        current: Organisation | None = organisation
        while current is not None and current.id not in placed:
            if any(link.id == current.id for link in chain):
                raise ImportFormatError(
                    f"Organisation {current.id} is its own ancestor (a cycle of parents)."
                )
            chain.append(current)
            current = by_id.get(current.parent_id) if current.parent_id is not None else None
        for item in reversed(chain):
            placed.add(item.id)
            ordered.append(item)
    return ordered


def _ids(section: str, records: Iterable[object]) -> set[int]:
    ids: set[int] = set()
    for index, record in enumerate(records):
        record_id: int = record.id  # type: ignore[attr-defined]
        if record_id in ids:
            raise ImportFormatError(f"{section}[{index}] repeats id {record_id}.")
        ids.add(record_id)
    return ids
