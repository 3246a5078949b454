"""Copying every row of one Rapport database into another of the same schema, ids kept.

Generic over ``Base.metadata.sorted_tables``: a table or column a later migration adds is copied
without a change here. Rows go in batches, parents before children (the tables' foreign key
order); a column that points into its own table (an organisation's parent) is filled in after
the whole table is in, so a row may name a parent with a higher id. Used to publish a workspace
file to a server (``persistence.team.publish``) and to save a server workspace as a file
(``persistence.workspace.save_copy``). The caller owns the target transaction: a failure or
:class:`~domain.progress.Cancelled` raised mid-way leaves nothing once it rolls back.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from sqlalchemy import Column, Connection, Table, bindparam, func, select, text, update
from sqlalchemy.exc import DBAPIError

from domain.progress import Progress
from persistence.errors import WorkspaceError
from persistence.tables import Base

#: Rows read and written per statement: big enough that a million ratings take few round trips,
#: small enough that a batch stays a few megabytes and Cancel is noticed within a second.
BATCH_ROWS = 2000


class CopyFailedError(WorkspaceError):
    """A row could not be written to the target; the message names the table."""


def copied_tables() -> list[Table]:
    """Every table Rapport keeps, parents before the tables that point at them."""
    return list(Base.metadata.sorted_tables)


def count_rows(connection: Connection) -> dict[str, int]:
    """The number of rows in every table, by table name."""
    return {
        table.name: int(connection.scalar(select(func.count()).select_from(table)) or 0)
        for table in copied_tables()
    }


def copy_all_rows(
    source: Connection,
    target: Connection,
    progress: Progress,
    *,
    batch_rows: int = BATCH_ROWS,
    verb: str = "Copying",
    set_columns: Mapping[str, Mapping[str, Any]] | None = None,
) -> dict[str, int]:
    """Copy every row of every table from ``source`` into ``target`` (whose tables are empty);
    returns the rows copied per table. Reports ``progress`` after each batch (which raises
    Cancelled if the user asked to stop). Then moves the target's id sequences past the copied
    ids (PostgreSQL; SQLite's AUTOINCREMENT follows the inserted ids by itself).
    ``set_columns``: per table, columns written with one value instead of the source's."""
    counts = count_rows(source)
    secured = row_secured_tables(target)
    total = sum(counts.values())
    done = 0
    progress.report(0, total, f"{verb}…")
    for table in copied_tables():
        if not counts[table.name]:
            continue
        label = f"{verb} {table.name.replace('_', ' ')}…"
        own = _self_references(table)
        keys = list(table.primary_key.columns)
        later: list[dict[str, Any]] = []
        for batch in _batches(source, table, batch_rows):
            if own:
                later.extend(
                    {"_key_" + k.name: row[k.name] for k in keys}
                    | {"_own_" + c.name: row[c.name] for c in own}
                    | {"_stamp_" + s: row[s] for s in _STAMPS if s in table.c}
                    for row in batch
                    if any(row[c.name] is not None for c in own)
                )
                batch = [row | {c.name: None for c in own} for row in batch]
            if set_columns and table.name in set_columns:
                batch = [row | dict(set_columns[table.name]) for row in batch]
            _write(target, table, batch, by_copy=table.name not in secured)
            done += len(batch)
            progress.report(done, total, label)
        for part in range(0, len(later), batch_rows):
            _fill_self_references(target, table, keys, own, later[part : part + batch_rows])
            progress.report(done, total, label)
    move_sequences_past_ids(target)
    return {name: count for name, count in counts.items() if count}


def row_secured_tables(connection: Connection) -> set[str]:
    """Rapport's tables with row-level security enabled (PostgreSQL; none elsewhere)."""
    if connection.dialect.name != "postgresql":
        return set()
    found = connection.scalars(
        text(
            "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
            " WHERE n.nspname = current_schema() AND c.relrowsecurity AND c.relname = ANY(:names)"
        ),
        {"names": [table.name for table in copied_tables()]},
    )
    return set(found)


def move_sequences_past_ids(connection: Connection) -> None:
    """On PostgreSQL, set every sequence that fills a column of Rapport's tables (serial or
    identity) so that its next value is above the largest value in that column."""
    if connection.dialect.name != "postgresql":
        return
    names = [table.name for table in copied_tables()]
    owned = connection.execute(
        text(
            "SELECT seq.oid::regclass::text, tab.relname, att.attname"
            " FROM pg_class seq"
            " JOIN pg_depend dep ON dep.objid = seq.oid"
            "  AND dep.classid = 'pg_class'::regclass AND dep.refclassid = 'pg_class'::regclass"
            "  AND dep.deptype IN ('a', 'i')"
            " JOIN pg_class tab ON tab.oid = dep.refobjid"
            " JOIN pg_namespace ns ON ns.oid = tab.relnamespace"
            " JOIN pg_attribute att ON att.attrelid = tab.oid AND att.attnum = dep.refobjsubid"
            " WHERE seq.relkind = 'S' AND ns.nspname = current_schema()"
            "  AND tab.relname = ANY(:names)"
        ),
        {"names": names},
    ).all()
    quote = connection.dialect.identifier_preparer.quote
    for sequence, table, column in owned:
        highest = connection.scalar(text(f"SELECT max({quote(column)}) FROM {quote(table)}"))
        if highest is None:
            continue  # nothing copied: the sequence starts where it stands
        connection.execute(
            text("SELECT setval(CAST(:sequence AS regclass), :highest)"),
            {"sequence": sequence, "highest": int(highest)},
        )


def _self_references(table: Table) -> list[Column[Any]]:
    """The nullable columns of ``table`` that point into ``table`` itself."""
    return [
        fk.parent
        for fk in table.foreign_keys
        if fk.column.table is table and fk.parent.nullable and not fk.parent.primary_key
    ]


def _batches(source: Connection, table: Table, size: int) -> Iterator[list[dict[str, Any]]]:
    """The table's rows in primary key order, ``size`` at a time, as dicts by column name."""
    query = select(table).order_by(*table.primary_key.columns)
    result = source.execution_options(stream_results=True, yield_per=size).execute(query)
    for part in result.mappings().partitions(size):
        yield [dict(row) for row in part]


def _write(
    target: Connection, table: Table, rows: Sequence[dict[str, Any]], *, by_copy: bool
) -> None:
    # COPY FROM refuses a table with row-level security (PostgreSQL 16): INSERT, checked by
    # its policies, is the way in there.
    if by_copy and target.dialect.name == "postgresql" and target.dialect.driver == "psycopg":
        _copy_in(target, table, rows)
        return
    try:
        target.execute(table.insert(), list(rows))
    except DBAPIError as error:
        raise CopyFailedError(_refusal(table, error)) from error


def _copy_in(target: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Rows into a PostgreSQL table by COPY, on the target's connection and transaction: an
    order of magnitude faster than INSERTs for a million ratings. Each value goes through its
    column type's conversion first (aware times to stored UTC), as an INSERT would."""
    dialect = target.dialect
    columns = list(table.columns)
    convert = [column.type.bind_processor(dialect) for column in columns]
    quote = dialect.identifier_preparer.quote
    names = ", ".join(quote(column.name) for column in columns)
    cursor = target.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        with cursor.copy(f"COPY {quote(table.name)} ({names}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(
                    [
                        value if to is None or value is None else to(value)
                        for value, to in zip((row[c.name] for c in columns), convert, strict=True)
                    ]
                )
    except dialect.loaded_dbapi.Error as error:
        reason = str(error).strip().splitlines()[0] if str(error).strip() else repr(error)
        raise CopyFailedError(_refused_row(table, reason)) from error
    finally:
        cursor.close()


#: Who changed a row, when, and its version (schema 9): an UPDATE stamps them by default
#: (persistence/tables/base.Versioned); filling in a self reference keeps the copied ones.
_STAMPS = ("changed_by", "changed_at", "version")


def _fill_self_references(
    target: Connection,
    table: Table,
    keys: list[Column[Any]],
    own: list[Column[Any]],
    rows: list[dict[str, Any]],
) -> None:
    statement = (
        update(table)
        .where(*(key == bindparam("_key_" + key.name) for key in keys))
        .values(
            {column.name: bindparam("_own_" + column.name) for column in own}
            | {s: bindparam("_stamp_" + s) for s in _STAMPS if s in table.c}
        )
    )
    try:
        target.execute(statement, rows)
    except DBAPIError as error:
        raise CopyFailedError(_refusal(table, error)) from error


def _refusal(table: Table, error: DBAPIError) -> str:
    reason = str(error.orig).strip().splitlines()[0] if error.orig is not None else str(error)
    return _refused_row(table, reason)


def _refused_row(table: Table, reason: str) -> str:
    return (
        f"The {table.name.replace('_', ' ')} could not be copied: the database refused a row "
        f"({reason}). Nothing was copied. Run 'check' on the workspace; if it is healthy, "
        "please report this."
    )
