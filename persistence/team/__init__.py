"""A team's shared workspace on a PostgreSQL server (issue 13).

Small modules, imported directly (this package imports nothing itself, so that
``persistence.workspace`` can use :mod:`persistence.team.server_address` without a cycle):

- ``server_address``: the address a member types (``postgresql://USER@HOST:PORT/DATABASE``);
- ``passwords``: the password from the OS keyring, or kept for the session where there is none;
- ``connecting``: engines on a server, and its refusals in the user's terms (``errors``);
- ``opening``: opening a server workspace (the schema older, newer or missing);
- ``schema_upgrade``: Alembic on the server under an advisory lock (one upgrader at a time);
- ``roles``, ``setup``, ``members``: what ``team-setup`` and ``team-add-member`` do;
- ``change_triggers``, ``change_feed``: other clients' changes, heard through LISTEN/NOTIFY;
- ``publish``: a workspace file copied into an empty server database (``table_copy`` beside).
"""
