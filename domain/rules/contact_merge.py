"""What a contact (or a duplicate) adds to a person: empty fields filled, further e-mail
addresses, phone numbers and tags kept beside theirs; a value that differs from theirs is a
conflict, shown and never written over."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from domain.model import ContactCard, Stakeholder
from domain.rules.contact_matching import email_key, is_email, name_key, phone_key


@dataclass(frozen=True, slots=True)
class Conflict:
    field: str
    current: str
    incoming: str

    def __str__(self) -> str:
        return f"{self.field}: “{self.current}” kept, “{self.incoming}” not taken"


@dataclass(slots=True)
class MergePlan:
    """What merging would change: ``fills`` by field label, the values added, the conflicts."""

    fills: dict[str, str] = field(default_factory=dict)
    emails: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    photo: bool = False
    #: The organisation (and units) to give a person who has none.
    organisation: str = ""
    units: tuple[str, ...] = ()
    conflicts: list[Conflict] = field(default_factory=list)

    @property
    def adds_something(self) -> bool:
        return bool(
            self.fills or self.emails or self.phones or self.tags or self.photo or self.organisation
        )

    def describe(self) -> str:
        parts = [f"{label} “{value}”" for label, value in self.fills.items()]
        if self.organisation:
            parts.append(f"organisation “{' / '.join((self.organisation, *self.units))}”")
        parts += [f"e-mail {e}" for e in self.emails] + [f"phone {p}" for p in self.phones]
        if self.tags:
            parts.append("tags " + ", ".join(self.tags))
        if self.photo:
            parts.append("photo")
        return ("adds " + "; ".join(parts)) if parts else "nothing new"


def plan_merge(
    person: Stakeholder,
    card: ContactCard,
    organisation_of_person: str,
    has_photo: bool,
    take_tags: bool = True,
) -> MergePlan:
    """What taking ``card`` into ``person`` would do (``organisation_of_person`` is the name of
    their organisation, "" for none)."""
    from domain.rules.contact_matching import organisation_key

    plan = MergePlan()
    if name_key(card.name) != name_key(person.name) and card.name:
        plan.conflicts.append(Conflict("name", person.name, card.name))
    for label, current, incoming in (
        ("job title", person.job_title, card.job_title),
        ("notes", person.notes, card.notes),
    ):
        if incoming.strip() and not current.strip():
            plan.fills[label] = incoming.strip()
        elif incoming.strip() and current.strip().casefold() != incoming.strip().casefold():
            plan.conflicts.append(Conflict(label, current, incoming))
    if card.organisation:
        if person.organisation_id is None:
            plan.organisation, plan.units = card.organisation, card.units
        elif organisation_key(organisation_of_person) != organisation_key(card.organisation):
            plan.conflicts.append(
                Conflict("organisation", organisation_of_person, card.organisation)
            )
        elif person.unit_id is None and card.units:
            plan.organisation, plan.units = card.organisation, card.units
    known_emails = {email_key(e) for e in person.emails}
    plan.emails = [e for e in card.emails if is_email(e) and email_key(e) not in known_emails]
    known_phones = {phone_key(p) or p for p in person.phones}
    seen_phones = set(known_phones)
    for phone in card.phones:
        key = phone_key(phone) or phone
        if key not in seen_phones:
            seen_phones.add(key)
            plan.phones.append(phone)
    if take_tags:
        known_tags = {t.casefold() for t in person.tags}
        plan.tags = [t for t in card.tags if t.casefold() not in known_tags]
    plan.photo = card.photo is not None and not has_photo
    return plan


def merged(person: Stakeholder, plan: MergePlan) -> Stakeholder:
    """``person`` with ``plan`` applied (organisation ids are the caller's: see the use case)."""
    after = replace(
        person,
        tags=[*person.tags, *plan.tags],
        other_emails=list(person.other_emails),
        other_phones=list(person.other_phones),
    )
    if "job title" in plan.fills:
        after.job_title = plan.fills["job title"]
    if "notes" in plan.fills:
        after.notes = plan.fills["notes"]
    for email in plan.emails:
        if not after.email:
            after.email = email
        else:
            after.other_emails.append(email)
    for phone in plan.phones:
        if not after.phone:
            after.phone = phone
        else:
            after.other_phones.append(phone)
    return after
