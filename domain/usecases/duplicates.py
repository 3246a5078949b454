"""People in the register who are probably one person: the same e-mail address, the same or a
similar name at the same organisation, or the same name where one of them has no organisation."""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz, process

from domain.model import Stakeholder
from domain.ports import UnitOfWork
from domain.progress import Progress
from domain.rules.contact_matching import (
    SIMILAR_NAME_SCORE,
    email_key,
    name_key,
    organisation_key,
)

#: Fuzzy names are compared within an organisation up to this many people (pairs grow squared).
_MAX_FUZZY_GROUP = 3000


@dataclass(frozen=True, slots=True)
class DuplicatePair:
    first: Stakeholder
    second: Stakeholder
    reason: str
    score: float


def find_duplicates(uow: UnitOfWork, progress: Progress | None = None) -> list[DuplicatePair]:
    """Likely duplicates among the people not archived: those with the same e-mail address
    first, then those with alike names."""
    with uow:
        people = [p for p in uow.stakeholders.list() if p.id is not None]
        org_names = {o.id: o.name for o in uow.organisations.list()}
    pairs: dict[tuple[int, int], DuplicatePair] = {}

    def found(a: Stakeholder, b: Stakeholder, reason: str, score: float) -> None:
        assert a.id is not None and b.id is not None
        if a.id == b.id:
            return
        first, second = (a, b) if a.id < b.id else (b, a)
        key = (first.id or 0, second.id or 0)
        if key not in pairs:
            pairs[key] = DuplicatePair(first, second, reason, score)

    by_email: dict[str, Stakeholder] = {}
    for person in people:
        for email in person.emails:
            other = by_email.setdefault(email_key(email), person)
            if other is not person:
                found(other, person, f"same e-mail {email}", 100.0)
    if progress is not None:
        progress.report(1, 3, "Comparing names…")
    by_org: dict[str, list[Stakeholder]] = {}
    by_name: dict[str, list[Stakeholder]] = {}
    for person in people:
        by_name.setdefault(name_key(person.name), []).append(person)
        org = org_names.get(person.organisation_id) if person.organisation_id else None
        if org:
            by_org.setdefault(organisation_key(org), []).append(person)
    for colleagues in by_org.values():
        if len(colleagues) < 2:
            continue
        names = [name_key(p.name) for p in colleagues]
        if len(colleagues) > _MAX_FUZZY_GROUP:
            continue  # the same names there are found below
        scores = process.cdist(
            names, names, scorer=fuzz.token_sort_ratio, score_cutoff=SIMILAR_NAME_SCORE
        )
        for i in range(len(colleagues)):
            for j in range(i + 1, len(colleagues)):
                score = float(scores[i][j])
                if score >= SIMILAR_NAME_SCORE:
                    reason = (
                        "same name at the same organisation"
                        if names[i] == names[j]
                        else f"similar name at the same organisation (score {score:.0f})"
                    )
                    found(colleagues[i], colleagues[j], reason, score)
    if progress is not None:
        progress.report(2, 3, "Comparing names…")
    for namesakes in by_name.values():
        for i, a in enumerate(namesakes):
            for b in namesakes[i + 1 :]:
                org_a, org_b = a.organisation_id, b.organisation_id
                if org_a is None or org_b is None or org_a == org_b:
                    found(a, b, "same name", 100.0)
    return list(pairs.values())  # as found: the same e-mail first, then names
