"""Alembic's environment for Rapport: runs on the connection ``persistence.schema`` passes in.

There is no alembic.ini: ``persistence.schema`` builds the configuration at run time, with
``script_location`` set to this folder.
"""

from __future__ import annotations

from alembic import context

from persistence.tables import Base

config = context.config


def run_migrations() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("Run Rapport's migrations through persistence.schema.upgrade_to_head.")
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        # SQLite alters a table by copying it into a new one; batch mode does that for us.
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations()
