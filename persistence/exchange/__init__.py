"""Moving a whole workspace in and out as JSON (see FORMAT.md), through the domain ports only,
so the same code serves a workspace file and a PostgreSQL database."""
