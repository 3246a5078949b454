"""Rapport's persistence: SQLAlchemy 2 tables, repositories and unit of work, Alembic migrations,
workspace files (identification, locking, backups) and the JSON exchange format.

Nothing here imports Qt. The UI reaches it through ``persistence.workspace`` and
``persistence.exchange``; everything else works through the ports in ``domain.ports``.
"""
