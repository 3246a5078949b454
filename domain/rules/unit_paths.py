"""Where a unit sits among the organisations: its path, its ancestors and its descendants.

The one way a unit is named on screen, on paper and in exports: the whole path from the top
organisation down, "Northwind Group › Group Operations › Retail Division". (The Charts tab used to
show only the parent, "Group Operations › Retail Division", and the prep sheet the person's
organisation and unit, "Northwind Group › Retail Division", skipping the level between: the same
unit under two names.)
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from domain.model import Organisation

#: Between the levels of a path.
SEPARATOR = " › "


def ancestors(organisations: Mapping[int, Organisation], organisation_id: int) -> list[int]:
    """The ids above ``organisation_id``, its parent first; stops at a loop or a missing parent."""
    found: list[int] = []
    seen = {organisation_id}
    current = organisations.get(organisation_id)
    while current is not None and current.parent_id is not None:
        parent = current.parent_id
        if parent in seen:
            break
        seen.add(parent)
        found.append(parent)
        current = organisations.get(parent)
    return found


def unit_path(organisations: Mapping[int, Organisation], organisation_id: int | None) -> str:
    """ "Northwind Group › Group Operations › Retail Division" ("" for None or an unknown id)."""
    if organisation_id is None or organisation_id not in organisations:
        return ""
    chain = [organisation_id, *ancestors(organisations, organisation_id)]
    return SEPARATOR.join(organisations[i].name for i in reversed(chain) if i in organisations)


def descendants(organisations: Mapping[int, Organisation], organisation_id: int) -> set[int]:
    """Every unit below ``organisation_id`` (not itself), however deep."""
    children: dict[int, list[int]] = {}
    for org in organisations.values():
        if org.parent_id is not None and org.id is not None:
            children.setdefault(org.parent_id, []).append(org.id)
    found: set[int] = set()
    stack = list(children.get(organisation_id, ()))
    while stack:
        unit = stack.pop()
        if unit in found or unit == organisation_id:
            continue
        found.add(unit)
        stack.extend(children.get(unit, ()))
    return found


def depth_first(organisations: Mapping[int, Organisation]) -> Iterator[tuple[int, Organisation]]:
    """(depth, organisation) for a tree: top organisations by name, each followed by its units."""
    children: dict[int | None, list[Organisation]] = {}
    for org in organisations.values():
        parent = org.parent_id if org.parent_id in organisations else None
        children.setdefault(parent, []).append(org)
    for siblings in children.values():
        siblings.sort(key=lambda o: (o.name.casefold(), o.id or 0))
    seen: set[int] = set()

    def walk(parent: int | None, depth: int) -> Iterator[tuple[int, Organisation]]:
        for org in children.get(parent, ()):
            if org.id is None or org.id in seen:
                continue
            seen.add(org.id)
            yield depth, org
            yield from walk(org.id, depth + 1)

    yield from walk(None, 0)


def place_of(
    organisations: Mapping[int, Organisation],
    organisation_id: int | None,
    unit_id: int | None,
) -> str:
    """Where a person works, as one path: their unit's (which names its organisation), or their
    organisation's when they have no unit. A unit filed outside the person's organisation is
    shown after it: "Meridian Software · Northwind Group › Group IT"."""
    unit = unit_path(organisations, unit_id)
    organisation = unit_path(organisations, organisation_id)
    if not unit:
        return organisation
    if not organisation or organisation_id == unit_id:
        return unit
    inside = organisation_id in ancestors(organisations, unit_id) if unit_id is not None else False
    return unit if inside else f"{organisation} · {unit}"
