"""Who looks after which relationship: the team, and the owner of each person and unit.

An owner is a team member's login (``domain.model.team``); ``None`` is nobody. Each change
returns what was there before, so that undo can put it back exactly.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace

from domain.errors import NotFoundError
from domain.model import TeamMember
from domain.ports import UnitOfWork
from domain.rules.validation import valid_owner
from domain.usecases.attention import AttentionReport


@dataclass(frozen=True, slots=True)
class Team:
    """Who is using the workspace, and everyone who may own a relationship."""

    me: str
    members: list[TeamMember]

    def name_of(self, login: str | None) -> str:
        """An owner as shown: the member's full name, else the login ("" for nobody)."""
        if not login:
            return ""
        found = next((m for m in self.members if m.login == login), None)
        return found.display_name if found else login


def team(uow: UnitOfWork) -> Team:
    with uow:
        return Team(uow.team.current_login(), uow.team.members())


def set_owners(
    uow: UnitOfWork, stakeholder_ids: Iterable[int], owner: str | None
) -> dict[int, str | None]:
    """Make ``owner`` (None: nobody) the owner of these people, in one transaction; returns
    each one's owner before (for :func:`restore_owners`)."""
    owner = valid_owner(owner)
    ids = list(dict.fromkeys(stakeholder_ids))
    with uow:
        people = uow.stakeholders.get_many(ids)
        missing = [i for i in ids if i not in people]
        if missing:
            raise NotFoundError("Some of these people are no longer in the register.")
        before = {i: people[i].owner for i in ids}
        uow.stakeholders.update_many(replace(people[i], owner=owner) for i in ids)
        uow.commit()
    return before


def restore_owners(uow: UnitOfWork, owners: Mapping[int, str | None]) -> None:
    """Give each person back the owner they had (undo of :func:`set_owners`)."""
    with uow:
        people = uow.stakeholders.get_many(owners)
        uow.stakeholders.update_many(
            replace(person, owner=owners[person_id]) for person_id, person in people.items()
        )
        uow.commit()


def set_unit_owner(uow: UnitOfWork, organisation_id: int, owner: str | None) -> str | None:
    """Make ``owner`` the owner of the organisation or unit; returns the one before."""
    with uow:
        unit = uow.organisations.get(organisation_id)
        if unit is None:
            raise NotFoundError("That organisation or unit no longer exists.")
        uow.organisations.update(replace(unit, owner=valid_owner(owner)))
        uow.commit()
    return unit.owner


def owned_by(uow: UnitOfWork, login: str) -> tuple[set[int], set[int]]:
    """The people (not archived) and the units ``login`` owns: for the "Mine" filters."""
    with uow:
        people = {i for i, owner in uow.stakeholders.owners().items() if owner == login}
        units = {o.id for o in uow.organisations.list() if o.owner == login and o.id is not None}
    return people, units


def mine_only(report: AttentionReport, people: set[int], units: set[int]) -> AttentionReport:
    """The attention list cut down to one owner's: the people they own, the units they own
    (a stalled demand item also when they own its sponsor)."""
    return replace(
        report,
        trust_falls=[r for r in report.trust_falls if r.stakeholder_id in people],
        overdue_contacts=[r for r in report.overdue_contacts if r.stakeholder_id in people],
        overdue_commitments=[r for r in report.overdue_commitments if r.stakeholder_id in people],
        attitude_gaps=[r for r in report.attitude_gaps if r.stakeholder_id in people],
        concerns=[r for r in report.concerns if r.stakeholder_id in people],
        behind_target=[r for r in report.behind_target if r.organisation_id in units],
        stalled_demand=[
            r
            for r in report.stalled_demand
            if r.item.unit_id in units or r.item.sponsor_id in people
        ],
    )
