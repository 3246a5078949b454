"""The preview of a contact import: for every incoming card, whether it is someone new, matches
a person already in the register (and why, with the score), or is skipped (and why)."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from rapidfuzz import process

from domain.errors import ValidationError
from domain.model import ContactCard, Organisation, Stakeholder
from domain.ports import UnitOfWork
from domain.progress import Progress
from domain.rules.contact_matching import (
    SIMILAR_NAME_SCORE,
    email_key,
    is_email,
    name_key,
    organisation_key,
)
from domain.rules.contact_merge import MergePlan, plan_merge
from domain.usecases.stakeholders import validate


class RowStatus(StrEnum):
    NEW = "new"
    MATCH = "matches"
    SKIP = "skipped"


@dataclass(slots=True)
class PreviewRow:
    card: ContactCard
    status: RowStatus
    #: Why it matches or is skipped ("same e-mail a@b.c"; "no name"); "" for someone new.
    reason: str = ""
    #: How alike the names are (0–100) for a match; None otherwise.
    score: float | None = None
    person_id: int | None = None
    person_name: str = ""
    merge: MergePlan | None = None
    #: Whether the import takes it unless the user says otherwise.
    take: bool = False


@dataclass(slots=True)
class ImportPreview:
    rows: list[PreviewRow] = field(default_factory=list)
    take_tags: bool = True

    def count(self, status: RowStatus) -> int:
        return sum(1 for r in self.rows if r.status == status)


@dataclass(slots=True)
class _Match:
    person: Stakeholder
    reason: str
    score: float


class RegisterIndex:
    """The register arranged for matching thousands of cards quickly."""

    def __init__(self, people: list[Stakeholder], organisations: list[Organisation]) -> None:
        self.org_names = {o.id: o.name for o in organisations if o.id is not None}
        self.by_email: dict[str, Stakeholder] = {}
        self.by_name: dict[str, list[Stakeholder]] = {}
        self.by_org: dict[str, dict[str, Stakeholder]] = {}
        for person in sorted(people, key=lambda p: (p.archived, p.id or 0)):
            for email in person.emails:
                self.by_email.setdefault(email_key(email), person)
            key = name_key(person.name)
            self.by_name.setdefault(key, []).append(person)
            org = self.organisation_of(person)
            if org:
                self.by_org.setdefault(organisation_key(org), {}).setdefault(key, person)

    def organisation_of(self, person: Stakeholder) -> str:
        return self.org_names.get(person.organisation_id, "") if person.organisation_id else ""

    def match(self, card: ContactCard) -> _Match | None:
        for email in card.emails:
            found = self.by_email.get(email_key(email))
            if found is not None:
                return _Match(found, f"same e-mail {email}", 100.0)
        key = name_key(card.name)
        if card.organisation:
            colleagues = self.by_org.get(organisation_key(card.organisation), {})
            if key in colleagues:
                return _Match(colleagues[key], "same name at the same organisation", 100.0)
            best = process.extractOne(key, colleagues.keys(), score_cutoff=SIMILAR_NAME_SCORE)
            if best is not None:
                name, score, _ = best
                return _Match(
                    colleagues[name],
                    f"similar name at the same organisation (score {score:.0f})",
                    float(score),
                )
        for person in self.by_name.get(key, []):
            if not card.organisation or not self.organisation_of(person):
                return _Match(person, "same name", 100.0)
        return None


def preview_import(
    uow: UnitOfWork,
    cards: list[ContactCard],
    progress: Progress | None = None,
    take_tags: bool = True,
) -> ImportPreview:
    with uow:
        # get_many reads plain columns: much quicker than list() over thousands of people.
        people = list(
            uow.stakeholders.get_many(uow.stakeholders.names(include_archived=True)).values()
        )
        organisations = uow.organisations.list()
        with_photos = uow.stakeholders.photo_ids()
    index = RegisterIndex(people, organisations)
    preview = ImportPreview(take_tags=take_tags)
    earlier: dict[str, str] = {}
    total = len(cards)
    for number, card in enumerate(cards):
        if progress is not None and number % 250 == 0:
            progress.report(number, total, f"Comparing {total} contacts with the register…")
        preview.rows.append(_row(card, index, with_photos, earlier, take_tags))
    return preview


def _row(
    card: ContactCard,
    index: RegisterIndex,
    with_photos: set[int],
    earlier: dict[str, str],
    take_tags: bool,
) -> PreviewRow:
    if card.problem:
        return PreviewRow(card, RowStatus.SKIP, card.problem)
    keys = [f"@{email_key(e)}" for e in card.emails] + [
        f"{name_key(card.name)}|{organisation_key(card.organisation)}"
    ]
    first = next((earlier[k] for k in keys if k in earlier), None)
    if first is not None:
        return PreviewRow(card, RowStatus.SKIP, f"the same person as {first} in this file")
    for key in keys:
        earlier[key] = card.source or "an earlier entry"
    found = index.match(card)
    if found is None:
        problem = _invalid(card)
        if problem:
            return PreviewRow(card, RowStatus.SKIP, problem)
        return PreviewRow(card, RowStatus.NEW, take=True)
    person = found.person
    assert person.id is not None
    plan = plan_merge(
        person, card, index.organisation_of(person), person.id in with_photos, take_tags
    )
    reason = found.reason + (" (archived)" if person.archived else "")
    return PreviewRow(
        card,
        RowStatus.MATCH,
        reason,
        found.score,
        person.id,
        person.name,
        plan,
        take=plan.adds_something,
    )


def _invalid(card: ContactCard) -> str:
    try:
        validate(Stakeholder(card.name, job_title=card.job_title))
    except ValidationError as error:
        return str(error)
    return ""


def usable_emails(card: ContactCard) -> list[str]:
    return [e for e in card.emails if is_email(e)]
