"""Coverage, for whoever leads the team: who owns which units and people, who is owned by
nobody, and whose people are overdue for contact.

"Overdue" is the Needs attention list's own rule (``domain.rules.attention.contact_overdue``
through :func:`domain.usecases.attention.attention_list`): one rule, one place.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from domain.model import OrganisationKind, without_honorific
from domain.ports import UnitOfWork, UnitOfWorkFactory
from domain.rules.attention import AttentionSettings
from domain.rules.unit_paths import unit_path
from domain.usecases.attention import OverdueContact, attention_list
from domain.usecases.ownership import Team


@dataclass(slots=True)
class OwnerCoverage:
    #: The owner's login.
    login: str
    #: As shown: their full name, else the login.
    name: str
    #: The units they own, as whole paths, in order.
    units: list[str] = field(default_factory=list)
    #: How many people (not archived) they own.
    people: int = 0
    #: Their people overdue for contact, most overdue first.
    overdue: list[OverdueContact] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class UnownedPerson:
    stakeholder_id: int
    name: str
    #: Where they work (a unit's path).
    place: str


@dataclass(slots=True)
class Coverage:
    #: Every team member and every other login that owns something, by name.
    owners: list[OwnerCoverage]
    #: People (not archived) nobody owns, by name (titles aside, as the register sorts).
    unowned_people: list[UnownedPerson]
    #: Internal units (not archived) nobody owns, as paths.
    unowned_units: list[str]
    #: The login of whoever asked.
    me: str = ""

    @property
    def overdue_owners(self) -> list[OwnerCoverage]:
        """The owners with people overdue for contact, those with the most first."""
        late = [o for o in self.owners if o.overdue]
        return sorted(late, key=lambda o: (-len(o.overdue), o.name.casefold()))


def coverage(
    uow_factory: UnitOfWorkFactory,
    settings: AttentionSettings | None = None,
    now: datetime | None = None,
    today: date | None = None,
) -> Coverage:
    overdue = attention_list(uow_factory(), settings, now, today).overdue_contacts
    uow: UnitOfWork = uow_factory()
    with uow:
        # Light reads: over thousands of people, whole records (tags and all) would cost more
        # than the attention list itself.
        people = uow.stakeholders.units()
        owned = uow.stakeholders.owners()
        organisations = {o.id: o for o in uow.organisations.list() if o.id is not None}
        team = Team(uow.team.current_login(), uow.team.members())
    owners = {m.login: OwnerCoverage(m.login, m.display_name) for m in team.members}

    def owner(login: str) -> OwnerCoverage:
        if login not in owners:  # someone who left the team but still owns things
            owners[login] = OwnerCoverage(login, team.name_of(login))
        return owners[login]

    unowned_units: list[str] = []
    for org_id, unit in organisations.items():
        if unit.archived:
            continue
        path = unit_path(organisations, org_id)
        if unit.owner:
            owner(unit.owner).units.append(path)
        elif unit.kind == OrganisationKind.INTERNAL_UNIT:
            unowned_units.append(path)
    unowned: list[UnownedPerson] = []
    for login in owned.values():
        owner(login).people += 1
    for person_id, (name, works_in) in people.items():
        if person_id not in owned:
            unowned.append(UnownedPerson(person_id, name, unit_path(organisations, works_in)))
    unowned.sort(key=lambda p: (without_honorific(p.name).casefold(), p.stakeholder_id))
    for row in overdue:  # already most overdue first
        if row.stakeholder_id in owned:
            owners[owned[row.stakeholder_id]].overdue.append(row)
    for entry in owners.values():
        entry.units.sort(key=str.casefold)
    return Coverage(
        sorted(owners.values(), key=lambda o: (o.name.casefold(), o.login)),
        unowned,
        sorted(unowned_units, key=str.casefold),
        team.me,
    )
