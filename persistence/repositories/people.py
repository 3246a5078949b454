"""The stakeholder repository."""

from __future__ import annotations

import builtins
from collections.abc import Iterable
from dataclasses import replace
from functools import cache
from typing import Any, cast

from sqlalchemy import (
    BindParameter,
    Select,
    Table,
    bindparam,
    delete,
    func,
    insert,
    select,
    update,
)

from domain.clock import utc_now
from domain.errors import NotFoundError
from domain.model import (
    UNKNOWN_AUTHOR,
    Photo,
    Revision,
    Stakeholder,
)
from persistence.authorship import current_author
from persistence.repositories.base import (
    MAX_BOUND_IDS,
    SqlRepository,
    chunked,
    flush_guarded,
    keep_revision,
    revision_columns,
    revision_of,
    unique_in_order,
)
from persistence.tables import (
    MeetingAttendeeRow,
    StakeholderPhotoRow,
    StakeholderRow,
    StakeholderTagRow,
)


def _stakeholder(row: StakeholderRow) -> Stakeholder:
    return Stakeholder(
        name=row.name,
        job_title=row.job_title,
        organisation_id=row.organisation_id,
        unit_id=row.unit_id,
        relation=row.relation,
        email=row.email,
        phone=row.phone,
        tags=[t.tag for t in row.tags],
        notes=row.notes,
        communication_preferences=row.communication_preferences,
        archived=bool(row.archived),
        id=row.id,
        other_emails=_lines(row.other_emails),
        other_phones=_lines(row.other_phones),
        owner=row.owner,
        revision=revision_of(row),
    )


def _what(person: Stakeholder | StakeholderRow) -> str:
    return f"the details of {person.name}"


def _lines(text: str) -> list[str]:
    return [line for line in text.split("\n") if line]


@cache
def _get_many_statements() -> tuple[Select[Any], Select[Any]]:
    """get_many()'s statements, built once: the people with the ``ids``, and their tags."""
    people = StakeholderRow.__table__
    tags = StakeholderTagRow.__table__
    wanted: BindParameter[Any] = bindparam("ids", expanding=True)
    return (
        select(
            people.c.id,
            people.c.name,
            people.c.job_title,
            people.c.organisation_id,
            people.c.unit_id,
            people.c.relation,
            people.c.email,
            people.c.phone,
            people.c.notes,
            people.c.communication_preferences,
            people.c.archived,
            people.c.other_emails,
            people.c.other_phones,
            people.c.owner,
            people.c.changed_by,
            people.c.changed_at,
            people.c.version,
        ).where(people.c.id.in_(wanted)),
        select(tags.c.stakeholder_id, tags.c.tag)
        .where(tags.c.stakeholder_id.in_(wanted))
        .order_by(tags.c.stakeholder_id, tags.c.position),
    )


def _fill_stakeholder(row: StakeholderRow, person: Stakeholder) -> None:
    row.name = person.name
    row.job_title = person.job_title
    row.organisation_id = person.organisation_id
    row.unit_id = person.unit_id
    row.relation = str(person.relation)
    row.email = person.email
    row.email_folded = person.email.strip().casefold()
    row.phone = person.phone
    row.notes = person.notes
    row.communication_preferences = person.communication_preferences
    row.archived = bool(person.archived)
    row.other_emails = "\n".join(e.strip() for e in person.other_emails if e.strip())
    row.other_phones = "\n".join(p.strip() for p in person.other_phones if p.strip())
    row.owner = person.owner or None
    row.tags = [
        StakeholderTagRow(tag=tag, position=position)
        for position, tag in enumerate(unique_in_order(person.tags))
    ]


def _columns(person: Stakeholder) -> dict[str, Any]:
    """The stakeholders row's columns for ``person`` (what _fill_stakeholder sets, as values)."""
    return {
        "name": person.name,
        "job_title": person.job_title,
        "organisation_id": person.organisation_id,
        "unit_id": person.unit_id,
        "relation": str(person.relation),
        "email": person.email,
        "email_folded": person.email.strip().casefold(),
        "phone": person.phone,
        "notes": person.notes,
        "communication_preferences": person.communication_preferences,
        "archived": bool(person.archived),
        "other_emails": "\n".join(e.strip() for e in person.other_emails if e.strip()),
        "other_phones": "\n".join(p.strip() for p in person.other_phones if p.strip()),
        "owner": person.owner or None,
    }


def _tag_rows(person_id: int, tags: Iterable[str]) -> list[dict[str, Any]]:
    return [
        {"stakeholder_id": person_id, "tag": tag, "position": position}
        for position, tag in enumerate(unique_in_order(tags))
    ]


