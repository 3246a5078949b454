"""The server tells every listening client which table changed (PostgreSQL only).

Each of Rapport's tables gets one statement-level trigger, after INSERT, UPDATE, DELETE and
TRUNCATE, that sends a notification on :data:`CHANNEL` with the table's name as payload
(``pg_notify``). Notifications are delivered when the writing transaction commits, at most one
per table and transaction (PostgreSQL folds identical ones), so a bulk import costs a handful.
:func:`install_change_notifications` runs after every schema upgrade (in
``persistence.schema.upgrade_to_head`` and the team server's locked upgrade), by the owner of
the tables: tables that later migrations add are covered without a migration of their own. It
is idempotent (PostgreSQL 13 and newer).
"""

from __future__ import annotations

from sqlalchemy import Connection, text

#: The channel every Rapport client LISTENs on; the payload is the name of the table changed.
CHANNEL = "rapport_changes"
#: The trigger function and the trigger on each table share this name.
TRIGGER = "rapport_notify_change"

_FUNCTION = f"""
CREATE OR REPLACE FUNCTION {TRIGGER}() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('{CHANNEL}', TG_TABLE_NAME);
    RETURN NULL;
END
$$
"""


def rapport_tables(connection: Connection) -> list[str]:
    """The ordinary tables in the database's current schema, Alembic's own excepted."""
    names = connection.scalars(
        text(
            "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') "
            "AND c.relname <> 'alembic_version' ORDER BY c.relname"
        )
    ).all()
    return [str(name) for name in names]


def install_change_notifications(connection: Connection) -> None:
    """Create (or replace) the trigger function and one trigger per table, in the caller's
    transaction. Does nothing on another database than PostgreSQL."""
    if connection.dialect.name != "postgresql":
        return
    quote = connection.dialect.identifier_preparer.quote
    connection.exec_driver_sql(_FUNCTION)
    for table in rapport_tables(connection):
        # Dropped and created again rather than CREATE OR REPLACE TRIGGER, which PostgreSQL 13
        # lacks; in one transaction, so no change goes unannounced in between.
        connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {TRIGGER} ON {quote(table)}")
        connection.exec_driver_sql(
            f"CREATE TRIGGER {TRIGGER} "
            f"AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON {quote(table)} "
            f"FOR EACH STATEMENT EXECUTE FUNCTION {TRIGGER}()"
        )


def tables_without_notifications(connection: Connection) -> list[str]:
    """Rapport's tables that lack the trigger (an empty list once installed)."""
    covered = set(
        connection.scalars(
            text(
                "SELECT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                "JOIN pg_namespace n ON n.oid = c.relnamespace "
                "WHERE n.nspname = current_schema() AND t.tgname = :name"
            ),
            {"name": TRIGGER},
        ).all()
    )
    return [table for table in rapport_tables(connection) if table not in covered]
