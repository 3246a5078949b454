"""A team's shared workspace on a PostgreSQL server (issue 13)."""