class SqlStakeholderRepository(SqlRepository):
    def add_many(self, people: Iterable[Stakeholder]) -> builtins.list[Stakeholder]:
        """Insert many people at once (an import of thousands), as plain rows."""
        self._session.flush()
        connection = self._session.connection()
        table = cast(Table, StakeholderRow.__table__)
        people = builtins.list(people)
        added: builtins.list[Stakeholder] = []
        tag_rows: builtins.list[dict[str, Any]] = []
        if not people:
            return added
        # Who and when: kept as recorded (an import), else this connection's author, now. Every
        # row names both, so that one executemany serves a mix.
        stamp = {"changed_by": current_author(connection) or None, "changed_at": utc_now()}
        statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
        new_ids = [0] * len(people)
        # People with a given id and people without in separate statements: an explicit NULL id
        # is a new id on SQLite but a NOT NULL violation on PostgreSQL.
        for given in (False, True):
            at = [i for i, p in enumerate(people) if (p.id is not None) is given]
            if at:
                rows = [
                    {
                        **_columns(people[i]),
                        **({"id": people[i].id} if given else {}),
                        **(revision_columns(people[i].revision) or stamp),
                    }
                    for i in at
                ]
                for i, row in zip(at, connection.execute(statement, rows), strict=True):
                    new_ids[i] = row[0]
        for person, new_id in zip(people, new_ids, strict=True):
            if person.id is not None:
                self._advance_id_sequence("stakeholders", person.id)
            tag_rows += _tag_rows(new_id, person.tags)
            added.append(replace(person, id=new_id, tags=unique_in_order(person.tags)))
        if tag_rows:
            connection.execute(insert(cast(Table, StakeholderTagRow.__table__)), tag_rows)
        return added

    def update_many(self, people: Iterable[Stakeholder]) -> None:
        """Rewrite many people at once (the merges of an import), as plain rows."""
        people = builtins.list(people)
        if not people:
            return
        self._session.flush()
        connection = self._session.connection()
        table = cast(Table, StakeholderRow.__table__)
        tags = cast(Table, StakeholderTagRow.__table__)
        names = builtins.list(_columns(people[0]))
        statement = (
            update(table)
            .where(table.c.id == bindparam("person_id"))
            .values({name: bindparam(f"new_{name}") for name in names})
        )
        rows = []
        for person in people:
            if person.id is None:
                raise NotFoundError("Only saved people can be updated.")
            values = {f"new_{k}": v for k, v in _columns(person).items()}
            rows.append({"person_id": person.id, **values})
        result = connection.execute(statement, rows)
        if result.rowcount != len(rows):
            raise NotFoundError("Some of the people to update are no longer in the register.")
        ids = sorted({p.id for p in people if p.id is not None})
        for chunk in chunked(ids, MAX_BOUND_IDS):
            connection.execute(delete(tags).where(tags.c.stakeholder_id.in_(chunk)))
        tag_rows = [
            row for person in people if person.id for row in _tag_rows(person.id, person.tags)
        ]
        if tag_rows:
            connection.execute(insert(tags), tag_rows)
        self._after_bulk_change()

    def add(self, stakeholder: Stakeholder) -> Stakeholder:
        row = StakeholderRow(id=stakeholder.id)
        _fill_stakeholder(row, stakeholder)
        keep_revision(row, stakeholder.revision)
        self._insert(row, stakeholder.id)
        return _stakeholder(row)

    def get(self, stakeholder_id: int) -> Stakeholder | None:
        row = self._get_kept(StakeholderRow, stakeholder_id)
        return _stakeholder(row) if row else None

    def get_many(self, stakeholder_ids: Iterable[int]) -> dict[int, Stakeholder]:
        """Read as plain columns (no ORM objects), the tags of all of them in one more query."""
        people, tags = _get_many_statements()
        connection = self._session.connection()
        found: dict[int, Stakeholder] = {}
        for chunk in chunked(sorted(set(stakeholder_ids)), MAX_BOUND_IDS):
            rows = connection.execute(people, {"ids": chunk}).all()
            if not rows:
                continue
            tagged: dict[int, builtins.list[str]] = {}
            for person, tag in connection.execute(tags, {"ids": chunk}):
                tagged.setdefault(person, []).append(tag)
            for row in rows:
                found[row.id] = Stakeholder(
                    name=row.name,
                    job_title=row.job_title,
                    organisation_id=row.organisation_id,
                    unit_id=row.unit_id,
                    relation=row.relation,
                    email=row.email,
                    phone=row.phone,
                    tags=tagged.get(row.id, []),
                    notes=row.notes,
                    communication_preferences=row.communication_preferences,
                    archived=bool(row.archived),
                    id=row.id,
                    other_emails=_lines(row.other_emails),
                    other_phones=_lines(row.other_phones),
                    owner=row.owner,
                    revision=Revision(
                        row.version, row.changed_by or UNKNOWN_AUTHOR, row.changed_at
                    ),
                )
        return found

    def update(self, stakeholder: Stakeholder) -> None:
        """Save ``stakeholder`` over the person as read in this transaction (refused with
        ConcurrentChangeError if another connection changed them meanwhile)."""
        row = self._get_kept(StakeholderRow, stakeholder.id) if stakeholder.id else None
        if row is None:
            raise NotFoundError(f"No stakeholder with id {stakeholder.id}.")
        _fill_stakeholder(row, stakeholder)
        flush_guarded(self._session, row, _what(row))

    def delete(self, stakeholder_id: int) -> None:
        """Removes the person with their memberships, ratings, commitments and influence links.

        They stay on meetings as an unknown attendee under their name and e-mail address, and
        drop out of interactions (which stay, with the other participants).
        """
        row = self._get_kept(StakeholderRow, stakeholder_id)
        if row is None:
            return
        attendee = MeetingAttendeeRow
        for column, value in ((attendee.name, row.name), (attendee.email, row.email)):
            self._session.execute(
                update(attendee)
                .where(attendee.stakeholder_id == stakeholder_id, column == "")
                .values({column: value})
            )
        self._session.execute(delete(StakeholderRow).where(StakeholderRow.id == stakeholder_id))
        self._after_bulk_change()

    def list(self, include_archived: bool = False) -> list[Stakeholder]:
        query = select(StakeholderRow)
        if not include_archived:
            query = query.where(StakeholderRow.archived.is_(False))
        people = [_stakeholder(row) for row in self._session.scalars(query)]
        return sorted(people, key=lambda s: (s.name.casefold(), s.id or 0))

    def find_by_email(self, email: str) -> Stakeholder | None:
        wanted = email.strip().casefold()
        if not wanted:
            return None
        row = self._session.scalars(
            select(StakeholderRow)
            .where(StakeholderRow.email_folded == wanted)
            .order_by(StakeholderRow.id)
            .limit(1)
        ).first()
        return _stakeholder(row) if row else None

    def names(self, include_archived: bool = False) -> dict[int, str]:
        query = select(StakeholderRow.id, StakeholderRow.name)
        if not include_archived:
            query = query.where(StakeholderRow.archived.is_(False))
        return {row[0]: row[1] for row in self._session.connection().execute(query)}

    def units(self) -> dict[int, tuple[str, int | None]]:
        query = select(
            StakeholderRow.id,
            StakeholderRow.name,
            func.coalesce(StakeholderRow.unit_id, StakeholderRow.organisation_id),
        ).where(StakeholderRow.archived.is_(False))
        return {row[0]: (row[1], row[2]) for row in self._session.connection().execute(query)}

    def owners(self) -> dict[int, str]:
        query = select(StakeholderRow.id, StakeholderRow.owner).where(
            StakeholderRow.archived.is_(False), StakeholderRow.owner.is_not(None)
        )
        return {row[0]: str(row[1]) for row in self._session.connection().execute(query)}

    def count(self) -> int:
        return self._session.scalar(select(func.count()).select_from(StakeholderRow)) or 0

    def photo(self, stakeholder_id: int) -> Photo | None:
        row = self._session.get(StakeholderPhotoRow, stakeholder_id)
        return Photo(row.data, row.mime) if row else None

    def photos(self) -> dict[int, Photo]:
        table = StakeholderPhotoRow.__table__
        query = select(table.c.stakeholder_id, table.c.data, table.c.mime)
        return {row[0]: Photo(row[1], row[2]) for row in self._session.connection().execute(query)}

    def photo_ids(self) -> set[int]:
        return set(self._session.scalars(select(StakeholderPhotoRow.stakeholder_id)))

    def set_photo(self, stakeholder_id: int, photo: Photo | None) -> None:
        self._session.execute(
            delete(StakeholderPhotoRow).where(StakeholderPhotoRow.stakeholder_id == stakeholder_id)
        )
        if photo is not None:
            self._session.add(
                StakeholderPhotoRow(stakeholder_id=stakeholder_id, mime=photo.mime, data=photo.data)
            )
        self._session.flush()
