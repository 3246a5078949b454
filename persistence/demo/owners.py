"""Who in the CIO's team looks after which relationship in the demo, and a few notes.

The demo's user is the CIO (whoever opens it: their own login owns the executive office, finance
and IT); two account managers look after the business divisions; the outside world is partly
nobody's, so that the coverage view has gaps to show.
"""

from __future__ import annotations

from dataclasses import replace

from domain.model import Note
from domain.ports import UnitOfWork
from persistence.demo.cast import Cast
from persistence.demo.ids import Ids

#: Stands for the login of whoever builds the demo.
ME = ""
#: Unit (or organisation) key → owner's login.
UNIT_OWNERS = {
    "exec": ME,
    "finance": ME,
    "finops": ME,
    "it": ME,
    "ea": ME,
    "security": ME,
    "pmo": ME,
    "operations": "anna.berg",
    "retail": "anna.berg",
    "logistics": "anna.berg",
    "marketing": "anna.berg",
    "people": "marc.dubois",
    "legal": "marc.dubois",
    "meridian": "marc.dubois",
    "stratus": "marc.dubois",
}
#: (person, text, private) written by the user.
NOTES = (
    ("thomas", "Prefers decisions framed as risk to the five-year plan.", False),
    ("thomas", "Hinted he may step down after the AGM; keep the ERP sponsor question open.", True),
    ("margaret", "Wants the cloud savings case before the budget round.", False),
)


def write_owners(uow: UnitOfWork, cast: Cast, ids: Ids) -> None:
    with uow:
        me = uow.team.current_login()

        def login(key: str) -> str | None:
            owner = UNIT_OWNERS.get(key)
            return None if owner is None else owner or me

        for key, unit_id in ids.organisations.items():
            owner = login(key)
            unit = uow.organisations.get(unit_id)
            if owner is not None and unit is not None:
                uow.organisations.update(replace(unit, owner=owner))
        owners = {spec.key: login(spec.unit or spec.org) for spec in cast.people}
        people = uow.stakeholders.get_many(ids.people.values())
        uow.stakeholders.update_many(
            replace(people[ids.people[key]], owner=owner) for key, owner in owners.items()
        )
        for key, text, private in NOTES:
            if key in ids.people:
                uow.notes.add(Note(ids.people[key], text, private))
        uow.commit()
