"""Taking the chosen rows of an import preview into the register, all or nothing, and taking
them out again (undo) or back (redo), each in one transaction."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from domain.errors import NotFoundError
from domain.model import ContactCard, Organisation, Photo, Stakeholder
from domain.ports import UnitOfWork
from domain.progress import Progress
from domain.rules.contact_matching import is_email, organisation_key
from domain.rules.contact_merge import merged, plan_merge
from domain.usecases.contact_preview import ImportPreview, RowStatus
from domain.usecases.stakeholders import validate


@dataclass(slots=True)
class ImportOutcome:
    """What an import did, kept so that it can be undone and redone exactly."""

    organisations: list[Organisation] = field(default_factory=list)
    added: list[Stakeholder] = field(default_factory=list)
    #: (before, after) of every person a contact was merged into.
    merged: list[tuple[Stakeholder, Stakeholder]] = field(default_factory=list)
    #: The photos the import gave (new people and merged ones who had none), by person id.
    photos: dict[int, Photo] = field(default_factory=dict)
    skipped: int = 0

    def summary(self) -> str:
        return f"{len(self.added)} added, {len(self.merged)} merged, {self.skipped} not taken" + (
            f", {len(self.organisations)} organisations or units added"
            if self.organisations
            else ""
        )


class _Organisations:
    """Organisations found forgivingly by name (units under their parent), created if new."""

    def __init__(self, uow: UnitOfWork, outcome: ImportOutcome) -> None:
        self._uow = uow
        self._outcome = outcome
        self._known: dict[tuple[int | None, str], Organisation] = {}
        for organisation in uow.organisations.list():
            key = (organisation.parent_id, organisation_key(organisation.name))
            self._known.setdefault(key, organisation)
        self.names = {o.id: o.name for o in self._known.values()}

    def ids(self, organisation: str, units: tuple[str, ...]) -> tuple[int | None, int | None]:
        if not organisation.strip():
            return None, None
        top = self._find(None, organisation)
        parent = top
        for unit in units:
            if unit.strip():
                parent = self._find(parent.id, unit)
        return top.id, (parent.id if parent is not top else None)

    def _find(self, parent_id: int | None, name: str) -> Organisation:
        key = (parent_id, organisation_key(name))
        found = self._known.get(key)
        if found is None:
            found = self._uow.organisations.add(
                Organisation(" ".join(name.split()), parent_id=parent_id)
            )
            self._known[key] = found
            self.names[found.id] = found.name
            self._outcome.organisations.append(found)
        return found


def apply_import(
    uow: UnitOfWork, preview: ImportPreview, progress: Progress | None = None
) -> ImportOutcome:
    """Take every row whose ``take`` is set; nothing is written unless all of it is."""
    outcome = ImportOutcome()
    chosen = [r for r in preview.rows if r.take and r.status != RowStatus.SKIP]
    outcome.skipped = len(preview.rows) - len(chosen)
    with uow:
        organisations = _Organisations(uow, outcome)
        with_photos = uow.stakeholders.photo_ids()
        targets = uow.stakeholders.get_many(r.person_id for r in chosen if r.person_id)
        current: dict[int, Stakeholder] = {}
        new_people: list[tuple[Stakeholder, ContactCard]] = []
        for number, row in enumerate(chosen):
            if progress is not None and number % 250 == 0:
                progress.report(number, len(chosen), f"Importing {len(chosen)} contacts…")
            if row.status == RowStatus.NEW:
                new_people.append((_new_person(row.card, organisations, preview), row.card))
                continue
            assert row.person_id is not None
            person = current.get(row.person_id) or targets.get(row.person_id)
            if person is None:
                raise NotFoundError(
                    f"The person a contact was to be merged into is gone ({row.card.name})."
                )
            after = _merged_person(person, row.card, organisations, with_photos, preview)
            if after is None:
                continue
            current[row.person_id] = after
            if row.card.photo is not None and row.person_id not in with_photos:
                outcome.photos[row.person_id] = row.card.photo
                with_photos.add(row.person_id)
        added = uow.stakeholders.add_many(person for person, _ in new_people)
        for person, (_, card) in zip(added, new_people, strict=True):
            assert person.id is not None
            outcome.added.append(person)
            if card.photo is not None:
                outcome.photos[person.id] = card.photo
        uow.stakeholders.update_many(current.values())
        outcome.merged = [(targets[i], after) for i, after in current.items()]
        for person_id, photo in outcome.photos.items():
            uow.stakeholders.set_photo(person_id, photo)
        uow.commit()
    return outcome


def _new_person(
    card: ContactCard, organisations: _Organisations, preview: ImportPreview
) -> Stakeholder:
    organisation_id, unit_id = organisations.ids(card.organisation, card.units)
    emails = [e for e in card.emails if is_email(e)]
    return validate(
        Stakeholder(
            name=card.name,
            job_title=card.job_title,
            organisation_id=organisation_id,
            unit_id=unit_id,
            email=emails[0] if emails else "",
            other_emails=emails[1:],
            phone=card.phones[0] if card.phones else "",
            other_phones=list(card.phones[1:]),
            tags=list(card.tags) if preview.take_tags else [],
            notes=card.notes,
        )
    )


def _merged_person(
    person: Stakeholder,
    card: ContactCard,
    organisations: _Organisations,
    with_photos: set[int],
    preview: ImportPreview,
) -> Stakeholder | None:
    """``person`` with ``card`` merged in (None: the card adds nothing)."""
    org_name = organisations.names.get(person.organisation_id, "") if person.organisation_id else ""
    plan = plan_merge(person, card, org_name, person.id in with_photos, preview.take_tags)
    if not plan.adds_something:
        return None
    after = validate(merged(person, plan))
    if plan.organisation:
        organisation_id, unit_id = organisations.ids(plan.organisation, plan.units)
        after.organisation_id = person.organisation_id or organisation_id
        after.unit_id = unit_id
    return after


def undo_import(uow: UnitOfWork, outcome: ImportOutcome) -> None:
    with uow:
        for before, _after in outcome.merged:
            uow.stakeholders.update(before)
            if before.id in outcome.photos:
                uow.stakeholders.set_photo(before.id, None)
        for person in outcome.added:
            assert person.id is not None
            uow.stakeholders.delete(person.id)
        for organisation in reversed(outcome.organisations):
            assert organisation.id is not None
            uow.organisations.delete(organisation.id)
        uow.commit()


def redo_import(uow: UnitOfWork, outcome: ImportOutcome) -> None:
    with uow:
        for organisation in outcome.organisations:
            uow.organisations.add(replace(organisation))
        for person in outcome.added:
            uow.stakeholders.add(replace(person))
        for _before, after in outcome.merged:
            uow.stakeholders.update(after)
        for person_id, photo in outcome.photos.items():
            uow.stakeholders.set_photo(person_id, photo)
        uow.commit()
